// Files an official (or an attacker) might hand the command line. Each must end in a plain
// exit code with at most one plain line on stderr, and leave the file byte-for-byte unchanged.
import { createHash } from "crypto";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { MAX_FILE_BYTES } from "../../src/cli/load";
import { MAX_TOTAL_UNCOMPRESSED } from "../../src/xlsx/zip";
import { reportSchema } from "../report.schema";
import { expectOnePlainLine, runCli, type CliResult } from "./run-cli";

const EXAMPLE = join(__dirname, "../fixtures/examples/khung-logic-2026.xlsx");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cchc-hostile-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** Runs `check` and asserts the file was not touched. */
async function checkUnchanged(file: string, ...extra: string[]): Promise<CliResult> {
  const before = sha256(file);
  const result = await runCli("check", file, ...extra);
  expect(sha256(file)).toBe(before);
  return result;
}

async function expectCannotRead(file: string, reason: RegExp): Promise<void> {
  const result = await checkUnchanged(file);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expectOnePlainLine(result.stderr);
  expect(result.stderr).toContain(`Không đọc được "${file}"`);
  expect(result.stderr).toMatch(reason);
}

/** A small Khung logic table whose cells the test fills with hostile values. */
async function khungLogic(name: string, hostile: Record<string, ExcelJS.CellValue>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Khung logic");
  sheet.getCell("A1").value = "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026";
  sheet.addRow([]);
  sheet.addRow(["TT", "Nội dung", "Chỉ số thành công", "Phương tiện xác minh", "Ngân sách (Đồng)", "Thời gian thực hiện", "Cơ quan đầu mối", "Cơ quan phối hợp"]);
  sheet.addRow(["1", "Lĩnh vực 1: Cải cách thể chế", "100% văn bản được rà soát", "Báo cáo", null, "2026", "Sở Nội vụ", null]);
  sheet.addRow(["1.1", "Kết quả 1.1: Văn bản được rà soát", "Rà soát 50 văn bản", "Báo cáo", 10000000, "Quý I/2026", "Văn phòng Sở", "Các phòng"]);
  sheet.addRow(["1.1.1", "Hoạt động 1.1.1: Rà soát", "Rà soát 50 văn bản", "Báo cáo rà soát", 10000000, "Tháng 1-2/2026", "Văn phòng Sở", "Các phòng"]);
  for (const [address, value] of Object.entries(hostile)) sheet.getCell(address).value = value;
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function expectReadable(file: string): Promise<ReturnType<typeof reportSchema.parse>> {
  const result = await checkUnchanged(file, "--json");
  expect(result.stderr).toBe("");
  expect([0, 1]).toContain(result.code);
  return reportSchema.parse(JSON.parse(result.stdout));
}

describe("check refuses what is not a readable workbook, in one line", () => {
  it("a text file named .xlsx", async () => {
    const file = join(dir, "van-ban.xlsx");
    writeFileSync(file, "Đây là văn bản, không phải bảng tính.\n");
    await expectCannotRead(file, /không phải là bảng tính Excel/);
  });

  it("an Excel 97–2003 workbook (.xls, an OLE2 compound file), with how to save it as .xlsx", async () => {
    const file = join(dir, "ke-hoach-cu.xls");
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(file, Buffer.concat([header, Buffer.alloc(504)]));
    await expectCannotRead(file, /Excel 97–2003 \(\.xls\).*lưu lại dạng \.xlsx/);
  });

  it("an empty file", async () => {
    const file = join(dir, "rong.xlsx");
    writeFileSync(file, "");
    await expectCannotRead(file, /rỗng/);
  });

  it("a truncated workbook (download cut short)", async () => {
    const file = join(dir, "cut.xlsx");
    const bytes = readFileSync(EXAMPLE);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectCannotRead(file, /bị hỏng hoặc không đầy đủ/);
  });

  it("a Word document renamed .xlsx", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types/>');
    zip.file("word/document.xml", "<w:document/>");
    const file = join(dir, "ke-hoach.docx.xlsx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    await expectCannotRead(file, /không phải là bảng tính Excel/);
  });

  it("a zip bomb: one entry of zeros inflating past the bound", async () => {
    const zip = await JSZip.loadAsync(readFileSync(EXAMPLE));
    zip.file("xl/media/zeros.bin", new Uint8Array(MAX_TOTAL_UNCOMPRESSED + 1024 * 1024));
    const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } });
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
    const file = join(dir, "bomb.xlsx");
    writeFileSync(file, bytes);
    await expectCannotRead(file, /quá lớn/);
  }, 60000);

  it("a zip whose headers understate the size of a part the reader inflates", async () => {
    // Parts the reader never reads (images) are never inflated, so a lie there cannot cost anything; the sheet's is caught.
    const bytes = readFileSync(EXAMPLE);
    const file = join(dir, "forged.xlsx");
    writeFileSync(file, understateSize(bytes, "xl/worksheets/sheet1.xml", 1000));
    await expectCannotRead(file, /bị hỏng: phần xl\/worksheets\/sheet1\.xml/);
  }, 30000);

  it("a file that does not exist, and a folder", async () => {
    const missing = join(dir, "khong-co.xlsx");
    const missingResult = await runCli("check", missing);
    expect(missingResult.code).toBe(2);
    expectOnePlainLine(missingResult.stderr);
    expect(missingResult.stderr).toContain("không tìm thấy tệp");
    const folder = join(dir, "thu-muc.xlsx");
    mkdirSync(folder);
    const folderResult = await runCli("check", folder);
    expect(folderResult.code).toBe(2);
    expectOnePlainLine(folderResult.stderr);
    expect(folderResult.stderr).toContain("thư mục");
  });

  (process.platform === "win32" ? it.skip : it)("links that point at each other, and a path too long: each said as such, never a damaged file", async () => {
    const first = join(dir, "vong-1.xlsx");
    const second = join(dir, "vong-2.xlsx");
    symlinkSync(second, first);
    symlinkSync(first, second);
    const loop = await runCli("check", first);
    expect(loop.code).toBe(2);
    expectOnePlainLine(loop.stderr);
    expect(loop.stderr).toContain("liên kết (symlink) trỏ vòng");
    const long = await runCli("check", join(dir, `${"a".repeat(300)}.xlsx`));
    expect(long.code).toBe(2);
    expectOnePlainLine(long.stderr);
    expect(long.stderr).toContain("đường dẫn quá dài");
  });

  // A device is no file: opened without waiting, it is refused before anything is read. Linux's /dev/null stands for
  // all of them; Windows has no such path, and CI runs on Linux.
  (process.platform === "win32" ? it.skip : it)("a device (/dev/null)", async () => {
    const result = await runCli("check", "/dev/null");
    expect(result.code).toBe(2);
    expectOnePlainLine(result.stderr);
    expect(result.stderr).toContain("không phải là tệp thông thường");
  });

  it("a file past 2 GB, refused as too large before anything is read (not called damaged)", async () => {
    const file = join(dir, "qua-lon.xlsx");
    writeFileSync(file, "");
    truncateSync(file, MAX_FILE_BYTES + 1); // sparse: no disk is used
    const before = statSync(file);
    const result = await runCli("check", file);
    expect(result.code).toBe(2);
    expectOnePlainLine(result.stderr);
    expect(result.stderr).toContain(`Không đọc được "${file}": tệp quá lớn để mở (hơn 2 GB)`);
    expect(statSync(file)).toMatchObject({ size: before.size, mtimeMs: before.mtimeMs }); // too large to hash: left as it was
    rmSync(file);
  });

  it("a workbook with no plan table", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Ghi chép").getCell("B2").value = "Danh sách điện thoại";
    const file = join(dir, "khong-co-bang.xlsx");
    await workbook.xlsx.writeFile(file);
    await expectCannotRead(file, /không tìm thấy bảng kế hoạch/);
  });
});

