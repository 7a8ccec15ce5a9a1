// One worksheet part, streamed: the cells as the sheet holds them (no dense rectangle), merged ranges and
// hidden rows and columns. Data validation, conditional formats, drawings and extension lists are skipped
// as they stream past; nothing they declare (a validation over A1:XFD1048576) is ever expanded.
import type { CoarseDate } from "../core/types";
import { escapeRegex } from "../core/text";
import type { CellRange, CellValue } from "../core/types";
import { columnOf, rowOf, slideFormula } from "./address";
import { IntList } from "./int-list";
import { LIMITS, LimitError, limitDetail } from "./limits";
import { MAX_XML_DEPTH, unescapeXstring, type Attributes, type XmlElement, type XmlHandler } from "./xml";

/** Cells in sheet order, as parallel arrays (0-based rows and columns): far cheaper than an object per cell. */
export interface SheetCells {
  rows: Int32Array;
  cols: Int32Array;
  values: CellValue[];
  /** Formula text without "=", or null; only as long as the last cell that has one. */
  formulas: (string | null)[];
  merges: CellRange[];
  hiddenRows: number[];
  /** Inclusive 0-based column spans. */
  hiddenCols: { first: number; last: number }[];
  /** Date cells whose format shows only their month or year (0-based sheet row and column). */
  coarseDates: CoarseDate[];
}

export interface CellReadContext {
  sharedStrings: string[];
  isDateStyle: (styleIndex: number) => boolean;
  /** Of a date style, whether it shows only the month or the year; absent where the workbook has no styles. */
  coarseDate?: (styleIndex: number) => CoarseDate["shows"] | null;
  date1904: boolean;
  /** Characters referenced by every cell read so far, across sheets (the shared-string amplification bound). */
  text: { total: number };
  /** Cells read so far across sheets. */
  cells: { total: number };
}

/** Elements whose whole subtree is skipped unread. */
const SKIPPED = new Set([
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "drawing",
  "legacyDrawing",
  "hyperlinks",
  "sheetViews",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "autoFilter",
  "sortState",
  "tableParts",
  "phoneticPr",
]);

const R = 114;
const T = 116;
const S = 115;
const GT = 62;
const QUOTE = 34;
const COLUMNS = 16384;

/** "AB12" between `start` and `end` → row × 16384 + column (0-based), or -1 where it is not a cell reference. */
function parseReference(source: string, start: number, end: number): number {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    const code = source.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  if (i === start || i - start > 3 || col > COLUMNS || i === end) return -1;
  let row = 0;
  for (; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    row = row * 10 + (code - 48);
  }
  return row >= 1 && row <= 1048576 ? (row - 1) * COLUMNS + col - 1 : -1;
}

/**
 * A cell of the shape most writers give every cell, with the row's prefix: r (upper-case letters, digits), then s and
 * t, each once, space-separated and double-quoted; then `/>`, or one non-empty value with no entity or carriage
 * return. Matched with test(), which makes no match object: readSimpleCell reads the cell in place.
 */
function simpleCell(prefix: string): RegExp {
  const p = escapeRegex(prefix);
  return new RegExp(`<${p}c r="[A-Z]{1,3}[0-9]{1,7}"(?: s="[0-9]{1,9}")?(?: t="(?:s|str|n|b|e|d|inlineStr)")?(?:/>|><${p}v>[^<&\\r]+</${p}v></${p}c>)`, "y");
}

/** The cell types, one string each, as readSimpleCell finds them (the pattern admits no other). */
function typeAt(source: string, start: number, end: number): string {
  const length = end - start;
  if (length === 1) {
    const code = source.charCodeAt(start);
    return code === S ? "s" : code === 98 ? "b" : code === 101 ? "e" : code === 100 ? "d" : "n";
  }
  return length === 3 ? "str" : "inlineStr";
}

/** A row's start tag as most writers give it, r= first, then other plain attributes; then its simple cells, and its end. */
function simpleRow(prefix: string): { row: RegExp; cell: RegExp; rowClose: string; prefix: string } {
  const p = escapeRegex(prefix);
  const row = new RegExp(`<${p}row(?: r="([0-9]{1,7})")?((?: [A-Za-z_][\\w.:-]*="[^"<&]*")*)(/?)>`, "y");
  return { row, cell: simpleCell(prefix), rowClose: `</${prefix}row>`, prefix };
}

