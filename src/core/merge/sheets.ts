// The merged workbook's sheets as FormLayouts (src/core/forms), so the ExcelJS writer (cchc merge) and the Office.js
// writer (the pane's Tổng hợp tab) draw the same cells. Budgets under the forms' once-only discipline: a row whose
// children count money is SUBTOTAL(9, …) of its descendants, a row counted by its own figure holds that figure, and
// money in another currency, a funding source or text not understood stays as text, which SUBTOTAL never adds.
import { DE_CUONG } from "../forms/de-cuong";
import { KHUNG_LOGIC } from "../forms/khung-logic";
import { BUDGET_FORMAT, type FormLayout, type LayoutCell, type LayoutColumn, type StyleName } from "../forms/layout";
import { roman } from "../forms/table";
import { a1, columnLetters } from "../text";
import { ownAmount, VND } from "../totals";
import type { Analysis } from "../analyze";
import type { FieldKey, Finding, PlanRow, TableInfo } from "../types";
import { amountInWords } from "../words";
import { SHEET_TEXT, UNIT_SOURCE_NAMES } from "./strings.vi";
import type { Consolidation, RowOrigin, Scorecard } from "./types";

export type MergeForm = "khung-logic" | "de-cuong";
export const MERGE_FORMS: readonly MergeForm[] = ["khung-logic", "de-cuong"];

export interface SheetNames {
  merged: string;
  byUnit: string;
  check: string;
  failed: string;
}

export const DEFAULT_SHEET_NAMES: SheetNames = {
  merged: SHEET_TEXT.names.merged,
  byUnit: SHEET_TEXT.names.byUnit,
  check: SHEET_TEXT.names.check,
  failed: SHEET_TEXT.names.failed,
};

const T = SHEET_TEXT;

