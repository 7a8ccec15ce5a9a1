// Hostile workbooks made here, each aimed at the reader: a structure ExcelJS hangs or is quadratic on, an
// allocation a naive grid would make, an XML entity bomb, and packages that only look like .xlsx. Each must end in
// exit 0, 1 or 2 with at most one plain line, within 10 s (the command line's reading thread is capped at
// 640 MB of heap and 8 s), and leave the file byte-for-byte unchanged.
import { createHash } from "crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { readIsolated, WORKER_LIMITS } from "../../src/cli/load";
import { reportSchema } from "../report.schema";
import { expectOnePlainLine, runCli, type CliResult } from "./run-cli";

const EXAMPLE = join(__dirname, "../fixtures/examples/khung-logic-2026.xlsx");
const SHEET = "xl/worksheets/sheet1.xml";
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cchc-hostile-reader-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** The example plan with parts rewritten by `edit` (part name → new text, from the old). */
async function variant(name: string, edit: Record<string, (xml: string) => string>): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(EXAMPLE));
  for (const [part, change] of Object.entries(edit)) zip.file(part, change(await zip.file(part)!.async("string")));
  const file = join(dir, name);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

/** Runs check, timing it and asserting the file unchanged and the output shape of its exit code. */
async function check(file: string, ...extra: string[]): Promise<CliResult> {
  const before = sha256(file);
  const started = Date.now();
  const result = await runCli("check", file, ...extra);
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(sha256(file)).toBe(before);
  expect([0, 1, 2]).toContain(result.code);
  if (result.code === 2) expectOnePlainLine(result.stderr);
  else expect(result.stderr).toBe("");
  return result;
}

/** The example's own plan (Khung logic, 149,000,000 đồng) must still be read in full. */
async function expectPlanRead(file: string): Promise<void> {
  const result = await check(file, "--json");
  expect([0, 1]).toContain(result.code);
  const report = reportSchema.parse(JSON.parse(result.stdout));
  expect(report.tables.map((t) => t.form)).toEqual(["khung-logic"]);
  expect(report.totals.total).toBe(149_000_000);
}

async function expectRefused(file: string, reason: RegExp): Promise<void> {
  const result = await check(file);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toContain(`Không đọc được "${file}"`);
  expect(result.stderr).toMatch(reason);
}

const beforeEnd = (insert: string) => (xml: string) => xml.replace("</worksheet>", insert + "</worksheet>");

