// The command line's shape on the example workbooks: exit codes, tables found, a few key facts.
// The engine's detailed findings are tested with the engine.
import { copyFileSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { reportSchema, type ReportJson } from "../report.schema";
import { expectOnePlainLine, runCli } from "./run-cli";

const example = (name: string) => join(__dirname, "../fixtures/examples", name);

async function checkJson(...argv: string[]): Promise<{ code: number; report: ReportJson }> {
  const result = await runCli("check", ...argv, "--json");
  expect(result.stderr).toBe("");
  return { code: result.code, report: reportSchema.parse(JSON.parse(result.stdout)) };
}

describe("cchc check on the examples", () => {
  it("khung-logic-2026.xlsx: errors found (exit 1), one two-row-header table, total 149 million", async () => {
    const { code, report } = await checkJson(example("khung-logic-2026.xlsx"));
    expect(code).toBe(1);
    expect(report.file).toBe("khung-logic-2026.xlsx");
    expect(report.year).toBe(2026);
    expect(report.tables).toMatchObject([{ sheet: "Khung logic", form: "khung-logic", headerRows: [6, 7], skipped: [] }]);
    expect(report.tables[0].columns.map((c) => `${c.letter}=${c.field}`)).toEqual(["A=number", "B=content", "C=indicator", "D=verification", "E=budget", "F=period", "G=lead", "H=partners"]);
    expect(report.tables[0].columns[4]).toMatchObject({ header: "Ngân sách (Đồng)", unit: "đồng", source: "header" });
    expect(report.tables[0].columns[6].header).toBe("Trách nhiệm › Cơ quan đầu mối");
    expect(report.totals.total).toBe(149000000);
    expect(report.totals.totalInWords).toBe("Một trăm bốn mươi chín triệu đồng");
    expect(report.findings.some((f) => f.severity === "error")).toBe(true);
    const activity = report.rows.find((row) => row.number === "1.1.1");
    expect(activity).toMatchObject({ row: 10, level: "activity", lead: "Văn phòng Sở", partners: "Các phòng chuyên môn" });
    expect(activity?.budget?.amount).toBe(12000000);
  });

  it("de-cuong-2019.xlsx: reads the plan sheet, not the instructions sheet, and flags the SUM that skips text", async () => {
    const { code, report } = await checkJson(example("de-cuong-2019.xlsx"));
    expect(code).toBe(1);
    expect(report.year).toBe(2019);
    expect(report.tables).toMatchObject([{ sheet: "Kế hoạch triển khai", form: "de-cuong", headerRows: [3] }]);
    // The "Tổng kinh phí" row ends the table, shown as skipped.
    expect(report.tables[0].skipped).toEqual([{ row: 20, kind: "total" }]);
    expect(report.findings.map((f) => f.rule)).toContain("budget-as-text");
    expect(report.rows.every((row) => !/^Tổng kinh phí/.test(row.content))).toBe(true);
  });

  it("so-gtvt-2014-5w1h.xlsx: no error-severity finding (exit 0), placeholder rows warned", async () => {
    const { code, report } = await checkJson(example("so-gtvt-2014-5w1h.xlsx"));
    expect(code).toBe(0);
    expect(report.year).toBe(2014);
    expect(report.tables).toMatchObject([{ sheet: "KH CCHC 2014", form: "5w1h", headerRows: [4, 5] }]);
    expect(report.findings.filter((f) => f.rule === "placeholder-row").length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.severity !== "error")).toBe(true);
  });

  it("prints the readable report without --json, with the same exit code", async () => {
    const result = await runCli("check", example("khung-logic-2026.xlsx"));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Tệp: khung-logic-2026.xlsx");
    expect(result.stdout).toMatch(/Tổng cộng\s+149\.000\.000/);
    expect(result.stdout).toContain("Bằng chữ: Một trăm bốn mươi chín triệu đồng.");
    expect(result.stdout).toMatch(/lỗi\s+G15\s+Hoạt động 2\.1\.2/);
  });

  it("--year overrides the title's year", async () => {
    const { report } = await checkJson(example("khung-logic-2026.xlsx"), "--year", "2027");
    expect(report.year).toBe(2027);
    expect(report.findings.some((f) => f.rule === "period-outside-year" && f.row === 10)).toBe(true);
  });

  it("--sheet reads only that sheet; a sheet that does not exist is exit 2 naming the file", async () => {
    const { report } = await checkJson(example("de-cuong-2019.xlsx"), "--sheet", "Kế hoạch triển khai");
    expect(report.tables).toHaveLength(1);
    const missing = await runCli("check", example("de-cuong-2019.xlsx"), "--sheet", "Trang 9");
    expect(missing.code).toBe(2);
    expectOnePlainLine(missing.stderr);
    expect(missing.stderr).toContain('de-cuong-2019.xlsx": không có trang tính "Trang 9"');
    const onlyInstructions = await runCli("check", example("de-cuong-2019.xlsx"), "--sheet", "Hướng dẫn");
    expect(onlyInstructions.code).toBe(2);
    expect(onlyInstructions.stderr).toContain("không tìm thấy bảng kế hoạch");
  });

  it("reads a copy whose name has spaces and Vietnamese letters", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-name-"));
    try {
      const file = join(dir, "Kế hoạch CCHC 2026.xlsx");
      copyFileSync(example("khung-logic-2026.xlsx"), file);
      const { report } = await checkJson(file);
      expect(report.file).toBe("Kế hoạch CCHC 2026.xlsx");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("cchc arguments", () => {
  it("--help prints the Vietnamese usage and exits 0", async () => {
    const result = await runCli("--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Cách dùng:");
    expect(result.stdout).toContain("cchc check TỆP.xlsx [--sheet TÊN] [--year NĂM] [--json]");
  });

  it.each([
    [["check", example("khung-logic-2026.xlsx"), "--jsno"], '"--jsno"'],
    [["check", example("khung-logic-2026.xlsx"), "--year", "26"], 'Năm "26"'],
    [["check", example("khung-logic-2026.xlsx"), "--sheet"], '"--sheet" cần một giá trị'],
    [["check"], "Thiếu tên tệp"],
    [["check", "a.xlsx", "b.xlsx"], 'Thừa tham số "b.xlsx"'],
    [["kiemtra", "a.xlsx"], 'Không có lệnh "kiemtra"'],
    [[], "Chưa có lệnh"],
  ])("%j → exit 2: %s", async (argv, expected) => {
    const result = await runCli(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expectOnePlainLine(result.stderr);
    expect(result.stderr).toContain(expected);
  });
});
