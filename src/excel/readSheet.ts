// readSheet: the active sheet's used range (and the "Thông tin kế hoạch" sheet, if any) as engine grids.
// Syncs: one for the size, then the cells in at most MAX_DATA_SYNCS row parts, each under Excel on the web's 5 MB
// response limit (CELLS_PER_SYNC cells × ~120 bytes for value, formula and number format) — four at most in all.
import type { CellRange, SheetGrid } from "../core/types";
import { INFO_SHEET_NAME } from "../core/forms";
import { parseAreas } from "./address";
import { UserFacingError } from "./errors";
import { toSheetGrid } from "./grid";
import { EXCEL_TEXT } from "./strings.vi";

export const CELLS_PER_SYNC = 35_000;
export const MAX_DATA_SYNCS = 3;
const CELL_PROPS = "values, formulas, numberFormat";

export interface SheetRead {
  /** The active sheet. */
  grid: SheetGrid;
  /** The plan-information sheet, when the workbook has one and it is not the active sheet. */
  info: SheetGrid | null;
}

export interface RowPart {
  top: number;
  bottom: number;
}

/** Splits the used rows into as few equal parts as keep each under CELLS_PER_SYNC cells. */
export function rowParts(rowIndex: number, rowCount: number, columnCount: number): RowPart[] {
  const count = Math.max(1, Math.ceil((rowCount * columnCount) / CELLS_PER_SYNC));
  const size = Math.ceil(rowCount / count);
  return Array.from({ length: count }, (_, i) => ({
    top: rowIndex + i * size,
    bottom: rowIndex + Math.min(rowCount, (i + 1) * size) - 1,
  })).filter((part) => part.top <= part.bottom);
}

function queuePart(sheet: Excel.Worksheet, columnIndex: number, columnCount: number, part: RowPart): Excel.Range {
  const range = sheet.getRangeByIndexes(part.top, columnIndex, part.bottom - part.top + 1, columnCount);
  return range.load(CELL_PROPS);
}

function joinParts(parts: Excel.Range[]): { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][] } {
  return {
    values: parts.flatMap((p) => p.values),
    formulas: parts.flatMap((p) => p.formulas),
    numberFormat: parts.flatMap((p) => p.numberFormat),
  };
}

function mergesOf(areas: Excel.RangeAreas): CellRange[] {
  return areas.isNullObject ? [] : parseAreas(areas.address);
}

function infoGrid(sheetName: string, used: Excel.Range | null): SheetGrid | null {
  if (used === null || used.isNullObject) return null;
  const { values, formulas, numberFormat, rowIndex, columnIndex } = used;
  return toSheetGrid({ name: sheetName, values, formulas, numberFormat, rowIndex, columnIndex });
}

export async function readSheet(context: Excel.RequestContext): Promise<SheetRead> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex, columnIndex, rowCount, columnCount");
  const infoSheet = context.workbook.worksheets.getItemOrNullObject(INFO_SHEET_NAME);
  infoSheet.load("name");
  await context.sync();

  if (used.isNullObject) throw new UserFacingError(EXCEL_TEXT.errors.sheetEmpty(sheet.name));
  const parts = rowParts(used.rowIndex, used.rowCount, used.columnCount);
  if (parts.length > MAX_DATA_SYNCS) {
    const cells = (used.rowCount * used.columnCount).toLocaleString("vi-VN");
    throw new UserFacingError(EXCEL_TEXT.errors.sheetTooLarge(sheet.name, cells));
  }

  const loaded: Excel.Range[] = [queuePart(sheet, used.columnIndex, used.columnCount, parts[0])];
  const merged = used.getMergedAreasOrNullObject();
  merged.load("address");
  const readInfo = !infoSheet.isNullObject && infoSheet.name !== sheet.name;
  const infoUsed = readInfo ? infoSheet.getUsedRangeOrNullObject(true).load(`${CELL_PROPS}, rowIndex, columnIndex`) : null;
  await context.sync();

  if (parts[1]) {
    loaded.push(queuePart(sheet, used.columnIndex, used.columnCount, parts[1]));
    await context.sync();
  }
  if (parts[2]) {
    loaded.push(queuePart(sheet, used.columnIndex, used.columnCount, parts[2]));
    await context.sync();
  }

  const grid = toSheetGrid({
    name: sheet.name,
    ...joinParts(loaded),
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    merges: mergesOf(merged),
  });
  return { grid, info: readInfo ? infoGrid(infoSheet.name, infoUsed) : null };
}
