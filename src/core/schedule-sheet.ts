// The "Tiến độ" sheet as plain data: values and formulas, merges, named styles over ranges, frozen panes, print
// setup. The ExcelJS writer (cchc schedule -o) and the Office.js writer (the pane) render it the same way; each maps
// the style names onto the workbook theme's accent colours its own way.
import type { Schedule, ScheduleRow, UnscheduledRow } from "./schedule";
import { SCHEDULE_TEXT as T } from "./schedule-text";
import type { CellRange } from "./types";

export type ScheduleStyle =
  | "title"
  | "note"
  | "header"
  | "area"
  | "task"
  | "heading"
  | "active"
  | "ongoing"
  | "deadline"
  | "month"
  | "edge"
  | "check"
  | "sectionTitle"
  | "legendText";

export const SCHEDULE_SHEET_NAME = "Tiến độ";

/** "Tiến độ", "Tiến độ (2)"…: a sheet this add-in drew, never a plan to read. */
export function isScheduleSheetName(name: string): boolean {
  return /^tiến độ(?: \(\d+\))?$/iu.test(name.normalize("NFC").trim());
}
/** WGL4 glyphs, which Times New Roman (and Liberation Serif) carry: no font fallback in Word, Excel or print. */
export const DEADLINE_GLYPH = "♦";
export const PREVIOUS_YEAR_GLYPH = "◄";
export const NEXT_YEAR_GLYPH = "►";

export interface ScheduleColumn {
  header: string;
  /** Excel character widths. */
  width: number;
}

export interface ScheduleSheetLayout {
  sheetName: string;
  columns: ScheduleColumn[];
  /** Every cell's value or formula ("=…"), row by row, all rows the same length. */
  cells: string[][];
  /** 0-based areas to merge. */
  merges: CellRange[];
  /** Styles, each over the areas it covers, in the order they apply (later ones win). */
  styles: { style: ScheduleStyle; areas: CellRange[] }[];
  /** Text cells (periods like "1.1" or "3-5") Excel must not turn into numbers or dates. */
  textAreas: CellRange[];
  freeze: { rows: number; columns: number };
  /** Header rows repeated on every printed page (0-based, inclusive). */
  printTitleRows: [number, number];
  /** The current month's column over the header and task rows, outlined; null outside the plan year. */
  currentMonth: CellRange | null;
  /** The legend's sample of that outline. */
  currentMonthSample: CellRange;
  /** Rows taller than one line (wrapped task text), in points: Excel does not grow a row for text a file or a script writes. */
  rowHeights: { row: number; points: number }[];
}

export interface ScheduleSheetOptions {
  /** When the schedule was drawn: stated on the sheet, which is a snapshot of that moment. */
  now: Date;
  /** Where it was drawn from (a file name for the command line). */
  source?: string;
  /** Add a "Theo dõi" column of formulas that compare each plan period cell with the text drawn (the add-in). */
  liveCheck?: boolean;
}

const COL = { number: 0, content: 1, period: 2, lead: 3, previous: 4, firstMonth: 5, next: 17, check: 18 };
const HEADER_TOP = 2;
const FIRST_DATA = HEADER_TOP + 2;

