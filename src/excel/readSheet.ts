// readSheet: the active sheet's used range (and the "Thông tin kế hoạch" sheet, if any) as engine grids, in requests
// sized by the bytes they carry, not by cell count: long Vietnamese text weighs two or three bytes a letter.
// Syncs: (1) the sheet's size; (2) a first part of rows with values, formulas and number formats, plus, where
// ExcelApi 1.9 runs, where the formulas of the other rows are, and, with 1.13, the merged areas; then (3…) the other
// rows in parts sized from the first part's measured bytes, each with the formulas of its rows only. A sheet of up to
// about 8 MB of cell text reads in four syncs (a 10,000-row plan in three); bigger sheets take one more per ~3.5 MB.
// A part Excel still refuses as too large (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded) is
// read again in halves.
import type { CellRange, SheetGrid } from "../core/types";
import { INFO_SHEET_NAME } from "../core/forms";
import { ALL_CAPABILITIES, EXCEL_API, type Capabilities } from "../office/capabilities";
import { parseAreas } from "./address";
import { queueReadingParts } from "./readingPart";
import { addressChunks, jsonBytes, RESPONSE_BYTES_BUDGET } from "./batch";
import { UserFacingError } from "./errors";
import { toSheetGrid } from "./grid";
import { EXCEL_TEXT } from "./strings.vi";

/** Cells of the first part: small enough for any realistic text (~1 KB a cell stays under the budget). */
export const FIRST_PART_CELLS = 3_000;
/** Rows per getMergedAreasOrNullObject call: Excel fails above 512 merged areas in one range. */
export const MERGE_CHUNK_ROWS = 200;
/** Parts beyond which a sheet is refused rather than read for minutes (≈ 100 MB of cell text). */
export const MAX_PARTS = 30;
/** Guess of a formula's bytes in the response, to leave room for the formulas of a part's rows. */
const FORMULA_BYTES = 80;

export interface SheetRead {
  /** The active sheet. */
  grid: SheetGrid;
  /** Its worksheet id, which a rename leaves as it is: where the pane's marks go. */
  sheetId: string;
  /** The plan-information sheet, when the workbook has one and it is not the active sheet. */
  info: SheetGrid | null;
  /** Checks that were weaker on this host (merged areas not readable below ExcelApi 1.13), in Vietnamese. */
  weaker: string[];
  /** context.sync() calls the read took. */
  syncs: number;
  /** The text of the workbook's reading-correction parts (Cách đọc bảng), read in the same syncs. */
  customXmlParts: string[];
}

export interface RowPart {
  top: number;
  bottom: number;
}

