// The zip container gives the same verdict whether it inflates with fflate (the Word pane) or with native zlib
// (the CLI): an entry is never inflated past the size its directory declares.
import { readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { nativeInflate } from "../../src/cli/load";
import { loadWorkbook } from "../../src/xlsx/load";
import { reason } from "../../src/xlsx/strings.vi";
import { inflateInJs } from "../../src/xlsx/inflate-js";
import { wholeEntries, ZipArchive, ZipError } from "../../src/xlsx/zip";

const EXAMPLE = join(__dirname, "../fixtures/examples/khung-logic-2026.xlsx");

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

/** The entry's length read both ways, or the ZipError kind each way. */
function bothWays(bytes: Uint8Array, entry = "xl/media/extra.bin"): (number | string)[] {
  return [inflateInJs, wholeEntries(nativeInflate)].map((inflate) => {
    try {
      let length = 0;
      new ZipArchive(bytes, inflate).stream(entry, (text) => (length += text.length));
      return length;
    } catch (error) {
      return error instanceof ZipError ? error.kind : String(error);
    }
  });
}

describe("the zip container, with fflate and with native zlib", () => {
  it("reads the example workbook the same both ways", () => {
    const bytes = readFileSync(EXAMPLE);
    expect(loadWorkbook(bytes).grids).toEqual(loadWorkbook(bytes, { inflateRaw: nativeInflate }).grids);
  });

  it("accepts an entry inflating to exactly its declared size", async () => {
    const bytes = await withEntry(new Uint8Array(50_000).fill(65), 50_000, "DEFLATE");
    expect(bothWays(bytes)).toEqual([50_000, 50_000]);
  });

  it("refuses a deflated entry one byte longer than declared", async () => {
    const bytes = await withEntry(new Uint8Array(50_000).fill(65), 49_999, "DEFLATE");
    expect(bothWays(bytes)).toEqual(["damaged", "damaged"]);
  });

  it("refuses a stored entry longer than declared", async () => {
    const bytes = await withEntry(new Uint8Array(5_000).fill(65), 4_000, "STORE");
    expect(bothWays(bytes)).toEqual(["damaged", "damaged"]);
  });

  it("refuses corrupt deflate data", async () => {
    const bytes = await withEntry(new Uint8Array(50_000).map((_, i) => 65 + (i % 26)), 50_000, "DEFLATE");
    const name = bytes.indexOf(Buffer.from("xl/media/extra.bin"));
    const dataStart = name + "xl/media/extra.bin".length + bytes.readUInt16LE(name - 2);
    bytes.fill(0xff, dataStart, dataStart + 64);
    expect(bothWays(bytes)).toEqual(["damaged", "damaged"]);
  });

  it("reads a zip with bytes prepended (a stub before the archive) like the archive itself", () => {
    const original = readFileSync(EXAMPLE);
    const bytes = Buffer.concat([original.subarray(0, 4), Buffer.alloc(100), original]);
    expect(loadWorkbook(bytes).grids).toEqual(loadWorkbook(original).grids);
  });

  it("refuses a directory declaring more than 200 MB as a zip bomb before inflating anything", async () => {
    const bytes = await withEntry(new Uint8Array(10).fill(65), 201 * 1024 * 1024, "STORE");
    expect(() => loadWorkbook(bytes)).toThrow(reason.bomb);
  });

  it("reports what the XML reader finds inside an entry (a DTD) with either inflater, not 'damaged'", async () => {
    const zip = await JSZip.loadAsync(readFileSync(EXAMPLE));
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    zip.file("xl/sharedStrings.xml", strings.replace("?>", '?><!DOCTYPE sst [<!ENTITY a "x">]>'));
    const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    const dtd = reason.entities("xl/sharedStrings.xml");
    expect(() => loadWorkbook(bytes)).toThrow(dtd);
    expect(() => loadWorkbook(bytes, { inflateRaw: nativeInflate })).toThrow(dtd);
  });
});

it("decodes a part bigger than one text in slices, every Vietnamese character whole at each slice's edge", async () => {
  // 9.6 MB of three-byte and two-byte characters: slices of 1 MB fall inside characters.
  const line = "Điều chỉnh, bổ sung quy chế phối hợp ươm tạo ứng dụng số ";
  const text = line.repeat(Math.ceil((9.6 * 1024 * 1024) / Buffer.byteLength(line)));
  const bytes = await withEntry(new TextEncoder().encode(text), Buffer.byteLength(text), "DEFLATE");
  for (const inflate of [inflateInJs, wholeEntries(nativeInflate)]) {
    const pieces: string[] = [];
    new ZipArchive(bytes, inflate).stream("xl/media/extra.bin", (piece) => pieces.push(piece));
    expect(pieces.join("") === text).toBe(true);
    if (inflate !== inflateInJs) expect(pieces.length).toBeGreaterThan(9); // zlib hands the part over whole: sliced here
  }
});