/** Row attributes the row fast path leaves to the long way: an r= not first, hidden=, a namespace declared. */
const OTHER_ROW_ATTRIBUTES = / (?:r|hidden|xmlns(?::[^=]*)?)=/;

const TEXT_NONE = 0;
const TEXT_V = 1;
const TEXT_F = 2;
const TEXT_IS = 3;

export class WorksheetParser implements XmlHandler {
  private readonly rows = new IntList();
  private readonly cols = new IntList();
  private readonly parts: Omit<SheetCells, "rows" | "cols"> = { values: [], formulas: [], merges: [], hiddenRows: [], hiddenCols: [], coarseDates: [] };
  private depth = 0;
  private sheetDataDepth = 0;
  private cellDepth = 0;
  private skipUntil = -1;
  private inSheetData = false;
  private row = -1;
  private col = -1;
  private inCell = false;
  private cellRow = 0;
  private cellCol = 0;
  private type = "n";
  private style = 0;
  private v: string | null = null;
  private inline: string | null = null;
  private f: string | null = null;
  private fType: string | null = null;
  private fShared: string | undefined;
  private fRef: string | undefined;
  private hasF = false;
  private target = TEXT_NONE;
  private inIs = false;
  private readonly sharedMasters = new Map<string, { formula: string; row: number; col: number }>();

  constructor(private readonly context: CellReadContext) {}

  /** The sheet's cells, once it has been parsed. */
  get cells(): SheetCells {
    return { ...this.parts, rows: this.rows.values(), cols: this.cols.values() };
  }

  open(element: XmlElement): void {
    this.depth++;
    if (this.skipUntil >= 0) return;
    const { local, attrs } = element;
    if (!element.main || SKIPPED.has(local)) {
      this.skipUntil = this.depth;
      return;
    }
    if (this.inCell) return this.openInCell(local, attrs);
    if (local === "c" && this.inSheetData) return this.openCell(attrs);
    if (local === "row" && this.inSheetData) return this.openRow(element);
    if (local === "sheetData") {
      this.inSheetData = true;
      this.sheetDataDepth = this.depth;
      this.rowPatterns = simpleRow(element.name.slice(0, element.name.length - "sheetData".length));
    }
    else if (local === "mergeCell") this.addMerge(attrs.get("ref"));
    else if (local === "col") this.addCol(attrs);
  }

  close(): void {
    const depth = this.depth--;
    if (this.skipUntil >= 0) {
      if (depth === this.skipUntil) this.skipUntil = -1;
      return;
    }
    // Closing tags are matched by the tokenizer; here only the state they end matters.
    if (this.inCell) this.closeInCell(depth);
    else if (depth === this.rowDepth) this.rowDepth = -1;
    else if (this.inSheetData && depth === this.sheetDataDepth) this.inSheetData = false;
  }

  /**
   * The fast path for most of a sheet (XmlHandler.bulk): the rows and cells as Excel, LibreOffice and most writers
   * write them, each read as open, text and close would have. A cell is empty (`<c r="B1" s="3"/>`) or holds one
   * plain value (`<c r="A1" s="2" t="s"><v>3</v></c>`, as `leaf` takes it); a row holds only such cells. Directly in
   * sheetData it reads whole rows; inside a row the long way opened, cells. Regular expressions decide what each is
   * and where it ends: V8 compiles them to machine code at once, where the tokenizer's JavaScript runs interpreted
   * through the first thousand rows of every command (three times the time of the rest); a matched cell's known
   * layout is then read in place. Anything else is left to the long way.
   */
  bulk(source: string, from: number, depth: number): number {
    if (this.skipUntil >= 0 || this.inCell) return from;
    if (depth === this.rowDepth) return this.bulkCells(source, from);
    // The long way would open a row, a cell and its value below here: no deeper than it allows.
    if (depth === this.sheetDataDepth && this.inSheetData && this.rowDepth < 0 && depth < MAX_XML_DEPTH - 2) return this.bulkRows(source, from);
    return from;
  }

  private bulkCells(source: string, from: number): number {
    const cell = this.cellPattern;
    let at = from;
    for (;;) {
      cell.lastIndex = at;
      if (!cell.test(source)) return at;
      this.readSimpleCell(source, at, this.cellPrefix);
      at = cell.lastIndex;
    }
  }

