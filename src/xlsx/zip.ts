// The zip container of an .xlsx, read from its central directory, each entry inflated only when asked for and
// never past the size the directory declares. The shell hands in the inflater (fflate in the browser, inflate-js.ts;
// zlib in the command line), so the command line never loads a JavaScript inflater it does not use. Browser-safe.

/**
 * Zip-bomb bounds. A real plan workbook, even 20,000 rows, inflates to a few tens of MB; 200 MB of XML is
 * nothing an official keeps. DEFLATE cannot exceed about 1032:1 and spreadsheet XML rarely passes 100:1, so
 * a ratio above 1000:1 on an entry bigger than 1 MB is a crafted file. Checked from the directory before any
 * inflating; each entry is then stopped the moment it inflates past its declared size.
 */
export const MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024;
export const MAX_RATIO = 1000;
const RATIO_APPLIES_ABOVE = 1024 * 1024;

/** Parts up to this many bytes are decoded as one text (the tokenizer reads one text fastest); larger in slices. */
const WHOLE_TEXT_MAX = 8 * 1024 * 1024;
const TEXT_SLICE = 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const FLAG_ENCRYPTED = 0x1;
const EOCD_MIN_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARK = 0xffffffff;
const ZIP64_EXTRA_ID = 0x0001;

export interface ZipEntry {
  /** As stored (slashes normalised). */
  name: string;
  compressed: number;
  uncompressed: number;
  method: number;
  flags: number;
  localOffset: number;
}

/** Why an archive or one of its entries cannot be read. `part` names the entry where one is at fault. */
export class ZipError extends Error {
  constructor(
    readonly kind: "damaged" | "bomb" | "unsupported",
    readonly part?: string,
  ) {
    super(kind + (part ? `: ${part}` : ""));
  }
}

/** An error thrown by whoever reads an entry's bytes as they come, carried through the inflater untouched. */
class ReaderFailure {
  constructor(readonly error: unknown) {}
}

export function hasZipMagic(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Inflates raw DEFLATE data whole, refusing to produce more than `maxOutput` bytes (throws): zlib's inflateRawSync
 * with maxOutputLength, several times faster than inflating in JavaScript.
 */
export type RawInflate = (compressed: Uint8Array, maxOutput: number) => Uint8Array;

/**
 * Inflates one entry's raw DEFLATE data, handing the bytes on in order (`final` on the last); throws on damaged data.
 * May stop anywhere past `maxOutput` bytes: the archive refuses an entry longer than declared either way.
 */
export type EntryInflater = (compressed: Uint8Array, maxOutput: number, onChunk: (chunk: Uint8Array, final: boolean) => void) => void;

/** A whole-entry inflater (zlib's) as an EntryInflater; handed on whole, the text reads 25% faster than in slices. */
export function wholeEntries(inflateRaw: RawInflate): EntryInflater {
  return (compressed, maxOutput, onChunk) => onChunk(inflateRaw(compressed, maxOutput), true);
}

export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly view: DataView;
  /** Bytes found before the archive proper (a self-extractor stub, a prepended header): added to every offset. */
  private readonly shift: number;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflateEntry: EntryInflater,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const directory = readCentralDirectory(this.view, bytes);
    if (directory === null) throw new ZipError("damaged");
    this.shift = directory.shift;
    if (declaresTooMuch(directory.entries)) throw new ZipError("bomb");
    // OPC part names are case-insensitive.
    for (const entry of directory.entries) this.byName.set(entry.name.toLowerCase(), entry);
  }

  get names(): string[] {
    return [...this.byName.values()].map((entry) => entry.name);
  }

  has(name: string): boolean {
    return this.byName.has(normaliseName(name).toLowerCase());
  }

  /** The entry's size once inflated, as its directory declares it (never inflated past that), or null if absent. */
  sizeOf(name: string): number | null {
    return this.byName.get(normaliseName(name).toLowerCase())?.uncompressed ?? null;
  }

  /** The whole entry as text (UTF-8, or UTF-16 with its byte-order mark). */
  text(name: string): string {
    let text = "";
    this.stream(name, (chunk) => (text += chunk));
    return text;
  }

  /** Hands the entry's text to `sink` chunk by chunk, never splitting a character. */
  stream(name: string, sink: (text: string) => void): void {
    const entry = this.byName.get(normaliseName(name).toLowerCase());
    if (!entry) throw new ZipError("damaged", name);
    let decoder: TextDecoder | null = null;
    this.inflate(entry, (chunk, final) => {
      decoder ??= decoderFor(chunk);
      // A big part is decoded a slice at a time: as one string it would be a single allocation of up to twice its
      // bytes, which a worker's capped heap cannot refuse gracefully (V8 aborts the whole process).
      const slice = chunk.length > WHOLE_TEXT_MAX ? TEXT_SLICE : chunk.length;
      let at = 0;
      do {
        const end = Math.min(at + slice, chunk.length);
        const text = decoder.decode(chunk.subarray(at, end), { stream: !final || end < chunk.length });
        if (text) sink(text);
        at = end;
      } while (at < chunk.length);
    });
  }

  private inflate(entry: ZipEntry, onChunk: (chunk: Uint8Array, final: boolean) => void): void {
    if (entry.flags & FLAG_ENCRYPTED) throw new ZipError("unsupported", entry.name);
    if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE) throw new ZipError("unsupported", entry.name);
    const data = this.entryData(entry);
    // An empty part, however it is stored (a deflated empty entry may carry no bytes at all).
    if (entry.uncompressed === 0) return onChunk(new Uint8Array(0), true);
    if (entry.method === METHOD_STORED) {
      if (data.length !== entry.uncompressed) throw new ZipError("damaged", entry.name);
      return onChunk(data, true);
    }
    let produced = 0;
    let ended = false;
    try {
      // One byte of room past the declared size tells "exactly as declared" from "more than declared".
      this.inflateEntry(data, entry.uncompressed + 1, (chunk, final) => {
        produced += chunk.length;
        if (produced > entry.uncompressed) throw new ZipError("damaged", entry.name);
        ended ||= final;
        try {
          onChunk(chunk, final);
        } catch (error) {
          throw new ReaderFailure(error);
        }
      });
    } catch (error) {
      // What the reader of the text threw (an XML error, a limit) is its own verdict, not damaged data.
      if (error instanceof ReaderFailure) throw error.error;
      throw error instanceof ZipError ? error : new ZipError("damaged", entry.name);
    }
    if (!ended) throw new ZipError("damaged", entry.name);
  }

  private entryData(entry: ZipEntry): Uint8Array {
    const local = entry.localOffset + this.shift;
    if (local + LOCAL_HEADER_SIZE > this.bytes.length || this.view.getUint32(local, true) !== LOCAL_SIGNATURE) {
      throw new ZipError("damaged", entry.name);
    }
    const start = local + LOCAL_HEADER_SIZE + this.view.getUint16(local + 26, true) + this.view.getUint16(local + 28, true);
    if (start + entry.compressed > this.bytes.length) throw new ZipError("damaged", entry.name);
    return this.bytes.subarray(start, start + entry.compressed);
  }
}

