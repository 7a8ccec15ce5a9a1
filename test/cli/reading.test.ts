// The reading shown and corrected on the command line: check --explain, the schema, --column, and a correction
// saved in the workbook as a custom XML part (issue 7).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { READING_NAMESPACE, parseReadingXml, readingXml } from "../../src/xlsx/reading-correction";
import { reportSchema } from "../report.schema";
import { expectOnePlainLine, runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "cchc-reading-"));

/** A plan whose money sits under a header no wording names ("Số tiền"): read only once corrected. */
async function planWithUnknownMoneyColumn(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Kế hoạch");
  sheet.addRow(["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"]);
  sheet.addRow(["TT", "Nội dung", "Thời gian", "Chủ trì", "Số tiền"]);
  sheet.addRow([1, "Rà soát thủ tục hành chính", "Quý I/2026", "Văn phòng", 4000000]);
  sheet.addRow([2, "Công khai thủ tục hành chính", "Quý II/2026", "Văn phòng", 6000000]);
  const file = join(dir, `plan-${Math.random().toString(36).slice(2)}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** The workbook with one custom XML part added as Excel stores it: the item, and a relationship from the workbook. */
function withCustomXml(file: string, xml: string): string {
  const entries = unzipSync(readFileSync(file));
  entries["customXml/item1.xml"] = strToU8(xml);
  const rels = "xl/_rels/workbook.xml.rels";
  entries[rels] = strToU8(
    strFromU8(entries[rels]).replace(
      "</Relationships>",
      '<Relationship Id="rIdCchc1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>',
    ),
  );
  const out = file.replace(/\.xlsx$/, "-corrected.xlsx");
  writeFileSync(out, zipSync(entries));
  return out;
}

describe("cchc check --explain", () => {
  it("prints each table's header rows, every column's field with its header and unit, rows by kind and rows skipped", async () => {
    const { code, stdout } = await runCli("check", join(__dirname, "..", "fixtures", "examples", "de-cuong-2019.xlsx"), "--explain");
    expect(code).toBe(1);
    const explain = stdout.slice(0, stdout.indexOf("Tệp:"));
    expect(explain).toMatch(/^Cách đọc bảng\n  Trang "Kế hoạch triển khai", tiêu đề ở dòng 3\n/);
    expect(explain).toMatch(/A +Nhiệm vụ chung +→ goal \(mục tiêu\)/);
    expect(explain).toMatch(/G +Kinh phí dự kiến +→ budget \(kinh phí\), đồng/);
    expect(explain).toMatch(/Các dòng: 7 lĩnh vực, \d+ kết quả, \d+ hoạt động/);
    expect(explain).toContain("Bỏ qua: dòng 20 (dòng tổng cộng)");
  });
});

describe("cchc schema", () => {
  it("prints the report's JSON Schema, naming the added tables[].columns and budget.sources", async () => {
    const { code, stdout } = await runCli("schema");
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$schema).toMatch(/json-schema\.org/);
    const table = schema.properties.tables.items;
    expect(Object.keys(table.properties)).toEqual(expect.arrayContaining(["columns", "skipped"]));
    expect(JSON.stringify(schema)).toContain('"subtotal-mismatch"');
    expect(JSON.stringify(schema)).toContain('"sources"');
  });
});

describe("reading corrections", () => {
  it("a column no wording names is reported once, read nothing, and counted after --column E=budget", async () => {
    const file = await planWithUnknownMoneyColumn();
    const before = JSON.parse((await runCli("check", file, "--json")).stdout);
    expect(reportSchema.parse(before).totals.total).toBe(0);
    expect(before.findings.filter((f: { rule: string }) => f.rule === "unread-column")).toEqual([
      expect.objectContaining({ cell: "E2", severity: "info" }),
    ]);
    expect(before.tables[0].columns[4]).toMatchObject({ letter: "E", header: "Số tiền", field: null, source: "header" });

    const after = JSON.parse((await runCli("check", file, "--json", "--column", "E=budget")).stdout);
    expect(after.totals.total).toBe(10_000_000);
    expect(after.tables[0].columns[4]).toMatchObject({ letter: "E", field: "budget", unit: "đồng", source: "correction" });
    expect(after.findings.some((f: { rule: string }) => f.rule === "unread-column")).toBe(false);
  });

  it("a correction saved in the workbook changes the next reading, and --column overrides it", async () => {
    const file = withCustomXml(await planWithUnknownMoneyColumn(), readingXml([{ sheet: "Kế hoạch", headerRow: 2, columns: { E: "budget" } }]));
    const saved = JSON.parse((await runCli("check", file, "--json")).stdout);
    expect(saved.totals.total).toBe(10_000_000);
    expect(saved.tables[0].columns[4].source).toBe("correction");
    const overridden = JSON.parse((await runCli("check", file, "--json", "--column", "E=none")).stdout);
    expect(overridden.totals.total).toBe(0);
    expect(overridden.tables[0].columns[4]).toMatchObject({ field: null, source: "correction" });
  });

  it("names what is wrong with a bad --column in one plain line, exit 2", async () => {
    const file = await planWithUnknownMoneyColumn();
    for (const bad of ["E", "E=tien", "=budget"]) {
      const { code, stderr } = await runCli("check", file, "--column", bad);
      expect(code).toBe(2);
      expectOnePlainLine(stderr);
    }
    expect((await runCli("check", file, "--column", "E=tien")).stderr).toContain('Không có trường "tien"');
  });

  it("--header-row names a header the wordings alone miss", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("KH");
    sheet.addRow(["Việc", "Khi nào", "Ai làm"]);
    sheet.addRow(["Rà soát thủ tục hành chính", "Quý I/2026", "Văn phòng"]);
    const file = join(dir, "no-header.xlsx");
    await workbook.xlsx.writeFile(file);
    expect((await runCli("check", file)).code).toBe(2);
    const { code, stdout } = await runCli("check", file, "--json", "--header-row", "1", "--column", "A=content,B=period,C=lead");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.rows).toEqual([expect.objectContaining({ row: 2, content: "Rà soát thủ tục hành chính", lead: "Văn phòng" })]);
    expect(report.rows[0].period).toMatchObject({ start: "2026-01-01", end: "2026-03-31" });
  });
});

describe("schedule reads the table as check does", () => {
  /** A table whose header no wording names: read only once corrected. */
  async function planWithoutKnownHeader(): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("KH");
    sheet.addRow(["Việc", "Khi nào", "Ai làm"]);
    sheet.addRow(["Rà soát thủ tục hành chính", "Quý I/2026", "Văn phòng"]);
    const file = join(dir, `no-header-${Math.random().toString(36).slice(2)}.xlsx`);
    await workbook.xlsx.writeFile(file);
    return file;
  }
  const firstMonths = (stdout: string) => JSON.parse(stdout).rows[0].months.slice(0, 4);

  it("--header-row and --column, as for check and build", async () => {
    const file = await planWithoutKnownHeader();
    expect((await runCli("schedule", file, "--json")).code).toBe(2);
    const { code, stdout } = await runCli("schedule", file, "--json", "--header-row", "1", "--column", "A=content,B=period,C=lead");
    expect(code).toBe(0);
    expect(firstMonths(stdout)).toEqual(["active", "active", "active", "none"]);
  });

  it("the correction saved in the workbook (Cách đọc bảng in the add-in)", async () => {
    const saved = readingXml([{ sheet: "KH", headerRow: 1, columns: { A: "content", B: "period", C: "lead" } }]);
    const { code, stdout } = await runCli("schedule", withCustomXml(await planWithoutKnownHeader(), saved), "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).rows[0]).toMatchObject({ content: "Rà soát thủ tục hành chính", lead: "Văn phòng" });
    expect(firstMonths(stdout)).toEqual(["active", "active", "active", "none"]);
  });
});

describe("the custom XML part", () => {
  it("round-trips, escapes what it stores, and ignores parts that are not ours or not well-formed", () => {
    const corrections = [{ sheet: 'KH "2026" <Sở> & co', headerRow: 6, columns: { E: "budget" as const, I: "none" as const } }];
    const xml = readingXml(corrections);
    expect(xml).toContain(`xmlns="${READING_NAMESPACE}"`);
    expect(parseReadingXml(xml)).toEqual(corrections);
    expect(parseReadingXml('<reading xmlns="urn:other"><table/></reading>')).toBeNull();
    expect(parseReadingXml("<reading")).toBeNull();
    expect(parseReadingXml(`<!DOCTYPE r [<!ENTITY x "y">]><reading xmlns="${READING_NAMESPACE}"/>`)).toBeNull();
    expect(parseReadingXml(`<reading xmlns="${READING_NAMESPACE}"><table><column letter="E" field="money"/></table></reading>`)).toEqual([{}]);
  });
});
