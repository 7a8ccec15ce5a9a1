// Grid → plan: finds the tables, reads the plan-level text above them, and turns every data row into
// area → result → activity rows (contract: level), with cells parsed and ditto marks resolved.
import { parseBudget } from "./amount";
import { findTables, GridView, isColumnNumberRow, unitLineExponent, type FoundTable } from "./headers";
import {
  accentInsensitive,
  followsInAlphabet,
  isClosingText,
  isDitto,
  isDocumentSection,
  isNoteLine,
  isPlaceholderText,
  isSubtotalLabel,
  isExampleText,
  isLoneTong,
  isTotalLabel,
  isUnitRowLabel,
  unitRowName,
  UNIT_ROW_MAX,
  isWordsLine,
  namesDocument,
  readLabel,
  readNumbering,
  ROMAN_INITIALS,
  singleLetter,
  splitLeadingNumber,
  stripLabel,
  type Numbering,
} from "./labels";
import { isMergeReportSheet, mergeTraceColumns } from "./merge/own-output";
import { parsePeriod, yearsMentioned } from "./period";
import { matchArea, presetForYear, presetById, type AreaPreset } from "./presets";
import { a1, fold, mayStartWith } from "./text";
import { sheetVersions } from "./versions";
import type { Budget, CellValue, FieldKey, Level, Period, Plan, PlanRow, ReadingCorrection, RowKind, SheetGrid, SheetTotal, Subtotal, SummaryTable, TableInfo } from "./types";
import { BREAKDOWN_PARENTS, DEADLINE_HEADINGS, GOAL_HEADINGS, initialsOf, LEAD_LABELS, PARTNER_LABELS, phrasesPattern, UNIT_HEADING_BODIES } from "./vocabulary";

export class PlanInputError extends Error {}

export interface ReadOptions {
  sheet?: string;
  year?: number;
  /** The year to use where no title states one (the "Thông tin kế hoạch" sheet's), before guessing from periods. */
  defaultYear?: number;
  /** Area preset id; by default the programme in force in the plan year. */
  preset?: string;
  /** Reading corrections saved in the workbook or given on the command line. */
  corrections?: ReadingCorrection[];
}

interface SheetTables {
  view: GridView;
  found: FoundTable[];
}

const TEXT_FIELDS = ["output", "indicator", "verification", "method", "note", "lead", "partners"] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export function readPlan(grids: SheetGrid[], options: ReadOptions = {}): Plan {
  let plan = readTables(grids, options, new Set());
  // A sheet chosen by name is read whatever it is; otherwise a draft beside its final is set apart (versions.ts).
  const versions = options.sheet === undefined ? sheetVersions(plan, grids) : [];
  const setApart = new Set(versions.flatMap((version) => (version.setApart ? [version.sheet] : [])));
  const read = setApart.size > 0 ? grids.filter((grid) => !setApart.has(grid.name)) : grids;
  if (setApart.size > 0) plan = readTables(read, options, new Set());
  const summaries = summaryTables(plan);
  if (summaries.length > 0) {
    // Read again without them: their rows would count every area's money a second time.
    plan = readTables(read, options, new Set(summaries.map((s) => tableKey(s.sheet, s.headerRow - 1))));
    plan.summaries = summaries;
  }
  if (versions.length > 0) plan.versions = versions;
  return plan;
}

const tableKey = (sheet: string, headerRow: number) => `${headerRow}|${sheet}`;

/** The columns that plan work rather than sum money: a summary table has none of them. */
const WORK_FIELDS: FieldKey[] = ["goal", "output", "indicator", "verification", "period", "lead", "partners", "assignment", "method"];

/**
 * The tables that list areas and their money alone where another table holds tasks: an appendix summing the plan
 * by area ("Phụ lục II: Tổng hợp kinh phí"), not more of it.
 */
function summaryTables(plan: Plan): SummaryTable[] {
  const tasks = plan.rows.filter((row) => row.level !== "area");
  // A summary of money the tasks carry: where they carry none, the areas' figures are the plan's only money.
  if (!tasks.some((row) => row.budget?.amount != null)) return [];
  const withTasks = new Set(tasks.map((row) => row.table));
  return plan.tables.flatMap((table, index) => {
    // A table with a lead, period or product column plans work, even with areas alone in it.
    if (withTasks.has(index) || WORK_FIELDS.some((field) => table.columns[field] !== undefined)) return [];
    const rows = plan.rows.filter((row) => row.table === index);
    if (!rows.some((row) => row.budget?.amount != null)) return [];
    const summary = rows.map((row) => ({
      row: row.row,
      area: row.area ?? row.content,
      amount: row.budget?.currency === "VND" ? row.budget.amount : null,
      cell: row.cells.budget ?? null,
      text: row.budget?.text ?? null,
    }));
    const headerRow = table.headerRows[0];
    return [{ sheet: table.sheet, headerRow, headerCell: a1(headerRow - 1, table.columns.content ?? 0), rows: summary }];
  });
}

function readTables(grids: SheetGrid[], options: ReadOptions, skip: Set<string>): Plan {
  const sheets = selectSheets(grids, options.sheet).map((grid) => {
    const view = new GridView(grid);
    return { view, found: findTables(view, options.corrections) };
  });
  const heading = readHeading(sheets);
  const year = options.year ?? heading.year ?? options.defaultYear ?? commonPeriodYear(sheets);
  const preset = options.preset ? presetById(options.preset) : presetForYear(year);
  const plan: Plan = {
    year,
    title: heading.title,
    goals: heading.goals,
    tables: [],
    rows: [],
    sheetTotals: [],
    subtotals: [],
    info: {},
    preset: preset.id,
    legacySheets: sheets.flatMap(({ view, found }) =>
      view.legacy && found.length > 0 ? [{ sheet: view.grid.name, encoding: view.legacy }] : [],
    ),
  };
  const cells = new CellParsers();
  for (const { view, found } of sheets) {
    found.forEach((table, i) => {
      if (skip.has(tableKey(view.grid.name, table.headerRows[0]))) return;
      const end = i + 1 < found.length ? found[i + 1].headerRows[0] : view.endRow;
      new TableReader(plan, view, table, end, preset, cells).read();
    });
  }
  return plan;
}

/**
 * Period and budget parsing, remembered per text for one read: plans repeat the same cells ("Quý I/2026",
 * "Kinh phí thường xuyên") hundreds of times. Each row gets its own copy, so no two rows share an object.
 */
class CellParsers {
  private readonly periods = new Map<string, Period | null>();
  /** Per column unit (1 for đồng), then per text. */
  private readonly budgets = new Map<number | string, Map<string, Budget | null>>();

  period(value: CellValue, year: number | null): Period | null {
    if (typeof value !== "string") return parsePeriod(value, year);
    if (!this.periods.has(value)) this.periods.set(value, parsePeriod(value, year));
    const period = this.periods.get(value) ?? null;
    if (!period) return null;
    return period.batches ? { ...period, batches: period.batches.map((batch) => ({ ...batch })) } : { ...period };
  }

  private readonly assignments = new Map<string, { lead: string | null; partners: string | null }>();

  /** Phân công cells repeat too ("- Chủ trì: Văn phòng\n- Phối hợp: Các bộ phận"); read-only, it holds only strings. */
  assignment(text: string): Readonly<{ lead: string | null; partners: string | null }> {
    let split = this.assignments.get(text);
    if (!split) this.assignments.set(text, (split = splitAssignment(text)));
    return split;
  }

  budget(value: CellValue, unit: number, currency = "VND"): Budget | null {
    if (typeof value !== "string") return parseBudget(value, unit, currency);
    const key = currency === "VND" ? unit : `${unit}|${currency}`;
    let byText = this.budgets.get(key);
    if (!byText) this.budgets.set(key, (byText = new Map()));
    if (!byText.has(value)) byText.set(value, parseBudget(value, unit, currency));
    const budget = byText.get(value) ?? null;
    return budget && { ...budget };
  }
}

/** Every sheet, or the one --sheet names; never a merge's report sheets (own-output.ts), which hold no plan. */
function selectSheets(grids: SheetGrid[], sheet: string | undefined): SheetGrid[] {
  if (sheet === undefined) return grids.filter((grid) => !isMergeReportSheet(grid));
  const wanted = fold(sheet);
  const chosen = grids.filter((grid) => fold(grid.name) === wanted);
  if (chosen.length === 0) {
    const names = grids.map((grid) => `"${grid.name}"`).join(", ");
    throw new PlanInputError(`không có trang tính "${sheet}" (các trang có: ${names})`);
  }
  return chosen;
}

interface Heading {
  title: string | null;
  year: number | null;
  goals: { general: string[]; specific: string[] };
  /** Under a goal heading that stands alone ("I. MỤC ĐÍCH, YÊU CẦU"), the lines below it are its goals. */
  collecting: "general" | "specific" | null;
}

/** Title, year and goals: the text above each sheet's first table. */
function readHeading(sheets: SheetTables[]): Heading {
  const heading: Heading = { title: null, year: null, goals: { general: [], specific: [] }, collecting: null };
  const title = findTitle(sheets);
  if (title) {
    heading.title = title.text;
    heading.year = titleYear(fold(title.text));
  }
  for (const { view, found } of sheets) {
    if (found.length === 0) continue;
    heading.collecting = null;
    for (let row = view.firstRow; row < found[0].headerRows[0]; row += 1) {
      if (title?.view !== view || !title.rows.includes(row)) readHeadingRow(view, row, heading);
    }
  }
  return heading;
}

