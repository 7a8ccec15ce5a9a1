// The merged workbook's bytes: the layouts written straight to an .xlsx (src/xlsx/write-layouts.ts), dated with the
// given date, so the same inputs give the same bytes whatever their order or --jobs. Node's zlib deflates and
// checksums the parts (natively, several times faster than fflate in JavaScript).
import * as zlib from "zlib";
import { layoutsToXlsxBytes, type WrittenLayout } from "../xlsx/write-layouts";
import { crc32Js, type ZipCodec } from "../xlsx/zip-write";
import { throughGate } from "./zlib-gate";

/** Level 1: the XML compresses almost as well (its repeats are local) in a third of the time of level 6. */
// zlib.crc32 came in Node 20.15; package.json allows any Node 20, so older ones checksum in JavaScript.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
export const NODE_ZIP_CODEC: ZipCodec = {
  deflateRaw: (data) => throughGate(() => zlib.deflateRawSync(data, { level: 1 })),
  // A reading worker deflates its drafts' rows: through its gate, as it inflates (zlib-gate.ts).
  deflateRawPiece: (data) => throughGate(() => zlib.deflateRawSync(data, { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH })),
  crc32: nativeCrc32 ? (data) => nativeCrc32(data) : crc32Js,
};

export async function layoutsToXlsx(layouts: WrittenLayout[], documentDate: Date): Promise<Uint8Array> {
  return layoutsToXlsxBytes(layouts, { date: documentDate, codec: NODE_ZIP_CODEC });
}