/** A sheet name as a formula reference needs it: quoted, inner quotes doubled. */
function ref(sheet: string, row: number, col: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1(row, col)}`;
}

function subtotal(col: number, first: number, last: number): string {
  return `SUBTOTAL(9,${a1(first, col)}:${a1(last, col)})`;
}

/** One data row: the style of all its cells and each column's cell (an empty object where it has none). */
export interface DataRow {
  style: StyleName;
  /** Indexed by column; only valid until the next row is asked for. */
  cells: Partial<LayoutCell>[];
  /** Points, where its wrapped text needs more than one line (as withRowHeights sets it for cells). */
  height?: number;
}

/**
 * Where a row a draft brings stands on Tổng hợp, as the consolidation decides it: all a thread holding only that draft
 * needs to draw the row (draftRowCells), so the threads that read the drafts can write Tổng hợp's rows too.
 */
export interface DraftRowPlace {
  /** The row's index in the draft's plan.rows. */
  index: number;
  /** 0-based sheet row. */
  row: number;
  style: StyleName;
  /** TT (Khung logic), or null. */
  number: string | null;
  /** What its descendants count (the consolidated rollup's childSum), or null where none counts. */
  childSum: number | null;
  /** 0-based sheet rows of its descendants, or null where it has none. */
  range: [number, number] | null;
}

/** A run of consecutive Tổng hợp rows that one draft brings: one unit's rows under one area. */
export interface DraftRun {
  file: string;
  unit: string;
  /** Data rows (0-based from LayoutRows.first) from `from` up to, not including, `to`. */
  from: number;
  to: number;
  places: DraftRowPlace[];
}

/**
 * A sheet's data rows handed over one at a time instead of as cells (LayoutOptions.rowsApart): the command line writes
 * Tổng hợp's 400,000-odd cells straight to XML without holding an object for each.
 */
export interface LayoutRows {
  /** Where in `cells` the rows stand, in cell order: cells before this index are above them, cells from it below. */
  at: number;
  /** 0-based sheet row of the first. */
  first: number;
  count: number;
  /** Row i (0-based from `first`), cell by cell, every column. */
  row(i: number): DataRow;
  /** The runs of rows drafts bring, in sheet order; the rows between them (areas, units) are the merge's own. */
  runs(): DraftRun[];
}

export interface LayoutOptions {
  /** Give the data rows as `rows` rather than in `cells`. */
  rowsApart?: boolean;
}

/** Where each consolidated row sits on the Tổng hợp sheet, and where its budget is. */
export interface MergedLayout extends FormLayout {
  /** 0-based sheet row of each plan row. */
  rowOf: number[];
  budgetCol: number;
  rows?: LayoutRows;
}

function lastDescendants(children: number[][]): number[] {
  const last = children.map((_, i) => i);
  for (let i = children.length - 1; i >= 0; i--) for (const child of children[i]) last[i] = Math.max(last[i], last[child]);
  return last;
}

/** TT for Khung logic: areas 1, 2 …; under an area, each unit's rows continue one count (2.1, 2.2 …), children 2.1.1. */
function numbers(c: Consolidation): (string | null)[] {
  const { rows } = c.plan;
  const out: (string | null)[] = rows.map(() => null);
  const counters = new Map<number, number>();
  let area = 0;
  rows.forEach((row, i) => {
    if (row.level === "area" && row.parent === null) {
      out[i] = String(++area);
      return;
    }
    if (c.unitRows[i]) return;
    const parent = row.parent!;
    const anchor = c.unitRows[parent] ? rows[parent].parent! : parent;
    const n = (counters.get(anchor) ?? 0) + 1;
    counters.set(anchor, n);
    out[i] = `${out[anchor]}.${n}`;
  });
  return out;
}

function formSpec(form: MergeForm) {
  return form === "de-cuong" ? DE_CUONG : KHUNG_LOGIC;
}

function mergedColumns(form: MergeForm): LayoutColumn[] {
  return [
    ...formSpec(form).columns,
    { key: "unit", header: T.merged.unitHeader, width: 24, wrap: true },
    { key: "source", header: T.merged.sourceHeader, width: 34, wrap: true },
  ];
}

function styleOf(c: Consolidation, i: number): StyleName {
  const row = c.plan.rows[i];
  if (row.level === "area" && row.parent === null) return "area";
  return c.unitRows[i] || row.level !== "activity" ? "result" : "activity";
}

const EMPTY: Partial<LayoutCell> = {};

function budgetCellOf(row: PlanRow, childSum: number | null, group: boolean, range: [number, number] | null, col: number): Partial<LayoutCell> {
  if (group || childSum !== null) return range ? { formula: subtotal(col, range[0], range[1]), numberFormat: BUDGET_FORMAT } : { value: 0, numberFormat: BUDGET_FORMAT };
  const amount = ownAmount(row, VND);
  if (amount !== null) return { value: amount, numberFormat: BUDGET_FORMAT };
  return row.budget ? { value: row.budget.text } : {};
}

function fieldText(row: PlanRow, key: string): string | undefined {
  const value = (row as unknown as Record<string, unknown>)[key];
  if (key === "period") return row.period?.text || undefined;
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Which column of Tổng hợp holds what, in a form. */
export interface MergedShape {
  form: MergeForm;
  columns: LayoutColumn[];
  budgetCol: number;
  numberCol: number;
  contentCol: number;
  goalCol: number;
  unitCol: number;
  sourceCol: number;
  /** The columns filled from the row's own fields (period, lead …). */
  fieldCols: { key: string; k: number }[];
}

const OWN_COLUMNS = new Set(["number", "content", "goal", "budget", "unit", "source"]);

export function mergedShape(form: MergeForm): MergedShape {
  const columns = mergedColumns(form);
  const col = (key: string) => columns.findIndex((column) => column.key === key);
  return {
    form,
    columns,
    budgetCol: col("budget"),
    numberCol: col("number"),
    contentCol: col("content"),
    goalCol: col("goal"),
    unitCol: col("unit"),
    sourceCol: col("source"),
    fieldCols: columns.map((column, k) => ({ key: column.key, k })).filter(({ key }) => !OWN_COLUMNS.has(key)),
  };
}

/**
 * A row a draft brings, drawn on Tổng hợp: its fields and budget as the draft has them, placed where the consolidation
 * put it. The one drawing of such a row, whichever thread holds the draft. `values` (one per column) is filled in.
 */
export function draftRowCells(row: PlanRow, place: DraftRowPlace, origin: RowOrigin, shape: MergedShape, values: Partial<LayoutCell>[], withHeight: boolean): DataRow {
  values.fill(EMPTY);
  values[shape.budgetCol] = budgetCellOf(row, place.childSum, false, place.range, shape.budgetCol);
  if (shape.form === "khung-logic") {
    if (place.number) values[shape.numberCol] = { value: place.number };
    values[shape.contentCol] = { value: row.content };
  } else values[place.style === "result" ? shape.goalCol : shape.contentCol] = { value: row.content };
  for (const { key, k } of shape.fieldCols) {
    const text = fieldText(row, key);
    if (text !== undefined) values[k] = { value: text };
  }
  values[shape.unitCol] = { value: origin.unit };
  values[shape.sourceCol] = { value: T.merged.source(origin.file, origin.sheet, origin.row) };
  return { style: place.style, cells: values, height: withHeight ? heightOf(values, shape.columns) : undefined };
}

export function mergedLayout(c: Consolidation, form: MergeForm, names: SheetNames = DEFAULT_SHEET_NAMES, options: LayoutOptions = {}): MergedLayout {
  const shape = mergedShape(form);
  const { columns, budgetCol, numberCol, contentCol, goalCol, unitCol } = shape;
  const width = columns.length;
  const cells: LayoutCell[] = [];
  const put = (cell: LayoutCell) => cells.push(cell);
  const files = new Set(c.scorecards.map((s) => s.file)).size;
  put({ row: 0, col: 0, value: T.merged.title(c.year), style: "title", merge: { rows: 1, cols: width } });
  put({ row: 1, col: 0, value: T.merged.subtitle(c.scorecards.length, files), style: "subtitle", merge: { rows: 1, cols: width } });
  [T.merged.goalGeneral, T.merged.goalSpecific].forEach((label, i) => {
    put({ row: 2 + i, col: 0, value: label, style: "goalLabel", merge: { rows: 1, cols: 2 } });
    put({ row: 2 + i, col: 2, value: T.merged.goalForOffice, style: "hint", merge: { rows: 1, cols: width - 2 } });
  });
  const headerTop = 5;
  const twoRows = columns.some((column) => column.group !== undefined);
  columns.forEach((column, i) => {
    if (!twoRows) return put({ row: headerTop, col: i, value: column.header, style: "header" });
    if (column.group === undefined) return put({ row: headerTop, col: i, value: column.header, style: "header", merge: { rows: 2, cols: 1 } });
    if (columns.findIndex((other) => other.group === column.group) === i) {
      put({ row: headerTop, col: i, value: column.group, style: "header", merge: { rows: 1, cols: columns.filter((o) => o.group === column.group).length } });
    }
    put({ row: headerTop + 1, col: i, value: column.header, style: "header" });
  });
  const first = headerTop + (twoRows ? 2 : 1);
  const { rows } = c.plan;
  const rollup = c.rollup;
  const last = lastDescendants(rollup.children);
  const rowOf = rows.map((_, i) => first + i);
  const tt = numbers(c);
  const areaNumbers: number[] = [];
  for (let i = 0; i < rows.length; i++) areaNumbers[i] = (areaNumbers[i - 1] ?? 0) + (styleOf(c, i) === "area" ? 1 : 0);
  const values: Partial<LayoutCell>[] = new Array(width);
  const placeOf = (i: number, index: number): DraftRowPlace => ({
    index,
    row: rowOf[i],
    style: styleOf(c, i),
    number: tt[i],
    childSum: rollup.childSum[i],
    range: last[i] > i ? [rowOf[i] + 1, rowOf[last[i]]] : null,
  });
  const rowCells = (i: number): DataRow => {
    const row = rows[i];
    const origin = c.origins[i];
    if (origin) return draftRowCells(row, placeOf(i, origin.index), origin, shape, values, options.rowsApart === true);
    // The merge's own rows: an area, or a unit under it.
    const r = rowOf[i];
    const style = styleOf(c, i);
    const isArea = style === "area";
    values.fill(EMPTY);
    // Group rows reach one row past their block, onto the next group or the total (a SUBTOTAL, so skipped): a row the
    // office inserts after a block's last row still counts.
    const range: [number, number] = last[i] > i ? [r + 1, rowOf[last[i]] + 1] : [r + 1, r + 1];
    values[budgetCol] = budgetCellOf(row, rollup.childSum[i], true, range, budgetCol);
    if (form === "khung-logic") {
      if (tt[i]) values[numberCol] = { value: tt[i]! };
      values[contentCol] = { value: isArea ? T.merged.areaLabel(areaNumbers[i], row.content) : row.content };
    } else {
      const text = isArea ? `${roman(areaNumbers[i])}. ${row.content}` : row.content;
      values[isArea || style === "result" ? goalCol : contentCol] = { value: text };
    }
    const unit = c.units[i];
    if (unit) values[unitCol] = { value: unit };
    return { style, cells: values, height: options.rowsApart ? heightOf(values, columns) : undefined };
  };
  const runs = (): DraftRun[] => {
    const out: DraftRun[] = [];
    for (let i = 0; i < rows.length; i++) {
      const origin = c.origins[i];
      if (!origin) continue;
      const run = out[out.length - 1];
      const place = placeOf(i, origin.index);
      if (run && run.to === i && run.file === origin.file) {
        run.to = i + 1;
        run.places.push(place);
      } else out.push({ file: origin.file, unit: origin.unit, from: i, to: i + 1, places: [place] });
    }
    return out;
  };
  const dataRows: LayoutRows = { at: cells.length, first, count: rows.length, row: rowCells, runs };
  if (!options.rowsApart) {
    for (let i = 0; i < rows.length; i++) {
      const { style } = rowCells(i);
      for (let k = 0; k < width; k++) {
        const v = values[k];
        const cell: LayoutCell = { row: rowOf[i], col: k, style };
        if (v.value !== undefined) cell.value = v.value;
        if (v.formula !== undefined) cell.formula = v.formula;
        if (v.numberFormat !== undefined) cell.numberFormat = v.numberFormat;
        put(cell);
      }
    }
  }
  const totalRow = first + rows.length;
  const lastData = totalRow - 1;
  for (let k = 0; k < width; k++) {
    if (k === 0) put({ row: totalRow, col: 0, value: T.merged.total, style: "total", merge: { rows: 1, cols: budgetCol } });
    else if (k === budgetCol) put({ row: totalRow, col: k, style: "total", formula: subtotal(budgetCol, first, Math.max(first, lastData)), numberFormat: BUDGET_FORMAT });
    else if (k > budgetCol) put({ row: totalRow, col: k, style: "total" });
  }
  const wordsRow = totalRow + 1;
  put({ row: wordsRow, col: 0, value: T.merged.words, style: "words" });
  put({ row: wordsRow, col: 1, value: T.merged.wordsAt(amountInWords(Math.round(c.totals.total))), style: "words", merge: { rows: 1, cols: width - 1 } });
  const headerBottom = headerTop + (twoRows ? 1 : 0);
  return {
    kind: form,
    sheetName: names.merged,
    columns,
    cells,
    headerRows: twoRows ? [headerTop, headerTop + 1] : [headerTop],
    freezeRows: headerBottom + 1,
    print: { landscape: true, fitToWidth: true, repeatRows: [headerTop, headerBottom] },
    dataRows: { first, last: lastData },
    totalCell: { row: totalRow, col: budgetCol },
    wordsCell: { row: wordsRow, col: 1 },
    rowOf,
    budgetCol,
    ...(options.rowsApart ? { rows: dataRows } : {}),
  };
}

/** A simple bordered table: a header row, then rows of values or formulas. */
function tableCells(top: number, header: readonly string[], body: Partial<LayoutCell>[][], style: StyleName = "activity"): LayoutCell[] {
  const cells: LayoutCell[] = header.map((value, col) => ({ row: top, col, value, style: "header" }));
  body.forEach((values, r) => values.forEach((cell, col) => cells.push({ row: top + 1 + r, col, style, ...cell })));
  return cells;
}

function plainLayout(kind: FormLayout["kind"], sheetName: string, columns: LayoutColumn[], cells: LayoutCell[], headerRow: number): FormLayout {
  return {
    kind,
    sheetName,
    columns,
    cells,
    headerRows: [headerRow],
    freezeRows: headerRow + 1,
    print: { landscape: true, fitToWidth: true, repeatRows: [headerRow, headerRow] },
  };
}

const money = { numberFormat: BUDGET_FORMAT };

/** Units × areas: each cell a reference to that unit's row under that area on Tổng hợp, totals as SUMs of them. */
export function byUnitLayout(c: Consolidation, merged: MergedLayout, names: SheetNames = DEFAULT_SHEET_NAMES): FormLayout {
  const areaCount = c.areas.length;
  const sumCol = 2 + areaCount;
  const header = [T.byUnit.number, T.byUnit.unit, ...c.areas.map((a) => a.title), T.byUnit.sum];
  const columns: LayoutColumn[] = header.map((h, i) => ({ key: `c${i}`, header: h, width: i === 0 ? 6 : i === 1 ? 30 : 18, wrap: true }));
  const cells: LayoutCell[] = [
    { row: 0, col: 0, value: T.byUnit.title(c.year), style: "title", merge: { rows: 1, cols: header.length } },
    { row: 1, col: 0, value: T.byUnit.subtitle, style: "subtitle", merge: { rows: 1, cols: header.length } },
  ];
  const headerRow = 3;
  const first = headerRow + 1;
  const units = c.scorecards.map((s) => s.unit);
  const body = units.map((unit, u) => {
    const row = first + u;
    const line: Partial<LayoutCell>[] = [{ value: u + 1 }, { value: unit }];
    for (const area of c.areas) {
      const entry = area.units.find((x) => x.unit === unit);
      line.push(entry ? { formula: ref(names.merged, merged.rowOf[entry.row], merged.budgetCol), ...money } : { value: 0, ...money });
    }
    line.push({ formula: `SUM(${a1(row, 2)}:${a1(row, sumCol - 1)})`, ...money });
    return line;
  });
  cells.push(...tableCells(headerRow, header, body));
  const totalRow = first + units.length;
  const lastUnit = Math.max(first, totalRow - 1);
  cells.push({ row: totalRow, col: 0, value: T.byUnit.total, style: "total", merge: { rows: 1, cols: 2 } });
  for (let k = 2; k <= sumCol; k++) {
    const letter = columnLetters(k);
    cells.push({ row: totalRow, col: k, style: "total", formula: units.length ? `SUM(${letter}${first + 1}:${letter}${lastUnit + 1})` : "0", ...money });
  }
  const grandRow = totalRow + 2;
  cells.push({ row: grandRow, col: 0, value: T.byUnit.grandTotal, style: "goalLabel", merge: { rows: 1, cols: 2 } });
  cells.push({ row: grandRow, col: 2, style: "total", formula: a1(totalRow, sumCol), ...money });
  cells.push({ row: grandRow + 1, col: 0, value: T.byUnit.words, style: "goalLabel", merge: { rows: 1, cols: 2 } });
  cells.push({ row: grandRow + 1, col: 2, value: amountInWords(Math.round(c.totals.total)), style: "words", merge: { rows: 1, cols: Math.max(1, header.length - 2) } });
  cells.push({ row: grandRow + 2, col: 0, value: T.byUnit.check, style: "goalLabel", merge: { rows: 1, cols: 2 } });
  cells.push({ row: grandRow + 2, col: 2, style: "activity", formula: ref(names.merged, merged.totalCell!.row, merged.totalCell!.col), ...money });
  const foreignTop = grandRow + 4;
  cells.push({ row: foreignTop, col: 0, value: T.byUnit.foreign, style: "goalLabel", merge: { rows: 1, cols: 3 } });
  const foreign = c.scorecards.flatMap((s) => s.otherCurrencies.map((o) => [{ value: s.unit }, { value: o.currency }, { value: o.amount, ...money }]));
  if (foreign.length > 0) cells.push(...tableCells(foreignTop + 1, T.byUnit.foreignHeader, foreign).map((cell) => ({ ...cell, col: cell.col + 1 })));
  else cells.push({ row: foreignTop + 1, col: 1, value: T.byUnit.noForeign, style: "words" });
  return {
    ...plainLayout("khung-logic", names.byUnit, columns, cells, headerRow),
    totalCell: { row: grandRow, col: 2 },
    wordsCell: { row: grandRow + 1, col: 2 },
  };
}

function scorecardLine(s: Scorecard, n: number): Partial<LayoutCell>[] {
  const counts = [s.rowsRead, s.errors, s.warnings, s.tasks, s.budgetStated, s.budgetMissing, s.noLead, s.noPeriod];
  return [{ value: n }, { value: s.unit }, { value: UNIT_SOURCE_NAMES[s.unitSource] }, { value: s.file }, ...counts.map((value) => ({ value })), { value: s.total, ...money }];
}

const CHECK_WIDTHS = [8, 28, 18, 30, 10, 12, 40, 10, 10, 10, 10, 10, 16];

/** The scorecard per unit, the merge's own notes, then every finding of every chosen draft with its unit, file and cell. */
export function checkLayout(c: Consolidation, names: SheetNames = DEFAULT_SHEET_NAMES): FormLayout {
  const H = T.check;
  const columns: LayoutColumn[] = CHECK_WIDTHS.map((width, i) => ({ key: `c${i}`, header: H.scorecardHeader[i], width, wrap: true }));
  const cells: LayoutCell[] = [{ row: 0, col: 0, value: H.title, style: "title", merge: { rows: 1, cols: columns.length } }];
  let row = 2;
  cells.push({ row, col: 0, value: H.scorecard, style: "goalLabel", merge: { rows: 1, cols: 4 } });
  const headerRow = row + 1;
  cells.push(...tableCells(headerRow, H.scorecardHeader, c.scorecards.map((s, i) => scorecardLine(s, i + 1))));
  row = headerRow + c.scorecards.length + 2;
  cells.push({ row, col: 0, value: H.notes, style: "goalLabel", merge: { rows: 1, cols: 4 } });
  const severity = (s: string) => H.severity[s] ?? s;
  if (c.notes.length === 0) cells.push({ row: row + 1, col: 0, value: H.noNotes, style: "words" });
  else {
    const lines = c.notes.map((n) => [{ value: severity(n.severity) }, { value: n.unit ?? "" }, { value: n.file }, { value: n.message, merge: { rows: 1, cols: 10 } }]);
    cells.push(...tableCells(row + 1, H.notesHeader, lines));
  }
  row += Math.max(1, c.notes.length + 1) + 2;
  cells.push({ row, col: 0, value: H.findings, style: "goalLabel", merge: { rows: 1, cols: 4 } });
  if (c.findings.length === 0) cells.push({ row: row + 1, col: 0, value: H.noFindings, style: "words" });
  else {
    const lines = c.findings.map(({ unit, file, finding }) => findingLine(unit, file, finding));
    cells.push(...tableCells(row + 1, H.findingsHeader, lines));
  }
  return plainLayout("khung-logic", names.check, columns, cells, headerRow);
}

export function failedLayout(c: Consolidation, names: SheetNames = DEFAULT_SHEET_NAMES): FormLayout {
  const H = T.failed;
  const columns: LayoutColumn[] = [
    { key: "n", header: H.header[0], width: 6 },
    { key: "file", header: H.header[1], width: 40, wrap: true },
    { key: "reason", header: H.header[2], width: 90, wrap: true },
  ];
  const cells: LayoutCell[] = [{ row: 0, col: 0, value: H.title, style: "title", merge: { rows: 1, cols: 3 } }];
  const body = c.failures.map((f, i) => [{ value: i + 1 }, { value: f.file }, { value: f.reason }]);
  cells.push(...tableCells(2, H.header, body));
  if (body.length === 0) cells.push({ row: 3, col: 0, value: H.none, style: "words", merge: { rows: 1, cols: 3 } });
  return plainLayout("khung-logic", names.failed, columns, cells, 2);
}

const LINE_POINTS = 15;
/** Characters of 12 pt Times New Roman per unit of Excel column width, a little under one so long words still fit. */
const CHARS_PER_WIDTH = 1.1;

/** Lines a text needs in a cell this many units of Excel column width wide. */
function textLines(text: string, columnWidth: number): number {
  const width = Math.max(1, columnWidth * CHARS_PER_WIDTH);
  if (!text.includes("\n")) return Math.max(1, Math.ceil(text.length / width));
  return text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / width)), 0);
}

function linesHeight(lines: number): number {
  return lines * LINE_POINTS + 3;
}

/** The height a data row of unmerged cells needs, as withRowHeights would give it. */
function heightOf(cells: Partial<LayoutCell>[], columns: LayoutColumn[]): number | undefined {
  let lines = 1;
  cells.forEach((cell, k) => {
    if (typeof cell.value === "string") lines = Math.max(lines, textLines(cell.value, columns[k]?.width ?? 0));
  });
  return lines > 1 ? linesHeight(lines) : undefined;
}

/**
 * Row heights for wrapped text: neither Excel nor LibreOffice grows a row for text a file brings, so a row's height is
 * the most lines any of its cells needs in its (merged) width. Title rows keep their one line.
 */
export function withRowHeights<T extends FormLayout>(layout: T): T {
  const lines = new Map<number, number>();
  // Widths from the left edge, so a merged cell's width is one subtraction.
  const edge = [0];
  for (const column of layout.columns) edge.push(edge[edge.length - 1] + column.width);
  for (const cell of layout.cells) {
    const text = cell.value;
    if (typeof text !== "string" || cell.style === "title" || cell.style === "subtitle") continue;
    const from = Math.min(cell.col, layout.columns.length);
    const width = edge[Math.min(from + (cell.merge?.cols ?? 1), layout.columns.length)] - edge[from];
    const perRow = Math.ceil(textLines(text, width) / (cell.merge?.rows ?? 1));
    if (perRow > (lines.get(cell.row) ?? 1)) lines.set(cell.row, perRow);
  }
  const known = new Map((layout.rowHeights ?? []).map((h) => [h.row, h.points]));
  for (const [row, count] of lines) known.set(row, Math.max(known.get(row) ?? 0, linesHeight(count)));
  const rowHeights = [...known].sort((a, b) => a[0] - b[0]).map(([row, points]) => ({ row, points }));
  return { ...layout, rowHeights };
}

/** The four sheets of the merged workbook, in order. */
export function mergeLayouts(c: Consolidation, form: MergeForm, names: SheetNames = DEFAULT_SHEET_NAMES, options: LayoutOptions = {}): FormLayout[] {
  const merged = mergedLayout(c, form, names, options);
  return [merged, byUnitLayout(c, merged, names), checkLayout(c, names), failedLayout(c, names)].map(withRowHeights);
}

/** One unit's own sheet to send back: its scorecard line, the merge's notes about it, and its findings. */
export function feedbackLayout(c: Consolidation, unit: string): FormLayout {
  const H = T.check;
  const card = c.scorecards.find((s) => s.unit === unit);
  const columns: LayoutColumn[] = CHECK_WIDTHS.map((width, i) => ({ key: `c${i}`, header: H.scorecardHeader[i], width, wrap: true }));
  const cells: LayoutCell[] = [
    { row: 0, col: 0, value: T.feedback.title(unit), style: "title", merge: { rows: 1, cols: columns.length } },
    { row: 1, col: 0, value: T.feedback.subtitle(card?.file ?? c.notes.find((n) => n.unit === unit)?.file ?? ""), style: "subtitle", merge: { rows: 1, cols: columns.length } },
  ];
  const headerRow = 3;
  if (card) cells.push(...tableCells(headerRow, H.scorecardHeader, [scorecardLine(card, 1)]));
  let row = headerRow + 3;
  const severity = (s: string) => H.severity[s] ?? s;
  const notes = c.notes.filter((n) => n.unit === unit);
  if (notes.length > 0) {
    cells.push({ row, col: 0, value: H.notes, style: "goalLabel", merge: { rows: 1, cols: 4 } });
    cells.push(...tableCells(row + 1, H.notesHeader, notes.map((n) => [{ value: severity(n.severity) }, { value: unit }, { value: n.file }, { value: n.message, merge: { rows: 1, cols: 10 } }])));
    row += notes.length + 3;
  }
  const own = c.findings.filter((f) => f.unit === unit);
  cells.push({ row, col: 0, value: H.findings, style: "goalLabel", merge: { rows: 1, cols: 4 } });
  if (own.length === 0) cells.push({ row: row + 1, col: 0, value: H.noFindings, style: "words" });
  else {
    const lines = own.map(({ file, finding }) => findingLine(unit, file, finding));
    cells.push(...tableCells(row + 1, H.findingsHeader, lines));
  }
  return withRowHeights(plainLayout("khung-logic", SHEET_TEXT.names.feedback, columns, cells, headerRow));
}

/**
 * The consolidated plan as an Analysis the Word builder takes (cchc merge --docx): one table in the chosen form's
 * columns, rows numbered and placed as on the Tổng hợp sheet, areas then units in the appendix.
 */
export function mergedAnalysis(c: Consolidation, form: MergeForm, layout: MergedLayout = mergedLayout(c, form)): Analysis {
  const columns: TableInfo["columns"] = {};
  formSpec(form).columns.forEach((column, i) => {
    columns[column.key as FieldKey] = i;
  });
  const tt = numbers(c);
  const rows = c.plan.rows.map((row, i) => ({ ...row, number: form === "khung-logic" ? tt[i] : null, row: layout.rowOf[i] + 1, sheet: layout.sheetName }));
  const table: TableInfo = {
    sheet: layout.sheetName,
    form,
    headerRows: layout.headerRows.filter((r): r is number => r !== undefined).map((r) => r + 1),
    columns,
    firstRow: layout.dataRows!.first + 1,
    lastRow: layout.dataRows!.last + 1,
  };
  return { plan: { ...c.plan, rows, tables: [table] }, findings: [], totals: c.totals };
}

/** One finding as a row of a Kiểm tra table: severity, unit, file, sheet, cell (or row), rule, message. */
function findingLine(unit: string, file: string, finding: Finding) {
  return [
    { value: T.check.severity[finding.severity] ?? finding.severity },
    { value: unit },
    { value: file },
    { value: finding.sheet },
    { value: finding.cell ?? (finding.row === null ? "" : String(finding.row)) },
    { value: finding.rule },
    { value: finding.message, merge: { rows: 1, cols: 7 } },
  ];
}