/** "(Kèm theo Kế hoạch số 45/KH-UBND ngày 20/11/2025 …)" names the plan an appendix belongs to, dated the year before. */
const APPENDIX_OF = /^\(?\s*kem theo\b/;
/** What follows "KẾ HOẠCH" alone and is no subject: an appendix's or a legal basis's line. */
const NO_SUBJECT = /^\(?\s*(?:kem theo|can cu)\b/;
/** "Căn cứ Kế hoạch …", "Mẫu số 01 … về xây dựng kế hoạch" cite other documents. */
const CITING = /^\(?\s*(?:kem theo|can cu|thuc hien|mau so|mau|theo)\b/;

/**
 * The plan's title: the first line above a table that names the document ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"),
 * joined to the line under it where it is "KẾ HOẠCH" alone (Nghị định 30 puts the subject on the next line); failing
 * one, the first line about a plan that cites no other document. Its sheet rows are not read as goals.
 */
function findTitle(sheets: SheetTables[]): { text: string; view: GridView; rows: number[] } | null {
  let mention: { text: string; view: GridView; rows: number[] } | null = null;
  let citing: { text: string; view: GridView; rows: number[] } | null = null;
  for (const { view, found } of sheets) {
    if (found.length === 0) continue;
    const lines: { row: number; text: string }[] = [];
    for (let row = view.firstRow; row < found[0].headerRows[0]; row += 1) {
      const first = rowTexts(view, row)[0];
      if (first) lines.push({ row, text: first });
    }
    for (const [i, { row, text }] of lines.entries()) {
      const folded = fold(splitLeadingNumber(text).rest.slice(0, LONG_HEADING_TEXT));
      if (namesDocument(folded)) {
        const next = folded.replace(/[^a-z0-9 ]+/g, " ").trim() === "ke hoach" ? lines[i + 1] : undefined;
        // "Thực hiện công tác CCHC năm 2026" is a subject; "Căn cứ …" and "(Kèm theo …)" are not.
        const subject = next && !NO_SUBJECT.test(fold(next.text)) && splitLeadingNumber(next.text).numbering === null ? next : undefined;
        return subject ? { text: `${text.trim()} ${subject.text}`, view, rows: [row, subject.row] } : { text, view, rows: [row] };
      }
      if (/\bke hoach\b/.test(folded) && !APPENDIX_OF.test(folded)) {
        if (!mention && !CITING.test(folded)) mention = { text, view, rows: [row] };
        citing ??= { text, view, rows: [row] };
      }
    }
  }
  // A line that only cites a plan ("Mẫu số 01: Kế hoạch CCHC năm 2026") is the title where nothing better is.
  return mention ?? citing;
}

const GOAL_HEADING_KINDS: { kind: "general" | "specific" | null; pattern: RegExp }[] = [
  { kind: "specific", pattern: new RegExp(`^${phrasesPattern(GOAL_HEADINGS.specific)}\\b`) },
  { kind: "general", pattern: new RegExp(`^${phrasesPattern(GOAL_HEADINGS.general)}\\b`) },
  { kind: null, pattern: new RegExp(`^${phrasesPattern(GOAL_HEADINGS.stop)}\\b`) },
];
const LONG_HEADING_TEXT = 300;

/** "Mục tiêu: …" states a goal; "1. Mục đích" alone opens the goal lines below it; "2. Yêu cầu" or "II. …" ends them. */
function readHeadingRow(view: GridView, row: number, heading: Heading): void {
  const cells = rowTexts(view, row);
  if (cells.length === 0) return;
  const [first, ...rest] = cells;
  const { numbering, rest: unnumbered } = splitLeadingNumber(first);
  const folded = fold(unnumbered.slice(0, LONG_HEADING_TEXT));
  const goal = GOAL_HEADING_KINDS.find(({ pattern }) => pattern.test(folded));
  if (goal) {
    const afterColon = unnumbered.includes(":") ? unnumbered.slice(unnumbered.indexOf(":") + 1).trim() : "";
    const text = afterColon || rest.join("\n");
    heading.collecting = text || !goal.kind ? null : goal.kind;
    if (goal.kind) heading.goals[goal.kind].push(...splitLines(text));
    return;
  }
  // A new section ("II. NỘI DUNG") ends the goal lines; a unit line is no goal.
  if (numbering?.kind === "roman") heading.collecting = null;
  else if (unitLineExponent(first) !== null) return;
  else if (heading.collecting) heading.goals[heading.collecting].push(...splitLines([first, ...rest].join("\n")));
}

function titleYear(foldedTitle: string): number | null {
  // "NĂM 2025-2026": the later year, the one the plan runs into.
  const match = /\bnam (\d{4})(?:\s*[-–]\s*(\d{4}))?\b/.exec(foldedTitle);
  if (match) return Number(match[2] ?? match[1]);
  const years = yearsMentioned(foldedTitle);
  return years.length > 0 ? years[years.length - 1] : null;
}

function rowTexts(view: GridView, row: number): string[] {
  const texts: string[] = [];
  for (let col = view.firstCol; col < view.endCol; col += 1) {
    const text = view.text(row, col);
    if (text) texts.push(text);
  }
  return texts;
}

/** Bullet lines of a multi-line cell, bullets removed. */
export function splitLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/^\s*[-+•*–]\s*/, "").trim())
    .filter((line) => line.length > 0);
}

/** The most common year named in the period cells, where no title states it. */
function commonPeriodYear(sheets: SheetTables[]): number | null {
  const counts = new Map<number, number>();
  for (const { view, found } of sheets) {
    for (const [i, table] of found.entries()) {
      const col = table.columns.period;
      if (col === undefined) continue;
      const end = i + 1 < found.length ? found[i + 1].headerRows[0] : view.endRow;
      for (let row = lastHeaderRow(table) + 1; row < end; row += 1) {
        const value = view.value(row, col);
        const years = value instanceof Date ? [value.getUTCFullYear()] : yearsMentioned(view.text(row, col));
        for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
      }
    }
  }
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = year;
  return best;
}

/** The 1-based row spans a formula's references on this sheet take in column `letter` (E4:E6, $E$4:$E$6, E6);
 *  references into other sheets ('PL'!E6) are none of this table's. */
function columnRanges(formula: string, letter: string): [number, number][] {
  const own = formula.replace(/(?:'[^']*'|[\p{L}\p{N}_.]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/gu, " ");
  const ranges: [number, number][] = [];
  for (const ref of own.matchAll(/\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g)) {
    if (ref[1] !== letter || (ref[3] !== undefined && ref[3] !== letter)) continue;
    const a = Number(ref[2]);
    const b = ref[4] !== undefined ? Number(ref[4]) : a;
    ranges.push([Math.min(a, b), Math.max(a, b)]);
  }
  return ranges;
}

/** The first of the sorted `rows` within [first, last], by binary search. */
function firstIn(rows: number[], first: number, last: number): number | undefined {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] < first) lo = mid + 1;
    else hi = mid;
  }
  return lo < rows.length && rows[lo] <= last ? rows[lo] : undefined;
}


/** A Gantt cell marked: "x", "X", "✓", "•", a shade's text; not "-", "0" or "không". */
function isMark(text: string): boolean {
  return text !== "" && !/^(?:[-–—.0]|khong|không)$/i.test(text.trim());
}

/** The months a Gantt row marks, as one span or its batches ("Tháng 6, 11/2026"); null where none is marked. */
function markedPeriod(marked: { months: [number, number] }[], year: number | null): Period | null {
  if (marked.length === 0) return null;
  const runs: [number, number][] = [];
  for (const { months } of [...marked].sort((a, b) => a.months[0] - b.months[0])) {
    const last = runs[runs.length - 1];
    if (last && months[0] <= last[1] + 1) last[1] = Math.max(last[1], months[1]);
    else runs.push([...months]);
  }
  const text = `Tháng ${runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(", ")}${year ? `/${year}` : ""}`;
  if (year === null) return { kind: "unparsed", text };
  const span = ([a, b]: [number, number]) => ({ start: isoDay(year, a, 1), end: isoDay(year, b + 1, 0) });
  const period: Period = { kind: "range", ...span([runs[0][0], runs[runs.length - 1][1]]), text };
  return runs.length > 1 ? { ...period, batches: runs.map(span) } : period;
}

/** YYYY-MM-DD of a day of a month (day 0: the month before's last). */
function isoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** A start typed with no end: the task runs from it to the end of its year, as "Từ tháng 4" does. */
function fromStart(start: Period, year: number | null): Period {
  const first = start.start ?? start.end;
  // A start cell that states its own end ("Từ tháng 3 đến tháng 5", "Quý II") keeps it: only a day runs on.
  if (start.kind !== "range" || !first || start.start !== start.end) return start;
  const last = `${year ?? first.slice(0, 4)}-12-31`;
  return last >= first ? { ...start, end: last } : start;
}

/** An end typed with no start: the day the task is due. */
function untilEnd(end: Period): Period {
  return end.kind === "range" && end.end ? { kind: "deadline", end: end.end, text: end.text } : end;
}

const DEADLINE_HEADER = new RegExp(`^${phrasesPattern(DEADLINE_HEADINGS)}(?: |$)`);

/** "Thời hạn hoàn thành", "Hạn hoàn thành (dự kiến)": its last line, brackets and all, folded. */
function isDeadlineHeader(header: string | undefined): boolean {
  const own = header?.split(" › ").pop() ?? "";
  return DEADLINE_HEADER.test(fold(own.replace(/\([^)]*\)/g, " ")).replace(/[^a-z0-9 ]+/g, " ").trim());
}

function lastHeaderRow(table: FoundTable): number {
  return table.headerRows[table.headerRows.length - 1];
}

interface Entry {
  source: "goal" | "content" | "none";
  text: string;
  numbering: Numbering | null;
  col: number | undefined;
  /** The level a label states: in TT for the text beside it ("Kết quả 5.1." in TT, its text in Nội dung), or in the text. */
  level?: Level;
  /** The label's word ("phan", "muc"), where a label states the level. */
  labelWord?: string;
}

/** Numbering shape of a whole table, to tell "1" = area (1 / 1.1 / 1.1.1) from "1" = result (I / 1 / 1.1). */
interface NumberingShape {
  romanAreas: boolean;
  /** The table opens with an upper-case letter: A, B, C are its parts, above 1, 2, 3, as Roman numerals are. */
  letterParts: boolean;
  maxDepth: number;
  /** The table numbers rows a, b, c (its parts' letters aside). */
  letters: boolean;
}

interface LevelContext {
  shape: NumberingShape;
  hasGoalColumn: boolean;
  preset: AreaPreset;
  /** Whether the row being read names a lead or a period: a task, whatever its title ("Cải cách TTHC trong lĩnh vực
   *  đất đai"). Asked only of a row whose title names an area. */
  taskFields: () => boolean;
}

/**
 * Levels, as one table of tests read top to bottom: the first that gives a level decides (README: "The decision
 * table"). Numbering was read against its neighbours before (a, b, c is a run of letters; i, ii, iii Roman).
 */
