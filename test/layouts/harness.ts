// The layouts suite's shapes: a plan table built in code, the facts expected of it (worked out by hand from the
// domain brief before the reader was run on it), and the check that lists every fact that does not hold.
import { analyze, type Analysis } from "../../src/core/analyze";
import type { CellRange, CellValue, FieldKey, FormKind, ReadingCorrection, RowKind, SheetGrid } from "../../src/core/types";

/** What a layout exercises; every capability of issue 7 appears in at least two layouts. */
export type Capability =
  | "header-words" // qualifiers, "A/B", "A, B", most specific wording
  | "unknown-header" // a header that maps to nothing keeps its text (unread-column)
  | "multi-row-header" // two or three header rows, parents merged over sub-columns
  | "period-parts" // Thời gian over start / end
  | "budget-sources" // Kinh phí over funding sources
  | "responsibility-parent" // Trách nhiệm / Phân công / Cơ quan thực hiện over lead / partners
  | "letter-row" // 5W1H letters under the header
  | "column-numbers" // 1 2 3 / (1) (2) under the header
  | "unit-header" // a unit in the budget header
  | "unit-line" // ĐVT: / Đơn vị tính: / Đơn vị: above the table
  | "decimals" // 2,5 in a triệu column, exactly
  | "subtotal" // Cộng, Cộng lĩnh vực I, Tiểu cộng: never counted, compared
  | "end-total" // the table ends at its grand total
  | "end-words" // … or at its words line
  | "end-text" // … or at non-table text after blank rows
  | "label-in-tt" // a label in TT, or merged over TT and Nội dung
  | "letter-run" // a, b, c, d as letters; I, II, V as Roman
  | "goals" // Mục tiêu: / Mục đích / a goal column
  | "period-idioms" // a period inside a sentence, a month range without year, Quí
  | "amount-idioms" // spaces or NBSP grouping, trailing đ / đồng
  | "ditto" // nt, như trên
  | "assignment-labels" // Chủ trì: / Phối hợp: split, accents or not
  | "repeated-header" // the header again on a new page
  | "unit-rows"; // a compiled plan's "Đơn vị: …" rows, and a merge's report sheets beside it

export interface Expect {
  /** Every plan row, in order: "sheetRow:level:number" (number "-" where none). */
  rows?: string[];
  headerRows?: number[];
  /** Column letter → field (null: not read). */
  columns?: Record<string, FieldKey | null>;
  /** Sheet row → the budget amount of the row's last plan row (null for none). */
  amounts?: Record<number, number | null>;
  /** Sheet row → how many funding sources the row's budget keeps. */
  sources?: Record<number, number>;
  /** Sheet row → [start, end] (ISO), or [null, end] for a deadline. */
  periods?: Record<number, [string | null, string]>;
  lead?: Record<number, string | null>;
  partners?: Record<number, string | null>;
  /** Sheet row → the content of its first plan row (labels stripped). */
  content?: Record<number, string>;
  /** Sheet row → the area of its last plan row. */
  area?: Record<number, string | null>;
  /** Sheet row → the unit (a compiled plan's unit row above it) of its last plan row. */
  unit?: Record<number, string | null>;
  total?: number;
  byArea?: Record<string, number>;
  /** The total split by funding source in order of first appearance, "(none)" for what no source column holds. */
  bySource?: [string, number][];
  /** Money in other currencies, totalled apart. */
  otherCurrencies?: { currency: string; amount: number }[];
  /** "rule@cell" (or "rule@plan") findings that must be there. */
  fires?: string[];
  /** Rules that must not fire at all. */
  silent?: string[];
  /** The rows read as no plan row, and why: [sheetRow, kind]. */
  skipped?: [number, RowKind][];
  tables?: number;
  /** The form the first table is read as. */
  form?: FormKind;
  /** How many goals are stated above the table (general and specific). */
  goals?: number;
  year?: number;
}

export interface Layout {
  name: string;
  /** Written after the reader, from plan shapes the code was not tuned on (expectations still fixed before the first run). */
  unseen?: boolean;
  covers: Capability[];
  sheets: SheetGrid[];
  year?: number;
  corrections?: ReadingCorrection[];
  expect: Expect;
}

/** "A5:B6" → 0-based rectangle. */
export function range(a1: string): CellRange {
  const [from, to = from] = a1.split(":");
  const cell = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m) throw new Error(ref);
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(m[2]) - 1, col };
  };
  const a = cell(from);
  const b = cell(to);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

