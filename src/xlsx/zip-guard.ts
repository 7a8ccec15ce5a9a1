// Looks at an .xlsx file's zip structure before any spreadsheet library inflates it.
// Browser-safe: plain Uint8Array and jszip, no Node imports (the Word task pane reuses it). Node callers
// may hand in a native inflater, several times cheaper than inflating every entry again with JSZip.
import JSZip from "jszip";

/**
 * Zip-bomb bounds. A real plan workbook, even 20,000 rows, inflates to a few tens of MB;
 * 200 MB of XML would already take ExcelJS minutes and gigabytes, so nothing legitimate
 * is refused. DEFLATE cannot exceed about 1032:1, and spreadsheet XML rarely passes 100:1,
 * so a ratio above 1000:1 on an entry bigger than 1 MB is a crafted file.
 */
export const MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024;
export const MAX_RATIO = 1000;
const RATIO_APPLIES_ABOVE = 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const FLAG_ENCRYPTED = 0x1;
const EOCD_MIN_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** A size of 0xFFFFFFFF means the real one is in a ZIP64 field: over 4 GB, far above the bound. */
const ZIP64_MARK = 0xffffffff;

export const REASON_NOT_XLSX = "tệp không phải là bảng tính Excel (.xlsx)";
export const REASON_OLD_XLS =
  "đây là tệp Excel 97–2003 (.xls), chưa đọc được: mở tệp bằng Excel rồi lưu lại dạng .xlsx (Tệp → Lưu thành → Sổ làm việc Excel)";
export const REASON_DAMAGED = "tệp Excel bị hỏng hoặc không đầy đủ (có thể tải về chưa xong)";
export const REASON_BOMB = "tệp nén giải ra quá lớn (hơn 200 MB), có thể là tệp độc hại nên không mở";
export const REASON_EMPTY = "tệp rỗng (0 byte)";

interface ZipEntry {
  name: string;
  compressed: number;
  uncompressed: number;
  method: number;
  flags: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

/**
 * Inflates raw DEFLATE data and returns its inflated length; throws when the data is corrupt or would
 * inflate past `maxOutput` bytes (Node: zlib.inflateRawSync with maxOutputLength).
 */
export type RawInflate = (compressed: Uint8Array, maxOutput: number) => number;

/** null when the bytes look like a sane .xlsx, else the Vietnamese reason why not. */
export async function checkZip(bytes: Uint8Array, inflateRaw?: RawInflate): Promise<string | null> {
  if (bytes.length === 0) return REASON_EMPTY;
  if (!hasZipMagic(bytes)) return isOldExcel(bytes) ? REASON_OLD_XLS : REASON_NOT_XLSX;
  const entries = readCentralDirectory(bytes);
  if (entries === null) return REASON_DAMAGED;
  if (declaresTooMuch(entries)) return REASON_BOMB;
  if (!entries.some((entry) => entry.name === "xl/workbook.xml")) return REASON_NOT_XLSX;
  const native = inflateRaw ? nativeVerdict(bytes, entries, inflateRaw) : "unsure";
  return native === "unsure" ? inflatesWithinDeclared(bytes, entries) : native;
}

/** The OLE2 compound-file signature of Excel 97–2003 workbooks, which many offices still keep their plans in. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isOldExcel(bytes: Uint8Array): boolean {
  return bytes.length >= OLE2_MAGIC.length && OLE2_MAGIC.every((byte, i) => bytes[i] === byte);
}

function hasZipMagic(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The entries listed in the central directory, or null when it is missing or cut short. */
function readCentralDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndRecord(view);
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) return null;
    entries.push({
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      compressed: view.getUint32(offset + 20, true),
      uncompressed: view.getUint32(offset + 24, true),
      method: view.getUint16(offset + 10, true),
      flags: view.getUint16(offset + 8, true),
      localOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Scans back from the end for the end-of-central-directory record (it may carry a comment). */
function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_MIN_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - EOCD_MIN_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

function declaresTooMuch(entries: ZipEntry[]): boolean {
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressed === ZIP64_MARK || entry.compressed === ZIP64_MARK) return true;
    total += entry.uncompressed;
    const ratio = entry.uncompressed / Math.max(1, entry.compressed);
    if (entry.uncompressed > RATIO_APPLIES_ABOVE && ratio > MAX_RATIO) return true;
  }
  return total > MAX_TOTAL_UNCOMPRESSED;
}

/**
 * The declared sizes could lie, so inflate each entry once, counting bytes and stopping as
 * soon as one passes its declared size (a forged header: reported as a damaged file).
 * Inflating is cheap next to parsing the XML.
 */
async function inflatesWithinDeclared(bytes: Uint8Array, entries: ZipEntry[]): Promise<string | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return REASON_DAMAGED;
  }
  const declared = new Map(entries.map((entry) => [entry.name, entry.uncompressed]));
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const limit = declared.get(file.name) ?? 0;
    const reason = await inflateWithLimit(file, limit);
    if (reason !== null) return reason;
  }
  return null;
}

/**
 * The same size check with a native inflater: null, a reason, or "unsure" where the layout is unusual
 * (a local header not where the directory says, e.g. bytes prepended to the zip), which JSZip then judges as before.
 */
function nativeVerdict(bytes: Uint8Array, entries: ZipEntry[], inflateRaw: RawInflate): string | null | "unsure" {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    const start = entryDataStart(view, entry.localOffset);
    if (start === null || start + entry.compressed > bytes.length) return "unsure";
    // JSZip refuses encrypted entries and methods other than stored and deflate.
    if (entry.flags & FLAG_ENCRYPTED) return REASON_DAMAGED;
    const data = bytes.subarray(start, start + entry.compressed);
    const reason = withinDeclared(data, entry, inflateRaw);
    if (reason !== null) return reason;
  }
  return null;
}

/** Where an entry's compressed bytes begin, after its local header's name and extra field; null if no header is there. */
function entryDataStart(view: DataView, localOffset: number): number | null {
  if (localOffset + LOCAL_HEADER_SIZE > view.byteLength || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) return null;
  return localOffset + LOCAL_HEADER_SIZE + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
}

function withinDeclared(data: Uint8Array, entry: ZipEntry, inflateRaw: RawInflate): string | null {
  if (entry.method === METHOD_STORED) return data.length > entry.uncompressed ? REASON_DAMAGED : null;
  if (entry.method !== METHOD_DEFLATE) return REASON_DAMAGED;
  try {
    // One byte of room past the declared size tells "exactly as declared" from "more than declared".
    return inflateRaw(data, entry.uncompressed + 1) > entry.uncompressed ? REASON_DAMAGED : null;
  } catch {
    return REASON_DAMAGED;
  }
}

/** JSZip's documented StreamHelper, missing from its type definitions. */
interface StreamHelper {
  on(event: "data", listener: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "error", listener: (error: Error) => void): StreamHelper;
  on(event: "end", listener: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

function inflateWithLimit(file: JSZip.JSZipObject, limit: number): Promise<string | null> {
  return new Promise((resolve) => {
    let seen = 0;
    const stream = (file as unknown as { internalStream(type: "uint8array"): StreamHelper }).internalStream("uint8array");
    stream
      .on("data", (chunk: Uint8Array) => {
        seen += chunk.length;
        if (seen > limit) {
          stream.pause();
          resolve(REASON_DAMAGED);
        }
      })
      .on("error", () => resolve(REASON_DAMAGED))
      .on("end", () => resolve(null))
      .resume();
  });
}