export const LEVEL_TESTS: readonly { when: string; level: (entry: Entry, ctx: LevelContext) => Level | null }[] = [
  { when: "a label: Lĩnh vực 1 / Kết quả 1.1 / Hoạt động 1.1.1, in TT or in the text", level: (e) => e.level ?? null },
  { when: "a Roman numeral I, II, III (not inside a run of letters)", level: (e) => (e.numbering?.kind === "roman" ? "area" : null) },
  { when: "an upper-case letter A, B, C where the table opens with one (its parts)", level: (e, c) => (c.shape.letterParts && isPartLetter(e.numbering) ? "area" : null) },
  { when: "text in the goal column (Mục tiêu, Nhiệm vụ chung)", level: (e) => (e.source === "goal" ? "result" : null) },
  { when: "the table has a goal column: the task column holds tasks", level: (_, c) => (c.hasGoalColumn ? "activity" : null) },
  { when: "1 / 1.1 / 1.1.1 numbering, by its depth against the table's deepest", level: (e, c) => (e.numbering?.kind === "arabic" ? depthLevel(e.numbering.depth, e.text, c) : null) },
  { when: "a letter a, b, c", level: (e) => (e.numbering?.kind === "letter" ? "activity" : null) },
  { when: "a reform-area title of the preset, in a table without 1.1 numbering, on a row naming no lead or period", level: (e, c) => (c.shape.maxDepth < 2 && isAreaTitle(e.text, c) ? "area" : null) },
  { when: "anything else", level: () => "activity" },
];

function depthLevel(depth: number, text: string, context: LevelContext): Level {
  const { romanAreas, letterParts, maxDepth, letters } = context.shape;
  // I / 1 / a): the letters are the activities, so "1" is a result; I / 1 / 1.1 likewise; A / 1 / a) as I / 1 / a).
  if (romanAreas || letterParts) return depth >= 2 || (maxDepth < 2 && !letters) ? "activity" : "result";
  if (letters && maxDepth < 2) return isAreaTitle(stripLabel(text), context) ? "area" : "result";
  if (maxDepth >= 3) return depth === 1 ? "area" : depth === 2 ? "result" : "activity";
  if (maxDepth === 2) return depth === 1 ? (isAreaTitle(stripLabel(text), context) ? "area" : "result") : "activity";
  return isAreaTitle(stripLabel(text), context) ? "area" : "activity";
}

function isAreaTitle(text: string, context: LevelContext): boolean {
  return matchArea(text, context.preset) !== null && !context.taskFields();
}

/** What the decision table sees of a row; the costlier facts are computed only when a test asks. */
interface RowFacts {
  /** The first text in the table's columns, "" for none. */
  first: string;
  firstCol: number;
  reader: TableReader;
  row: number;
}

type Outcome = "read" | "skip" | "empty" | "end";

/** "A. ", "II) ": a unit heading's own numbering, in front of its name. */
const UNIT_NUMBERING = /^\s*(?:[A-Z]|[IVXLC]+)\s*[.):]?\s+/;
/** "A", "II.": what a unit heading may carry in TT. */
const UNIT_TT = /^(?:[A-Z]|[IVXLC]+)[.)]?$/;
/** Two capitals open a unit heading's text, after its own numbering if it has one. */
const MAYBE_HEADING = /^\s*(?:(?:[A-Z]|[IVXLC]+)\s*[.):]?\s+)?\p{Lu}\p{Lu}/u;
/** Ends a word: JavaScript's \b knows ASCII letters alone (NGHỊ would never end). */
const WORD_END = "(?![\\p{L}\\p{N}])";
const UNIT_HEADING = new RegExp(
  `^(?:${UNIT_HEADING_BODIES.map(({ body, not, only }) => {
    const refused = not ? `(?!\\s+(?:${not.join("|")})${WORD_END})` : "";
    const required = only ? `(?=\\s+(?:${only.join("|")})${WORD_END})` : "";
    return `${body}${refused}${required}`;
  }).join("|")})\\s+\\S`,
  "u",
);

/** A unit's name is a few words: "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" is nine, its dash counted, and
 *  "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH" nine. */
const UNIT_NAME_WORDS = 10;

/** "SỞ TƯ PHÁP", "UBND XÃ AN HẢI": a body's name in capitals, a few words, as a compiled plan heads a unit. */
function isBodyHeading(text: string): boolean {
  return text.length <= UNIT_ROW_MAX && UNIT_HEADING.test(text) && text.split(/\s+/).length <= UNIT_NAME_WORDS && text === text.toLocaleUpperCase("vi");
}

/**
 * Every row below the header is exactly one kind: the first test that holds decides, and what the reader does.
 * Plan rows (area, result, activity, placeholder text) come from the last line, LEVEL_TESTS giving the level.
 */
export const ROW_TESTS: readonly { kind: RowKind; when: string; outcome: Outcome; test: (f: RowFacts) => boolean }[] = [
  { kind: "spacer", when: "nothing in the table's columns", outcome: "empty", test: (f) => f.first === "" },
  { kind: "header", when: "the header again (repeated on a new page)", outcome: "skip", test: (f) => f.reader.repeatsHeader(f.row) },
  { kind: "column-numbers", when: "1 2 3 … or (1) (2) … across the columns", outcome: "skip", test: (f) => f.reader.columnNumbers(f) },
  { kind: "total", when: "Tổng cộng, Tổng kinh phí, Tổng cộng (I+II), a lone Tổng the table ends with … (the table ends)", outcome: "end", test: (f) => f.reader.isTotal(f) },
  { kind: "subtotal", when: "Cộng, Cộng lĩnh vực I, Tổng (2), Tổng cộng lĩnh vực 2, a lone Tổng with rows after it … (compared with its group, never counted)", outcome: "skip", test: (f) => isSubtotalLabel(f.first) || (isLoneTong(f.first) && !f.reader.isTotal(f)) },
  { kind: "words", when: "Bằng chữ: … (the table ends)", outcome: "end", test: (f) => isWordsLine(f.first) },
  { kind: "unit", when: "Đơn vị: … naming no money unit, or a body's name in capitals (A. SỞ TƯ PHÁP), with nothing typed but its money (a compiled plan's unit row: its money, typed or a SUBTOTAL, the sum of the rows under it, compared with them, never counted)", outcome: "skip", test: (f) => f.reader.unitName(f) !== null },
  { kind: "note", when: "Ghi chú:, Lưu ý:, * … with no figures", outcome: "skip", test: (f) => isNoteLine(f.first) && !f.reader.typedFigures(f.row) },
  { kind: "note", when: "Nơi nhận:, GIÁM ĐỐC …, III. TỔ CHỨC THỰC HIỆN, or text outside the table after blank rows (the table ends)", outcome: "end", test: (f) => isClosingText(f.first) || f.reader.documentSection(f) || f.reader.textAfterTable(f) },
  { kind: "breakdown", when: "Trong đó:, Chia ra:, Bao gồm under a task, and the lines under it with no number, lead or period of their own (- Ngân sách xã, - Xã hội hóa): the task's money by source, never counted again", outcome: "skip", test: (f) => f.reader.breakdownLine(f) },
  { kind: "continuation", when: "its task cell merged down from the task above (the task runs over two rows): what else it holds joins that task", outcome: "skip", test: (f) => f.reader.continuesAbove(f.row) },
  { kind: "placeholder", when: "no task text and nothing typed but a number or formulas (a form row not filled in)", outcome: "skip", test: (f) => f.reader.entries(f.row).length === 0 && !f.reader.typedFigures(f.row) },
  { kind: "activity", when: "anything else: a plan row, its level from LEVEL_TESTS", outcome: "read", test: () => true },
];

type Bullet = "-" | "+";

/** A task's bullet, in TT or opening its text: "-" a task, "+" a line detailing the "-" task above it. */
function bulletOf(tt: string, text: string): Bullet | null {
  const mark = tt.trim() || /^\s*([-–+])\s/.exec(text)?.[1] || "";
  if (mark === "+") return "+";
  return mark === "-" || mark === "–" ? "-" : null;
}

/** The text fields a continuation row may add to its task. */
const JOINED_FIELDS = ["output", "indicator", "verification", "method", "note", "lead", "partners"] as const;

/** "Trong đó:", "Chia ra", "Bao gồm:" alone: the parts of the task's money follow. */
const BREAKDOWN_MARKER = new RegExp(`^${phrasesPattern(BREAKDOWN_PARENTS)}\\s*:?\\s*$`);
const BREAKDOWN_MARKER_MAX = Math.max(...BREAKDOWN_PARENTS.map((words) => words.length)) + 4;
const BREAKDOWN_INITIALS = initialsOf(BREAKDOWN_PARENTS);
/** A line's bullet ("- Ngân sách xã"), and a bullet alone in TT. */
const BULLET = /^\s*[-+*•–]/;
const BULLET_ALONE = /^[-+*•–]$/;

const EMPTY_ROWS_ENDING_A_TABLE = 3;
const FIGURE_FIELDS: FieldKey[] = ["budget", "period", "lead", "partners", "assignment", "output", "indicator", "verification", "method"];

class TableReader {
  private readonly tableIndex: number;
  private readonly info: TableInfo;
  private levels: LevelContext;
  /** First and last column the table's header names. */
  private readonly span: [number, number];
  /** Each row's entries, read once (indexed from the first data row): the numbering pass and the reading pass both need them. */
  private readonly entriesByRow: (Entry[] | undefined)[] = [];
  /** The words labelling area entries read so far ("phan", "muc", "linh vuc"). */
  private readonly areaLabelWords = new Set<string>();
  private readonly lastText = new Map<string, string>();
  private lastPeriod: CellValue = null;
  /** The last start and end typed, for a ditto mark under them. */
  private readonly lastParts = new Map<string, CellValue>();
  private area: { index: number; title: string } | null = null;
  private result: { index: number; goal: string } | null = null;
  /** The last task bulleted "-", whose "+" lines below detail it (its money's parts, each money once). */
  private dashed: number | null = null;
  /** Index into plan.rows where the current subtotal's group starts. */
  private groupStart: number;
  private emptyRun = 0;
  private hasRows = false;
  /** Spacers are shown only between rows, not after the table's last. */
  private pendingSpacers: number[] = [];
  private readonly kinds: Partial<Record<RowKind, number>> = {};
  /** The period column says when each task is due (Thời hạn hoàn thành): a date alone in it is a deadline. */
  private readonly dueColumn: boolean;
  private readonly skipped: { row: number; kind: RowKind }[] = [];