function area(top: number, left: number, bottom = top, right = left): CellRange {
  return { top, left, bottom, right };
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** "09:05 ngày 01/12/2026", the user's clock. */
export function stamp(now: Date): string {
  return `${pad2(now.getHours())}:${pad2(now.getMinutes())} ngày ${pad2(now.getDate())}/${pad2(now.getMonth() + 1)}/${now.getFullYear()}`;
}

/** A sheet name as a formula reference needs it: quoted, inner quotes doubled. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** One text a formula can hold: quotes doubled. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

class Builder {
  readonly cells: string[][] = [];
  readonly merges: CellRange[] = [];
  readonly styled = new Map<ScheduleStyle, CellRange[]>();
  readonly textAreas: CellRange[] = [];
  constructor(readonly width: number) {}

  row(values: Record<number, string> = {}): number {
    const row = Array<string>(this.width).fill("");
    for (const [col, value] of Object.entries(values)) row[Number(col)] = value;
    this.cells.push(row);
    return this.cells.length - 1;
  }

  style(style: ScheduleStyle, range: CellRange): void {
    const list = this.styled.get(style) ?? [];
    const last = list[list.length - 1];
    // Consecutive cells of one row join into one area, so a renderer sends few ranges.
    if (last && last.top === range.top && last.bottom === range.bottom && last.right + 1 === range.left) last.right = range.right;
    else list.push({ ...range });
    this.styled.set(style, list);
  }

  merge(range: CellRange): void {
    this.merges.push(range);
  }
}

const STYLE_ORDER: ScheduleStyle[] = [
  "title", "note", "header", "area", "task", "heading", "month", "active", "ongoing", "deadline", "edge", "check", "sectionTitle", "legendText",
];

function taskNumber(row: { number: string | null }): string {
  return row.number ?? "";
}

function checkFormula(row: { sheet: string; cell: string | null }, sheetRow: number): string {
  if (!row.cell) return "";
  const ref = `${quoteSheet(row.sheet)}!${row.cell}`;
  const drawn = `$C${sheetRow + 1}`;
  return `=IF(TRIM(${ref}&"")=TRIM(${drawn}),"",${literal(T.changed)}&${ref})`;
}

function headerRows(b: Builder, liveCheck: boolean): void {
  const top = b.row({ [COL.number]: T.columns.number, [COL.content]: T.columns.content, [COL.period]: T.columns.period, [COL.lead]: T.columns.lead, [COL.previous]: T.previousYearHeader, [COL.next]: T.nextYearHeader, ...(liveCheck ? { [COL.check]: T.checkHeader } : {}) });
  const bottom = b.row();
  for (const col of [COL.number, COL.content, COL.period, COL.lead, COL.previous, COL.next, ...(liveCheck ? [COL.check] : [])]) b.merge(area(top, col, bottom, col));
  for (let q = 1; q <= 4; q++) {
    const left = COL.firstMonth + (q - 1) * 3;
    b.cells[top][left] = T.quarter(q);
    b.merge(area(top, left, top, left + 2));
  }
  for (let m = 0; m < 12; m++) b.cells[bottom][COL.firstMonth + m] = T.month(m + 1);
  b.style("header", area(top, 0, bottom, b.width - 1));
}

function taskRow(b: Builder, task: ScheduleRow, liveCheck: boolean): void {
  const sheetRow = b.cells.length;
  const r = b.row({
    [COL.number]: taskNumber(task),
    [COL.content]: task.content,
    [COL.period]: task.period?.text ?? "",
    [COL.lead]: task.lead ?? "",
    [COL.previous]: task.fromPreviousYear ? PREVIOUS_YEAR_GLYPH : "",
    [COL.next]: task.intoNextYear ? NEXT_YEAR_GLYPH : "",
    ...(liveCheck ? { [COL.check]: checkFormula(task, sheetRow) } : {}),
  });
  b.style(task.period === null ? "heading" : "task", area(r, 0, r, COL.lead));
  b.textAreas.push(area(r, COL.number, r, COL.number), area(r, COL.period, r, COL.period));
  b.style("edge", area(r, COL.previous));
  task.months.forEach((mark, m) => {
    const col = COL.firstMonth + m;
    b.style(mark === "none" ? "month" : mark, area(r, col));
    if (mark === "deadline") b.cells[r][col] = DEADLINE_GLYPH;
  });
  b.style("edge", area(r, COL.next));
  if (liveCheck) b.style("check", area(r, COL.check));
}

function unscheduledRows(b: Builder, rows: UnscheduledRow[], liveCheck: boolean): void {
  if (rows.length === 0) return;
  b.row();
  const title = b.row({ [COL.number]: `${T.unscheduled} (${rows.length})` });
  b.merge(area(title, 0, title, COL.next));
  b.style("sectionTitle", area(title, 0, title, b.width - 1));
  for (const row of rows) {
    const sheetRow = b.cells.length;
    const r = b.row({
      [COL.number]: taskNumber(row),
      [COL.content]: row.content,
      [COL.period]: row.text ?? "",
      [COL.lead]: row.lead ?? "",
      [COL.previous]: T.reasons[row.reason],
      ...(liveCheck ? { [COL.check]: checkFormula(row, sheetRow) } : {}),
    });
    b.merge(area(r, COL.previous, r, COL.next));
    b.style("task", area(r, 0, r, COL.next));
    b.textAreas.push(area(r, COL.number, r, COL.number), area(r, COL.period, r, COL.period));
    if (liveCheck) b.style("check", area(r, COL.check));
  }
}

/** The legend; returns the cell showing the current month's outline. */
function legendRows(b: Builder): CellRange {
  b.row();
  const title = b.row({ [COL.number]: T.legend });
  b.style("sectionTitle", area(title, 0, title, COL.content));
  const entries: [ScheduleStyle, string, string][] = [
    ["active", "", T.marks.active],
    ["ongoing", "", T.marks.ongoing],
    ["deadline", DEADLINE_GLYPH, T.marks.deadline],
    ["edge", `${PREVIOUS_YEAR_GLYPH} ${NEXT_YEAR_GLYPH}`, `${T.fromPreviousYear} / ${T.intoNextYear}`],
    ["month", "", T.currentMonthLegend],
  ];
  let last = 0;
  for (const [style, sample, text] of entries) {
    last = b.row({ [COL.number]: sample, [COL.content]: text });
    b.style(style, area(last, COL.number));
    b.style("legendText", area(last, COL.content));
  }
  return area(last, COL.number);
}

const LINE_POINTS = 15.75;
/** Characters of 12 pt Times New Roman per unit of Excel column width (the forms measure 1.0 for bold). */
const CHARS_PER_WIDTH = 1.1;

/** Lines each wrapped text column needs, the tallest deciding the row's height. */
function rowHeights(cells: string[][], columns: ScheduleColumn[], from: number): { row: number; points: number }[] {
  const wrapped = [COL.content, COL.period, COL.lead];
  const heights: { row: number; points: number }[] = [];
  for (let row = from; row < cells.length; row++) {
    let lines = 1;
    for (const col of wrapped) {
      const text = cells[row][col];
      if (!text || text.startsWith("=")) continue;
      const perLine = Math.max(1, Math.floor(columns[col].width * CHARS_PER_WIDTH));
      const count = text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil([...line].length / perLine)), 0);
      lines = Math.max(lines, count);
    }
    if (lines > 1) heights.push({ row, points: Math.round(lines * LINE_POINTS * 100) / 100 });
  }
  return heights;
}