interface Used {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

interface PartData {
  part: RowPart;
  values: unknown[][];
  numberFormat: unknown[][];
  /** Full formulas of the part (first part, or hosts below 1.9). */
  formulas?: unknown[][];
}

/** Rows [top, bottom] split into consecutive parts of at most `rowsPerPart` rows. */
export function splitRows(top: number, bottom: number, rowsPerPart: number): RowPart[] {
  const size = Math.max(1, Math.floor(rowsPerPart));
  const parts: RowPart[] = [];
  for (let start = top; start <= bottom; start += size) parts.push({ top: start, bottom: Math.min(bottom, start + size - 1) });
  return parts;
}

/** Rows per later part, from the first part's measured bytes per row and the formulas expected per row. */
export function rowsPerPart(bytesPerRow: number, formulasPerRow: number): number {
  const perRow = Math.max(1, bytesPerRow + formulasPerRow * FORMULA_BYTES);
  return Math.max(1, Math.floor(RESPONSE_BYTES_BUDGET / perRow));
}

function isPayloadError(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

class SheetReader {
  syncs = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly sheet: Excel.Worksheet,
    private readonly sheetName: string,
    private readonly used: Used,
  ) {}

  private range(part: RowPart): Excel.Range {
    return this.sheet.getRangeByIndexes(part.top, this.used.columnIndex, part.bottom - part.top + 1, this.used.columnCount);
  }

  /** Queues a part's load: formulas with it where the host cannot say which cells hold one. */
  queuePart(part: RowPart, withFormulas: boolean): () => PartData {
    const range = this.range(part).load(withFormulas ? "values, numberFormat, formulas" : "values, numberFormat");
    return () => ({ part, values: range.values, numberFormat: range.numberFormat, formulas: withFormulas ? range.formulas : undefined });
  }

  /** Queues the formulas of the given formula areas (ExcelApi 1.9), in address chunks. */
  queueFormulas(areas: CellRange[]): () => { area: CellRange; formulas: unknown[][] }[] {
    const collections = addressChunks(areas).map((address) => this.sheet.getRanges(address).areas.load("items/formulas, items/rowIndex, items/columnIndex"));
    return () =>
      collections.flatMap((c) =>
        c.items.map((r) => {
          const rows = r.formulas.length;
          const cols = rows > 0 ? r.formulas[0].length : 0;
          return { area: { top: r.rowIndex, left: r.columnIndex, bottom: r.rowIndex + rows - 1, right: r.columnIndex + cols - 1 }, formulas: r.formulas };
        }),
      );
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    await this.context.sync();
  }

  /**
   * Reads the parts one sync each, a refused part again as two halves. Recursion rather than a loop: each step is
   * one bounded request whose size was measured, never one request per cell or row.
   */
  async readParts(parts: RowPart[], formulaAreas: CellRange[] | null, done: PartData[], formulas: { area: CellRange; formulas: unknown[][] }[]): Promise<void> {
    const [part, ...rest] = parts;
    if (!part) return;
    if (done.length + parts.length > MAX_PARTS) throw new UserFacingError(EXCEL_TEXT.errors.sheetTooLarge(this.sheetName, this.cellCount()));
    const read = this.queuePart(part, formulaAreas === null);
    const inPart = (formulaAreas ?? []).filter((a) => a.top >= part.top && a.top <= part.bottom);
    const readFormulas = inPart.length > 0 ? this.queueFormulas(inPart) : () => [];
    try {
      await this.sync();
    } catch (error) {
      if (!isPayloadError(error) || part.bottom === part.top) throw error;
      const middle = part.top + Math.floor((part.bottom - part.top) / 2);
      return this.readParts([{ top: part.top, bottom: middle }, { top: middle + 1, bottom: part.bottom }, ...rest], formulaAreas, done, formulas);
    }
    done.push(read());
    formulas.push(...readFormulas());
    return this.readParts(rest, formulaAreas, done, formulas);
  }

  private cellCount(): string {
    return (this.used.rowCount * this.used.columnCount).toLocaleString("vi-VN");
  }
}

/** The merges of the used range, 200 rows a call (Excel fails above 512 merged areas in one call). */
function queueMerges(sheet: Excel.Worksheet, used: Used): Excel.RangeAreas[] {
  const chunks = splitRows(used.rowIndex, used.rowIndex + used.rowCount - 1, MERGE_CHUNK_ROWS);
  return chunks.map((part) =>
    sheet.getRangeByIndexes(part.top, used.columnIndex, part.bottom - part.top + 1, used.columnCount).getMergedAreasOrNullObject().load("address"),
  );
}

function mergesOf(areas: Excel.RangeAreas[]): CellRange[] {
  return areas.flatMap((a) => (a.isNullObject ? [] : parseAreas(a.address)));
}

function infoGrid(sheetName: string, used: Excel.Range | null): SheetGrid | null {
  if (used === null || used.isNullObject) return null;
  const { values, formulas, numberFormat, rowIndex, columnIndex } = used;
  return toSheetGrid({ name: sheetName, values, formulas, numberFormat, rowIndex, columnIndex });
}

/** The parts' rows joined in sheet order; formula cells filled in where the formulas came per area. */
function joinParts(parts: PartData[], used: Used, areaFormulas: { area: CellRange; formulas: unknown[][] }[]): { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][] } {
  const sorted = [...parts].sort((a, b) => a.part.top - b.part.top);
  const values = sorted.flatMap((p) => p.values);
  const numberFormat = sorted.flatMap((p) => p.numberFormat);
  const formulas = sorted.flatMap((p) => p.formulas ?? p.values.map((row) => row.map(() => "")));
  for (const { area, formulas: block } of areaFormulas) {
    block.forEach((row, r) => row.forEach((f, c) => (formulas[area.top - used.rowIndex + r][area.left - used.columnIndex + c] = f)));
  }
  return { values, formulas, numberFormat };
}

/** How many columns of the used range are asked whether they are hidden. */
const HIDDEN_PROBE_COLUMNS = 200;