  constructor(
    private readonly plan: Plan,
    private readonly view: GridView,
    private readonly table: FoundTable,
    private readonly end: number,
    preset: AreaPreset,
    private readonly cells: CellParsers,
  ) {
    this.tableIndex = plan.tables.length;
    this.groupStart = plan.rows.length;
    this.info = {
      sheet: view.grid.name,
      form: table.form,
      headerRows: table.headerRows.map((row) => row + 1),
      columns: table.columns,
      firstRow: lastHeaderRow(table) + 2,
      lastRow: lastHeaderRow(table) + 1,
      reading: table.reading,
      skipped: this.skipped,
      kinds: this.kinds,
    };
    plan.tables.push(this.info);
    const cols = [...(Object.values(table.columns) as number[]), ...table.budgetColumns.map((b) => b.col)];
    if (table.periodParts) cols.push(table.periodParts.end);
    this.span = [Math.min(...cols), Math.max(...cols)];
    const taskFields = () => this.rowNamesTaskFields();
    const levels = (shape: NumberingShape): LevelContext => ({ shape, hasGoalColumn: table.columns.goal !== undefined, preset, taskFields });
    this.dueColumn = table.periodParts === undefined && isDeadlineHeader(table.reading.find((column) => column.col === table.columns.period)?.header);
    // The shape may be tried first (numberingShape), its levels read under it.
    this.levels = levels(this.numberingShape((shape) => (this.levels = levels(shape))));
    this.nestAreaLabels();
  }

  /** "PHẦN I" over "Mục 1" in one table: both words name areas, and the lower one is the results under them. */
  private nestAreaLabels(): void {
    // Nearly every table labels no area with a word: nothing to walk.
    if (!this.areaLabelWords.has("phan") || !this.areaLabelWords.has("muc")) return;
    const mucs: Entry[] = [];
    for (const entries of this.entriesByRow) for (const entry of entries ?? []) if (entry.level === "area" && entry.labelWord === "muc") mucs.push(entry);
    // Unless the Mục are the reform areas themselves (PHẦN I. NHIỆM VỤ TRỌNG TÂM over Mục 1. Cải cách thể chế).
    if (mucs.some((entry) => matchArea(stripLabel(entry.text), this.levels.preset) !== null)) return;
    for (const entry of mucs) entry.level = "result";
  }

  read(): void {
    for (let row = lastHeaderRow(this.table) + 1; row < this.end; row += 1) {
      const outcome = this.readRow(row);
      if (outcome === "end") break;
      this.emptyRun = outcome === "empty" ? this.emptyRun + 1 : 0;
      // Empty rows right under the header do not end the table; after its rows they do.
      if (this.emptyRun >= EMPTY_ROWS_ENDING_A_TABLE && this.hasRows) break;
      if (outcome === "read") {
        this.hasRows = true;
        this.info.lastRow = row + 1;
        if (this.view.isRowHidden(row)) (this.info.hiddenRows ??= []).push(row + 1);
      }
    }
    this.closeUnitSum();
    this.markUnreadContent();
    this.findSumsOverSubtotals();
  }

  /** A row's money that is a SUM over a range holding a subtotal row of this table (an area's =SUM(F11:F13) taking in
   *  its own Cộng at F13): the sheet's figure counts that money twice. SUBTOTAL skips the subtotals it nests. */
  private findSumsOverSubtotals(): void {
    const col = this.table.columns.budget;
    const subtotals = this.skipped.filter((s) => s.kind === "subtotal" || s.kind === "total").map((s) => s.row);
    if (col === undefined || subtotals.length === 0) return;
    const letter = a1(0, col).replace(/\d+$/, "");
    const taskRows = this.plan.rows.filter((row) => row.table === this.tableIndex).map((row) => row.row);
    for (const row of this.plan.rows) {
      if (row.table !== this.tableIndex || !row.budget?.formula) continue;
      const formula = this.view.formula(row.row - 1, col);
      if (!formula || /SUBTOTAL|AGGREGATE/i.test(formula)) continue;
      // A range over the rows below that holds both a subtotal and a task: "=E6" naming the area's own Cộng is fine.
      for (const [first, last] of columnRanges(formula, letter)) {
        if (last <= row.row) continue;
        const subtotalRow = firstIn(subtotals, Math.max(first, row.row + 1), last);
        if (subtotalRow === undefined || firstIn(taskRows, Math.max(first, row.row + 1), last) === undefined) continue;
        (this.info.sumsOverSubtotals ??= []).push({ row: row.row, formula, subtotalRow });
        break;
      }
    }
  }

  /** The unit row whose money is compared with the rows read since, until the next unit, area, subtotal or total. */
  private unitSum: Subtotal | null = null;
  /** The unit the rows read since its unit row come under, until the next unit, area, subtotal or total. */
  private unit: PlanRow["unit"];

  /** A unit row's money (a SUBTOTAL's cached result, or typed): the sum of the unit's rows below, checked as a
   *  subtotal's is (subtotal-mismatch), never counted itself. */
  private openUnitSum(row: number): void {
    this.closeUnitSum();
    const col = this.table.columns.budget;
    const amount = col === undefined ? null : (this.budget(row)?.amount ?? null);
    if (col === undefined || amount === null) return;
    this.unitSum = this.pushSubtotal(row, col, amount, this.plan.rows.length, this.plan.rows.length);
  }

  private closeUnitSum(): void {
    if (this.unitSum) this.unitSum.end = this.plan.rows.length;
    this.unitSum = null;
    this.unit = undefined;
    this.unitHoldsAreas = false;
  }

  /**
   * A unit row opens the unit of the rows below it. One right above an area (a plan compiled unit first) holds areas:
   * it runs to the next unit row, across its areas and their subtotals. Else one right under a result (or beside
   * another unit opened there) sits inside that result and ends at the next result, and one under an area ends at
   * the next area. Either way its rows start afresh where it sits: its first task is never the last unit's result's.
   */
  private openUnit(row: number, name: string): void {
    const next = this.nextLevel(row);
    const holds = next === "area";
    // Inside the result above only where its rows are that result's activities: a unit whose rows are results of
    // their own (a Tổng hợp of tasks numbered 3.1, 3.2) sits under the area, as the unit before it did.
    const inside = next === "activity" && this.result !== null && (this.plan.rows.length - 1 === this.result.index || this.unit?.under === this.result.index);
    this.openUnitSum(row);
    if (!inside) this.result = null;
    if (holds) this.area = null;
    this.unit = { name, row: row + 1, under: inside ? this.result!.index : holds ? null : (this.area?.index ?? null) };
    this.unitHoldsAreas = holds;
    this.unitStart = this.plan.rows.length;
  }

  /** The open unit holds areas (openUnit). */
  private unitHoldsAreas = false;
  /** The index of the open unit's first plan row. */
  private unitStart = 0;

  /** The level the next row with text will be read at, or null where it holds no plan row. */
  private nextLevel(row: number): Level | null {
    for (let next = row + 1; next < this.end; next += 1) {
      if (this.facts(next).first === "") continue;
      const entries = this.entries(next);
      // Its level as it will be read: an area title with a lead or period typed is a task (rowNamesTaskFields).
      const reading = this.reading;
      this.reading = next;
      const level = entries.length > 0 ? this.levelOf(entries[0]) : null;
      this.reading = reading;
      return level;
    }
    return null;
  }

  /** What may be a unit row, before the table's levels are known: a "Đơn vị: …" row naming no money unit, or a
   *  body's name in capitals (bodyHeading), with nothing but money typed; its name, and whether it is labelled. */
  private unitCandidate(facts: RowFacts): { name: string; labelled: boolean } | null {
    // The cheap tests first: this runs on every row, before the table is read and as it is.
    if (facts.first === "") return null;
    const labelled = isUnitRowLabel(facts.first);
    const name = labelled ? unitRowName(facts.first) : this.bodyHeading(facts);
    if (name === null || unitLineExponent(facts.first) !== null || this.typedTaskFields(facts.row)) return null;
    return { name, labelled };
  }

  /** The unit a unit row names: "Đơn vị: SỞ TƯ PHÁP", or a body's name in capitals over the areas it holds; else null.
   *  Elsewhere, a body's name in capitals is a division's own section, or a task written in capitals. */
  unitName(facts: RowFacts): string | null {
    const candidate = this.unitCandidate(facts);
    return candidate && (candidate.labelled || this.nextLevel(facts.row) === "area") ? candidate.name : null;
  }

  /** A body's name in capitals alone in the row's text, numbered or not ("A", "SỞ TƯ PHÁP"; "B. UBND XÃ AN HẢI"), with
   *  nothing typed beside it, not even money (a task written in capitals keeps its money); else null. */
  private bodyHeading({ row, first, firstCol }: RowFacts): string | null {
    let text = first;
    if (firstCol === this.table.columns.number) {
      // A task's TT ("1.1") rules it out before its text is looked at: nearly every row, on every row's first test.
      if (!UNIT_TT.test(first)) return null;
      text = this.text(row, "content");
    }
    if (!MAYBE_HEADING.test(text)) return null;
    const name = text.replace(UNIT_NUMBERING, "");
    return isBodyHeading(name) && !this.typedFigures(row) ? name.replace(/\s+/g, " ") : null;
  }

  private count(kind: RowKind, row: number, skipped: boolean): void {
    this.kinds[kind] = (this.kinds[kind] ?? 0) + 1;
    if (skipped) this.skipped.push({ row: row + 1, kind });
  }

  private text(row: number, field: FieldKey): string {
    const col = this.table.columns[field];
    return col === undefined ? "" : this.view.text(row, col);
  }

