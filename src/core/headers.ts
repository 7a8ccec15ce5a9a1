// Finding plan tables by their header rows (domain brief §2, §2.5): any sheet, any row, any column order, up to
// three header rows with parents merged over sub-columns, matched by words after folding (vocabulary.ts).
import { foreignCurrencyIn } from "./amount";
import { yearsMentioned } from "./period";
import { cellText, columnLetters, escapeRegex, fold } from "./text";
import { convertLegacy, detectLegacy, hasUnicodeVietnamese, type LegacyEncoding } from "./legacy";
import type { CellRange, CellValue, CoarseDate, ColumnPart, ColumnReading, FieldKey, FormKind, ReadingCorrection, SheetGrid } from "./types";
import {
  BREAKDOWN_PARENTS,
  BUDGET_PARENTS,
  BUDGET_TOTAL_WORDS,
  byFirstWord,
  FOREIGN_CURRENCY_WORDS,
  FUNDING_SOURCE_WORDS,
  HEADER_LEFTOVER_WORDS,
  HEADER_QUALIFIERS,
  HEADER_WORDINGS,
  OPENING_QUALIFIERS,
  PERIOD_END_WORDS,
  PERIOD_PARENTS,
  PERIOD_START_WORDS,
  RESPONSIBILITY_PARENTS,
  UNIT_LINE_WORDS,
  CURRENCY_UNIT_WORDS,
  UNIT_STATEMENT_WORDS,
  UNIT_WORDS,
  W_LETTERS,
} from "./vocabulary";

export interface HeaderMatch {
  field: FieldKey;
  /** The folded wording matched ("kinh phi", "nhiem vu chung"). */
  wording: string;
  /** Multiplier for the money in a budget column: "(triệu đồng)" → 1,000,000; 1 where no unit is stated. */
  unit: number;
  /** Whether the header states a unit at all (a unit line above the table applies where it does not). */
  unitStated: boolean;
}

interface Wording {
  words: string[];
  field: FieldKey;
}

