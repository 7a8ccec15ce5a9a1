// What Office.js returns for a used range, turned into the engine's SheetGrid. Pure, so it is tested without Excel.
import type { CellRange, CellValue, CoarseDate, SheetGrid } from "../core/types";
import { dateShows } from "../xlsx/number-format";

export interface RangeData {
  name: string;
  values: unknown[][];
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  rowIndex: number;
  columnIndex: number;
  merges?: CellRange[];
  /** 0-based sheet columns the user hid. */
  hiddenColumns?: number[];
}

const ERROR_VALUE = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!)$/;

/** Excel's day 0 (30 Dec 1899) in UTC milliseconds; serials count days from it. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

/** True where a number format shows a date: it has a day or year token outside quotes, brackets and escapes. */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string") return false;
  const bare = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  return /[dy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** An Excel date serial to a Date at UTC midnight of that day. */
export function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
}

function toCellValue(value: unknown, format: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") return isDateFormat(format) ? serialToDate(value) : value;
  if (typeof value === "boolean") return value;
  const text = String(value);
  return ERROR_VALUE.test(text) ? { error: text } : text;
}

function toFormula(formula: unknown): string | null {
  return typeof formula === "string" && formula.startsWith("=") ? formula.slice(1) : null;
}

/** Values, formulas (without "="), dates from date-formatted serials (and which show a month or year alone), error
 *  codes as CellError, origin and merges. */
export function toSheetGrid(data: RangeData): SheetGrid {
  const coarseDates: CoarseDate[] = [];
  const values = data.values.map((row, r) =>
    row.map((value, c) => {
      const format = data.numberFormat?.[r]?.[c];
      const cell = toCellValue(value, format);
      const shows = cell instanceof Date && typeof format === "string" ? dateShows(format) : null;
      if (shows !== null && shows !== "day") coarseDates.push({ row: data.rowIndex + r, col: data.columnIndex + c, shows });
      return cell;
    }),
  );
  const grid: SheetGrid = { name: data.name, values, originRow: data.rowIndex, originCol: data.columnIndex };
  if (coarseDates.length > 0) grid.coarseDates = coarseDates;
  if (data.formulas) grid.formulas = data.formulas.map((row) => row.map(toFormula));
  if (data.merges && data.merges.length > 0) grid.merges = data.merges;
  if (data.hiddenColumns && data.hiddenColumns.length > 0) grid.hiddenCols = data.hiddenColumns.map((col) => ({ first: col, last: col }));
  return grid;
}