  /**
   * The table's numbering shape. A compiled plan's unit rows numbered apart from the plan (I. SỞ Y TẾ, II. UBND XÃ …
   * over areas numbered 1, 2) are left out where they alone carry its Roman numerals or part letters: those number
   * the units, not the areas. A plan whose Roman sections are its divisions (I. VĂN PHÒNG SỞ, II. PHÒNG TỔ CHỨC CÁN
   * BỘ) keeps them as its areas.
   */
  private numberingShape(tryLevels: (shape: NumberingShape) => void): NumberingShape {
    const rows: number[] = [];
    // What follows the table's end ("III. TỔ CHỨC THỰC HIỆN", the signatures) says nothing of its numbering.
    for (let row = lastHeaderRow(this.table) + 1; row < this.end && !this.endsHere(row); row += 1) rows.push(row);
    const units = new Set(rows.filter((row) => this.unitCandidate(this.facts(row)) !== null));
    const sectionNumbers = (row: number) => this.entries(row).some((e) => e.numbering?.kind === "roman" || isPartLetter(e.numbering));
    const apart = units.size > 0 && rows.some((row) => units.has(row) && sectionNumbers(row)) && !rows.some((row) => !units.has(row) && sectionNumbers(row));
    if (!apart) return this.shapeOf(rows).shape;
    // Set apart only if, read so, one of them heads areas: A. VĂN PHÒNG SỞ over its tasks is the plan's own part.
    const trial = this.shapeOf(rows.filter((row) => !units.has(row)));
    tryLevels(trial.shape);
    if ([...units].some((row) => this.nextLevel(row) === "area")) return trial.shape;
    for (const numbering of trial.lettered) numbering.kind = "roman"; // the trial's reading of letter runs, undone
    return this.shapeOf(rows).shape;
  }

  /** The shape of the numbering of `rows`, and the Roman numerals it took for letters (a run H, I, K). */
  private shapeOf(rows: number[]): { shape: NumberingShape; lettered: Numbering[] } {
    const shape: NumberingShape = { romanAreas: false, letterParts: false, maxDepth: 0, letters: false };
    const singles: Numbering[] = [];
    let first: Numbering | null = null;
    for (const row of rows) {
      const entries = this.entries(row);
      for (let i = 0; i < entries.length; i += 1) {
        const numbering = entries[i].numbering;
        if (!numbering) continue;
        first ??= numbering;
        if (numbering.kind !== "arabic" && singleLetter(numbering)) singles.push(numbering);
        if (numbering.kind === "arabic") shape.maxDepth = Math.max(shape.maxDepth, numbering.depth);
      }
    }
    const lettered = resolveLetterRuns(singles);
    shape.romanAreas = rows.some((row) => this.entries(row).some((e) => e.numbering?.kind === "roman"));
    // A, B over 1, 2 or a), b): parts; A, B, C alone number a flat list.
    shape.letterParts = !shape.romanAreas && isPartLetter(first) && (shape.maxDepth > 0 || singles.some((n) => n.kind === "letter" && !isPartLetter(n)));
    shape.letters = singles.some((numbering) => numbering.kind === "letter" && !(shape.letterParts && isPartLetter(numbering)));
    return { shape, lettered };
  }

  /** The texts a row holds, each a plan row: a 5W1H or Đề cương row may carry a goal and a task side by side. */
  entries(row: number): Entry[] {
    const at = row - lastHeaderRow(this.table) - 1;
    return (this.entriesByRow[at] ??= this.readEntries(row));
  }

  private readEntries(row: number): Entry[] {
    const { goal: goalCol, content: contentCol, number: numberCol } = this.table.columns;
    const ttText = this.text(row, "number");
    const ttLabel = ttText ? readLabel(ttText) : null;
    const tt = ttLabel ? readNumbering(typedNumber(ttText, ttLabel.number)) : readNumbering(ttText);
    const entries: Entry[] = [];
    this.addEntry(entries, row, "goal", goalCol, tt, ttLabel ?? undefined);
    this.addEntry(entries, row, "content", contentCol, tt, ttLabel ?? undefined);
    // A label or a title typed in TT, or merged over TT and Nội dung: the text is the row's.
    if (entries.length === 0 && ttText && !(tt && !ttLabel) && !isPlaceholderNumber(ttText)) {
      const entry: Entry = { source: "content", text: ttText, numbering: tt ?? splitLeadingNumber(ttText).numbering, col: numberCol };
      if (ttLabel) {
        entry.level = ttLabel.level;
        entry.labelWord = ttLabel.word;
        if (ttLabel.level === "area") this.areaLabelWords.add(ttLabel.word);
      }
      entries.push(entry);
    }
    return entries;
  }

  private addEntry(entries: Entry[], row: number, source: "goal" | "content", col: number | undefined, tt: Numbering | null, label: { level: Level; word: string } | undefined): void {
    if (col === undefined) return;
    const text = this.view.text(row, col);
    // A cell holding only its numbering ("1.", "1.1.") is a blank form row waiting to be filled.
    if (!text || readNumbering(text)) return;
    const first = entries.length === 0;
    const numbering = first && tt ? tt : splitLeadingNumber(text).numbering;
    const entry: Entry = { source, text, numbering, col };
    const ownLabel = readLabel(text);
    if (first && label) {
      entry.level = label.level;
      entry.labelWord = label.word;
    } else if (ownLabel) {
      entry.level = ownLabel.level;
      entry.labelWord = ownLabel.word;
      // "Đầu ra 1.1: …" with TT empty: the label's number is the row's.
      entry.numbering ??= readNumbering(typedNumber(text, ownLabel.number));
    }
    if (entry.level === "area" && entry.labelWord) this.areaLabelWords.add(entry.labelWord);
    entries.push(entry);
  }

  /** The sheet row whose entry is being placed, where that entry carries the row's fields; -1 otherwise. */
  private reading = -1;

  private rowNamesTaskFields(): boolean {
    const row = this.reading;
    return row >= 0 && (this.text(row, "lead") !== "" || this.text(row, "period") !== "" || this.text(row, "assignment") !== "");
  }

  /** Each row's facts, found once: the numbering pass (where the table ends) and the reading pass both need them. */
  private readonly factsByRow: (RowFacts | undefined)[] = [];

  private facts(row: number): RowFacts {
    const at = row - lastHeaderRow(this.table) - 1;
    return (this.factsByRow[at] ??= this.findFacts(row));
  }

  private findFacts(row: number): RowFacts {
    for (let col = this.span[0]; col <= this.span[1]; col += 1) {
      const text = this.view.text(row, col);
      if (text) return { first: text, firstCol: col, reader: this, row };
    }
    return { first: "", firstCol: -1, reader: this, row };
  }

  private readRow(row: number): Outcome {
    const facts = this.facts(row);
    const test = ROW_TESTS.find((t) => t.test(facts)) ?? ROW_TESTS[ROW_TESTS.length - 1];
    if (test.kind === "breakdown") this.addBreakdown(row, facts.first);
    else this.breakdown = null;
    if (test.kind === "spacer") {
      if (this.hasRows) this.pendingSpacers.push(row);
      return "empty";
    }
    if (this.pendingSpacers.length > 0) {
      for (const spacer of this.pendingSpacers) this.count("spacer", spacer, true);
      this.pendingSpacers = [];
    }
    if (test.outcome === "read") return this.readPlanRows(row);
    this.count(test.kind, row, true);
    if (test.kind === "total") this.addSheetTotal(row);
    if (test.kind === "subtotal") this.addSubtotal(row);
    if (test.kind === "unit") this.openUnit(row, this.unitName(facts)!);
    if (test.kind === "continuation") this.joinAbove(row);
    return test.outcome;
  }

  /** The task whose money the rows since a "Trong đó:" break down, and whether their parts become its sources. */
  private breakdown: { task: number; sources: boolean; summed: boolean } | null = null;

  /** "Trong đó:" under a task, or, after one, a line naming part of its money: no number, lead or period of its own. */
  breakdownLine({ row, first }: RowFacts): boolean {
    // Asked of nearly every row: with no breakdown open, only a short "Trong đó:" can open one.
    const marker = first.length <= BREAKDOWN_MARKER_MAX && mayStartWith(first, BREAKDOWN_INITIALS) && BREAKDOWN_MARKER.test(fold(first));
    if (this.breakdown === null && !marker) return false;
    const tt = this.text(row, "number");
    if ((tt !== "" && !BULLET_ALONE.test(tt)) || this.typedTaskFields(row)) return false;
    if (marker) return this.lastTask() !== null;
    if (this.breakdown === null) return false;
    // A part is bulleted or carries money, and is never numbered: "2. Tập huấn …", "II. CẢI CÁCH …" are the plan's.
    const text = this.text(row, "content") || first;
    if (splitLeadingNumber(text).numbering || readLabel(text)) return false;
    return BULLET.test(text) || BULLET_ALONE.test(tt) || this.table.budgetColumns.some((b) => this.view.text(row, b.col) !== "");
  }

  /** The index of this table's last plan row, where it is a task (not an area); else null. */
  private lastTask(): number | null {
    const index = this.plan.rows.length - 1;
    const last = this.plan.rows[index];
    return last && last.table === this.tableIndex && last.level !== "area" ? index : null;
  }

  /** A breakdown's marker opens it; each line's money is one source of the task's (its own figure where it typed
   *  none), unless the task's sources come from source columns already. */
  private addBreakdown(row: number, first: string): void {
    if (this.breakdown === null) {
      const task = this.lastTask()!;
      const budget = this.plan.rows[task].budget;
      this.breakdown = { task, sources: budget?.sources === undefined, summed: budget?.amount == null };
      return;
    }
    const part = this.budget(row);
    const task = this.plan.rows[this.breakdown.task];
    if (!this.breakdown.sources || part?.amount == null || part.currency !== "VND") return;
    const source = { source: first.replace(BULLET, "").trim().replace(/\s*:\s*$/, ""), amount: part.amount, text: part.text };
    const budget = task.budget?.amount != null ? task.budget : { amount: 0, currency: "VND", text: "", ...(task.budget?.source ? { source: true } : {}) };
    // A task whose money is only in its parts: their sum is its figure.
    const amount = this.breakdown.summed ? (budget.amount ?? 0) + part.amount : budget.amount;
    task.budget = { ...budget, amount, sources: [...(budget.sources ?? []), source] };
  }