/** Wordings indexed by their first word, longest first: the most specific wording wins. */
const WORDINGS = (() => {
  const map = new Map<string, Wording[]>();
  for (const [field, list] of Object.entries(HEADER_WORDINGS) as [FieldKey, readonly string[]][]) {
    for (const wording of list) {
      const words = wording.split(" ");
      const entries = map.get(words[0]) ?? [];
      entries.push({ words, field });
      map.set(words[0], entries);
    }
  }
  for (const entries of map.values()) entries.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

const QUALIFIERS = byFirstWord(HEADER_QUALIFIERS);

/** First words a header may open with (a wording's or a qualifier's): a cell opening otherwise is no header. */
const FIRST_WORDS = new Set([...WORDINGS.keys(), ...OPENING_QUALIFIERS.map((q) => q.split(" ")[0])]);
/** Their initials: a cell opening with another ASCII letter, or a digit, is ruled out before folding. */
const FIRST_LETTERS = new Set([...FIRST_WORDS].map((word) => word.charCodeAt(0)));

const MAX_HEADER_CELL_LENGTH = 80;
const HAS_DIGIT = /\d/;
const BRACKETS = /\([^)]*\)/g;

function startsUnlikeHeader(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return true;
  const lower = code >= 0x41 && code <= 0x5a ? code + 32 : code;
  return lower >= 0x61 && lower <= 0x7a && !FIRST_LETTERS.has(lower);
}

/** Folded words of a header without brackets and punctuation: "Kết quả/Sản phẩm" → ["ket","qua","san","pham"]. */
export function headerWords(folded: string): string[] {
  const key = folded.replace(BRACKETS, " ").replace(/[^a-z0-9/ ]+/g, " ").replace(/\//g, " ").trim();
  return key ? key.split(/\s+/) : [];
}

function matchAt(words: string[], at: number, phrases: readonly { words: string[] }[] | string[][] | undefined): number {
  if (!phrases) return 0;
  for (const phrase of phrases) {
    const list = Array.isArray(phrase) ? phrase : phrase.words;
    if (list.every((word, i) => words[at + i] === word)) return list.length;
  }
  return 0;
}

/** The fields a header's words name, in order, with the length of each wording; null where too much is unexplained. */
function wordFields(words: string[]): { field: FieldKey; length: number; wording: string }[] | null {
  const found: { field: FieldKey; length: number; wording: string }[] = [];
  let leftover = 0;
  for (let at = 0; at < words.length; ) {
    const candidates = WORDINGS.get(words[at]);
    const wording = candidates?.find((c) => c.words.every((word, i) => words[at + i] === word));
    if (wording) {
      found.push({ field: wording.field, length: wording.words.length, wording: wording.words.join(" ") });
      at += wording.words.length;
      continue;
    }
    const qualifier = matchAt(words, at, QUALIFIERS.get(words[at]));
    if (qualifier > 0) {
      at += qualifier;
      continue;
    }
    leftover += 1;
    at += 1;
  }
  return found.length > 0 && leftover <= HEADER_LEFTOVER_WORDS ? found : null;
}

const MATCH_CACHE_LIMIT = 5_000;
/** Data cells repeat ("Các phòng chuyên môn", "Báo cáo"): each text is matched once per cache life. */
const matchCache = new Map<string, HeaderMatch | null>();

/** What a header cell names, or null. */
export function matchHeader(text: string): HeaderMatch | null {
  // Most data cells (task text, TT numbers, figures) are ruled out without a look-up: cached, their unique texts
  // would push the repeated ones out of the cache.
  if (surelyNoHeader(text)) return null;
  const cached = matchCache.get(text);
  if (cached !== undefined) return cached;
  const match = matchHeaderUncached(text);
  if (matchCache.size >= MATCH_CACHE_LIMIT) matchCache.clear();
  matchCache.set(text, match);
  return match;
}

/** The plan's year in a header ("Kinh phí năm 2026 (đồng)", "Kinh phí 2026"): a year, not a task's number. */
const HEADER_YEAR = /(?:^|\s)(?:19|20)\d{2}(?=$|[\s(,.:])/g;

/** Too long, opening unlike any header word, or numbered ("Hoạt động 1.1.1: …" has a number outside brackets, other
 *  than a year; no header wording does): decided without folding. */
function surelyNoHeader(text: string): boolean {
  if (!text || text.length > MAX_HEADER_CELL_LENGTH || startsUnlikeHeader(text)) return true;
  return HAS_DIGIT.test(text) && HAS_DIGIT.test(text.replace(BRACKETS, "").replace(HEADER_YEAR, " "));
}

function matchHeaderUncached(text: string): HeaderMatch | null {
  // Fold only the first word to rule a cell out: data cells repeat their first words, which the fold cache keeps.
  const firstWord = /^[a-z]+/.exec(fold(text.slice(0, text.search(/[\s(:/,]|$/))))?.[0];
  if (!firstWord || !FIRST_WORDS.has(firstWord)) return null;
  const { exponent, rest } = headerUnit(fold(text));
  const found = wordFields(headerWords(rest));
  if (!found) return null;
  const fields = new Set(found.map((f) => f.field));
  // "Chủ trì, phối hợp": one cell for both is a Phân công column.
  const main = fields.has("lead") && fields.has("partners") ? { field: "assignment" as FieldKey, wording: "chu tri phoi hop" } : mainField(found);
  return { field: main.field, wording: main.wording, unit: 10 ** (exponent ?? 0), unitStated: exponent !== null };
}

/** The longest wording; the first of equal ones ("Kết quả/Sản phẩm" → output, "Tiến độ/Thời gian" → period). */
function mainField(found: { field: FieldKey; length: number; wording: string }[]): { field: FieldKey; wording: string } {
  let best = found[0];
  for (const candidate of found) if (candidate.length > best.length) best = candidate;
  return best;
}

const unitPatterns = (units: typeof UNIT_WORDS) =>
  units.map(({ words, exponent }) => ({
    exponent,
    pattern: new RegExp(`(?:^|[\\s(\\[,:;/-])(?:${words.map(escapeRegex).join("|")})(?=$|[\\s)\\],.;/-])`),
  }));

const UNIT_PATTERNS = unitPatterns(UNIT_WORDS);
const CURRENCY_UNIT_PATTERNS = unitPatterns(CURRENCY_UNIT_WORDS);
/** "ĐVT:" or "đơn vị tính" inside a header, and what follows it. */
const UNIT_STATEMENT = new RegExp(`(?:^|[\\s(\\[,;/-])(?:${UNIT_STATEMENT_WORDS.map(escapeRegex).join("|")})\\s*:?\\s*(.*)$`);

/**
 * The unit a folded header names, as a power of ten of đồng, or null: in brackets ("Kinh phí (triệu đồng)",
 * "(triệu)"), after "ĐVT:", or outside brackets ("Kinh phí, triệu đồng", on the header's second line).
 */
export function unitExponent(folded: string): number | null {
  return headerUnit(folded).exponent;
}

/** The header's unit and its text without the unit's words (which are no field's words, nor unexplained ones). */
function headerUnit(folded: string): { exponent: number | null; rest: string } {
  for (const group of folded.match(BRACKETS) ?? []) {
    const inside = group.slice(1, -1).trim();
    // "(triệu)", "(đồng/năm)", "(triệu, NSNN)": a bare unit word alone before any separator.
    const exponent = wholeUnit(inside.split(/[,;/]/)[0].trim()) ?? statedUnit(inside)?.exponent ?? currencyUnit(inside)?.exponent;
    if (exponent !== undefined && exponent !== null) return { exponent, rest: folded };
  }
  const outside = folded.replace(BRACKETS, " ");
  const found = statedUnit(outside) ?? currencyUnit(outside);
  if (!found) return { exponent: null, rest: folded };
  return { exponent: found.exponent, rest: outside.slice(0, found.at) + " " + outside.slice(found.end) };
}

/** A text that is a unit word and nothing else: "triệu", "đ", "1.000 đ". */
function wholeUnit(text: string): number | null {
  for (const { words, exponent } of UNIT_WORDS) if (words.includes(text)) return exponent;
  return null;
}

/** "ĐVT: triệu", "đơn vị tính: đồng": any unit word after the words that announce one; the unit runs to the end. */
function statedUnit(text: string): { exponent: number; at: number; end: number } | null {
  const statement = UNIT_STATEMENT.exec(text);
  const exponent = statement ? unitIn(statement[1]) : null;
  return statement && exponent !== null ? { exponent, at: statement.index, end: text.length } : null;
}

/** A wording that names the currency ("triệu đồng", "tr.đ", "VNĐ"), anywhere among other words: a bare "ngàn" or
 *  "tỷ" there is some other word ("ngân sách" folds to "ngan sach"; "tỷ lệ"). */
function currencyUnit(text: string): { exponent: number; at: number; end: number } | null {
  for (const { exponent, pattern } of CURRENCY_UNIT_PATTERNS) {
    const found = pattern.exec(text);
    if (found) return { exponent, at: found.index, end: found.index + found[0].length };
  }
  return null;
}

/** The unit a folded text names anywhere ("triệu đồng", "1.000 đ"), or null. */
function unitIn(text: string): number | null {
  for (const { exponent, pattern } of UNIT_PATTERNS) if (pattern.test(text)) return exponent;
  return null;
}

const UNIT_LABELS: Record<number, string> = { 0: "đồng", 3: "nghìn đồng", 6: "triệu đồng", 9: "tỷ đồng" };

/** "triệu đồng" for 1,000,000: how the reading names a column's unit. */
export function unitLabel(multiplier: number): string {
  return UNIT_LABELS[Math.round(Math.log10(multiplier))] ?? `${multiplier} đồng`;
}

/** A money column's unit as the reading shows it: its foreign currency ("USD"), or so many đồng; null elsewhere. */
export function columnUnitLabel(column: Pick<ColumnReading, "unit" | "currency">): string | null {
  if (column.unit === null) return null;
  return column.currency ?? unitLabel(column.unit);
}

const UNIT_LINE = new RegExp(`^\\(?\\s*(?:${UNIT_LINE_WORDS.map(escapeRegex).join("|")})\\s*[:.]`);

/** What a unit line states after its label: a unit and nothing else ("triệu đồng", "1.000 đ", "Tr.đồng"), never a body
 *  ("Đơn vị: UBND xã Triệu Phong" names a commune, not millions). */
const UNIT_ONLY = /^[\d.,\s]*(?:trieu|tr\.?|nghin|ngan|ty)?\s*(?:dong|d|vnd)?\s*[.)]?$/;

/** "ĐVT: triệu đồng" on a line above a table: the unit of its money, or null. */
export function unitLineExponent(text: string): number | null {
  if (text.length > 60) return null;
  const folded = fold(text);
  if (!UNIT_LINE.test(folded)) return null;
  const rest = folded.replace(UNIT_LINE, "").trim();
  return UNIT_ONLY.test(rest) ? unitIn(rest) : null;
}

/** A footnote mark at the end of a header: "Kinh phí (*)", "Kinh phí*", "Kinh phí (1)". */
const FOOTNOTE_MARK = /(\(\*+\)|\*+|\(\d\))\s*$/;
/** The columns a footnote may start in. */
const FOOTNOTE_COLUMNS = 4;

/** The unit a footnote states for a header that points to one ("(*) Đơn vị tính kinh phí: nghìn đồng"), or null. */
function footnoteUnit(view: GridView, header: string, headerRows: number[]): number | null {
  const mark = FOOTNOTE_MARK.exec(header)?.[1];
  if (!mark) return null;
  for (let row = headerRows[headerRows.length - 1] + 1; row < view.endRow; row += 1) {
    for (let col = view.firstCol; col < Math.min(view.endCol, view.firstCol + FOOTNOTE_COLUMNS); col += 1) {
      const text = view.text(row, col);
      if (text.startsWith(mark)) {
        const stated = statedUnit(fold(text.slice(mark.length)));
        if (stated) return stated.exponent;
      }
    }
  }
  return null;
}

/** A unit line in brackets at the end of a title: "PHỤ LỤC KẾ HOẠCH … NĂM 2026 (Đơn vị tính: Triệu đồng)". */
function bracketedUnitExponent(text: string): number | null {
  const last = /\(([^()]*)\)\s*$/.exec(text);
  return last ? unitLineExponent(last[1]) : null;
}

/** A letter cell: "Why/What?", "When?", and bracketed as some forms print them, "(Why?)", "(5M)". */
const W_LETTER = new RegExp(`^\\(?\\s*(?:(?:${W_LETTERS.join("|")}|[0-9]m)[\\s/?,.&()-]*)+$`);

/** Columns in a sheet, for one number per cell. */
const COLUMN_SPAN = 16384;

/** Read access to a grid in sheet coordinates. */
export class GridView {
  readonly origin: { row: number; col: number };
  readonly rowCount: number;
  readonly colCount: number;
  private readonly texts: string[][] = [];

  /** The legacy encoding (TCVN3, VNI) the sheet's text was typed in, converted to Unicode on read; null for Unicode. */
  readonly legacy: LegacyEncoding | null;

  constructor(readonly grid: SheetGrid) {
    this.origin = { row: grid.originRow ?? 0, col: grid.originCol ?? 0 };
    this.rowCount = grid.values.length;
    this.colCount = grid.values.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
    this.legacy = detectLegacy(sampleText(grid));
  }

  get firstRow(): number {
    return this.origin.row;
  }

  private coarse: Map<number, CoarseDate["shows"]> | undefined;

  /** What a date cell shows where its format shows less than its day and year; undefined for a whole date. */
  dateShows(row: number, col: number): CoarseDate["shows"] | undefined {
    this.coarse ??= new Map((this.grid.coarseDates ?? []).map((d) => [d.row * COLUMN_SPAN + d.col, d.shows]));
    return this.coarse.size === 0 ? undefined : this.coarse.get(row * COLUMN_SPAN + col);
  }

  private hiddenRows: Set<number> | undefined;

  /** Whether the workbook hides the 0-based sheet row (a file reader says; Office's reading does not). */
  isRowHidden(row: number): boolean {
    this.hiddenRows ??= new Set(this.grid.hiddenRows ?? []);
    return this.hiddenRows.has(row);
  }

  /** Whether the workbook hides the 0-based sheet column (a file reader says; Office's reading does not). */
  isColumnHidden(col: number): boolean {
    return (this.grid.hiddenCols ?? []).some((span) => col >= span.first && col <= span.last);
  }

  get endRow(): number {
    return this.origin.row + this.rowCount;
  }

  get firstCol(): number {
    return this.origin.col;
  }

  get endCol(): number {
    return this.origin.col + this.colCount;
  }

  value(row: number, col: number): CellValue {
    const r = this.grid.values[row - this.origin.row];
    if (!r) return null;
    const v = r[col - this.origin.col];
    if (v === undefined) return null;
    // A sheet may mix cells typed later in Unicode with its legacy ones: only the latter are converted.
    return this.legacy && typeof v === "string" && !hasUnicodeVietnamese(v) ? convertLegacy(v, this.legacy) : v;
  }

  /** Display text of a cell, computed once: the reader asks for the same cells several times. */
  text(row: number, col: number): string {
    const r = row - this.origin.row;
    const c = col - this.origin.col;
    const cached = this.texts[r]?.[c];
    if (cached !== undefined) return cached;
    const text = cellText(this.value(row, col));
    // Each row's cache sized to the row at once: grown cell by cell, it left a copy behind at every step.
    if (r >= 0 && r < this.rowCount && c >= 0) (this.texts[r] ??= new Array<string>(this.grid.values[r]?.length ?? 0))[c] = text;
    return text;
  }

  formula(row: number, col: number): string | null {
    const r = this.grid.formulas?.[row - this.origin.row];
    return r?.[col - this.origin.col] ?? null;
  }

  private mergesByRow: Map<number, CellRange[]> | undefined;

  /** The merge a cell belongs to, if any; merges are indexed by the rows they cover, once. */
  mergeAt(row: number, col: number): CellRange | undefined {
    if (!this.grid.merges || this.grid.merges.length === 0) return undefined;
    if (!this.mergesByRow) {
      this.mergesByRow = new Map();
      // Only the rows the grid holds: a merge down a whole column is indexed over them, not a million rows.
      for (const merge of this.grid.merges) {
        for (let r = Math.max(merge.top, this.firstRow), last = Math.min(merge.bottom, this.endRow - 1); r <= last; r += 1) {
          const list = this.mergesByRow.get(r);
          if (list) list.push(merge);
          else this.mergesByRow.set(r, [merge]);
        }
      }
    }
    return this.mergesByRow.get(row)?.find((m) => col >= m.left && col <= m.right);
  }
}

const SAMPLE_CELLS = 400;

/**
 * The sheet's first text cells not typed in Unicode, joined: one cell ("Kinh phÝ") is too short to tell an encoding,
 * a sheet is not.
 */
function sampleText(grid: SheetGrid): string {
  const texts: string[] = [];
  for (const row of grid.values) {
    for (const value of row ?? []) {
      if (typeof value === "string" && value.trim() && !hasUnicodeVietnamese(value)) texts.push(value);
      if (texts.length >= SAMPLE_CELLS) return texts.join("\n");
    }
  }
  return texts.join("\n");
}

/**
 * The fields a row's cells name, in one set reused row after row: data rows often name a field or two by chance
 * ("Báo cáo"), and a set made for each of them was garbage. Valid until the next call.
 */
const rowFields = new Set<FieldKey>();

export function matchRow(view: GridView, row: number): ReadonlySet<FieldKey> {
  rowFields.clear();
  for (let col = view.firstCol; col < view.endCol; col += 1) {
    if (typeof view.value(row, col) !== "string") continue;
    const match = matchHeader(view.text(row, col));
    if (match) rowFields.add(match.field);
  }
  return rowFields;
}

const TASK_FIELDS: FieldKey[] = ["content", "goal"];
const DETAIL_FIELDS: FieldKey[] = ["period", "lead", "assignment", "budget", "indicator", "output", "partners"];

export function looksLikeHeader(fields: ReadonlySet<FieldKey>): boolean {
  if (fields.size < 3) return false;
  return TASK_FIELDS.some((f) => fields.has(f)) && DETAIL_FIELDS.some((f) => fields.has(f));
}

const COLUMN_NUMBER = /^\(?\s*(\d{1,2})\s*\)?(?:\s*=.*)?$/;

/** "1 2 3 …" or "(1) (2) …" under a header: column numbers, part of the header, never a task. */
export function isColumnNumberRow(view: GridView, row: number, from = view.firstCol, to = view.endCol - 1): boolean {
  let count = 0;
  let previous = 0;
  for (let col = from; col <= to; col += 1) {
    const text = view.text(row, col);
    if (!text) continue;
    const match = COLUMN_NUMBER.exec(text);
    if (!match) return false;
    const n = Number(match[1]);
    if (count > 0 && n !== previous + 1) return false;
    previous = n;
    count += 1;
  }
  return count >= 3;
}

function phraseSet(list: readonly string[]): Set<string> {
  return new Set(list);
}

const PERIOD_PARENT_SET = phraseSet(PERIOD_PARENTS);
const BUDGET_PARENT_SET = phraseSet(BUDGET_PARENTS);
const BREAKDOWN_SET = phraseSet(BREAKDOWN_PARENTS);
const RESPONSIBILITY_SET = phraseSet(RESPONSIBILITY_PARENTS);
const START_SET = phraseSet(PERIOD_START_WORDS);
const END_SET = phraseSet(PERIOD_END_WORDS);
const BUDGET_TOTAL_SET = phraseSet(BUDGET_TOTAL_WORDS);
const SOURCE_SET = phraseSet(FUNDING_SOURCE_WORDS);
const QUALIFIER_SET = phraseSet(HEADER_QUALIFIERS);
const BUDGET_WORDINGS = phraseSet(HEADER_WORDINGS.budget);

/** A sub-header's words without qualifiers: "Ngày bắt đầu (dự kiến)" → "ngay bat dau". */
function coreKey(text: string): string {
  const words = headerWords(fold(text));
  const kept: string[] = [];
  for (let at = 0; at < words.length; at += 1) {
    if (QUALIFIER_SET.has(`${words[at]} ${words[at + 1]}`)) at += 1;
    else if (!QUALIFIER_SET.has(words[at])) kept.push(words[at]);
  }
  return kept.length > 0 ? kept.join(" ") : words.join(" ");
}

type ParentKind = "period" | "budget" | "responsibility" | "breakdown";

function parentKind(text: string): ParentKind | null {
  const key = coreKey(text);
  if (BREAKDOWN_SET.has(key)) return "breakdown";
  const field = matchHeader(text)?.field;
  if (PERIOD_PARENT_SET.has(key) || field === "period") return "period";
  if (BUDGET_PARENT_SET.has(key) || field === "budget") return "budget";
  if (RESPONSIBILITY_SET.has(key) || field === "assignment") return "responsibility";
  return null;
}

const MONTH_LABEL = /^(?:t|th|thang)\s*\.?\s*(\d{1,2})(?:\s*[/-]\s*\d{4})?$/;
const QUARTER_LABEL = /^(?:quy|q)\s*\.?\s*(iv|i{1,3}|[1-4])(?:\s*(?:[/-]|nam)\s*\d{4})?$/;
const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

/** A Gantt column's months: "T3", "Tháng 3" → [3, 3]; "Quý II", "Q2/2026" → [4, 6]; else null. */
export function markedMonths(text: string): [number, number] | null {
  const folded = fold(text).replace(/\s+/g, " ").trim();
  const month = MONTH_LABEL.exec(folded);
  if (month) {
    const m = Number(month[1]);
    return m >= 1 && m <= 12 ? [m, m] : null;
  }
  const quarter = QUARTER_LABEL.exec(folded);
  return quarter ? [QUARTERS[quarter[1]] * 3 - 2, QUARTERS[quarter[1]] * 3] : null;
}

/** A cell of a header continuation row: a wording, a part of a field, or a source under a budget parent. */
function isSubHeaderText(text: string): boolean {
  if (text.length > MAX_HEADER_CELL_LENGTH) return false;
  if (isLetterRowCell(text) || matchHeader(text) || markedMonths(text)) return true;
  const key = coreKey(text);
  return START_SET.has(key) || END_SET.has(key) || BUDGET_TOTAL_SET.has(key) || BREAKDOWN_SET.has(key) || isSourceKey(key);
}

/** "Ngân sách tỉnh", "Nguồn khác", "Vốn ODA (USD)": a funding source's name. */
function isSourceKey(key: string): boolean {
  return SOURCE_SET.has(key) || [...SOURCE_SET].some((source) => key.startsWith(`${source} `) || key.endsWith(` ${source}`));
}

/** The row under the header rows read so far is one more of them: sub-headers, W letters or column numbers. */
function isHeaderContinuation(view: GridView, row: number, above: number): boolean {
  if (row >= view.endRow) return false;
  let texts = 0;
  for (let col = view.firstCol; col < view.endCol; col += 1) {
    const text = view.text(row, col);
    if (!text) continue;
    texts += 1;
    if (isSubHeaderText(text)) continue;
    // An unknown sub-header under a merged parent keeps its text ("Mô tả" under "Nội dung").
    const parent = view.mergeAt(above, col);
    const short = text.length <= 40 && !HAS_DIGIT.test(text.replace(BRACKETS, ""));
    if (!(parent && parent.right > parent.left && short)) return false;
  }
  return texts > 0;
}

export function isLetterRowCell(text: string): boolean {
  return text.length <= 20 && W_LETTER.test(fold(text));
}

function isLetterRow(view: GridView, row: number): boolean {
  let texts = 0;
  for (let col = view.firstCol; col < view.endCol; col += 1) {
    const text = view.text(row, col);
    if (!text) continue;
    if (!isLetterRowCell(text)) return false;
    texts += 1;
  }
  return texts > 0;
}

export interface BudgetColumn {
  col: number;
  /** Multiplier to đồng. */
  unit: number;
  /** VND, or the foreign currency the column's header names ("Vốn ODA (USD)"): its figures are in that currency. */
  currency: string;
  /** The funding source a sub-column names, or null for the budget column itself. */
  source: string | null;
}

export interface FoundTable {
  form: FormKind;
  /** 0-based sheet rows of the header, W-letter and column-number rows. */
  headerRows: number[];
  columns: Partial<Record<FieldKey, number>>;
  /** Every header column: its letter, header text and the field it was read as (null: not read). */
  reading: ColumnReading[];
  /** The money columns: one, or the funding sources under a budget parent (the row's budget is their sum). */
  budgetColumns: BudgetColumn[];
  /** Start and end sub-columns under one Thời gian parent: one period from the two cells. */
  periodParts?: { start: number; end: number };
  /** "Nguồn kinh phí" beside the Kinh phí column: each row's funding source, in words. */
  sourceNameCol?: number;
  /** A Gantt's month or quarter columns (T1 … T12, Quý I … Quý IV): a task's period is the months marked. */
  periodMarks?: { col: number; months: [number, number] }[];
  /** Multiplier of the main budget column. */
  budgetUnit: number;
  /** The folded wording matched for the goal column: "muc tieu" or "nhiem vu chung". */
  goalWording?: string;
  /** 0-based rows below where the same header is repeated (a new printed page): header rows, not a new table. */
  repeatRows?: number[];
}

interface ColumnPath {
  col: number;
  texts: string[];
}

/** Header text of each column from the top header row down; a merged parent names every column it covers. */
function columnPaths(view: GridView, rows: number[]): ColumnPath[] {
  const paths: ColumnPath[] = [];
  const parentOf: (string | null)[][] = rows.map(() => []);
  for (let col = view.firstCol; col < view.endCol; col += 1) {
    const texts: string[] = [];
    rows.forEach((row, depth) => {
      const merge = view.mergeAt(row, col);
      let text = merge ? view.text(merge.top, merge.left) : view.text(row, col);
      // An unmerged parent typed in the group's first column only: it carries over the sub-columns to its right.
      if (!text && depth + 1 < rows.length && view.text(rows[depth + 1], col) && !merge) text = parentOf[depth][col - 1] ?? "";
      parentOf[depth][col] = text && depth + 1 < rows.length && view.text(rows[depth + 1], col) ? text : null;
      if (text && texts[texts.length - 1] !== text) texts.push(text);
    });
    if (texts.length > 0) paths.push({ col, texts });
  }
  return paths;
}

interface ColumnField {
  field: FieldKey | null;
  part?: ColumnPart;
  unit: number | null;
}

function withUnit(texts: string[]): number | null {
  for (let i = texts.length - 1; i >= 0; i -= 1) {
    const exponent = unitExponent(fold(texts[i]));
    if (exponent !== null) return 10 ** exponent;
  }
  return null;
}

/** The field of one column from its header path: the parent gives the group, the lowest text the part. */
function resolveColumn(texts: string[]): ColumnField {
  const leaf = texts[texts.length - 1];
  const kinds = texts.slice(0, -1).map(parentKind);
  const unit = withUnit(texts);
  const leafMatch = matchHeader(leaf);
  const key = coreKey(leaf);
  if (kinds.includes("budget")) {
    // "Tổng số", or a bare "Kinh phí" under the parent, is the total; "Ngân sách tỉnh", "Xã hội hóa"… are sources.
    const total = BUDGET_TOTAL_SET.has(key) || BUDGET_WORDINGS.has(key);
    return { field: "budget", part: total ? "total" : "source", unit };
  }
  if (kinds.includes("breakdown") && (leafMatch?.field === "budget" || isSourceKey(key))) {
    return { field: "budget", part: BUDGET_TOTAL_SET.has(key) ? "total" : "source", unit };
  }
  // A month or quarter of a Gantt ("T3", "Quý II"), under Thời gian or alone in the header row.
  if (markedMonths(leaf)) return { field: "period", part: "month", unit: null };
  if (kinds.includes("period")) {
    if (START_SET.has(key)) return { field: "period", part: "start", unit: null };
    if (END_SET.has(key)) return { field: "period", part: "end", unit: null };
    return { field: leafMatch?.field ?? "period", unit: null };
  }
  if (leafMatch) return { field: leafMatch.field, unit: leafMatch.field === "budget" ? unit : null };
  // An unknown sub-header keeps its text and is not read ("Mô tả" under "Nội dung"); a lone unknown header likewise.
  return { field: null, unit: null };
}

export function classifyForm(columns: Partial<Record<FieldKey, number>>, goalWording?: string, hasLetterRow = false): FormKind {
  if (columns.indicator !== undefined && (columns.verification !== undefined || columns.number !== undefined)) return "khung-logic";
  if (goalWording === "nhiem vu chung") return "de-cuong";
  if (hasLetterRow || (columns.goal !== undefined && (columns.assignment !== undefined || columns.method !== undefined))) return "5w1h";
  if (columns.goal !== undefined) return "5w1h";
  return "plain";
}

const MAX_HEADER_ROWS = 3;
const UNIT_LINE_ROWS_ABOVE = 4;

/** Header rows from the first: up to three, then any W-letter or column-number row right under them. */
function headerRowsFrom(view: GridView, row: number): { rows: number[]; letters: boolean } {
  const rows = [row];
  let letters = false;
  while (rows.length < MAX_HEADER_ROWS + 2) {
    const next = rows[rows.length - 1] + 1;
    if (next >= view.endRow) break;
    if (isColumnNumberRow(view, next)) rows.push(next);
    else if (isLetterRow(view, next)) {
      letters = true;
      rows.push(next);
    } else if (rows.length < MAX_HEADER_ROWS && isHeaderContinuation(view, next, next - 1)) rows.push(next);
    else break;
  }
  return { rows, letters };
}

function unitAbove(view: GridView, headerRow: number, floor: number): number | null {
  for (let row = headerRow - 1; row >= Math.max(floor, headerRow - UNIT_LINE_ROWS_ABOVE); row -= 1) {
    for (let col = view.firstCol; col < view.endCol; col += 1) {
      const text = view.text(row, col);
      const exponent = text ? (unitLineExponent(text) ?? bracketedUnitExponent(text)) : null;
      if (exponent !== null) return 10 ** exponent;
    }
  }
  return null;
}

/**
 * The currency a money column's header names, the column's own line before its parents' ("Kinh phí" over "Vốn ODA
 * (USD)"): a code anywhere (USD, EUR), a currency's name ("đô la") only in brackets; VND where none is named.
 */
const CURRENCY_CODE = new RegExp(`\\b(${FOREIGN_CURRENCY_WORDS.map((c) => c.code.toLowerCase()).join("|")})\\b`);

function headerCurrency(texts: string[]): string {
  for (let i = texts.length - 1; i >= 0; i--) {
    const folded = fold(texts[i]);
    const inBrackets = (folded.match(BRACKETS) ?? []).map((group) => foreignCurrencyIn(group)).find((c) => c !== null);
    const code = CURRENCY_CODE.exec(folded)?.[1];
    const found = inBrackets ?? (code ? code.toUpperCase() : null);
    if (found) return found;
  }
  return "VND";
}

/** Columns that say nothing as a row of names (W letters, column numbers) are left out of the header texts. */
function namingRows(view: GridView, rows: number[]): number[] {
  return rows.filter((row) => !isColumnNumberRow(view, row) && !isLetterRow(view, row));
}

function buildTable(view: GridView, rows: number[], letters: boolean, floor: number, correction: ReadingCorrection | undefined): FoundTable {
  const lineUnit = unitAbove(view, rows[0], floor);
  const reading: ColumnReading[] = [];
  const columns: Partial<Record<FieldKey, number>> = {};
  const budgetColumns: BudgetColumn[] = [];
  let periodStart: number | undefined;
  let periodEnd: number | undefined;
  const periodMarks: NonNullable<FoundTable["periodMarks"]> = [];
  let goalWording: string | undefined;
  /** Money columns whose own header (or a parent's) states their unit. */
  const unitStated = new Set<number>();
  for (const { col, texts } of columnPaths(view, namingRows(view, rows))) {
    const letter = columnLetters(col);
    const corrected = correction?.columns?.[letter];
    const resolved: ColumnField = corrected !== undefined ? { field: corrected === "none" ? null : corrected, unit: withUnit(texts) } : resolveColumn(texts);
    const { field, part } = resolved;
    const footnote = field === "budget" && resolved.unit === null && corrected === undefined ? footnoteUnit(view, texts[texts.length - 1], rows) : null;
    if (footnote !== null) resolved.unit = 10 ** footnote;
    const unit = field === "budget" ? (resolved.unit ?? lineUnit ?? 1) : null;
    const currency = field === "budget" ? headerCurrency(texts) : "VND";
    const entry: ColumnReading = { col, letter, header: texts.join(" › "), field, unit, source: corrected !== undefined ? "correction" : "header" };
    if (part) entry.part = part;
    if (currency !== "VND") entry.currency = currency;
    if (field === "budget" && part === "source") entry.fundingSource = texts[texts.length - 1];
    reading.push(entry);
    if (field === null) continue;
    if (field === "budget") {
      budgetColumns.push({ col, unit: unit ?? 1, currency, source: part === "source" ? texts[texts.length - 1] : null });
      if (resolved.unit !== null) unitStated.add(col);
      continue;
    }
    if (field === "period" && part === "month") {
      periodMarks.push({ col, months: markedMonths(texts[texts.length - 1])! });
      continue;
    }
    if (field === "period" && part === "start") periodStart ??= col;
    if (field === "period" && part === "end") {
      periodEnd ??= col;
      continue;
    }
    if (columns[field] !== undefined) {
      entry.duplicate = true;
      continue;
    }
    columns[field] = col;
    if (field === "goal") goalWording = matchHeader(texts[texts.length - 1])?.wording ?? "muc tieu";
  }
  const sourceNameCol = settleBudget(columns, budgetColumns, reading, view, unitStated);
  sourcesInTotalUnit(budgetColumns, unitStated, reading);
  const lone = periodStart === undefined && periodEnd === undefined ? lonePeriodParts(reading) : undefined;
  const periodParts = lone ?? (periodStart !== undefined && periodEnd !== undefined ? { start: periodStart, end: periodEnd } : undefined);
  if (columns.period === undefined && periodParts) columns.period = periodParts.start;
  // Two or more month columns are a Gantt: its marks are the period (a lone "Quý I" header is a period column).
  const gantt = periodMarks.length >= 2 && columns.period === undefined && !periodParts;
  if (gantt) columns.period = periodMarks[0].col;
  else for (const mark of periodMarks) settleLoneMark(mark.col, reading, columns);
  const main = budgetColumns.find((b) => b.source === null) ?? budgetColumns[0];
  return {
    form: classifyForm(columns, goalWording, letters),
    headerRows: rows,
    columns,
    reading,
    budgetColumns,
    periodParts,
    budgetUnit: main?.unit ?? lineUnit ?? 1,
    goalWording,
    ...(sourceNameCol !== undefined ? { sourceNameCol } : {}),
    ...(gantt ? { periodMarks } : {}),
  };
}

/** A month or quarter column that is no Gantt: a plain period column, or a second one. */
function settleLoneMark(col: number, reading: ColumnReading[], columns: Partial<Record<FieldKey, number>>): void {
  const entry = reading.find((r) => r.col === col);
  if (!entry) return;
  delete entry.part;
  if (columns.period === undefined) columns.period = col;
  else if (columns.period !== col) entry.duplicate = true;
}

/** "Nguồn kinh phí", "Nguồn vốn": a header that names where money comes from, not how much. */
const SOURCE_NAMING = /^nguon\b/;

/**
 * The money columns: a total column beside its sources is the budget (the sources detail it); sources alone are
 * summed. Of two plain budget columns the one the official sees is read (a hidden one is a draft's leftover), and
 * one headed "Nguồn kinh phí" beside a money column names each row's source: its column is returned. Any other
 * second column is left as a duplicate.
 */
function settleBudget(
  columns: Partial<Record<FieldKey, number>>,
  budgetColumns: BudgetColumn[],
  reading: ColumnReading[],
  view: GridView,
  unitStated: Set<number>,
): number | undefined {
  if (budgetColumns.length === 0) return undefined;
  const entryOf = (col: number) => reading.find((r) => r.col === col);
  const ownLine = (b: BudgetColumn) => entryOf(b.col)?.header.split(" › ").pop() ?? "";
  // "Nguồn kinh phí (đồng)" states a unit: it holds money, not names.
  const namesSource = (b: BudgetColumn) => SOURCE_NAMING.test(fold(ownLine(b))) && !unitStated.has(b.col);
  const hidden = (b: BudgetColumn) => view.isColumnHidden(b.col);
  const year = (b: BudgetColumn) => yearsMentioned(ownLine(b))[0] ?? 0;
  const totals = budgetColumns.filter((b) => b.source === null);
  // Visible first, then money before source names, then this year's before last year's ("Kinh phí năm 2025" beside
  // "Kinh phí năm 2026"); the sheet's order otherwise.
  const ranked = [...totals].sort(
    (a, b) =>
      Number(hidden(a)) - Number(hidden(b)) ||
      Number(namesSource(a)) - Number(namesSource(b)) ||
      (year(a) && year(b) ? year(b) - year(a) : 0),
  );
  const sources = budgetColumns.filter((b) => b.source !== null);
  const kept = ranked.length > 0 ? [ranked[0], ...sources] : sources;
  const naming = ranked.length > 1 && !namesSource(ranked[0]) ? ranked.slice(1).find((b) => namesSource(b) && !hidden(b)) : undefined;
  for (const extra of ranked.slice(1)) {
    const entry = entryOf(extra.col);
    if (!entry) continue;
    if (extra === naming) {
      entry.part = "source-name";
      entry.unit = null;
    } else entry.duplicate = true;
  }
  budgetColumns.splice(0, budgetColumns.length, ...kept);
  columns.budget = kept[0].col;
  return naming?.col;
}

const LONE_START = /\b(?:bat dau|tu ngay|khoi cong)\b/;
const LONE_END = /\b(?:ket thuc|hoan thanh|den ngay)\b/;

/**
 * "Thời gian bắt đầu | Thời gian hoàn thành" side by side with no parent over them: the period's start and end, as
 * under a Thời gian parent (the second was left as a duplicate, and a task's period was its first day). Marks them.
 */
function lonePeriodParts(reading: ColumnReading[]): { start: number; end: number } | undefined {
  const periods = reading.filter((entry) => entry.field === "period" && entry.source === "header");
  if (periods.length !== 2) return undefined;
  const [start, end] = periods;
  if (!LONE_START.test(fold(start.header)) || !LONE_END.test(fold(end.header)) || LONE_END.test(fold(start.header))) return undefined;
  start.part = "start";
  end.part = "end";
  delete end.duplicate;
  return { start: start.col, end: end.col };
}

/** "Tổng kinh phí (triệu đồng) | Trong đó: NS tỉnh | NS huyện": sources that state no unit are in their total's. */
function sourcesInTotalUnit(budgetColumns: BudgetColumn[], unitStated: Set<number>, reading: ColumnReading[]): void {
  const [total, ...sources] = budgetColumns;
  if (!total || total.source !== null || !unitStated.has(total.col)) return;
  for (const source of sources) {
    if (unitStated.has(source.col) || source.currency !== total.currency) continue;
    source.unit = total.unit;
    const entry = reading.find((r) => r.col === source.col);
    if (entry) entry.unit = total.unit;
  }
}

/** The corrections that apply to a table, merged in order (a later one, e.g. `--column` on the command line, wins). */
function correctionFor(view: GridView, corrections: ReadingCorrection[] | undefined, headerRow: number): ReadingCorrection | undefined {
  const sheet = fold(view.grid.name);
  const matching = (corrections ?? []).filter(
    (c) => (c.sheet === undefined || fold(c.sheet) === sheet) && (c.headerRow === undefined || c.headerRow === headerRow + 1),
  );
  if (matching.length === 0) return undefined;
  return { columns: Object.assign({}, ...matching.map((c) => c.columns ?? {})) };
}

/** Header rows a correction names for this sheet (1-based in the correction). */
function correctedHeaderRows(view: GridView, corrections: ReadingCorrection[] | undefined): Set<number> {
  const sheet = fold(view.grid.name);
  const rows = new Set<number>();
  for (const c of corrections ?? []) if (c.headerRow !== undefined && (c.sheet === undefined || fold(c.sheet) === sheet)) rows.add(c.headerRow - 1);
  return rows;
}

function rowHasText(view: GridView, row: number): boolean {
  for (let col = view.firstCol; col < view.endCol; col += 1) if (view.text(row, col)) return true;
  return false;
}

/** The same header again below a table (printed pages repeat it): the same fields in the same columns. */
function sameColumns(a: FoundTable, b: FoundTable): boolean {
  const key = (t: FoundTable) => t.reading.map((r) => `${r.col}:${r.field ?? ""}:${r.part ?? ""}`).join("|");
  return key(a) === key(b);
}

/** Every plan table on a sheet, top to bottom; a correction may name a header row the wordings alone would miss. */
export function findTables(view: GridView, corrections?: ReadingCorrection[]): FoundTable[] {
  const tables: FoundTable[] = [];
  const forced = correctedHeaderRows(view, corrections);
  let floor = view.firstRow;
  for (let row = view.firstRow; row < view.endRow; row += 1) {
    if (!forced.has(row) && !looksLikeHeader(matchRow(view, row))) continue;
    const { rows, letters } = headerRowsFrom(view, row);
    const table = buildTable(view, rows, letters, floor, correctionFor(view, corrections, row));
    if (Object.keys(table.columns).length === 0) continue;
    const previous = tables[tables.length - 1];
    if (previous && sameColumns(previous, table) && rowHasText(view, row - 1)) {
      (previous.repeatRows ??= []).push(...rows);
      row = rows[rows.length - 1];
      continue;
    }
    tables.push(table);
    row = rows[rows.length - 1];
    floor = row + 1;
  }
  return tables;
}
