// A zip package from named parts, each deflated by the compressor the shell gives (Node's zlib in the command line,
// fflate in a browser) and dated with one fixed entry date, so the bytes depend on the parts only. Browser-safe.
import { deflateSync } from "fflate";

/** Raw DEFLATE (no zlib header) of one part. */
export type RawDeflate = (data: Uint8Array) => Uint8Array;
export type Crc32 = (data: Uint8Array) => number;

export interface ZipCodec {
  deflateRaw: RawDeflate;
  crc32: Crc32;
  /** Raw DEFLATE ended by a sync flush, not final: pieces of one part deflated apart (by other threads) join up. */
  deflateRawPiece?: RawDeflate;
}

/** Part of a part deflated elsewhere (ZipCodec.deflateRawPiece): `size` bytes whose CRC-32 is `crc`. */
export interface DeflatedPiece {
  deflated: Uint8Array;
  crc: number;
  size: number;
}

export type ZipPiece = Uint8Array | DeflatedPiece;

/** An empty final block (fixed Huffman codes, end of block at once): ends a part made of sync-flushed pieces. */
const FINAL_BLOCK = new Uint8Array([0x03, 0x00]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

const CRC_POLY = 0xedb88320;

/** a × b modulo the CRC polynomial, bit-reflected as CRCs are (zlib's multmodp); `a` is never 0 here. */
function multModP(a: number, b: number): number {
  let product = 0;
  for (let m = 0x80000000; ; m >>>= 1) {
    if ((a & m) !== 0) {
      product ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    b = b & 1 ? ((b >>> 1) ^ CRC_POLY) >>> 0 : b >>> 1;
  }
  return product >>> 0;
}

/** x^(2^k) modulo the polynomial, for k = 0 … 31. */
const X2N = (() => {
  const table = new Uint32Array(32);
  let p = 1 << 30; // x^1
  table[0] = p;
  for (let n = 1; n < 32; n++) table[n] = p = multModP(p, p);
  return table;
})();

/** The CRC-32 of A followed by B from the CRC-32 of each and B's length in bytes (zlib's crc32_combine). */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  // A's CRC times x^(8 × lengthB): B's bytes shifted through it.
  let shift = 0x80000000; // x^0
  for (let n = lengthB, k = 3; n > 0; n = Math.floor(n / 2), k++) if (n % 2 === 1) shift = multModP(X2N[k & 31], shift);
  return (multModP(shift, crcA >>> 0) ^ crcB) >>> 0;
}

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

/** A named part: its bytes, or its pieces in order (text, or deflated elsewhere). */
export type ZipPart = { name: string; data: Uint8Array } | { name: string; pieces: ZipPiece[] };

interface Deflated {
  compressed: Uint8Array;
  crc: number;
  size: number;
}

function deflatePart(part: ZipPart, codec: ZipCodec): Deflated {
  const pieces = "data" in part ? [part.data] : part.pieces;
  if (pieces.every((piece): piece is Uint8Array => piece instanceof Uint8Array)) {
    const data = pieces.length === 1 ? pieces[0] : joinBytes(pieces);
    return { compressed: codec.deflateRaw(data), crc: codec.crc32(data), size: data.length };
  }
  const deflatePiece = codec.deflateRawPiece;
  if (!deflatePiece) throw new Error("this zip codec cannot join pieces deflated apart");
  // Empty text between two deflated pieces adds nothing: no deflate call, no empty block.
  const deflated = pieces
    .filter((piece) => !(piece instanceof Uint8Array && piece.length === 0))
    .map((piece): DeflatedPiece => (piece instanceof Uint8Array ? { deflated: deflatePiece(piece), crc: codec.crc32(piece), size: piece.length } : piece));
  let crc = 0; // the CRC-32 of nothing
  let size = 0;
  for (const piece of deflated) {
    crc = crc32Combine(crc, piece.crc, piece.size);
    size += piece.size;
  }
  return { compressed: joinBytes([...deflated.map((piece) => piece.deflated), FINAL_BLOCK]), crc, size };
}

export function joinBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Local headers and data, then the central directory: zip 2.0, deflate, no data descriptors, no zip64 (parts < 4 GB). */
export function zipParts(parts: ZipPart[], codec: ZipCodec): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = encoder.encode(part.name);
    const { compressed, crc, size } = deflatePart(part, codec);
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
    view.setUint32(22, size, true);
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
