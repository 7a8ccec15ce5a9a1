// What a file that is not an .xlsx package is, so the official hears what to do with it: a password-protected
// workbook (an encrypted OOXML package inside a CFB container), an Excel 97–2003 .xls, a web page or CSV file
// named .xls, an XML Spreadsheet 2003, or simply not a spreadsheet.
import { reason } from "./strings.vi";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const DIRECTORY_ENTRY = 128;
const STREAM_OBJECT = 2;
const ROOT_OBJECT = 5;
/** Directory entries looked at: a real .xls or encrypted package has a handful. */
const MAX_ENTRIES = 100_000;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= CFB_MAGIC.length && CFB_MAGIC.every((byte, i) => bytes[i] === byte);
}

/** The reason a file that is not a zip cannot be read. */
export function diagnoseNonZip(bytes: Uint8Array): string {
  if (isCompoundFile(bytes)) return diagnoseCompound(bytes);
  const head = textHead(bytes);
  if (head === null) return reason.notXlsx;
  if (/^\s*(<!doctype\s+html|<html|<table|<head|<meta|<body)/i.test(head) || /<html[\s>]/i.test(head.slice(0, 2048))) return reason.html;
  if (/^\s*<\?xml/i.test(head) && head.includes("urn:schemas-microsoft-com:office:spreadsheet")) return reason.xml2003;
  if (looksLikeCsv(head)) return reason.csv;
  return reason.notXlsx;
}

/**
 * A CFB (OLE2) container by the streams its directory names: EncryptionInfo + EncryptedPackage is an .xlsx saved
 * with a password to open; Workbook (or Book, Excel 5) is an .xls; anything else (a .doc) is not a workbook.
 */
function diagnoseCompound(bytes: Uint8Array): string {
  const names = compoundStreamNames(bytes);
  if (names.has("EncryptedPackage") || names.has("EncryptionInfo")) return reason.encrypted;
  if (names.has("Workbook") || names.has("Book") || names.size === 0) return reason.oldXls;
  return reason.notXlsx;
}

/**
 * The names of the streams in a compound file. Directory entries are 128 bytes, aligned in sectors of 512 or
 * 4096 bytes; rather than follow the FAT chain (which a damaged file may break), every aligned slot is tested for
 * the shape of an entry: a UTF-16 name whose stated length matches, and a stream or root object type.
 */
export function compoundStreamNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const sectorShift = bytes.length > 0x20 ? bytes[0x1e] | (bytes[0x1f] << 8) : 9;
  const start = sectorShift === 12 ? 4096 : 512;
  let seen = 0;
  for (let at = start; at + DIRECTORY_ENTRY <= bytes.length && seen < MAX_ENTRIES; at += DIRECTORY_ENTRY) {
    const length = bytes[at + 0x40] | (bytes[at + 0x41] << 8);
    const type = bytes[at + 0x42];
    if (length < 4 || length > 64 || length % 2 !== 0 || (type !== STREAM_OBJECT && type !== ROOT_OBJECT)) continue;
    if (bytes[at + length - 2] !== 0 || bytes[at + length - 1] !== 0) continue;
    let name = "";
    let plausible = true;
    for (let i = 0; i < length - 2; i += 2) {
      const code = bytes[at + i] | (bytes[at + i + 1] << 8);
      if (code === 0) {
        plausible = false;
        break;
      }
      name += String.fromCharCode(code);
    }
    if (!plausible) continue;
    seen++;
    names.add(name);
  }
  return names;
}

/** The first 8 KB as text, or null when the bytes are binary (a NUL, or not UTF-8/Latin text). */
function textHead(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return null;
  return new TextDecoder("utf-8").decode(head).replace(/^\uFEFF/, "");
}

/** At least two lines, split by the same delimiter the same (non-zero) number of times. */
function looksLikeCsv(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim().length > 0).slice(0, 20);
  if (lines.length < 2) return false;
  const complete = lines.length > 2 ? lines.slice(0, -1) : lines;
  return [",", ";", "\t"].some((delimiter) => {
    const counts = complete.map((line) => line.split(delimiter).length - 1);
    return counts[0] > 0 && counts.every((count) => count === counts[0]);
  });
}