export async function readSheet(context: Excel.RequestContext, caps: Capabilities = ALL_CAPABILITIES): Promise<SheetRead> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name, id");
  const usedRange = sheet.getUsedRangeOrNullObject(true);
  usedRange.load("rowIndex, columnIndex, rowCount, columnCount");
  const infoSheet = context.workbook.worksheets.getItemOrNullObject(INFO_SHEET_NAME);
  infoSheet.load("name");
  const readingParts = queueReadingParts(context);
  await context.sync();

  if (usedRange.isNullObject) throw new UserFacingError(EXCEL_TEXT.errors.sheetEmpty(sheet.name));
  const used: Used = { rowIndex: usedRange.rowIndex, columnIndex: usedRange.columnIndex, rowCount: usedRange.rowCount, columnCount: usedRange.columnCount };
  const reader = new SheetReader(context, sheet, sheet.name, used);
  const lastRow = used.rowIndex + used.rowCount - 1;
  const firstRows = Math.max(1, Math.floor(FIRST_PART_CELLS / used.columnCount));
  const first: RowPart = { top: used.rowIndex, bottom: Math.min(lastRow, used.rowIndex + firstRows - 1) };
  const sparseFormulas = caps.excelApi >= EXCEL_API.rangeAreas && first.bottom < lastRow;

  // Second sync: the first part, the merges, where the other rows' formulas are, and the info sheet.
  const readFirst = reader.queuePart(first, true);
  const merges = caps.excelApi >= EXCEL_API.mergedAreas ? queueMerges(sheet, used) : [];
  const rest = first.bottom < lastRow ? sheet.getRangeByIndexes(first.bottom + 1, used.columnIndex, lastRow - first.bottom, used.columnCount) : null;
  const formulaCells = sparseFormulas && rest ? rest.getSpecialCellsOrNullObject("Formulas").load("address, cellCount") : null;
  const readInfo = !infoSheet.isNullObject && infoSheet.name !== sheet.name;
  const infoUsed = readInfo ? infoSheet.getUsedRangeOrNullObject(true).load("values, formulas, numberFormat, rowIndex, columnIndex") : null;
  const readingXml = readingParts.thenXml();
  // Which columns the user hid (one cell of each, the first columns only: a plan has a few dozen, a stray cell far
  // away must not make thousands of proxies): last year's money kept hidden is not the plan's (headers.ts).
  const probed = Math.min(used.columnCount, HIDDEN_PROBE_COLUMNS);
  const columnProbes = Array.from({ length: probed }, (_, i) => sheet.getRangeByIndexes(used.rowIndex, used.columnIndex + i, 1, 1).load("columnHidden"));
  await reader.sync();
  const hiddenColumns = columnProbes.flatMap((probe, i) => (probe.columnHidden === true ? [used.columnIndex + i] : []));
  const firstPart = readFirst();

  const formulaAreas = formulaCells === null ? null : formulaCells.isNullObject ? [] : parseAreas(formulaCells.address);
  const done: PartData[] = [firstPart];
  const areaFormulas: { area: CellRange; formulas: unknown[][] }[] = [];
  if (first.bottom < lastRow) {
    const partRows = first.bottom - first.top + 1;
    const bytesPerRow = (jsonBytes(firstPart.values) + jsonBytes(firstPart.numberFormat) + (formulaAreas === null ? jsonBytes(firstPart.formulas) : 0)) / partRows;
    const formulasPerRow = formulaCells && !formulaCells.isNullObject ? formulaCells.cellCount / (lastRow - first.bottom) : 0;
    const parts = splitRows(first.bottom + 1, lastRow, rowsPerPart(bytesPerRow, formulasPerRow));
    await reader.readParts(parts, formulaAreas, done, areaFormulas);
  }

  const grid = toSheetGrid({
    name: sheet.name,
    ...joinParts(done, used, areaFormulas),
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    merges: mergesOf(merges),
    hiddenColumns,
  });
  const weaker = caps.excelApi >= EXCEL_API.mergedAreas ? [] : [EXCEL_TEXT.weaker.merges];
  return { grid, sheetId: sheet.id, info: readInfo ? infoGrid(infoSheet.name, infoUsed) : null, weaker, syncs: reader.syncs + 1, customXmlParts: readingXml() };
}