  /** Whole rows: each is matched, cells and end tag, before anything is read from it, or left to the long way. */
  private bulkRows(source: string, from: number): number {
    const { row, cell, rowClose, prefix } = this.rowPatterns;
    const starts = this.cellStarts;
    let at = from;
    for (;;) {
      row.lastIndex = at;
      const start = row.exec(source);
      if (start === null || OTHER_ROW_ATTRIBUTES.test(start[2])) return at;
      let end = row.lastIndex;
      starts.length = 0;
      if (start[3] !== "/") {
        for (;;) {
          cell.lastIndex = end;
          if (!cell.test(source)) break;
          starts.push(end);
          end = cell.lastIndex;
        }
        if (!source.startsWith(rowClose, end)) return at;
        end += rowClose.length;
      }
      this.placeRow(start[1] === undefined ? NaN : Number(start[1]));
      for (let i = 0; i < starts.length; i++) this.readSimpleCell(source, starts[i], prefix);
      at = end;
    }
  }

  /**
   * A cell simpleCell matched at `at`, read in place: its shape is known (`<c r="AB12"`, then ` s="3"`, ` t="s"`, each
   * optional, then `/>` or `><v>…</v></c>`), so only the value is sliced, no string made for its address, style or type.
   */
  private readSimpleCell(source: string, at: number, prefix: string): void {
    let i = at + prefix.length + 6; // past `<c r="`
    let col = 0;
    for (let code = source.charCodeAt(i); code >= 65 && code <= 90; code = source.charCodeAt(++i)) col = col * 26 + (code - 64);
    let row = 0;
    for (let code = source.charCodeAt(i); code >= 48 && code <= 57; code = source.charCodeAt(++i)) row = row * 10 + (code - 48);
    i++; // the closing quote
    let style = 0;
    if (source.charCodeAt(i + 1) === S) {
      for (i += 4; source.charCodeAt(i) !== QUOTE; i++) style = style * 10 + (source.charCodeAt(i) - 48);
      i++;
    }
    let type = "n";
    if (source.charCodeAt(i + 1) === T) {
      const close = source.indexOf('"', i + 4);
      type = typeAt(source, i + 4, close);
      i = close + 1;
    }
    const ref = col <= COLUMNS && row >= 1 && row <= 1048576 ? (row - 1) * COLUMNS + col - 1 : -1;
    this.beginCell(ref, type, style);
    if (source.charCodeAt(i) === GT) {
      const valueStart = i + prefix.length + 4; // past `><v>`
      this.v = source.slice(valueStart, source.indexOf("<", valueStart));
    }
    this.inCell = false;
    this.finishCell();
  }

  /** The row being read: its depth, and the pattern of its simple cells with its own prefix (`x:row` → `<x:c …>`). */
  private rowDepth = -1;
  private rowName = "";
  private cellPrefix = "";
  private cellPattern = simpleCell("");
  /** Rows and their cells with the prefix of sheetData (`x:sheetData` → `<x:row …>`). */
  private rowPatterns = simpleRow("");
  /** Where each cell of the row being matched starts. */
  private readonly cellStarts: number[] = [];

  /**
   * The fast path for a cell `bulk` leaves to the tokenizer (an attribute order or quote of its own): one plain
   * value, `<c …><v>…</v></c>` with nothing between the tags (and no entity or carriage return in the value, nor an
   * empty one), read in one step; any other cell goes the long way.
   */
  leaf(element: XmlElement, name: string, source: string, contentStart: number): number {
    if (this.skipUntil >= 0 || this.inCell || !this.inSheetData || !element.main || element.local !== "c") return -1;
    const tags = this.cellTags(name);
    if (!source.startsWith(tags.valueOpen, contentStart)) return -1;
    const valueStart = contentStart + tags.valueOpen.length;
    const valueEnd = source.indexOf("<", valueStart);
    if (valueEnd < 0 || !source.startsWith(tags.valueClose, valueEnd)) return -1;
    const cellClose = valueEnd + tags.valueClose.length;
    if (!source.startsWith(tags.cellClose, cellClose)) return -1;
    // An empty <v></v> is no text at all on the long way (no text event): left to it.
    if (valueEnd === valueStart) return -1;
    const value = source.slice(valueStart, valueEnd);
    if (value.indexOf("&") >= 0 || value.indexOf("\r") >= 0) return -1;
    this.openCell(element.attrs);
    this.v = value;
    this.inCell = false;
    this.finishCell();
    return cellClose + tags.cellClose.length;
  }