  /**
   * The row continues the task above it: its task cell is covered by a merge from the row that task was read from,
   * and it has no number, money or period of its own (a row with any of those is a task of its own, whatever is
   * merged over it: a "Nội dung" merged over tasks 1, 2 and 3 heads three tasks).
   */
  continuesAbove(row: number): boolean {
    const { columns } = this.table;
    const col = columns.content;
    if (col === undefined || !this.hasRows || this.view.text(row, col) !== "") return false;
    if (columns.number !== undefined && this.view.text(row, columns.number) !== "") return false;
    if (this.table.budgetColumns.some((b) => this.view.text(row, b.col) !== "")) return false;
    const periods = this.table.periodParts ? [this.table.periodParts.start, this.table.periodParts.end] : columns.period !== undefined ? [columns.period] : [];
    if (periods.some((period) => this.view.text(row, period) !== "")) return false;
    const merge = this.view.mergeAt(row, col);
    const task = this.plan.rows[this.plan.rows.length - 1];
    return merge !== undefined && merge.top < row && task !== undefined && task.level !== "area" && task.row === merge.top + 1;
  }

  /** What a continuation row holds in its own cells (a second partner under a task merged over two rows) joins the
   *  task above; cells the merges cover hold nothing of their own. */
  private joinAbove(row: number): void {
    const task = this.plan.rows[this.plan.rows.length - 1];
    if (!task) return;
    for (const field of JOINED_FIELDS) {
      const col = this.table.columns[field];
      if (col === undefined || this.view.mergeAt(row, col)) continue;
      const text = this.view.text(row, col);
      if (!text) continue;
      const before = task[field];
      task[field] = before ? `${before}; ${text}` : text;
    }
  }

  private readPlanRows(row: number): Outcome {
    let entries = this.entries(row);
    if (entries.length === 0) {
      entries = [{ source: "none", text: "", numbering: readNumbering(this.text(row, "number")), col: this.table.columns.content }];
    }
    for (let i = 0; i < entries.length; i += 1) this.addRow(row, entries[i], i === entries.length - 1);
    return "read";
  }

  repeatsHeader(row: number): boolean {
    return this.table.repeatRows?.includes(row) ?? false;
  }

  /** Only a row whose TT or content is a bare number can be the column numbers: task rows are ruled out at once. */
  columnNumbers(facts: RowFacts): boolean {
    if (!/^\(?\d{1,2}\)?$/.test(facts.first)) return false;
    const content = this.text(facts.row, "content");
    return (content === "" || /^\(?\d{1,2}\)?$/.test(content)) && isColumnNumberRow(this.view, facts.row, this.span[0], this.span[1]);
  }

  /** Anything typed in a figure column but the budget: a lead, a period, an output … */
  typedTaskFields(row: number): boolean {
    for (let i = 0; i < FIGURE_FIELDS.length; i += 1) if (FIGURE_FIELDS[i] !== "budget" && this.text(row, FIGURE_FIELDS[i]) !== "") return true;
    return false;
  }

  typedFigures(row: number): boolean {
    const budgetCol = this.table.columns.budget;
    // A formula-only budget (a blank form's SUBTOTAL) is not something the official typed.
    return this.typedTaskFields(row) || this.table.budgetColumns.some((b) => this.view.text(row, b.col) !== "" && !(b.col === budgetCol && this.view.formula(row, b.col)));
  }

  /** A row where the table ends whatever was read before it: its total, words line, signatures, next section. */
  private endsHere(row: number): boolean {
    const facts = this.facts(row);
    if (facts.first === "") return false;
    return this.isTotal(facts) || isWordsLine(facts.first) || isClosingText(facts.first) || this.documentSection(facts);
  }

  /** The table's grand total: a lone "Tổng" is one only where the table ends with it (one after each area, or above
   *  the Tổng cộng, is a group's subtotal). */
  isTotal(facts: RowFacts): boolean {
    if (!isTotalLabel(facts.first)) return false;
    return !isLoneTong(facts.first) || this.endsAfter(facts.row);
  }

  /** Whether nothing but blank rows, the words line, notes or the signatures follow `row` in the table. */
  private endsAfter(row: number): boolean {
    for (let next = row + 1; next < this.end; next += 1) {
      const { first } = this.facts(next);
      if (first === "") continue;
      return isWordsLine(first) || isClosingText(first) || isNoteLine(first);
    }
    return true;
  }

  /**
   * The plan document's next section ("III. TỔ CHỨC THỰC HIỆN"), in one cell or its Roman numeral in TT beside it, with
   * nothing in the row's figure columns: a task named "Chế độ báo cáo" with its lead, period or money is a task.
   */
  documentSection({ row, first, firstCol }: RowFacts): boolean {
    if (isDocumentSection(first)) return !this.typedFigures(row);
    if (first.length > 8 || !ROMAN_INITIALS.includes(first[0]) || readNumbering(first)?.kind !== "roman") return false;
    for (let col = firstCol + 1; col <= this.span[1]; col += 1) {
      const text = this.view.text(row, col);
      if (text) return isDocumentSection(text) && !this.typedFigures(row);
    }
    return false;
  }

  /**
   * After blank rows, a row with no numbering, label or figures whose text sits in TT, or spans the table, is the
   * document again ("Kế hoạch này …"), not a row.
   */
  textAfterTable(facts: RowFacts): boolean {
    if (this.emptyRun === 0 || !this.hasRows) return false;
    const { row, first, firstCol } = facts;
    if (readLabel(first) || splitLeadingNumber(first).numbering || readNumbering(first) || this.typedFigures(row)) return false;
    const merge = this.view.mergeAt(row, firstCol);
    const spans = merge !== undefined && merge.right >= this.span[1];
    return spans || (firstCol === this.table.columns.number && this.text(row, "content") === "");
  }

  private addSheetTotal(row: number): void {
    this.closeUnitSum();
    const col = this.table.columns.budget;
    if (col === undefined) return;
    const total: SheetTotal = {
      sheet: this.info.sheet,
      row: row + 1,
      cell: a1(row, col),
      amount: this.budget(row)?.amount ?? null,
      formula: this.view.formula(row, col),
      table: this.tableIndex,
    };
    const sources = this.table.budgetColumns.filter((column) => column.source !== null);
    if (sources.length > 0) {
      total.sources = sources.map((column) => {
        const budget = this.cells.budget(this.view.value(row, column.col), column.unit, column.currency);
        return { source: column.source as string, cell: a1(row, column.col), amount: budget?.currency === "VND" ? budget.amount : null };
      });
    }
    this.plan.sheetTotals.push(total);
  }

  private addSubtotal(row: number): void {
    // Unit first, a "Cộng" may close its area or its whole unit (Cộng I under I. SỞ Y TẾ): either sum is right.
    const unitFirst = this.unitHoldsAreas ? this.unitStart : undefined;
    if (!this.unitHoldsAreas) this.closeUnitSum();
    const col = this.table.columns.budget;
    const end = this.plan.rows.length;
    if (col !== undefined) {
      const subtotal = this.pushSubtotal(row, col, this.budget(row)?.amount ?? null, this.groupStart, end);
      if (unitFirst !== undefined) subtotal.unitFirst = unitFirst;
    }
    this.groupStart = end;
  }

  /** A sum row of `col` (a subtotal, a unit's row) compared with plan rows [first, end). */
  private pushSubtotal(row: number, col: number, amount: number | null, first: number, end: number): Subtotal {
    const subtotal: Subtotal = { sheet: this.info.sheet, row: row + 1, cell: a1(row, col), amount, table: this.tableIndex, first, end };
    (this.plan.subtotals ??= []).push(subtotal);
    return subtotal;
  }

  private levelOf(entry: Entry): Level {
    for (let i = 0; i < LEVEL_TESTS.length; i += 1) {
      const level = LEVEL_TESTS[i].level(entry, this.levels);
      if (level) return level;
    }
    return "activity";
  }

  private addRow(row: number, entry: Entry, carriesFields: boolean): void {
    this.reading = carriesFields ? row : -1;
    const level = this.levelOf(entry);
    const content = entry.text ? stripLabel(entry.text) : "";
    const index = this.plan.rows.length;
    const number = entry.numbering ? rowNumber(entry.numbering) : null;
    const planRow: PlanRow = {
      sheet: this.info.sheet,
      row: row + 1,
      level,
      number,
      content,
      area: null,
      budget: null,
      period: null,
      cells: {},
      table: this.tableIndex,
      parent: null,
      placeholder: entry.text !== "" && isPlaceholderText(entry.text),
    };
    this.count(planRow.placeholder ? "placeholder" : level, row, false);
    if (entry.col !== undefined) planRow.cells[entry.source === "goal" ? "goal" : "content"] = a1(row, entry.col);
    this.placeInTree(planRow, index, content, entry.source === "content" ? bulletOf(this.text(row, "number"), entry.text) : null);
    if (this.unit) planRow.unit = this.unit;
    planRow.area = this.rowArea(row) ?? planRow.area;
    // A worked example's figures show how to write them: no money, no period to draw.
    if (carriesFields && !isExampleText(entry.text)) this.readFields(row, planRow);
    else this.markFieldsAbsent(planRow);
    // Only the 5W1H "Mục tiêu" column states goals; Đề cương's "Nhiệm vụ chung" are general tasks.
    if (this.table.form === "5w1h") planRow.goal = level === "area" ? null : (this.result?.goal ?? null);
    this.plan.rows.push(planRow);
  }

  private placeInTree(planRow: PlanRow, index: number, content: string, bullet: Bullet | null): void {
    if (planRow.level === "area") {
      if (!this.unitHoldsAreas) this.closeUnitSum();
      const title = matchArea(content, this.levels.preset) ?? content;
      this.area = { index, title };
      this.result = null;
      this.groupStart = index;
    } else if (planRow.level === "result") {
      // A unit opened inside a result ends at the next one.
      if (this.unit && this.unit.under === this.result?.index) this.closeUnitSum();
      planRow.parent = this.area?.index ?? null;
      this.result = { index, goal: content };
    } else if (bullet === "+" && this.dashed !== null && planRow.level === "activity") {
      planRow.parent = this.dashed;
    } else {
      planRow.parent = this.result?.index ?? this.area?.index ?? null;
    }
    if (bullet !== "+") this.dashed = bullet === "-" && planRow.level === "activity" ? index : null;
    planRow.area = this.area?.title ?? null;
  }

  /** A goal row that shares its sheet row with a task: the figures belong to the task. */
  private markFieldsAbsent(planRow: PlanRow): void {
    for (let i = 0; i < TEXT_FIELDS.length; i += 1) if (this.hasColumn(TEXT_FIELDS[i])) planRow[TEXT_FIELDS[i]] = null;
  }

