// The workbook writer's zip, deflated by fflate (browser-safe default) or by Node's zlib (the command line): other
// readers (JSZip checking every CRC, ExcelJS) open it, its parts come back byte for byte, and its entry dates are fixed.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { NODE_ZIP_CODEC } from "../../src/cli/merge-write";
import { buildForm } from "../../src/core/forms";
import { layoutsToXlsxBytes } from "../../src/xlsx/write-layouts";
import { crc32Combine, crc32Js, FFLATE_CODEC, zipParts } from "../../src/xlsx/zip-write";

const text = "Cải cách thủ tục hành chính — « UBND XÃ AN HẢI » & <Sở> ".repeat(400);
const parts = [
  { name: "a.txt", data: new TextEncoder().encode(text) },
  { name: "thư mục/b.bin", data: Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251) },
  { name: "empty", data: new Uint8Array(0) },
];

describe.each([
  ["fflate", FFLATE_CODEC],
  ["Node zlib", NODE_ZIP_CODEC],
])("zip parts deflated by %s", (_, codec) => {
  it("reads back in JSZip with every CRC checked, names in UTF-8, dated 1980-01-01 12:00", async () => {
    const zip = await JSZip.loadAsync(zipParts(parts, codec), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(parts.map((p) => p.name));
    for (const part of parts) {
      const entry = zip.file(part.name)!;
      expect(Buffer.from(await entry.async("uint8array")).equals(Buffer.from(part.data))).toBe(true);
      expect([entry.date.getUTCFullYear(), entry.date.getUTCMonth(), entry.date.getUTCDate(), entry.date.getUTCHours()]).toEqual([1980, 0, 1, 12]);
    }
  });

  it("compresses the XML-like text (its repeats) to a small part", () => {
    expect(zipParts(parts.slice(0, 1), codec).length).toBeLessThan(text.length / 20);
  });
});

it("writes a form ExcelJS opens with its cells, either codec, the same parts either way", async () => {
  const layout = buildForm("khung-logic", { year: 2026 });
  const date = new Date(Date.UTC(2026, 9, 1));
  const [fromFflate, fromZlib] = [FFLATE_CODEC, NODE_ZIP_CODEC].map((codec) => layoutsToXlsxBytes([layout], { date, codec }));
  const unpacked = await Promise.all([fromFflate, fromZlib].map(async (bytes) => {
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    return Promise.all(Object.keys(zip.files).map(async (name) => [name, await zip.file(name)!.async("string")]));
  }));
  expect(unpacked[1]).toEqual(unpacked[0]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(fromZlib) as unknown as ArrayBuffer); // ExcelJS types predate Buffer<ArrayBufferLike>
  const sheet = workbook.getWorksheet(layout.sheetName)!;
  const title = layout.cells.find((c) => c.style === "title")!;
  expect(sheet.getCell(title.row + 1, title.col + 1).value).toBe(title.value);
});

describe("a part made of pieces deflated apart (Tổng hợp's rows, deflated by the threads that drew them)", () => {
  const encoder = new TextEncoder();
  const pieceTexts = ["<sheetData>", "Nhiệm vụ cải cách số 1 & <2> ".repeat(300), "", "Đơn vị: UBND XÃ AN HẢI ".repeat(50), "</sheetData>"];
  const deflatedApart = (data: Uint8Array) => ({ deflated: NODE_ZIP_CODEC.deflateRawPiece!(data), crc: NODE_ZIP_CODEC.crc32(data), size: data.length });

  it("reads back in JSZip, every CRC checked, as the pieces joined, whichever pieces came deflated", async () => {
    const bytes = pieceTexts.map((t) => encoder.encode(t));
    const whole = Buffer.concat(bytes);
    const pieces = bytes.map((data, i) => (i % 2 === 1 ? deflatedApart(data) : data));
    const zip = await JSZip.loadAsync(zipParts([{ name: "sheet.xml", pieces }, ...parts], NODE_ZIP_CODEC), { checkCRC32: true });
    expect(Buffer.from(await zip.file("sheet.xml")!.async("uint8array")).equals(whole)).toBe(true);
    expect(Buffer.from(await zip.file("a.txt")!.async("uint8array")).toString()).toBe(text);
  });

  it("refuses pieces with a codec that cannot join them (fflate's, the browser's)", () => {
    const data = encoder.encode("x");
    expect(() => zipParts([{ name: "s.xml", pieces: [data, deflatedApart(data)] }], FFLATE_CODEC)).toThrow();
  });

  it("combines CRCs as one CRC of the joined bytes would be, empty pieces included", () => {
    const samples = [new Uint8Array(0), encoder.encode("a"), encoder.encode(text), Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256)];
    for (const a of samples) {
      for (const b of samples) {
        const joined = new Uint8Array([...a, ...b]);
        expect(crc32Combine(crc32Js(a), crc32Js(b), b.length)).toBe(crc32Js(joined));
      }
    }
  });
});
