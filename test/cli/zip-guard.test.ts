// The zip guard gives the same verdict whether it inflates with JSZip (the Word pane) or with native zlib (the CLI).
import { readFileSync } from "fs";
import { join } from "path";
import { inflateRawSync } from "zlib";
import JSZip from "jszip";
import { checkZip, REASON_DAMAGED, type RawInflate } from "../../src/xlsx/zip-guard";

const EXAMPLE = join(__dirname, "../fixtures/examples/khung-logic-2026.xlsx");
const nativeInflate: RawInflate = (compressed, maxOutput) => inflateRawSync(compressed, { maxOutputLength: maxOutput }).length;

/** The example with an extra entry whose declared size (local and central headers) is `declared` instead of its real size. */
async function withEntry(content: Uint8Array, declared: number, compression: "DEFLATE" | "STORE"): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(EXAMPLE));
  zip.file("xl/media/extra.bin", content);
  const out = await zip.generateAsync({ type: "nodebuffer", compression });
  const name = Buffer.from("xl/media/extra.bin");
  for (let at = out.indexOf(name); at >= 0; at = out.indexOf(name, at + 1)) {
    if (out.readUInt32LE(at - 30) === 0x04034b50) out.writeUInt32LE(declared, at - 30 + 22);
    if (out.readUInt32LE(at - 46) === 0x02014b50) out.writeUInt32LE(declared, at - 46 + 24);
  }
  return out;
}

const bothWays = (bytes: Uint8Array) => Promise.all([checkZip(bytes), checkZip(bytes, nativeInflate)]);

describe("checkZip with and without a native inflater", () => {
  it("accepts the example workbook both ways", async () => {
    expect(await bothWays(readFileSync(EXAMPLE))).toEqual([null, null]);
  });

  it("accepts an entry inflating to exactly its declared size", async () => {
    const bytes = await withEntry(new Uint8Array(50_000).fill(7), 50_000, "DEFLATE");
    expect(await bothWays(bytes)).toEqual([null, null]);
  });

  it("refuses a deflated entry one byte longer than declared", async () => {
    const bytes = await withEntry(new Uint8Array(50_000).fill(7), 49_999, "DEFLATE");
    expect(await bothWays(bytes)).toEqual([REASON_DAMAGED, REASON_DAMAGED]);
  });

  it("refuses a stored entry longer than declared", async () => {
    const bytes = await withEntry(new Uint8Array(5_000).fill(7), 4_000, "STORE");
    expect(await bothWays(bytes)).toEqual([REASON_DAMAGED, REASON_DAMAGED]);
  });

  it("refuses corrupt deflate data", async () => {
    const bytes = await withEntry(new Uint8Array(50_000).map((_, i) => i % 251), 50_000, "DEFLATE");
    const name = bytes.indexOf(Buffer.from("xl/media/extra.bin"));
    const dataStart = name + "xl/media/extra.bin".length + bytes.readUInt16LE(name - 2);
    bytes.fill(0xff, dataStart, dataStart + 64);
    expect(await bothWays(bytes)).toEqual([REASON_DAMAGED, REASON_DAMAGED]);
  });

  it("judges a zip with bytes prepended the same both ways", async () => {
    const bytes = Buffer.concat([readFileSync(EXAMPLE).subarray(0, 4), Buffer.alloc(100), readFileSync(EXAMPLE)]);
    const [jszip, native] = await bothWays(bytes);
    expect(native).toBe(jszip);
  });
});