export function sheet(
  values: CellValue[][],
  options: { name?: string; merges?: string[]; formulas?: Record<string, string>; originRow?: number; originCol?: number; hiddenCols?: string[] } = {},
): SheetGrid {
  const grid: SheetGrid = { name: options.name ?? "Kế hoạch", values, merges: (options.merges ?? []).map(range) };
  // Hidden columns by letter, as a file reader reports them.
  if (options.hiddenCols) grid.hiddenCols = options.hiddenCols.map((letter) => ({ first: range(`${letter}1`).left, last: range(`${letter}1`).left }));
  if (options.originRow) grid.originRow = options.originRow;
  if (options.originCol) grid.originCol = options.originCol;
  if (options.formulas) {
    const formulas: (string | null)[][] = values.map((row) => row.map(() => null));
    for (const [ref, formula] of Object.entries(options.formulas)) {
      const { top, left } = range(ref);
      (formulas[top - (grid.originRow ?? 0)] ??= [])[left - (grid.originCol ?? 0)] = formula;
    }
    grid.formulas = formulas;
  }
  return grid;
}

export const date = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export interface Verdict {
  facts: number;
  failures: string[];
}

function fact(verdict: Verdict, name: string, actual: unknown, expected: unknown): void {
  verdict.facts += 1;
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    verdict.failures.push(`${name}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export function run(layout: Layout): Analysis {
  return analyze(layout.sheets, { year: layout.year, corrections: layout.corrections });
}

/** Every expected fact, checked one by one. */
export function verify(layout: Layout, analysis: Analysis = run(layout)): Verdict {
  const { plan, findings, totals } = analysis;
  const e = layout.expect;
  const v: Verdict = { facts: 0, failures: [] };
  const rowsAt = (row: number) => plan.rows.filter((r) => r.row === row);
  const last = (row: number) => rowsAt(row)[rowsAt(row).length - 1];
  const table = plan.tables[0];
  if (e.rows) {
    const actual = plan.rows.map((r) => `${r.row}:${r.level}:${r.number ?? "-"}`);
    e.rows.forEach((row, i) => fact(v, `row ${i + 1}`, actual[i], row));
    fact(v, "row count", actual.length, e.rows.length);
  }
  if (e.headerRows) fact(v, "header rows", table?.headerRows, e.headerRows);
  if (e.tables !== undefined) fact(v, "tables", plan.tables.length, e.tables);
  if (e.form !== undefined) fact(v, "form", plan.tables[0]?.form, e.form);
  for (const [letter, field] of Object.entries(e.columns ?? {})) {
    const column = table?.reading?.find((c) => c.letter === letter);
    fact(v, `column ${letter}`, column ? (column.duplicate ? null : column.field) : "absent", field);
  }
  for (const [row, amount] of Object.entries(e.amounts ?? {})) fact(v, `amount ${row}`, last(Number(row))?.budget?.amount ?? null, amount);
  for (const [row, count] of Object.entries(e.sources ?? {})) fact(v, `sources ${row}`, last(Number(row))?.budget?.sources?.length ?? 0, count);
  for (const [row, [start, end]] of Object.entries(e.periods ?? {})) {
    const period = last(Number(row))?.period;
    fact(v, `period ${row}`, [period?.start ?? null, period?.end ?? null], [start, end]);
  }
  for (const [row, lead] of Object.entries(e.lead ?? {})) fact(v, `lead ${row}`, last(Number(row))?.lead ?? null, lead);
  for (const [row, partners] of Object.entries(e.partners ?? {})) fact(v, `partners ${row}`, last(Number(row))?.partners ?? null, partners);
  for (const [row, content] of Object.entries(e.content ?? {})) fact(v, `content ${row}`, rowsAt(Number(row))[0]?.content, content);
  for (const [row, area] of Object.entries(e.area ?? {})) fact(v, `area ${row}`, last(Number(row))?.area ?? null, area);
  for (const [row, unit] of Object.entries(e.unit ?? {})) fact(v, `unit ${row}`, last(Number(row))?.unit?.name ?? null, unit);
  if (e.total !== undefined) fact(v, "total", totals.total, e.total);
  if (e.otherCurrencies) fact(v, "other currencies", totals.otherCurrencies, e.otherCurrencies);
  for (const [area, amount] of Object.entries(e.byArea ?? {})) fact(v, `byArea ${area}`, totals.byArea.find((a) => a.area === area)?.amount, amount);
  if (e.bySource) fact(v, "bySource", totals.bySource.map((s) => [s.source ?? "(none)", s.amount]), e.bySource);
  const keys = findings.map((f) => `${f.rule}@${f.cell ?? (f.row === null ? "plan" : f.row)}`);
  for (const key of e.fires ?? []) fact(v, `fires ${key}`, keys.includes(key), true);
  for (const rule of e.silent ?? []) fact(v, `silent ${rule}`, keys.filter((k) => k.startsWith(`${rule}@`)), []);
  if (e.skipped) fact(v, "skipped", plan.tables.flatMap((t) => (t.skipped ?? []).map((s) => [s.row, s.kind])), e.skipped);
  if (e.goals !== undefined) fact(v, "goals stated", plan.goals.general.length + plan.goals.specific.length, e.goals);
  if (e.year !== undefined) fact(v, "year", plan.year, e.year);
  return v;
}
