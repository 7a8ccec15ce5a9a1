// Finding plan tables by their header rows (domain brief §2, §2.5): any sheet, any row, any column order,
// one or two header rows, matched accent- and case-insensitively.
import { cellText, fold } from "./text";
import { convertLegacy, detectLegacy, hasUnicodeVietnamese, type LegacyEncoding } from "./legacy";
import type { CellRange, CellValue, FieldKey, FormKind, SheetGrid } from "./types";

/** Header wordings seen in real plans, folded. Longer variants first so "nhiem vu cu the" wins over "nhiem vu". */
const HEADER_VARIANTS: Record<FieldKey, string[]> = {
  number: ["so tt", "stt", "tt", "so thu tu"],
  content: ["noi dung", "nhiem vu cu the", "ten nhiem vu", "nhiem vu", "hoat dong", "noi dung cong viec", "ten hoat dong"],
  goal: ["muc tieu", "nhiem vu chung"],
  output: ["san pham dau ra", "ket qua dau ra", "san pham"],
  indicator: ["chi so thanh cong", "chi so ket qua", "chi so", "chi tieu"],
  verification: ["phuong tien xac minh", "tai lieu kiem chung", "nguon kiem chung"],
  budget: ["ngan sach", "kinh phi du kien", "kinh phi", "du toan", "kinh phi thuc hien"],
  period: ["thoi gian thuc hien", "thoi gian", "tien do", "thoi han hoan thanh", "thoi han", "tien do thuc hien"],
  lead: ["co quan dau moi", "co quan chu tri", "don vi chu tri", "chu tri", "don vi thuc hien", "co quan thuc hien"],
  partners: ["co quan phoi hop", "don vi phoi hop", "phoi hop"],
  assignment: ["phan cong", "trach nhiem", "phan cong thuc hien", "trach nhiem thuc hien"],
  method: ["cach thuc thuc hien", "cach thuc", "bien phap", "bien phap thuc hien"],
  note: ["ghi chu"],
};

const VARIANT_TO_FIELD = new Map<string, FieldKey>(
  (Object.entries(HEADER_VARIANTS) as [FieldKey, string[]][]).flatMap(([field, variants]) =>
    variants.map((variant) => [variant, field] as [string, FieldKey]),
  ),
);

/** First words of every wording: a cell starting otherwise is no header, and skips the costlier matching. */
const FIRST_WORDS = new Set([...VARIANT_TO_FIELD.keys()].map((variant) => variant.split(" ")[0]));

/** The 5W1H letter row under the names ("Why/What?", "When?", "5M?"). */
const W_LETTER = /^(?:(?:why|what|when|who|where|how|whom|5m|2c|[0-9]m)[\s/?,.&-]*)+$/;

const MAX_HEADER_CELL_LENGTH = 60;
const HAS_DIGIT = /\d/;

export interface HeaderMatch {
  field: FieldKey;
  /** The folded header text, without units in brackets. */
  wording: string;
  /** Multiplier for numbers in a budget column: "(triệu đồng)" → 1,000,000. */
  unit: number;
}

function headerKey(text: string): string {
  return fold(text)
    .replace(/\([^)]*\)/g, " ")
    .replace(/[:*.?]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The unit in brackets after a budget header: "Kinh phí (triệu đồng)". */
function budgetUnit(folded: string): number {
  const unit = /\(([^)]*)\)/.exec(folded)?.[1] ?? "";
  return unitMultiplier(unit);
}

function unitMultiplier(folded: string): number {
  if (/\btrieu\b|\btr\s*d\b|\btrd\b/.test(folded)) return 1_000_000;
  if (/\bty\b/.test(folded)) return 1_000_000_000;
  if (/\bnghin\b|\bngan\b/.test(folded)) return 1_000;
  return 1;
}

/** Lower-case initials of FIRST_WORDS: a cell starting with another ASCII letter, or a digit, is ruled out unfolded. */
const FIRST_LETTERS = new Set([...FIRST_WORDS].map((word) => word.charCodeAt(0)));

function startsUnlikeHeader(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return true;
  const lower = code >= 0x41 && code <= 0x5a ? code + 32 : code;
  return lower >= 0x61 && lower <= 0x7a && !FIRST_LETTERS.has(lower);
}

/** What a header cell names, or null. */
export function matchHeader(text: string): HeaderMatch | null {
  if (!text || text.length > MAX_HEADER_CELL_LENGTH || startsUnlikeHeader(text)) return null;
  // "Hoạt động 1.1.1: …" carries a number outside brackets; no header wording does. Tested first: it needs no fold.
  if (HAS_DIGIT.test(text) && HAS_DIGIT.test(text.replace(/\([^)]*\)/g, ""))) return null;
  // Fold only the first word to rule a cell out: data cells repeat their first words, which the fold cache keeps.
  const firstWord = /^[a-z]+/.exec(fold(text.slice(0, text.search(/[\s(:/]|$/))))?.[0];
  if (!firstWord || !FIRST_WORDS.has(firstWord)) return null;
  const key = headerKey(text);
  const field = VARIANT_TO_FIELD.get(key);
  if (!field) return null;
  return { field, wording: key, unit: field === "budget" ? budgetUnit(fold(text)) : 1 };
}

