// The engine reading a blank form the CLI wrote: it must recognise the form and not report its empty rows.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runTemplate } from "../../src/cli/template";
import { analyze } from "../../src/core/analyze";
import { workbookToGrids } from "../../src/xlsx/to-grids";

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