/** The sheet for a schedule: title, the snapshot note, the two-row header, areas and their tasks, tasks listed apart, legend. */
export function scheduleSheetLayout(schedule: Schedule, options: ScheduleSheetOptions): ScheduleSheetLayout {
  const liveCheck = options.liveCheck ?? false;
  const columns: ScheduleColumn[] = [
    { header: T.columns.number, width: 7 },
    { header: T.columns.content, width: 46 },
    { header: T.columns.period, width: 16 },
    { header: T.columns.lead, width: 18 },
    { header: T.previousYearHeader, width: 6 },
    ...Array.from({ length: 12 }, (_, m) => ({ header: T.month(m + 1), width: 4.6 })),
    { header: T.nextYearHeader, width: 6 },
    ...(liveCheck ? [{ header: T.checkHeader, width: 26 }] : []),
  ];
  const b = new Builder(columns.length);
  b.row({ [0]: T.title(schedule.year) });
  b.merge(area(0, 0, 0, b.width - 1));
  b.style("title", area(0, 0, 0, b.width - 1));
  const note = liveCheck ? T.snapshotLive(stamp(options.now)) : T.snapshotFile(stamp(options.now), options.source ?? "");
  b.row({ [0]: note });
  b.merge(area(1, 0, 1, b.width - 1));
  b.style("note", area(1, 0, 1, b.width - 1));
  headerRows(b, liveCheck);
  for (const group of schedule.groups) {
    const r = b.row({ [COL.number]: group.area });
    b.merge(area(r, 0, r, COL.lead));
    b.style("area", area(r, 0, r, b.width - 1));
    for (const task of group.rows) taskRow(b, task, liveCheck);
  }
  const lastTask = b.cells.length - 1;
  unscheduledRows(b, schedule.unscheduled, liveCheck);
  const currentMonthSample = legendRows(b);
  const monthIndex = options.now.getMonth();
  const inYear = schedule.year === options.now.getFullYear() && lastTask >= FIRST_DATA;
  const currentCol = COL.firstMonth + monthIndex;
  return {
    sheetName: SCHEDULE_SHEET_NAME,
    columns,
    cells: b.cells,
    merges: b.merges,
    styles: STYLE_ORDER.filter((s) => b.styled.has(s)).map((style) => ({ style, areas: b.styled.get(style) ?? [] })),
    textAreas: b.textAreas,
    freeze: { rows: FIRST_DATA, columns: COL.content + 1 },
    printTitleRows: [HEADER_TOP, HEADER_TOP + 1],
    currentMonth: inYear ? area(HEADER_TOP + 1, currentCol, lastTask, currentCol) : null,
    currentMonthSample,
    rowHeights: [{ row: 1, points: 2 * LINE_POINTS }, ...rowHeights(b.cells, columns, FIRST_DATA)],
  };
}
