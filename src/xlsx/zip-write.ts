// A zip package from named parts, each deflated by the compressor the shell gives (Node's zlib in the command line,
// fflate in a browser) and dated with one fixed entry date, so the bytes depend on the parts only. Browser-safe.
import { deflateSync } from "fflate";

/** Raw DEFLATE (no zlib header) of one part. */
export type RawDeflate = (data: Uint8Array) => Uint8Array;
export type Crc32 = (data: Uint8Array) => number;

export interface ZipCodec {
  deflateRaw: RawDeflate;
  crc32: Crc32;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32Js(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Level 1: the XML compresses almost as well (its repeats are local) in a third of the time of level 6. */
export const FFLATE_CODEC: ZipCodec = { deflateRaw: (data) => deflateSync(data, { level: 1 }), crc32: crc32Js };

/** The DOS date and time of the fixed entry date, 1980-01-01 12:00 (DOS dates start in 1980). */
const DOS_TIME = 12 << 11;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;

export interface ZipPart {
  name: string;
  data: Uint8Array;
}

/** Local headers and data, then the central directory: zip 2.0, deflate, no data descriptors, no zip64 (parts < 4 GB). */
export function zipParts(parts: ZipPart[], codec: ZipCodec): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = encoder.encode(part.name);
    const compressed = codec.deflateRaw(part.data);
    const crc = codec.crc32(part.data);
    const local = new Uint8Array(30 + name.length);
    const view = new DataView(local.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, UTF8_NAMES, true);
    view.setUint16(8, 8, true);
    view.setUint16(10, DOS_TIME, true);
    view.setUint16(12, DOS_DATE, true);
    view.setUint32(14, crc, true);
    view.setUint32(18, compressed.length, true);
    view.setUint32(22, part.data.length, true);
    view.setUint16(26, name.length, true);
    local.set(name, 30);
    const entry = new Uint8Array(46 + name.length);
    const c = new DataView(entry.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    entry.set(local.subarray(6, 28), 8);
    c.setUint32(42, offset, true);
    entry.set(name, 46);
    chunks.push(local, compressed);
    central.push(entry);
    offset += local.length + compressed.length;
  }
  const centralSize = central.reduce((sum, entry) => sum + entry.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, parts.length, true);
  e.setUint16(10, parts.length, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const chunk of [...chunks, ...central, end]) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