export function isLetterRowCell(text: string): boolean {
  return text.length <= 20 && W_LETTER.test(fold(text));
}

export interface FoundTable {
  form: FormKind;
  /** 0-based sheet rows. */
  headerRows: number[];
  columns: Partial<Record<FieldKey, number>>;
  budgetUnit: number;
  /** The folded wording matched for the goal column: "muc tieu" or "nhiem vu chung". */
  goalWording?: string;
}

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
    if (r >= 0 && r < this.rowCount && c >= 0) (this.texts[r] ??= [])[c] = text;
    return text;
  }

  formula(row: number, col: number): string | null {
    const r = this.grid.formulas?.[row - this.origin.row];
    return r?.[col - this.origin.col] ?? null;
  }

  /** The merge a cell belongs to, if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    return this.grid.merges?.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
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

interface RowMatch {
  matches: Map<number, HeaderMatch>;
  fields: Set<FieldKey>;
}

/** Shared by every row without a header cell (most rows), so scanning them allocates nothing; never mutated. */
const NO_MATCH: RowMatch = { matches: new Map(), fields: new Set() };

function matchRow(view: GridView, row: number): RowMatch {
  let found: RowMatch | null = null;
  for (let col = view.firstCol; col < view.endCol; col += 1) {
    if (typeof view.value(row, col) !== "string") continue;
    const match = matchHeader(view.text(row, col));
    if (!match) continue;
    found ??= { matches: new Map(), fields: new Set() };
    if (!found.fields.has(match.field)) {
      found.matches.set(col, match);
      found.fields.add(match.field);
    }
  }
  return found ?? NO_MATCH;
}

const TASK_FIELDS: FieldKey[] = ["content", "goal"];
const DETAIL_FIELDS: FieldKey[] = ["period", "lead", "assignment", "budget", "indicator", "output", "partners"];

function looksLikeHeader(match: RowMatch): boolean {
  if (match.fields.size < 3) return false;
  return TASK_FIELDS.some((f) => match.fields.has(f)) && DETAIL_FIELDS.some((f) => match.fields.has(f));
}

/** Sub-headers in the row under the header: under a merged parent ("Trách nhiệm"), or the 5W1H letter row. */
function secondHeaderRow(view: GridView, row: number, first: RowMatch): RowMatch | "letters" | null {
  if (row >= view.endRow) return null;
  const below = matchRow(view, row);
  let texts = 0;
  let letters = 0;
  for (let col = view.firstCol; col < view.endCol; col += 1) {
    const text = view.text(row, col);
    if (!text) continue;
    texts += 1;
    if (isLetterRowCell(text)) letters += 1;
  }
  if (texts > 0 && letters === texts) return "letters";
  if (below.matches.size === 0 || below.matches.size !== texts) return null;
  const underParent = [...below.matches.keys()].every((col) => {
    const merge = view.mergeAt(row - 1, col);
    return (merge && merge.bottom === row - 1 && merge.right > merge.left) || !first.matches.has(col);
  });
  return underParent ? below : null;
}

function combineColumns(first: RowMatch, second: RowMatch | null): { columns: Partial<Record<FieldKey, number>>; unit: number; goalWording?: string } {
  const columns: Partial<Record<FieldKey, number>> = {};
  let unit = 1;
  let goalWording: string | undefined;
  const add = (col: number, match: HeaderMatch) => {
    if (columns[match.field] !== undefined) return;
    columns[match.field] = col;
    if (match.field === "budget") unit = match.unit;
    if (match.field === "goal") goalWording = match.wording;
  };
  // A parent such as "Trách nhiệm" over sub-columns is a group label, not a column of its own.
  const subColumns = new Set(second ? [...second.matches.keys()] : []);
  for (const [col, match] of first.matches) {
    if (match.field === "assignment" && second && [...second.matches.values()].some((m) => m.field === "lead")) continue;
    if (!subColumns.has(col)) add(col, match);
  }
  if (second) for (const [col, match] of second.matches) add(col, match);
  return { columns, unit, goalWording };
}

export function classifyForm(columns: Partial<Record<FieldKey, number>>, goalWording?: string, hasLetterRow = false): FormKind {
  if (columns.indicator !== undefined && (columns.verification !== undefined || columns.number !== undefined)) return "khung-logic";
  if (goalWording === "nhiem vu chung") return "de-cuong";
  if (hasLetterRow || (columns.goal !== undefined && (columns.assignment !== undefined || columns.method !== undefined))) return "5w1h";
  if (columns.goal !== undefined) return "5w1h";
  return "plain";
}

/** Every plan table on a sheet, top to bottom. */
export function findTables(view: GridView): FoundTable[] {
  const tables: FoundTable[] = [];
  for (let row = view.firstRow; row < view.endRow; row += 1) {
    const first = matchRow(view, row);
    if (!looksLikeHeader(first)) continue;
    const second = secondHeaderRow(view, row + 1, first);
    const subHeader = second && second !== "letters" ? second : null;
    const { columns, unit, goalWording } = combineColumns(first, subHeader);
    const headerRows = second ? [row, row + 1] : [row];
    tables.push({
      form: classifyForm(columns, goalWording, second === "letters"),
      headerRows,
      columns,
      budgetUnit: unit,
      goalWording,
    });
    row = headerRows[headerRows.length - 1];
  }
  return tables;
}
