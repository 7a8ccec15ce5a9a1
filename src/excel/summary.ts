// insertSummarySheet: a new "Tổng hợp kinh phí" sheet whose per-area figures are LIVE formulas over the plan's own
// budget cells — exactly the cells the engine counted (each money once) — so later edits flow through.
// Layout: the area table (SUMIF over the detail list), the total and its words, a bar chart; below, the detail list,
// one row per counted cell: a reference where the cell holds a number, the engine's figure as a constant with a note
// where it is typed as text (a formula cannot read "1,5 triệu"). Two syncs: the cells' current values, then every write.
import { buildRollup, NO_AREA, ownAmount, VND } from "../core/totals";
import type { Plan, PlanRow, Totals } from "../core/types";
import { uniqueSheetName } from "../core/forms";
import { parseArea, quoteSheet } from "./address";
import { checkRequestSize, estimateBytes } from "./batch";
import { EXCEL_TEXT } from "./strings.vi";

export const SUMMARY_SHEET = EXCEL_TEXT.summary.sheet;
export const TEXT_AMOUNT_NOTE = EXCEL_TEXT.summary.textAmountNote;
const CONTENT_MAX = 100;
const MONEY_FORMAT = "#,##0";

export interface CountedCell {
  sheet: string;
  /** A1 address of the budget cell. */
  cell: string;
  row: number;
  area: string;
  content: string;
  amount: number;
}

function topArea(rows: PlanRow[], index: number): string {
  let row = rows[index];
  for (let hops = 0; row.parent !== null && hops < rows.length; hops++) row = rows[row.parent];
  return row.area ?? NO_AREA;
}

/** The budget cells the engine's total counts: a row's own VND figure where no descendant states one. */
export function countedCells(plan: Plan): CountedCell[] {
  const rollup = buildRollup(plan);
  const cells: CountedCell[] = [];
  plan.rows.forEach((row, index) => {
    const amount = ownAmount(row, VND);
    if (amount === null || rollup.childSum[index] !== null || !row.cells.budget) return;
    cells.push({ sheet: row.sheet, cell: row.cells.budget, row: row.row, area: topArea(plan.rows, index), content: row.content, amount });
  });
  return cells;
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > CONTENT_MAX ? `${line.slice(0, CONTENT_MAX - 1)}…` : line;
}

type Row = (string | number)[];

export interface SummaryLayout {
  rows: Row[];
  /** 0-based rows: the header of the area table, its first and last area rows, the total, the detail header. */
  areaHeader: number;
  firstArea: number;
  lastArea: number;
  totalRow: number;
  detailHeader: number;
  constants: number;
}

/** Every cell of the summary sheet as formulas/values; `isNumber` tells whether a plan cell holds a real number. */
export function summaryLayout(plan: Plan, totals: Totals, cells: CountedCell[], isNumber: (c: CountedCell) => boolean): SummaryLayout {
  const text = EXCEL_TEXT.summary;
  const title = text.title(plan.year);
  const areaHeader = 2;
  const firstArea = areaHeader + 1;
  const lastArea = firstArea + totals.byArea.length - 1;
  const totalRow = lastArea + 1;
  const detailHeader = totalRow + 3 + (totals.otherCurrencies.length > 0 ? 1 : 0);
  const firstDetail = detailHeader + 1;
  const lastDetail = firstDetail + Math.max(cells.length, 1) - 1;
  const areaRange = `$C$${firstDetail + 1}:$C$${lastDetail + 1}`;
  const amountRange = `$E$${firstDetail + 1}:$E$${lastDetail + 1}`;

  const rows: Row[] = [[title], [text.subtitle], [...text.areaHeader]];
  totals.byArea.forEach((area, i) => rows.push([i + 1, area.area, `=SUMIF(${areaRange},B${firstArea + i + 1},${amountRange})`]));
  rows.push(["", text.total, totals.byArea.length > 0 ? `=SUM(C${firstArea + 1}:C${lastArea + 1})` : 0]);
  rows.push(["", text.inWords, `=CCHC.BANGCHU(C${totalRow + 1})`]);
  if (totals.otherCurrencies.length > 0) {
    const others = totals.otherCurrencies.map((o) => `${o.amount.toLocaleString("vi-VN")} ${o.currency}`).join("; ");
    rows.push(["", text.otherCurrencies, others]);
  }
  rows.push([]);
  rows.push([...text.detailHeader]);
  let constants = 0;
  for (const c of cells) {
    const live = isNumber(c);
    if (!live) constants += 1;
    rows.push([c.sheet, c.row, c.area, shorten(c.content), live ? `=${quoteSheet(c.sheet)}!${c.cell}` : c.amount, live ? "" : TEXT_AMOUNT_NOTE]);
  }
  return { rows, areaHeader, firstArea, lastArea, totalRow, detailHeader, constants };
}

const WIDTH = 6;

function padded(rows: Row[]): Row[] {
  return rows.map((row) => [...row, ...Array<string>(WIDTH - row.length).fill("")]);
}

/** Money columns: C from the first area to the total, E in the detail list; General elsewhere. */
function numberFormats(layout: SummaryLayout, height: number): string[][] {
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: WIDTH }, (_, c) => {
      const areaMoney = c === 2 && r >= layout.firstArea && r <= layout.totalRow;
      const detailMoney = c === 4 && r > layout.detailHeader;
      return areaMoney || detailMoney ? MONEY_FORMAT : "General";
    }),
  );
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

function numberTester(plan: Plan, ranges: Map<string, Excel.Range>): (c: CountedCell) => boolean {
  return (c) => {
    const area = parseArea(c.cell);
    const table = plan.tables.find((t) => t.sheet === c.sheet && area !== null && t.columns.budget === area.left && c.row >= t.firstRow && c.row <= t.lastRow);
    const range = table ? ranges.get(`${table.sheet}|${table.columns.budget}|${table.firstRow}`) : undefined;
    if (!range || !area || !table) return false;
    return typeof range.values[area.top - (table.firstRow - 1)]?.[0] === "number";
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
}

export async function insertSummarySheet(context: Excel.RequestContext, plan: Plan, totals: Totals): Promise<SummaryResult> {
  const cells = countedCells(plan);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const columns = queueBudgetColumns(context, plan);
  await context.sync();

  const layout = summaryLayout(plan, totals, cells, numberTester(plan, columns));
  const rows = padded(layout.rows);
  const formats = numberFormats(layout, rows.length);
  checkRequestSize(estimateBytes(rows, formats), EXCEL_TEXT.writes.summary);
  const sheetName = uniqueSheetName(SUMMARY_SHEET, sheets.items.map((s) => s.name));
  const sheet = sheets.add(sheetName);
  const block = sheet.getRangeByIndexes(0, 0, rows.length, WIDTH);
  block.numberFormat = formats;
  block.formulas = rows;
  queueFormatting(sheet, layout);
  queueChart(sheet, layout);
  sheet.activate();
  await context.sync();
  return { sheetName, cells: cells.length, constants: layout.constants };
}