describe("check reads odd but real workbooks without breaking", () => {
  it("error cells (#REF!, #DIV/0!) in budget and indicator", async () => {
    const file = await khungLogic("loi.xlsx", { E6: { error: "#REF!" }, C5: { error: "#DIV/0!" } } as Record<string, ExcelJS.CellValue>);
    const report = await expectReadable(file);
    expect(report.rows.length).toBeGreaterThanOrEqual(3);
  });

  it("a 32,000-character cell", async () => {
    const long = "Rà soát văn bản ".repeat(2000);
    const file = await khungLogic("dai.xlsx", { B6: long });
    const report = await expectReadable(file);
    const row = report.rows.find((r) => r.row === 6);
    expect(row?.content.length).toBeGreaterThanOrEqual(long.trim().length);
  });

  it("markup-looking text stays text", async () => {
    const script = "<script>alert('x')</script> Rà soát";
    const formulaText = '=HYPERLINK("http://example.invalid","bấm vào đây")';
    const file = await khungLogic("markup.xlsx", { B6: script, G6: formulaText });
    const report = await expectReadable(file);
    const row = report.rows.find((r) => r.row === 6);
    expect(row?.content).toContain("<script>alert('x')</script>");
    expect(row?.lead).toBe(formulaText);
    const text = await checkUnchanged(file);
    expect(text.stdout).not.toMatch(/\u001b\[/);
  });
});

/** Rewrites an entry's declared uncompressed size in both its local and central headers. */
function understateSize(bytes: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(bytes);
  const nameBytes = Buffer.from(name);
  for (let at = out.indexOf(nameBytes); at >= 0; at = out.indexOf(nameBytes, at + 1)) {
    if (out.readUInt32LE(at - 30) === 0x04034b50) out.writeUInt32LE(size, at - 30 + 22);
    if (out.readUInt32LE(at - 46) === 0x02014b50) out.writeUInt32LE(size, at - 46 + 24);
  }
  return out;
}