/**
 * The part's encoding, as XML's Appendix F detects it: a byte-order mark, UTF-16 without one (`<` as 00 3C or
 * 3C 00), else the encoding its declaration names (windows-1252 from some writers), else UTF-8.
 */
function decoderFor(first: Uint8Array): TextDecoder {
  if ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0x3c && first[1] === 0x00)) return new TextDecoder("utf-16le");
  if ((first[0] === 0xfe && first[1] === 0xff) || (first[0] === 0x00 && first[1] === 0x3c)) return new TextDecoder("utf-16be");
  const declaration = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(String.fromCharCode(...first.subarray(0, 120)));
  const label = declaration?.[1].toLowerCase();
  if (label && label !== "utf-8" && label !== "utf8" && !label.startsWith("utf-16")) {
    try {
      return new TextDecoder(label);
    } catch {
      // An encoding the platform does not know: read as UTF-8, which any ASCII markup survives.
    }
  }
  return new TextDecoder("utf-8");
}

/** Zip entry names as OPC part names: forward slashes, no leading slash. */
export function normaliseName(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "");
}

interface Directory {
  entries: ZipEntry[];
  shift: number;
}

/** The entries listed in the central directory, or null when it is missing or cut short. */
function readCentralDirectory(view: DataView, bytes: Uint8Array): Directory | null {
  const eocd = findEndRecord(view);
  if (eocd < 0) return null;
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  let directoryEnd = eocd;
  if (count === 0xffff || offset === ZIP64_MARK || size === ZIP64_MARK) {
    const zip64 = readZip64End(view, eocd);
    if (zip64 === null) return null;
    ({ count, size, offset } = zip64);
    directoryEnd = zip64.at;
  }
  // Bytes prepended to the archive move everything: the directory then ends later than it says.
  const shift = Math.max(0, directoryEnd - (offset + size));
  let at = offset + shift;
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > bytes.length) return null;
    const entry: ZipEntry = {
      name: normaliseName(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))),
      compressed: view.getUint32(at + 20, true),
      uncompressed: view.getUint32(at + 24, true),
      method: view.getUint16(at + 10, true),
      flags: view.getUint16(at + 8, true),
      localOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(view, entry, at + 46 + nameLength, extraLength);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, shift };
}

/** Sizes of 0xFFFFFFFF live in the ZIP64 extra field (some writers use it for every entry, however small). */
function applyZip64Extra(view: DataView, entry: ZipEntry, start: number, length: number): void {
  if (entry.uncompressed !== ZIP64_MARK && entry.compressed !== ZIP64_MARK && entry.localOffset !== ZIP64_MARK) return;
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA_ID) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + size) return ZIP64_MARK;
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.uncompressed === ZIP64_MARK) entry.uncompressed = next();
      if (entry.compressed === ZIP64_MARK) entry.compressed = next();
      if (entry.localOffset === ZIP64_MARK) entry.localOffset = next();
      return;
    }
    at += 4 + size;
  }
}

function readZip64End(view: DataView, eocd: number): { count: number; size: number; offset: number; at: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const at = Number(view.getBigUint64(locator + 8, true));
  if (at + 56 > view.byteLength || view.getUint32(at, true) !== ZIP64_EOCD_SIGNATURE) return null;
  return {
    count: Number(view.getBigUint64(at + 32, true)),
    size: Number(view.getBigUint64(at + 40, true)),
    offset: Number(view.getBigUint64(at + 48, true)),
    at,
  };
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
    total += entry.uncompressed;
    const ratio = entry.uncompressed / Math.max(1, entry.compressed);
    if (entry.uncompressed > RATIO_APPLIES_ABOVE && ratio > MAX_RATIO) return true;
  }
  return total > MAX_TOTAL_UNCOMPRESSED;
}