  private hasColumn(field: TextField): boolean {
    const { columns } = this.table;
    if (field === "lead" || field === "partners") return columns[field] !== undefined || columns.assignment !== undefined;
    return columns[field] !== undefined;
  }

  private readFields(row: number, planRow: PlanRow): void {
    const { columns } = this.table;
    const { cells } = planRow;
    // Each field by name, in TEXT_FIELDS' order: a property read and written under a name held in a variable is a
    // slow keyed access in every row, before the code is optimized and after.
    if (columns.output !== undefined) [planRow.output, cells.output] = this.field(row, "output", columns.output);
    if (columns.indicator !== undefined) [planRow.indicator, cells.indicator] = this.field(row, "indicator", columns.indicator);
    if (columns.verification !== undefined) [planRow.verification, cells.verification] = this.field(row, "verification", columns.verification);
    if (columns.method !== undefined) [planRow.method, cells.method] = this.field(row, "method", columns.method);
    if (columns.note !== undefined) [planRow.note, cells.note] = this.field(row, "note", columns.note);
    if (columns.lead !== undefined) [planRow.lead, cells.lead] = this.field(row, "lead", columns.lead);
    if (columns.partners !== undefined) [planRow.partners, cells.partners] = this.field(row, "partners", columns.partners);
    if (columns.assignment !== undefined && columns.lead === undefined) this.readAssignment(row, columns.assignment, planRow);
    else if (planRow.lead?.includes(":") && LABELLED_ASSIGNMENT.test(planRow.lead)) this.splitLead(planRow);
    if (columns.budget !== undefined) {
      planRow.budget = this.budget(row);
      planRow.cells.budget = a1(row, columns.budget);
    }
    if (columns.period !== undefined) {
      planRow.period = this.period(row);
      planRow.cells.period = a1(row, columns.period);
    }
  }

  /**
   * The area a Lĩnh vực column names for the row (a flat list), as the preset titles it; null where none. A column
   * none of whose cells names a programme area ("Lĩnh vực: Đất đai, Hộ tịch", a sector) is no area column.
   */
  private rowArea(row: number): string | null {
    const col = this.table.columns.area;
    if (col === undefined) return null;
    const column = (this.areaColumn ??= this.readAreaColumn(col));
    if (!column.namesAreas) return null;
    const text = this.resolved("area", this.view.text(row, col) || (column.mergedDown.get(row) ?? ""));
    return text ? (matchArea(text, this.levels.preset) ?? text) : null;
  }

  private areaColumn: { namesAreas: boolean; mergedDown: Map<number, string> } | undefined;

  /** Whether the column names programme areas, and the text of each cell under a merged one (typed once, merged
   *  down), found in one pass over the sheet's merges. */
  private readAreaColumn(col: number): { namesAreas: boolean; mergedDown: Map<number, string> } {
    const first = lastHeaderRow(this.table) + 1;
    let namesAreas = false;
    for (let row = first; row < this.end && !namesAreas; row += 1) {
      const text = this.view.text(row, col);
      namesAreas = text !== "" && matchArea(text, this.levels.preset) !== null;
    }
    const mergedDown = new Map<number, string>();
    for (const merge of this.view.grid.merges ?? []) {
      if (merge.left > col || merge.right < col || merge.bottom <= merge.top) continue;
      const text = this.view.text(merge.top, merge.left);
      for (let row = Math.max(merge.top + 1, first); row <= Math.min(merge.bottom, this.end - 1); row += 1) mergedDown.set(row, text);
    }
    return { namesAreas, mergedDown };
  }

  /** A text field's value (ditto marks resolved) and cell. */
  private field(row: number, field: TextField, col: number): [string | null, string] {
    return [this.resolved(field, this.view.text(row, col)), a1(row, col)];
  }

  /** Ditto marks ("nt", "như trên") take the value of the row above in the same column. */
  private resolved(field: string, text: string): string | null {
    if (!text) return null;
    if (isDitto(text)) return this.lastText.get(field) ?? text;
    this.lastText.set(field, text);
    return text;
  }

  /** "Chủ trì: Sở Nội vụ; Phối hợp: các sở" typed in the lead column: the lead, and the partners where no column of
   *  theirs says otherwise (the cell is the partners' cell then). */
  private splitLead(planRow: PlanRow): void {
    const { lead, partners } = this.cells.assignment(planRow.lead!);
    planRow.lead = lead;
    if (partners && !planRow.partners) {
      planRow.partners = partners;
      planRow.cells.partners = planRow.cells.lead;
    }
  }

  private readAssignment(row: number, col: number, planRow: PlanRow): void {
    const text = this.resolved("assignment", this.view.text(row, col));
    const { lead, partners } = this.cells.assignment(text ?? "");
    planRow.lead = lead;
    planRow.partners = partners;
    planRow.cells.lead = a1(row, col);
    planRow.cells.partners = a1(row, col);
  }

  /** A figure a formula computed (a form's SUBTOTAL) was not typed, so it is no envelope. */
  private withFormula(budget: Budget | null, row: number, col: number): Budget | null {
    if (budget && this.view.formula(row, col)) budget.formula = true;
    return budget;
  }

  /** The row's money, and where a Nguồn kinh phí column stands beside it, the source it names. */
  private budget(row: number): Budget | null {
    const money = this.money(row);
    const col = this.table.sourceNameCol;
    return col === undefined ? money : this.withSourceName(money, this.view.text(row, col));
  }

  /**
   * The source a row's Nguồn kinh phí cell names: its money's source (the total by source then has it), or, where no
   * figure is typed, the row's budget as that source alone ("Kinh phí thường xuyên": funded, nothing to add).
   */
  private withSourceName(money: Budget | null, name: string): Budget | null {
    if (!name) return money;
    if (money === null) {
      const named = this.cells.budget(name, 1, "VND");
      return named && (named.source || named.amount === 0) ? named : null;
    }
    if (money.amount === null || money.sources || money.currency !== "VND") return money;
    return { ...money, sources: [{ source: name, amount: money.amount, text: money.text }] };
  }

  /** The row's money: one column in its unit, or the sum of its funding-source columns (each kept in sources). */
  /** A money cell, a ditto mark under a source named in words ("Kinh phí thường xuyên", then "nt") being that source;
   *  under a figure it stays as typed (the same money again, or the money above covering it?), and is asked for. */
  private sourceDitto(row: number, col: number): CellValue {
    const value = this.view.value(row, col);
    if (typeof value !== "string" || !isDitto(value)) return value;
    const known = this.dittoSources.get(row);
    if (known !== undefined) return known;
    let resolved: CellValue = value;
    for (let above = row - 1; above > lastHeaderRow(this.table); above -= 1) {
      const text = this.view.value(above, col);
      if (text === null || text === "") continue;
      // A run of "nt": the one above was resolved already, as rows are read in order.
      if (typeof text === "string" && isDitto(text)) {
        const before = this.dittoSources.get(above);
        if (before === undefined) continue;
        resolved = before;
        break;
      }
      const budget = typeof text === "string" ? this.cells.budget(text, 1, "VND") : null;
      if (budget?.source && budget.amount === null) resolved = text;
      break;
    }
    this.dittoSources.set(row, resolved);
    return resolved;
  }

  /** Each ditto mark's money cell as resolved (sourceDitto), by row. */
  private readonly dittoSources = new Map<number, CellValue>();

  private money(row: number): Budget | null {
    const columns = this.table.budgetColumns;
    const main = columns[0];
    if (columns.length === 1) return this.withFormula(this.cells.budget(this.sourceDitto(row, main.col), main.unit, main.currency), row, main.col);
    const total = main.source === null ? this.withFormula(this.cells.budget(this.view.value(row, main.col), main.unit, main.currency), row, main.col) : null;
    const sources: NonNullable<Budget["sources"]> = [];
    let sum: number | null = null;
    let allNumbers = true;
    for (let i = 0; i < columns.length; i += 1) {
      const column = columns[i];
      if (column.source === null) continue;
      const value = this.view.value(row, column.col);
      const budget = this.cells.budget(value, column.unit, column.currency);
      if (!budget) continue;
      if (typeof value !== "number") allNumbers = false;
      sources.push({ source: column.source, amount: budget.amount, text: budget.text, ...(budget.currency !== "VND" ? { currency: budget.currency } : {}) });
      if (budget.amount !== null && budget.currency === "VND") sum = (sum ?? 0) + budget.amount;
    }
    if (total) return sources.length > 0 ? { ...total, sources } : total;
    if (sources.length === 0) return null;
    const text = allNumbers && sum !== null ? String(sum) : sources.map((s) => s.text).join("; ");
    if (sum !== null) return { amount: sum, currency: "VND", text, sources };
    // No đồng at all: a row funded by a grant in dollars alone has that grant as its money; one funded in several
    // foreign currencies has no one amount, and each source keeps its own (totalled apart, flagged by budget-currency).
    const foreign = oneForeignSum(sources);
    if (foreign) return { ...foreign, text, sources };
    const inForeign = sources.some((s) => s.amount !== null && s.currency !== undefined);
    return inForeign ? { amount: null, currency: "VND", text, sources } : { amount: null, currency: "VND", text, unparsed: true, sources };
  }

  private period(row: number): Period | null {
    if (this.table.periodMarks) return this.ganttPeriod(row, this.table.periodMarks);
    const parts = this.table.periodParts;
    if (!parts) {
      const period = this.periodCell(row, this.table.columns.period as number, "period");
      // "Thời hạn hoàn thành: 30/6/2026" is when the task is due, not a day it runs.
      const oneDay = period?.kind === "range" && period.start === period.end;
      return oneDay && this.dueColumn ? { kind: "deadline", end: period.end, text: period.text } : period;
    }
    const start = this.periodCell(row, parts.start, "start");
    const end = this.periodCell(row, parts.end, "end");
    if (!start || !end) return start ? fromStart(start, this.plan.year) : end && untilEnd(end);
    const text = `${start.text} – ${end.text}`;
    const first = start.start ?? start.end;
    const last = end.end ?? end.start;
    if (first && last && first <= last) return { kind: "range", start: first, end: last, text };
    const kind = start.kind === "placeholder" || end.kind === "placeholder" ? "placeholder" : "unparsed";
    return { kind, text };
  }

