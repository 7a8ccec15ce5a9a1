// insertSummarySheet: writes the "Tổng hợp kinh phí" sheet that src/core/summary.ts lays out — per-area figures as
// LIVE formulas over the plan's own budget cells, exactly the cells the engine counted (each money once; times 1,000 …
// for a column in nghìn, triệu or tỷ đồng) — plus its formatting and a bar chart. Two syncs: the counted cells'
// current values, then every write (text cells set to Text first, so Excel keeps them as written); a detail list past
// 4 MB of requests adds one sync per 4 MB.
import { countedCells, readingOf, summaryLayout, SUMMARY_WIDTH, type CellReading, type CountedCell, type SummaryLayout } from "../core/summary";
import type { Plan, Totals } from "../core/types";
import { uniqueSheetName } from "../core/forms";
import { parseArea } from "./address";
import { writeBlocks, writeRemainingBlocks } from "./batch";
import { EXCEL_TEXT } from "./strings.vi";

export { countedCells, type CountedCell } from "../core/summary";
export const SUMMARY_SHEET = EXCEL_TEXT.summary.sheet;
export const TEXT_AMOUNT_NOTE = EXCEL_TEXT.summary.textAmountNote;

export interface SummaryWriteOptions {
  /** Spell the total with =CCHC.BANGCHU; only where the add-in's custom functions run (Capabilities). */
  wordsFormula?: boolean;
}

/** One range per plan table's budget column, loaded in one sync, to see which counted cells hold real numbers. */
function queueBudgetColumns(context: Excel.RequestContext, plan: Plan): Map<string, Excel.Range> {
  const ranges = new Map<string, Excel.Range>();
  for (const table of plan.tables) {
    const col = table.columns.budget;
    if (col === undefined || table.lastRow < table.firstRow) continue;
    const range = context.workbook.worksheets
      .getItem(table.sheet)
      .getRangeByIndexes(table.firstRow - 1, col, table.lastRow - table.firstRow + 1, 1)
      .load("values");
    ranges.set(`${table.sheet}|${col}|${table.firstRow}`, range);
  }
  return ranges;
}

function cellReader(plan: Plan, ranges: Map<string, Excel.Range>): (c: CountedCell) => CellReading {
  return (c) => {
    const area = parseArea(c.cell);
    const table = plan.tables.find((t) => t.sheet === c.sheet && area !== null && t.columns.budget === area.left && c.row >= t.firstRow && c.row <= t.lastRow);
    const range = table ? ranges.get(`${table.sheet}|${table.columns.budget}|${table.firstRow}`) : undefined;
    if (!range || !area || !table) return { live: false, why: "text" };
    return readingOf(range.values[area.top - (table.firstRow - 1)]?.[0], c.amount);
  };
}

function queueFormatting(sheet: Excel.Worksheet, layout: SummaryLayout): void {
  const bold = (address: string): void => {
    sheet.getRange(address).format.font.bold = true;
  };
  bold("A1");
  bold(`A${layout.areaHeader + 1}:C${layout.areaHeader + 1}`);
  bold(`A${layout.totalRow + 1}:C${layout.totalRow + 1}`);
  bold(`A${layout.detailHeader + 1}:F${layout.detailHeader + 1}`);
  const widths = [28, 36, 18, 60, 18, 40];
  widths.forEach((chars, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = chars * 5.6;
  });
  sheet.freezePanes.freezeRows(layout.areaHeader + 1);
}

function queueChart(sheet: Excel.Worksheet, layout: SummaryLayout): void {
  if (layout.lastArea < layout.firstArea) return;
  const source = sheet.getRange(`B${layout.firstArea + 1}:C${layout.lastArea + 1}`);
  const chart = sheet.charts.add("BarClustered", source, "Columns");
  chart.title.text = EXCEL_TEXT.summary.chartTitle;
  chart.setPosition("H3", "P22");
}

export interface SummaryResult {
  sheetName: string;
  /** Counted budget cells listed. */
  cells: number;
  /** Of them, amounts typed as text and written as constants. */
  constants: number;
  /** context.sync() calls: two, plus one per further 4 MB of detail rows. */
  syncs: number;
}

export async function insertSummarySheet(
  context: Excel.RequestContext,
  plan: Plan,
  totals: Totals,
  options: SummaryWriteOptions = { wordsFormula: true },
): Promise<SummaryResult> {
  const cells = countedCells(plan);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const columns = queueBudgetColumns(context, plan);
  await context.sync();

  const layout = summaryLayout(plan, totals, cells, cellReader(plan, columns), EXCEL_TEXT.summary, { wordsFormula: options.wordsFormula ?? true });
  const { rows, numberFormat: formats } = layout;
  const sheetName = uniqueSheetName(SUMMARY_SHEET, sheets.items.map((s) => s.name));
  const sheet = sheets.add(sheetName);
  // Number formats before values in each block: text cells must be Text when their text arrives.
  const write = ([first, last]: [number, number]): void => {
    if (last < first) return;
    const block = sheet.getRangeByIndexes(first, 0, last - first + 1, SUMMARY_WIDTH);
    block.numberFormat = formats.slice(first, last + 1);
    block.formulas = rows.slice(first, last + 1);
  };
  const [head, ...more] = writeBlocks([rows, formats]);
  write(head);
  queueFormatting(sheet, layout);
  queueChart(sheet, layout);
  sheet.activate();
  await context.sync();
  const syncs = 2 + (await writeRemainingBlocks(context, more, write));
  return { sheetName, cells: cells.length, constants: layout.constants, syncs };
}
