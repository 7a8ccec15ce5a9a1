import * as path from "path";
import ExcelJS from "exceljs";
import { analyze } from "../../src/core/analyze";
import { parseArea } from "../../src/excel/address";
import { countedCells, insertSummarySheet, SUMMARY_SHEET, TEXT_AMOUNT_NOTE } from "../../src/excel/summary";
import { readSheet } from "../../src/excel/readSheet";
import { workbookToGrids } from "../xlsx/exceljs-grids";
import { createWorkbook, fakeContext, type FakeWorkbookData } from "../fakes/excel-fake";
import { seedFromGrid, syntheticPlanSheet } from "../fakes/seed";
import { LAYOUTS } from "../layouts/layouts";

/** Evaluates the three formula shapes the summary writes (a reference, SUMIF over the detail list, SUM), as Excel would. */
function evaluate(book: FakeWorkbookData, sheetName: string, address: string): number {
  const sheet = book.sheet(sheetName);
  const formula = sheet.formulaAt(address);
  if (formula === undefined) return Number(sheet.valueAt(address) ?? 0);
  const ref = /^='((?:[^']|'')+)'!([A-Z]+\d+)(?:\*(\d+))?$/.exec(formula);
  if (ref) {
    const value = book.sheet(ref[1].replace(/''/g, "'")).valueAt(ref[2]);
    return typeof value === "number" ? value * Number(ref[3] ?? 1) : 0;
  }
  const column = (range: string): string[] => {
    const a = parseArea(range)!;
    return Array.from({ length: a.bottom - a.top + 1 }, (_, i) => `${String.fromCharCode(65 + a.left)}${a.top + i + 1}`);
  };
  const sumif = /^=SUMIF\(([^,]+),([A-Z]+\d+),([^)]+)\)$/.exec(formula);
  if (sumif) {
    const key = sheet.valueAt(sumif[2]);
    const amounts = column(sumif[3]);
    return column(sumif[1]).reduce((sum, at, i) => (sheet.valueAt(at) === key ? sum + evaluate(book, sheetName, amounts[i]) : sum), 0);
  }
  const sum = /^=SUM\(([^)]+)\)$/.exec(formula);
  if (sum) return column(sum[1]).reduce((s, at) => s + evaluate(book, sheetName, at), 0);
  throw new Error(`công thức không đánh giá được: ${formula}`);
}

async function analyzeActive(book: FakeWorkbookData) {
  const { grid } = await readSheet(fakeContext(book).context);
  return analyze([grid]);
}

function rowOf(book: FakeWorkbookData, sheet: string, label: string): number {
  for (let r = 0; r < 20000; r++) if (book.sheet(sheet).valueAt(`B${r + 1}`) === label) return r + 1;
  throw new Error(label);
}

