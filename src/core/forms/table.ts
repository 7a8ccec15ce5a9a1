// Builds a table form (khung logic, đề cương, 5W1H) from its description: title, optional goal lines, a one- or
// two-row header, then for every area of the preset an area row and its ready-to-fill rows, then the total.
// Budgets: activities are plain inputs; a result sums the rows it names, an area sums every row below it in the area,
// the total sums the whole data range, all with SUBTOTAL(9, …), which skips nested SUBTOTALs, so each money counts once
// and the ranges grow when rows are inserted inside them. A result's and an area's range reach one row further, onto
// the next result, area or total row (a SUBTOTAL itself, so skipped): a row inserted after the last activity still counts.
import { a1 } from "../text";
import {
  BUDGET_FORMAT,
  type FormLayout,
  type FormLayoutKind,
  type LayoutCell,
  type LayoutColumn,
  type StyleName,
} from "./layout";

/** Text of a numbering or label cell, from the area's 1-based index (and title, for area rows). */
export type CellText = (area: number, title: string) => string;

export interface RowTemplate {
  style: "result" | "activity";
  /** Column key → text written there (numbers only: task text cells stay empty for the user). */
  texts: Record<string, CellText>;
  /** This row's budget is the SUBTOTAL of the next `sums` rows (a result over its activities). */
  sums?: number;
}

export interface TableFormSpec {
  kind: Exclude<FormLayoutKind, "thong-tin">;
  sheetName: string;
  title: (year: number) => string;
  /** Write "Mục tiêu chung" and "Mục tiêu cụ thể" lines above the table. */
  goals: boolean;
  columns: LayoutColumn[];
  budgetKey: string;
  area: { texts: Record<string, CellText>; /** Merge the area's title cell up to the column before the budget. */ mergeKey?: string };
  rows: RowTemplate[];
}

export const TOTAL_LABEL = "Tổng kinh phí";
export const WORDS_LABEL = "Bằng chữ:";
/** The ExcelJS file cannot spell the total (CCHC.BANGCHU lives in the add-in), so it says how to. */
export const WORDS_NOTE = "(ghi số tiền bằng chữ; lệnh cchc words <số tiền> đọc giúp)";

const ROMAN: [number, string][] = [
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 1 → I, 14 → XIV (areas number at most a dozen). */
export function roman(n: number): string {
  let rest = n;
  let out = "";
  for (const [value, letters] of ROMAN) {
    for (; rest >= value; rest -= value) out += letters;
  }
  return out;
}

function columnIndex(spec: TableFormSpec, key: string): number {
  const index = spec.columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`form ${spec.kind} has no column ${key}`);
  return index;
}

function subtotal(col: number, first: number, last: number): string {
  return `SUBTOTAL(9,${a1(first, col)}:${a1(last, col)})`;
}

const LINE_POINTS = 16;
/** Characters of bold 12 pt Times New Roman per unit of Excel column width, measured on the rendered form. */
const CHARS_PER_WIDTH = 1.0;

/** The height an area row needs for its title to wrap in full, or undefined where one line holds it. */
function wrappedHeight(spec: TableFormSpec, values: Map<number, Partial<LayoutCell>>, mergedUntil?: number): number | undefined {
  let lines = 1;
  for (const [col, cell] of values) {
    if (typeof cell.value !== "string") continue;
    const lastCol = mergedUntil !== undefined && mergedUntil > col ? mergedUntil : col;
    const width = spec.columns.slice(col, lastCol + 1).reduce((sum, column) => sum + column.width, 0);
    lines = Math.max(lines, Math.ceil(cell.value.length / (width * CHARS_PER_WIDTH)));
  }
  return lines > 1 ? lines * LINE_POINTS : undefined;
}

class LayoutBuilder {
  readonly cells: LayoutCell[] = [];
  readonly heights: { row: number; points: number }[] = [];
  constructor(readonly width: number) {}

  put(cell: LayoutCell): void {
    this.cells.push(cell);
  }

  /** A bordered row: every column gets a cell so the borders show; `values` fills some. */
  row(row: number, style: StyleName, values: Map<number, Partial<LayoutCell>>, mergeUntil?: [number, number]): void {
    for (let col = 0; col < this.width; col++) {
      if (mergeUntil && col > mergeUntil[0] && col <= mergeUntil[1]) continue;
      const merge = mergeUntil && col === mergeUntil[0] ? { rows: 1, cols: mergeUntil[1] - mergeUntil[0] + 1 } : undefined;
      this.put({ row, col, style, ...(merge ? { merge } : {}), ...values.get(col) });
    }
  }
}

