// insertLayouts: several FormLayouts (the Tổng hợp workbook) on NEW sheets of the open workbook, never replacing one:
// each takes the first free name ("Tổng hợp (2)" …), and the layouts are built for the names they get, so formulas
// between them point at the right sheets. Writes go in requests sized in bytes, each under Excel on the web's 5 MB
// limit: one sync for the names, then one per ~4 MB of values, formats and styles (one in all for a few drafts).
import { FONT_NAME, FONT_SIZE, STYLES, uniqueSheetName, type FormLayout, type LayoutCell, type StyleName } from "../core/forms";
import { areaAddress } from "./address";
import { addressChunks, estimateBytes, REQUEST_BYTES_LIMIT, rowRuns } from "./batch";
import { ALL_CAPABILITIES, EXCEL_API, type Capabilities } from "../office/capabilities";
import { applyStyle, formMatrices, queueSheetSetup } from "./insertForm";

/** Rows of values per write: small enough that a chunk's bytes are known before it is queued. */
const ROWS_PER_CHUNK = 500;
/** What one queued call costs beyond its data: method, ids, property names. */
const CALL_BYTES = 200;

/** A queued write and its size: pieces are gathered into requests under the limit. */
interface Piece {
  bytes: number;
  queue(): void;
}

function cellsByRows(layout: FormLayout, first: number, last: number): LayoutCell[] {
  return layout.cells.filter((cell) => cell.row >= first && cell.row <= last);
}

/** Styles of the cells in rows first…last, each style over multi-area ranges (ExcelApi 1.9), else range by range. */
function stylePieces(sheet: () => Excel.Worksheet, cells: LayoutCell[], multiArea: boolean): Piece[] {
  const byStyle = new Map<StyleName, { row: number; col: number }[]>();
  for (const cell of cells) {
    const list = byStyle.get(cell.style) ?? [];
    for (let r = 0; r < (cell.merge?.rows ?? 1); r++) for (let c = 0; c < (cell.merge?.cols ?? 1); c++) list.push({ row: cell.row + r, col: cell.col + c });
    byStyle.set(cell.style, list);
  }
  const pieces: Piece[] = [];
  for (const [style, list] of byStyle) {
    const runs = rowRuns(list);
    if (multiArea) {
      for (const address of addressChunks(runs)) {
        pieces.push({ bytes: address.length + 12 * CALL_BYTES, queue: () => applyStyle(sheet().getRanges(address).format, STYLES[style]) });
      }
    } else {
      for (const run of runs) pieces.push({ bytes: 12 * CALL_BYTES, queue: () => applyStyle(sheet().getRange(areaAddress(run)).format, STYLES[style]) });
    }
  }
  return pieces;
}

interface InsertOptions {
  /** Put =CCHC.BANGCHU(…) in the words cells (the add-in's custom function is there). */
  wordsFormula: boolean;
  capabilities?: Capabilities;
}

function layoutPieces(sheets: Excel.WorksheetCollection, layout: FormLayout, options: InsertOptions): Piece[] {
  const multiArea = (options.capabilities ?? ALL_CAPABILITIES).excelApi >= EXCEL_API.rangeAreas;
  let added: Excel.Worksheet | null = null;
  const sheet = (): Excel.Worksheet => (added ??= sheets.add(layout.sheetName));
  const { formulas, numberFormat } = formMatrices(layout, options);
  const pieces: Piece[] = [{ bytes: CALL_BYTES, queue: () => void sheet() }];
  for (let top = 0; top < formulas.length; top += ROWS_PER_CHUNK) {
    const rows = formulas.slice(top, top + ROWS_PER_CHUNK);
    const formats = numberFormat.slice(top, top + ROWS_PER_CHUNK);
    pieces.push({
      bytes: estimateBytes(rows, formats) + 4 * CALL_BYTES,
      queue: () => {
        const block = sheet().getRangeByIndexes(top, 0, rows.length, rows[0].length);
        block.numberFormat = formats;
        block.formulas = rows;
        block.format.font.name = FONT_NAME;
        block.format.font.size = FONT_SIZE;
      },
    });
    pieces.push(...stylePieces(sheet, cellsByRows(layout, top, top + rows.length - 1), multiArea));
  }
  for (const cell of layout.cells) {
    if (!cell.merge || (cell.merge.rows === 1 && cell.merge.cols === 1)) continue;
    const address = areaAddress({ top: cell.row, left: cell.col, bottom: cell.row + cell.merge.rows - 1, right: cell.col + cell.merge.cols - 1 });
    pieces.push({ bytes: address.length + CALL_BYTES, queue: () => sheet().getRange(address).merge(false) });
  }
  for (const { row, points } of layout.rowHeights ?? []) {
    pieces.push({ bytes: CALL_BYTES, queue: () => void (sheet().getRangeByIndexes(row, 0, 1, 1).format.rowHeight = points) });
  }
  pieces.push({ bytes: (layout.columns.length + 8) * CALL_BYTES, queue: () => queueSheetSetup(sheet(), layout, multiArea) });
  return pieces;
}

/** Pieces gathered, in order, into requests of at most `limit` bytes (a piece larger than that goes alone). */
export function requests<T extends { bytes: number }>(pieces: T[], limit = REQUEST_BYTES_LIMIT): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const piece of pieces) {
    if (current.length > 0 && bytes + piece.bytes > limit) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(piece);
    bytes += piece.bytes;
  }
  if (current.length > 0) out.push(current);
  return out;
}

export interface InsertedSheets {
  names: string[];
  syncs: number;
  /** Estimated size of each write request, in bytes. */
  requestBytes: number[];
}

/**
 * Adds the layouts `build(names)` returns, one new sheet each, named from `wanted` made unique in the workbook.
 * The first layout's sheet is activated.
 */
export async function insertLayouts(
  context: Excel.RequestContext,
  wanted: string[],
  build: (names: string[]) => FormLayout[],
  options: InsertOptions = { wordsFormula: true },
): Promise<InsertedSheets> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const taken = sheets.items.map((s) => s.name);
  const names = wanted.map((name) => {
    const unique = uniqueSheetName(name, taken);
    taken.push(unique);
    return unique;
  });
  const layouts = build(names);
  const pieces = layouts.flatMap((layout) => layoutPieces(sheets, layout, options));
  pieces.push({ bytes: CALL_BYTES, queue: () => sheets.getItem(names[0]).activate() });
  const batches = requests(pieces);
  // One request per batch, in order: the count follows the bytes written, not the rows.
  await batches.reduce(
    (previous, batch) =>
      previous.then(() => {
        for (const piece of batch) piece.queue();
        return context.sync();
      }),
    Promise.resolve(),
  );
  return { names, syncs: 1 + batches.length, requestBytes: batches.map((batch) => batch.reduce((sum, piece) => sum + piece.bytes, 0)) };
}