describe("insertSummarySheet", () => {
  test("khung-logic-2026: per-area formulas evaluate to the engine's totals, and follow a later edit of a plan cell", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(__dirname, "../fixtures/examples/khung-logic-2026.xlsx"));
    const book = createWorkbook({ sheets: workbookToGrids(workbook).map(seedFromGrid), active: "Khung logic" });
    const { plan, totals } = await analyzeActive(book);
    const { fake, context } = fakeContext(book);
    const result = await insertSummarySheet(context, plan, totals);
    expect(fake.syncCount).toBe(2);
    expect(result.sheetName).toBe(SUMMARY_SHEET);
    const totalRow = rowOf(book, SUMMARY_SHEET, "Tổng cộng");
    expect(evaluate(book, SUMMARY_SHEET, `C${totalRow}`)).toBe(149_000_000);
    totals.byArea.forEach((area) => {
      const r = rowOf(book, SUMMARY_SHEET, area.area);
      expect(evaluate(book, SUMMARY_SHEET, `C${r}`)).toBe(area.amount);
    });
    expect(book.sheet(SUMMARY_SHEET).formulaAt(`C${totalRow + 1}`)).toBe(`=CCHC.BANGCHU(C${totalRow})`);
    expect(book.sheet(SUMMARY_SHEET).charts).toEqual([
      expect.objectContaining({ type: "BarClustered", source: `B4:C${totalRow - 1}`, title: "Kinh phí theo lĩnh vực (đồng)" }),
    ]);

    const live = countedCells(plan).find((c) => typeof book.sheet(c.sheet).valueAt(c.cell) === "number")!;
    book.sheet(live.sheet).touch(parseArea(live.cell)!.top, parseArea(live.cell)!.left).value = live.amount + 1_000_000;
    expect(evaluate(book, SUMMARY_SHEET, `C${totalRow}`)).toBe(150_000_000);
  });

  test("an amount typed as text becomes a constant with a note saying it will not follow edits", async () => {
    const book = createWorkbook({ sheets: [syntheticPlanSheet(10)] });
    const { plan, totals } = await analyzeActive(book);
    const result = await insertSummarySheet(fakeContext(book).context, plan, totals);
    expect(result.cells).toBe(10);
    expect(result.constants).toBe(2);
    const summary = book.sheet(SUMMARY_SHEET);
    const notes = [...summary.cells.values()].filter((c) => c.value === TEXT_AMOUNT_NOTE);
    expect(notes).toHaveLength(2);
    expect(evaluate(book, SUMMARY_SHEET, `C${rowOf(book, SUMMARY_SHEET, "Tổng cộng")}`)).toBe(totals.total);
  });

  test("Kinh phí in triệu đồng over funding-source columns: the split by source under the total; a row's cell referenced times a million where it holds the row's money, the engine's figure with a note where it does not", async () => {
    // Layout 02 of test/layouts: Ngân sách tỉnh 32,5 + Ngân sách huyện 5 + Xã hội hóa 1,5 triệu, worked out by hand there.
    const layout = LAYOUTS.find((l) => l.name.startsWith("02 "))!;
    const book = createWorkbook({ sheets: layout.sheets.map(seedFromGrid) });
    const { plan, totals } = await analyzeActive(book);
    await insertSummarySheet(fakeContext(book).context, plan, totals);
    const sheet = book.sheet(SUMMARY_SHEET);
    const heading = rowOf(book, SUMMARY_SHEET, "Trong đó, theo nguồn kinh phí:");
    const lines = [1, 2, 3].map((k) => [sheet.valueAt(`B${heading + k}`), sheet.valueAt(`C${heading + k}`)]);
    expect(lines).toEqual([["Ngân sách tỉnh", 32_500_000], ["Ngân sách huyện", 5_000_000], ["Xã hội hóa", 1_500_000]]);
    expect(String(sheet.valueAt(`C${heading + 4}`))).toMatch(/không tự cập nhật/);
    expect(heading).toBeGreaterThan(rowOf(book, SUMMARY_SHEET, "Tổng cộng"));
    expect(heading + 5).toBeLessThan(rowOf(book, SUMMARY_SHEET, "Dòng"));
    // In triệu đồng: row 10's 10 is referenced times a million (live); row 7 sums two source columns and row 8 holds
    // "2,5" as text, so both are the engine's figures, each with its note.
    const total = rowOf(book, SUMMARY_SHEET, "Tổng cộng");
    expect(evaluate(book, SUMMARY_SHEET, `C${total}`)).toBe(39_000_000);
    const detail = (planRow: number) => {
      for (let r = total; r < total + 40; r++) if (sheet.valueAt(`B${r}`) === planRow) return [sheet.formulaAt(`E${r}`) ?? sheet.valueAt(`E${r}`), sheet.valueAt(`F${r}`)];
      throw new Error(`no detail line for row ${planRow}`);
    };
    expect(detail(10)).toEqual(["='Kế hoạch'!E10*1000000", ""]);
    expect(detail(7)).toEqual([25_000_000, expect.stringMatching(/cột nguồn kinh phí/)]);
    expect(detail(8)).toEqual([4_000_000, TEXT_AMOUNT_NOTE]);
  });

  test("a second summary gets its own sheet; the first and the plan stay as they were", async () => {
    const book = createWorkbook({ sheets: [syntheticPlanSheet(10)] });
    const { plan, totals } = await analyzeActive(book);
    await insertSummarySheet(fakeContext(book).context, plan, totals);
    const planCells = JSON.stringify([...book.sheet("Khung logic").cells]);
    const second = await insertSummarySheet(fakeContext(book).context, plan, totals);
    expect(second.sheetName).toBe(`${SUMMARY_SHEET} (2)`);
    expect(JSON.stringify([...book.sheet("Khung logic").cells])).toBe(planCells);
  });

  test.each([100, 1000, 10000])("at %i activity rows: at most 4 syncs, total still right", async (rows) => {
    const book = createWorkbook({ sheets: [syntheticPlanSheet(rows)] });
    const { plan, totals } = await analyzeActive(book);
    const { fake, context } = fakeContext(book);
    await insertSummarySheet(context, plan, totals);
    expect(fake.syncCount).toBeLessThanOrEqual(4);
    expect(evaluate(book, SUMMARY_SHEET, `C${rowOf(book, SUMMARY_SHEET, "Tổng cộng")}`)).toBe(totals.total);
  });
});