function headerCells(spec: TableFormSpec, top: number, twoRows: boolean, out: LayoutBuilder): void {
  spec.columns.forEach((column, col) => {
    if (!twoRows) return out.put({ row: top, col, value: column.header, style: "header" });
    if (column.group !== undefined) {
      const groupStart = spec.columns.findIndex((c) => c.group === column.group);
      if (groupStart === col) {
        const span = spec.columns.filter((c) => c.group === column.group).length;
        out.put({ row: top, col, value: column.group, style: "header", merge: { rows: 1, cols: span } });
      }
      return out.put({ row: top + 1, col, value: column.header, style: "header" });
    }
    if (column.subHeader !== undefined) {
      out.put({ row: top, col, value: column.header, style: "header" });
      return out.put({ row: top + 1, col, value: column.subHeader, style: "header" });
    }
    out.put({ row: top, col, value: column.header, style: "header", merge: { rows: 2, cols: 1 } });
  });
}

function textCells(spec: TableFormSpec, texts: Record<string, CellText>, area: number, title: string) {
  const values = new Map<number, Partial<LayoutCell>>();
  for (const [key, text] of Object.entries(texts)) values.set(columnIndex(spec, key), { value: text(area, title) });
  return values;
}

function budgetCell(formula?: string): Partial<LayoutCell> {
  return { numberFormat: BUDGET_FORMAT, ...(formula ? { formula } : {}) };
}

/** The area row, then its rows; returns the next free row. */
function areaBlock(spec: TableFormSpec, out: LayoutBuilder, top: number, area: number, title: string): number {
  const budgetCol = columnIndex(spec, spec.budgetKey);
  const last = top + spec.rows.length;
  const areaValues = textCells(spec, spec.area.texts, area, title);
  areaValues.set(budgetCol, budgetCell(subtotal(budgetCol, top + 1, last + 1)));
  const mergeFrom = spec.area.mergeKey === undefined ? undefined : columnIndex(spec, spec.area.mergeKey);
  out.row(top, "area", areaValues, mergeFrom === undefined ? undefined : [mergeFrom, budgetCol - 1]);
  const height = wrappedHeight(spec, areaValues, mergeFrom === undefined ? undefined : budgetCol - 1);
  if (height) out.heights.push({ row: top, points: height });
  spec.rows.forEach((template, i) => {
    const row = top + 1 + i;
    const values = textCells(spec, template.texts, area, title);
    const formula = template.sums ? subtotal(budgetCol, row + 1, row + template.sums + 1) : undefined;
    values.set(budgetCol, budgetCell(formula));
    out.row(row, template.style, values);
  });
  return last + 1;
}

export function buildTableForm(spec: TableFormSpec, year: number, areas: readonly string[]): FormLayout {
  const width = spec.columns.length;
  const out = new LayoutBuilder(width);
  const budgetCol = columnIndex(spec, spec.budgetKey);
  out.put({ row: 0, col: 0, value: spec.title(year), style: "title", merge: { rows: 1, cols: width } });
  let row = 2;
  if (spec.goals) {
    for (const label of ["Mục tiêu chung", "Mục tiêu cụ thể"]) {
      out.put({ row, col: 0, value: label, style: "goalLabel", merge: { rows: 1, cols: 2 } });
      out.put({ row, col: 2, style: "goalText", merge: { rows: 1, cols: width - 2 } });
      row += 1;
    }
    row += 1;
  }
  const twoRows = spec.columns.some((c) => c.group !== undefined || c.subHeader !== undefined);
  const headerTop = row;
  headerCells(spec, headerTop, twoRows, out);
  const firstData = headerTop + (twoRows ? 2 : 1);
  row = firstData;
  areas.forEach((title, i) => {
    row = areaBlock(spec, out, row, i + 1, title);
  });
  const lastData = row - 1;
  const totals = new Map<number, Partial<LayoutCell>>([
    [0, { value: TOTAL_LABEL }],
    [budgetCol, budgetCell(subtotal(budgetCol, firstData, lastData))],
  ]);
  out.row(row, "total", totals, budgetCol > 1 ? [0, budgetCol - 1] : undefined);
  const wordsRow = row + 1;
  out.put({ row: wordsRow, col: 0, value: WORDS_LABEL, style: "words" });
  out.put({ row: wordsRow, col: 1, value: WORDS_NOTE, style: "words", merge: { rows: 1, cols: width - 1 } });
  const headerRows: [number, number?] = twoRows ? [headerTop, headerTop + 1] : [headerTop];
  const headerBottom = headerTop + (twoRows ? 1 : 0);
  return {
    kind: spec.kind,
    sheetName: spec.sheetName,
    columns: spec.columns,
    cells: out.cells,
    headerRows,
    freezeRows: headerBottom + 1,
    print: { landscape: true, fitToWidth: true, repeatRows: [headerTop, headerBottom] },
    dataRows: { first: firstData, last: lastData },
    totalCell: { row, col: budgetCol },
    wordsCell: { row: wordsRow, col: 1 },
    rowHeights: out.heights,
  };
}