  private tags = { cell: "", valueOpen: "", valueClose: "", cellClose: "" };

  /** `<v>`, `</v>`, `</c>` with the cell's own prefix (`x:c` → `<x:v>`). */
  private cellTags(name: string): { valueOpen: string; valueClose: string; cellClose: string } {
    if (this.tags.cell !== name) {
      const prefix = name.slice(0, name.length - 1);
      this.tags = { cell: name, valueOpen: `<${prefix}v>`, valueClose: `</${prefix}v>`, cellClose: `</${name}>` };
    }
    return this.tags;
  }

  text(text: string): void {
    if (this.target === TEXT_NONE || this.skipUntil >= 0) return;
    if (this.target === TEXT_V) this.v = this.v === null ? text : this.v + text;
    else if (this.target === TEXT_F) this.f = this.f === null ? text : this.f + text;
    else this.inline = this.inline === null ? text : this.inline + text;
  }

  private openRow(element: XmlElement): void {
    const { attrs, name } = element;
    this.rowDepth = this.depth;
    if (this.rowName !== name) {
      this.rowName = name;
      this.cellPrefix = name.slice(0, name.length - 3);
      this.cellPattern = simpleCell(this.cellPrefix);
    }
    const r = attrs.get("r");
    this.placeRow(r === undefined ? NaN : parseInt(r, 10));
    const hidden = attrs.get("hidden");
    if (hidden === "1" || hidden === "true") this.parts.hiddenRows.push(this.row);
  }

  /** A row starts at its r= (1-based), or, where it has none or one out of bounds, after the one before it. */
  private placeRow(r: number): void {
    this.row = r >= 1 && r <= 1048576 ? r - 1 : this.row + 1;
    this.col = -1;
  }

  /** One pass over the attributes, the reference parsed in place (no substring). */
  private openCell(attrs: Attributes): void {
    let ref = -1;
    let type = "n";
    let style = 0;
    const { source, offsets } = attrs;
    for (let i = 0; i < attrs.count; i++) {
      const at = 4 * i;
      if (offsets[at + 1] - offsets[at] !== 1) continue;
      const name = source.charCodeAt(offsets[at]);
      if (name === R) {
        const parsed = parseReference(source, offsets[at + 2], offsets[at + 3]);
        if (parsed >= 0) ref = parsed;
      } else if (name === T) type = attrs.value(i);
      else if (name === S) style = parseInt(attrs.value(i), 10) || 0;
    }
    this.beginCell(ref, type, style);
  }

  /** A cell opens at `ref` (row × 16384 + column), or, where it has none, after the one before it. */
  private beginCell(ref: number, type: string, style: number): void {
    let row = Math.floor(ref / COLUMNS);
    let col = ref % COLUMNS;
    if (ref < 0) {
      col = this.col + 1;
      row = Math.max(this.row, 0);
    }
    this.col = col;
    this.inCell = true;
    this.cellDepth = this.depth;
    this.cellRow = row;
    this.cellCol = col;
    this.type = type;
    this.style = style;
    this.v = null;
    this.inline = null;
    this.f = null;
    this.hasF = false;
    this.inIs = false;
  }

  private openInCell(local: string, attrs: Attributes): void {
    if (local === "v") this.target = TEXT_V;
    else if (local === "f") {
      this.target = TEXT_F;
      this.hasF = true;
      this.fType = attrs.get("t") ?? null;
      this.fShared = attrs.get("si");
      this.fRef = attrs.get("ref");
    } else if (local === "is") this.inIs = true;
    else if (local === "t" && this.inIs) this.target = TEXT_IS;
    else if (local === "rPh") this.skipUntil = this.depth;
  }

  private closeInCell(depth: number): void {
    if (depth === this.cellDepth) {
      this.inCell = false;
      this.target = TEXT_NONE;
      this.finishCell();
      return;
    }
    this.target = TEXT_NONE;
  }

