// The engine reading a blank form the CLI wrote: it must recognise the form and not report its empty rows.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runTemplate } from "../../src/cli/template";
import { analyze } from "../../src/core/analyze";
import { workbookToGrids } from "../xlsx/exceljs-grids";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-engine-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function analyzeBlank(kind: string) {
  const file = path.join(dir, `${kind}.xlsx`);
  const silent = { out: () => undefined, err: () => undefined };
  expect(await runTemplate([kind, "-o", file, "--year", "2026"], silent)).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return analyze(workbookToGrids(workbook));
}

test("a blank khung logic form is found as one, its empty rows are not plan rows", async () => {
  const { plan, findings, totals } = await analyzeBlank("khung-logic");
  expect(plan.year).toBe(2026);
  expect(plan.tables.map((t) => [t.sheet, t.form, t.headerRows])).toEqual([["Khung logic", "khung-logic", [6, 7]]]);
  expect(plan.rows.every((row) => row.level === "area")).toBe(true);
  expect(plan.rows.map((row) => row.area)).toHaveLength(7);
  expect(findings.filter((f) => f.row !== null && f.row > 7)).toEqual([]);
  expect(totals.total).toBe(0);
});

test.each([
  ["de-cuong", "de-cuong", [3]],
  ["5w1h", "5w1h", [3, 4]],
])("a blank %s form is found as one, its numbered but empty rows are not tasks", async (kind, form, headerRows) => {
  const { plan, findings } = await analyzeBlank(kind);
  expect(plan.tables.map((t) => [t.form, t.headerRows])).toEqual([[form, headerRows]]);
  expect(plan.rows.map((row) => row.level)).toEqual(Array(7).fill("area"));
  expect(findings.filter((f) => f.row !== null && f.row > headerRows[headerRows.length - 1])).toEqual([]);
});

test("typing one task into a blank khung logic form makes it a checked activity under its area", async () => {
  const file = path.join(dir, "typed.xlsx");
  expect(await runTemplate(["khung-logic", "-o", file, "--year", "2026"], { out: () => undefined, err: () => undefined })).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("Khung logic")!;
  const activityRow = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((row) => row.getCell(1).text === "2.1.1")!;
  activityRow.getCell(2).value = "Rà soát thủ tục hành chính";
  activityRow.getCell(5).value = 12_000_000;
  const { plan, findings, totals } = analyze(workbookToGrids(workbook));
  const task = plan.rows.find((row) => row.row === activityRow.number)!;
  expect(task).toMatchObject({ level: "activity", number: "2.1.1", area: "Cải cách thể chế" });
  expect(findings.filter((f) => f.row === activityRow.number).map((f) => f.rule).sort()).toEqual(
    ["missing-indicator", "missing-lead", "missing-period", "missing-verification"].sort(),
  );
  expect(totals.total).toBe(12_000_000);
});