describe("structures that hang or exhaust other readers", () => {
  it("a data validation over the whole sheet, A1:XFD1048576 (ExcelJS never returns)", async () => {
    const validation = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"Có,Không"</formula1></dataValidation></dataValidations>';
    await expectPlanRead(await variant("validation.xlsx", { [SHEET]: (xml) => xml.replace("<pageMargins", validation + "<pageMargins") }));
  });

  it("50,000 merged ranges (ExcelJS's merge handling is quadratic)", async () => {
    const merges = Array.from({ length: 50_000 }, (_, i) => `<mergeCell ref="J${i + 1}:K${i + 1}"/>`).join("");
    const file = await variant("merges.xlsx", { [SHEET]: (xml) => xml.replace('<mergeCells count="8">', `<mergeCells count="50008">${merges}`) });
    await expectPlanRead(file);
  });

  it("a value in XFD1048576 beside a real plan: no dense million-row grid", async () => {
    const stray = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>';
    await expectPlanRead(await variant("stray.xlsx", { [SHEET]: (xml) => xml.replace("</sheetData>", stray + "</sheetData>") }));
  });

  it("shared-strings amplification: 200,000 cells pointing at one 30,000-character string", async () => {
    const huge = "Rà soát thủ tục ".repeat(1875);
    const cells = Array.from({ length: 2000 }, (_, r) => `<row r="${r + 40}">${Array.from({ length: 100 }, (_, c) => `<c r="${columnName(c)}${r + 40}" t="s"><v>110</v></c>`).join("")}</row>`).join("");
    const file = await variant("amplified.xlsx", {
      "xl/sharedStrings.xml": (xml) => xml.replace("</sst>", `<si><t>${huge}</t></si></sst>`),
      [SHEET]: (xml) => xml.replace("</sheetData>", cells + "</sheetData>"),
    });
    await expectRefused(file, /quá lớn hoặc quá phức tạp/);
  });

  it("a billion-laughs entity bomb: the DTD is refused, nothing is expanded", async () => {
    const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`)].join("");
    const file = await variant("lol.xlsx", {
      "xl/sharedStrings.xml": (xml) => xml.replace("<sst", `<!DOCTYPE sst [${entities}]><sst`).replace("<t>", "<t>&lol9;"),
    });
    await expectRefused(file, /DTD hoặc thực thể XML \(phần xl\/sharedStrings\.xml\)/);
  });

  it("XML nested 100,000 levels deep", async () => {
    const deep = "<extLst>" + "<ext>".repeat(100_000) + "</ext>".repeat(100_000) + "</extLst>";
    await expectRefused(await variant("deep.xlsx", { [SHEET]: beforeEnd(deep) }), /quá lớn hoặc quá phức tạp \(XML lồng sâu/);
  });
});

describe("the reading thread's own bounds", () => {
  const saved = { ...WORKER_LIMITS };
  afterEach(() => Object.assign(WORKER_LIMITS, saved));

  it("past its time limit, one line saying the file is too large or complex", async () => {
    WORKER_LIMITS.timeMs = 1;
    await expect(readIsolated(EXAMPLE)).rejects.toMatchObject({ reason: expect.stringMatching(/quá lớn hoặc quá phức tạp \(đọc quá thời gian/) });
  });

  it("past its heap cap, the same line (the thread dies, the command does not)", async () => {
    WORKER_LIMITS.heapMb = 2;
    WORKER_LIMITS.youngMb = 1;
    await expect(readIsolated(EXAMPLE)).rejects.toMatchObject({ reason: expect.stringMatching(/quá lớn hoặc quá phức tạp/) });
  });
});

describe("files that only look like workbooks get their own advice", () => {
  it("a password-protected workbook (an encrypted package in a CFB container)", async () => {
    await expectRefused(writeCompound("mat-khau.xlsx", ["EncryptionInfo", "EncryptedPackage"]), /mật khẩu.*xóa mật khẩu, lưu lại rồi thử lại/);
  });

  it("an Excel 97–2003 workbook with its Workbook stream", async () => {
    await expectRefused(writeCompound("cu.xls", ["Workbook", "\u0005SummaryInformation"]), /Excel 97–2003 \(\.xls\).*lưu lại dạng \.xlsx/);
  });

  it("an .xlsb binary workbook", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("_rels/.rels", rels("xl/workbook.bin"));
    zip.file("xl/workbook.bin", new Uint8Array([0x83, 0x01, 0x00]));
    const file = join(dir, "nhi-phan.xlsb");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    await expectRefused(file, /\.xlsb.*lưu lại dạng \.xlsx/);
  });

  it("an OpenDocument spreadsheet (.ods)", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
    zip.file("content.xml", "<office:document-content/>");
    const file = join(dir, "bang.ods");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    await expectRefused(file, /OpenDocument \(\.ods\).*LibreOffice Calc/);
  });

  it("a web page saved as .xls by a reporting system", async () => {
    const file = join(dir, "bao-cao.xls");
    writeFileSync(file, "<html><head><meta charset='utf-8'></head><body><table><tr><td>TT</td></tr></table></body></html>");
    await expectRefused(file, /trang web \(HTML\)/);
  });

  it("a CSV export named .xls", async () => {
    const file = join(dir, "xuat.xls");
    writeFileSync(file, "TT,Nội dung,Thời gian\n1,Rà soát thủ tục,Quý I/2026\n2,Số hóa hồ sơ,Quý II/2026\n");
    await expectRefused(file, /CSV/);
  });
});

function columnName(c: number): string {
  return c < 26 ? String.fromCharCode(65 + c) : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26));
}

function rels(target: string): string {
  return `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;
}

/** A minimal compound file: the header, then one directory sector naming a root entry and the given streams. */
function writeCompound(name: string, streams: string[]): string {
  const bytes = Buffer.alloc(512 * 3);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x3e, 0x18);
  bytes.writeUInt16LE(3, 0x1a);
  bytes.writeUInt16LE(0xfffe, 0x1c);
  bytes.writeUInt16LE(9, 0x1e);
  bytes.writeUInt32LE(0, 0x30);
  ["Root Entry", ...streams].forEach((stream, i) => {
    const at = 512 + i * 128;
    const utf16 = Buffer.from(stream + "\0", "utf16le");
    utf16.copy(bytes, at);
    bytes.writeUInt16LE(utf16.length, at + 0x40);
    bytes[at + 0x42] = i === 0 ? 5 : 2;
  });
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}