  /** A Gantt row's period: the months marked, or the text merged across its month columns ("Thường xuyên"). */
  private ganttPeriod(row: number, marks: NonNullable<FoundTable["periodMarks"]>): Period | null {
    const marked = marks.filter(({ col }) => isMark(this.view.text(row, col)));
    const merge = marked.length > 0 ? this.view.mergeAt(row, marked[0].col) : undefined;
    const across = merge !== undefined && marks.filter(({ col }) => col >= merge.left && col <= merge.right).length > 1;
    if (across && this.view.text(row, marked[0].col).length > 2) return this.periodCell(row, marked[0].col, "period");
    // One cell holding a period of its own ("Thường xuyên" typed in T1 alone): that period, where it reads as one.
    if (marked.length === 1 && this.view.text(row, marked[0].col).length > 2) {
      const typed = this.periodCell(row, marked[0].col, "period");
      if (typed && typed.kind !== "unparsed" && typed.kind !== "placeholder") return typed;
    }
    return markedPeriod(marked, this.plan.year);
  }

  /** A period cell as the official sees it: a date shown as a month ("Jun-26", "06/2026") is that month, not its
   *  first day; one shown as a year, that year; a day shown without its year ("15/11"), that day of the plan's year. */
  private asShown(row: number, col: number): CellValue {
    const value = this.view.value(row, col);
    if (!(value instanceof Date)) return value;
    const day = value.getUTCDate();
    const month = value.getUTCMonth() + 1;
    const year = value.getUTCFullYear();
    switch (this.view.dateShows(row, col)) {
      case "month":
        return `${month}/${year}`;
      case "year":
        return String(year);
      case "day-month":
        return `${day}/${month}`;
      default:
        return value;
    }
  }

  private periodCell(row: number, col: number, key: string): Period | null {
    let value = this.asShown(row, col);
    const dittoKey = `period:${key}`;
    if (typeof value === "string" && isDitto(value)) value = key === "period" ? this.lastPeriod : (this.lastParts.get(dittoKey) ?? value);
    else if (value !== null && value !== "") {
      if (key === "period") this.lastPeriod = value;
      // A date cell too: "nt" under 01/07/2026 is that date.
      else this.lastParts.set(dittoKey, value);
    }
    return this.cells.period(value, this.plan.year);
  }

  /** Columns read as nothing that hold text in the table's rows: unread-column names them. */
  private markUnreadContent(): void {
    // A Tổng hợp's Đơn vị and Nguồn columns are the merge's trace of each row, read by no field and asked for by none.
    const trace = mergeTraceColumns(this.table.reading.map((column) => column.header));
    const unread = this.table.reading.filter((column, i) => (column.field === null || column.duplicate) && !trace.has(i));
    if (unread.length === 0) return;
    const readRows = new Set(this.plan.rows.filter((r) => r.table === this.tableIndex).map((r) => r.row - 1));
    for (const column of unread) {
      for (const row of readRows) {
        if (this.view.text(row, column.col) !== "") {
          column.hasContent = true;
          break;
        }
      }
    }
  }
}

/** The number of a label as typed ("Lĩnh vực I" → "I"; the label was read folded, in lower case). */
function typedNumber(text: string, folded: string): string {
  const at = text.toLowerCase().indexOf(folded);
  return at >= 0 ? text.slice(at, at + folded.length) : folded;
}

/** The number a row shows: "1.1." → "1.1", "(a)" → "a". Sliced, not replaced: an end-anchored regex would try every
 *  position of the text, on every row. */
function rowNumber(numbering: Numbering): string {
  const { text } = numbering;
  let end = text.length;
  while (end > 0 && (text[end - 1] === "." || text[end - 1] === ")")) end -= 1;
  return text.slice(text.startsWith("(") ? 1 : 0, end);
}

/** "1.", "1.1…" alone in TT: a form row's number, not a title. */
function isPlaceholderNumber(text: string): boolean {
  return /^\d{1,3}(\.\d{1,3})*\.?\s*(…|\.{2,})?$/.test(text);
}

/** "A", "B.", "C)": an upper-case letter, as parts of a plan are lettered (a, b, c number the items of a task). */
function isPartLetter(numbering: Numbering | null | undefined): boolean {
  if (numbering?.kind !== "letter") return false;
  const letter = numbering.text.replace(/^\(/, "")[0];
  return letter !== letter.toLowerCase();
}

/**
 * A lone i, v, x, l or c reads as Roman unless its neighbours make it a letter: "c" after "b", or before "d", is the
 * third of a run a, b, c. Resolved in sheet order, so a resolved letter helps the next one.
 */
function resolveLetterRuns(singles: Numbering[]): Numbering[] {
  const changed: Numbering[] = [];
  for (let i = 0; i < singles.length; i += 1) {
    const numbering = singles[i];
    if (numbering.kind !== "roman") continue;
    const letter = singleLetter(numbering) as string;
    const previous = singles[i - 1];
    const next = singles[i + 1];
    const afterLetter = previous?.kind === "letter" && followsInAlphabet(singleLetter(previous) as string, letter);
    const beforeLetter = next !== undefined && next.kind === "letter" && followsInAlphabet(letter, singleLetter(next) as string);
    if (afterLetter || beforeLetter) {
      numbering.kind = "letter";
      changed.push(numbering);
    }
  }
  return changed;
}

const LEAD_LABEL = labelPattern(LEAD_LABELS);
const PARTNER_LABEL = labelPattern(PARTNER_LABELS);
/** A lead cell that labels its bodies ("Chủ trì: …", "- Phối hợp: …" on a line of its own). */
const LABELLED_ASSIGNMENT = new RegExp(`(?:^|[\\n;])\\s*(?:[-+•]\\s*)?(?:${[...LEAD_LABELS, ...PARTNER_LABELS].map(accentInsensitive).join("|")})\\s*:`, "iu");
const SPLIT_BEFORE_LABEL = new RegExp(`\\n|;(?=\\s*(?:[-+•]\\s*)?(?:${[...PARTNER_LABELS, ...LEAD_LABELS].map(accentInsensitive).join("|")}))`, "iu");

/** "Phòng Tổ chức cán bộ chủ trì, phối hợp với Văn phòng Sở": the roles in a sentence. */
const ROLE_SENTENCE = new RegExp(`^([^,;\\n(]+?)\\s+${accentInsensitive("chu tri")}\\s*[,;]\\s*${accentInsensitive("phoi hop")}(?:\\s+${accentInsensitive("voi")})?\\s*:?\\s+(.+)$`, "iu");
/** "Phòng Tổ chức cán bộ chủ trì" alone. */
const LEAD_SENTENCE = new RegExp(`^([^,;\\n(]+?)\\s+${accentInsensitive("chu tri")}\\.?$()`, "iu");
/** "(chủ trì)", "(phối hợp)" after a body. */
const BRACKETED_ROLE = new RegExp(`\\(\\s*(?:${accentInsensitive("chu tri")}|${accentInsensitive("phoi hop")})\\s*\\)`, "iu");
const BRACKETED_PARTNER = new RegExp(`\\(\\s*${accentInsensitive("phoi hop")}\\s*\\)`, "iu");

/** "Văn phòng Sở (chủ trì); các phòng (phối hợp)": each part's bracket says its role; a part with none leads first. */
function splitBracketedRoles(text: string): { lead: string | null; partners: string | null } {
  const lead: string[] = [];
  const partners: string[] = [];
  // "Văn phòng (chủ trì), Phòng Tư pháp (phối hợp)": a comma after a role's bracket ends a part too.
  const parts = text.replace(/(\([^)]*\))\s*,/g, "$1;").split(/[;\n]/);
  for (const part of parts.map((p) => p.replace(/^\s*[-+•*]\s*/, "").trim()).filter(Boolean)) {
    const body = part.replace(BRACKETED_ROLE, "").replace(/\s+/g, " ").trim();
    (BRACKETED_PARTNER.test(part) || (!BRACKETED_ROLE.test(part) && lead.length > 0) ? partners : lead).push(body);
  }
  return { lead: lead.join("; ") || null, partners: partners.join("; ") || null };
}

/** "Chủ trì:", "Chu tri:", "CHỦ TRÌ -" at the start of a line: accents optional. */
function labelPattern(labels: readonly string[]): RegExp {
  const words = [...labels].sort((a, b) => b.length - a.length).map(accentInsensitive).join("|");
  return new RegExp(`^(?:${words})\\s*[:：-]?\\s*`, "iu");
}

/** "- Chủ trì: VP. Sở\n- Phối hợp: Trung tâm CNTT" → lead and partners. Unlabelled: the first line leads. */
export function splitAssignment(text: string): { lead: string | null; partners: string | null } {
  const worded = ROLE_SENTENCE.exec(text) ?? LEAD_SENTENCE.exec(text);
  if (worded) return { lead: worded[1].trim(), partners: worded[2]?.trim() || null };
  if (BRACKETED_ROLE.test(text)) return splitBracketedRoles(text);
  const lines = text
    .split(SPLIT_BEFORE_LABEL)
    .map((line) => line.replace(/^\s*[-+•*]\s*/, "").trim())
    .filter(Boolean);
  const lead: string[] = [];
  const partners: string[] = [];
  let unlabelled = 0;
  for (const line of lines) {
    if (PARTNER_LABEL.test(line)) partners.push(line.replace(PARTNER_LABEL, "").trim());
    else if (LEAD_LABEL.test(line)) lead.push(line.replace(LEAD_LABEL, "").trim());
    else (unlabelled++ === 0 && lead.length === 0 ? lead : partners).push(line);
  }
  const join = (parts: string[]) => (parts.filter(Boolean).length > 0 ? parts.filter(Boolean).join("; ") : null);
  return { lead: join(lead), partners: join(partners) };
}

/** The sum of sources all in one foreign currency, or null (none stated, or several currencies). */
function oneForeignSum(sources: NonNullable<Budget["sources"]>): { amount: number; currency: string } | null {
  const stated = sources.filter((s) => s.amount !== null && s.currency !== undefined);
  const currency = stated[0]?.currency;
  if (currency === undefined || stated.some((s) => s.currency !== currency)) return null;
  return { amount: stated.reduce((sum, s) => sum + (s.amount ?? 0), 0), currency };
}