  private finishCell(): void {
    const formula = this.formula();
    const value = formula !== null || this.hasFormulaType() ? this.cachedResult() : this.plainValue();
    if (value === null && formula === null) return;
    const cells = this.parts;
    if (this.rows.length >= LIMITS.cellsPerSheet) throw new LimitError(limitDetail.cells());
    if (++this.context.cells.total > LIMITS.cellsPerWorkbook) throw new LimitError(limitDetail.workbookCells());
    if (typeof value === "string") {
      this.context.text.total += value.length;
      if (this.context.text.total > LIMITS.cellText) throw new LimitError(limitDetail.cellText());
    }
    this.rows.push(this.cellRow);
    this.cols.push(this.cellCol);
    cells.values.push(value);
    if (formula !== null) {
      while (cells.formulas.length < cells.values.length - 1) cells.formulas.push(null);
      cells.formulas.push(formula);
    }
  }

  private hasFormulaType(): boolean {
    return this.hasF && this.fType !== null;
  }

  /** The formula text, a shared one translated from its master cell; null where the cell has none. */
  private formula(): string | null {
    if (!this.hasF) return null;
    const text = this.f;
    if (this.fType === "shared" && this.fShared !== undefined) {
      if (text && this.fRef !== undefined) {
        this.sharedMasters.set(this.fShared, { formula: text, row: this.cellRow, col: this.cellCol });
      } else if (!text) {
        const master = this.sharedMasters.get(this.fShared);
        if (!master) return null;
        return stripEquals(slideFormula(master.formula, master.row + 1, master.col, this.cellRow + 1, this.cellCol));
      }
    }
    return text ? stripEquals(text) : null;
  }

  /** A formula's cached result, typed by the cell's t; null where it was never calculated. */
  private cachedResult(): CellValue {
    const v = this.v;
    if (v === null || v === "") return null;
    if (this.type === "str" || this.type === "inlineStr") return v;
    if (this.type === "b") return parseInt(v, 10) !== 0;
    if (this.type === "e") return { error: v };
    return this.number(v);
  }

  private plainValue(): CellValue {
    const v = this.v;
    switch (this.type) {
      case "s": {
        if (v === null) return null;
        const text = this.context.sharedStrings[parseInt(v, 10)];
        return text === undefined ? null : text;
      }
      case "inlineStr":
        return this.inline !== null ? unescapeXstring(this.inline) : v;
      case "str":
        return v === null ? null : v;
      case "b":
        return v === null ? null : parseInt(v, 10) !== 0;
      case "e":
        return v === null ? null : { error: v };
      case "d":
        return v === null ? null : isoDate(v);
      default:
        // Some writers put an inline string in a cell without t="inlineStr".
        if (v === null) return this.inline === null ? null : unescapeXstring(this.inline);
        return this.number(v);
    }
  }

  private number(v: string): CellValue {
    const n = parseFloat(v);
    if (!Number.isFinite(n)) return null;
    if (!this.context.isDateStyle(this.style)) return n;
    const shows = this.context.coarseDate?.(this.style);
    if (shows) this.parts.coarseDates.push({ row: this.cellRow, col: this.cellCol, shows });
    return serialToDate(n, this.context.date1904);
  }

  private addMerge(ref: string | undefined): void {
    if (!ref) return;
    const [from, to = from] = ref.split(":");
    const top = rowOf(from);
    const left = columnOf(from);
    const bottom = rowOf(to);
    const right = columnOf(to);
    if (top < 0 || left < 0 || bottom < 0 || right < 0) return;
    this.parts.merges.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) });
  }

  private addCol(attrs: Attributes): void {
    const hidden = attrs.get("hidden");
    if (hidden !== "1" && hidden !== "true") return;
    const min = attrs.get("min") ?? "";
    const first = parseInt(min, 10);
    const last = parseInt(attrs.get("max") ?? min, 10);
    if (first >= 1 && last >= first) this.parts.hiddenCols.push({ first: first - 1, last: Math.min(last, 16384) - 1 });
  }
}

function stripEquals(formula: string): string | null {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  return text.length > 0 ? text : null;
}

/**
 * An Excel serial as a date. Same arithmetic as ExcelJS (days since 1899-12-30, or 1904-01-01), time of day
 * dropped: dates are days in a plan.
 */
export function serialToDate(serial: number, date1904: boolean): Date | null {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000);
  return utcMidnight(new Date(ms));
}

/** t="d" cells hold an ISO 8601 date (strict OOXML writers use them). */
function isoDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (match) return utcMidnight(new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])));
  const time = /^(\d{2}):(\d{2})/.exec(text.trim());
  return time ? new Date(Date.UTC(1899, 11, 30)) : null;
}

function utcMidnight(date: Date): Date | null {
  if (Number.isNaN(date.getTime())) return null;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
