// insertScheduleSheet: the "Tiến độ" sheet (src/core/schedule-sheet.ts) on a NEW sheet, never replacing one. Two syncs:
// the sheet names, then every write (a sheet past 4 MB of cells adds a sync per further 4 MB). Month fills are Excel's built-in cell styles (Accent1, Accent1_40, Accent2_40…),
// which take their colours from the workbook theme; ongoing tasks add a hatch (a LightUp pattern, ExcelApi 1.9).
// The sheet is a snapshot, stated on it; its "Theo dõi thay đổi" column holds formulas that read the plan's period
// cells and name each one edited since. Needs ExcelApi 1.9 (getRanges, RangeAreas.style, fill.pattern), as insertForm.
import { uniqueSheetName } from "../core/forms";
import type { ScheduleSheetLayout, ScheduleStyle } from "../core/schedule-sheet";
import type { CellRange } from "../core/types";
import { areaAddress } from "./address";
import { addressChunks, jsonBytes, REQUEST_BYTES_LIMIT, writeBlocks, writeRemainingBlocks } from "./batch";
import { charsToPoints } from "./insertForm";

const FONT_NAME = "Times New Roman";
const FONT_SIZE = 12;
const GRID_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;
const OUTLINE_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
/** A neutral grey for area rows: not an accent, so areas never read as months. */
const AREA_FILL = "#E7E6E6";
/** What one queued action costs a request besides its payload, generously (the fake counts 80 bytes). */
const ACTION_BYTES = 100;
/** Actions a look queues at most: style, font ×4, fill ×2, alignment ×3, six border edges. */
const LOOK_ACTIONS = 16;

interface Look {
  /** An Excel BuiltInStyle, applied first: its fill follows the workbook theme. */
  builtIn?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fill?: string;
  hatch?: boolean;
  align?: "Left" | "Center";
  vertical?: "Top" | "Center";
  wrap?: boolean;
  grid?: boolean;
}

const LOOKS: Record<ScheduleStyle, Look> = {
  title: { bold: true, size: 14, align: "Center", vertical: "Center" },
  note: { italic: true, size: 11, wrap: true, vertical: "Center" },
  header: { builtIn: "Accent1_20", bold: true, align: "Center", vertical: "Center", wrap: true, grid: true },
  area: { bold: true, fill: AREA_FILL, vertical: "Top", wrap: true, grid: true },
  task: { vertical: "Top", wrap: true, grid: true },
  heading: { bold: true, vertical: "Top", wrap: true, grid: true },
  month: { align: "Center", vertical: "Center", grid: true },
  active: { builtIn: "Accent1", align: "Center", vertical: "Center", grid: true },
  ongoing: { builtIn: "Accent1_40", hatch: true, align: "Center", vertical: "Center", grid: true },
  deadline: { builtIn: "Accent2_40", bold: true, align: "Center", vertical: "Center", grid: true },
  edge: { bold: true, align: "Center", vertical: "Center", grid: true },
  check: { italic: true, vertical: "Top", wrap: true, grid: true },
  sectionTitle: { bold: true, vertical: "Center" },
  legendText: { vertical: "Center" },
};

export interface ScheduleInsertResult {
  sheetName: string;
}

function applyLook(target: Excel.RangeAreas, look: Look): void {
  if (look.builtIn) target.style = look.builtIn;
  const format = target.format;
  format.font.name = FONT_NAME;
  format.font.size = look.size ?? FONT_SIZE;
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.fill) format.fill.color = look.fill;
  if (look.hatch) format.fill.pattern = "LightUp";
  if (look.align) format.horizontalAlignment = look.align;
  if (look.vertical) format.verticalAlignment = look.vertical;
  if (look.wrap) format.wrapText = true;
  if (look.grid) for (const edge of GRID_EDGES) format.borders.getItem(edge).style = "Continuous";
}

/** A thick frame around the current month's column (and the legend's sample of it). */
function outline(sheet: Excel.Worksheet, range: CellRange): void {
  const borders = sheet.getRange(areaAddress(range)).format.borders;
  for (const edge of OUTLINE_EDGES) {
    const border = borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thick";
  }
}

/** Each column holding text cells, from its first to its last: those spans are set to Text (@), so a period or a
 *  number like "1.1" is not turned into a number or a date. One column-wide array each keeps the request small (a full
 *  format matrix would double a 10,000-row write); rows in between hold area titles, text as well. */
function textColumns(layout: ScheduleSheetLayout): { range: CellRange; formats: string[][] }[] {
  const spans = new Map<number, CellRange>();
  for (const area of layout.textAreas) {
    for (let col = area.left; col <= area.right; col++) {
      const span = spans.get(col);
      if (!span) spans.set(col, { top: area.top, bottom: area.bottom, left: col, right: col });
      else {
        span.top = Math.min(span.top, area.top);
        span.bottom = Math.max(span.bottom, area.bottom);
      }
    }
  }
  return [...spans.values()].map((range) => ({ range, formats: Array.from({ length: range.bottom - range.top + 1 }, () => ["@"]) }));
}

function queueSetup(sheet: Excel.Worksheet, layout: ScheduleSheetLayout): void {
  layout.columns.forEach((column, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = charsToPoints(column.width);
  });
  for (const { row, points } of layout.rowHeights) sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = points;
  const frozen = sheet.getRangeByIndexes(0, 0, layout.freeze.rows, layout.freeze.columns);
  sheet.freezePanes.freezeAt(frozen);
  sheet.pageLayout.orientation = "Landscape";
  sheet.pageLayout.paperSize = "A4";
  sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const [first, last] = layout.printTitleRows;
  sheet.pageLayout.setPrintTitleRows(`$${first + 1}:$${last + 1}`);
}

/** Brings the plan sheet read before back to the front (the schedule sheet just drawn is the active one). One sync. */
export async function showSheet(context: Excel.RequestContext, name: string): Promise<void> {
  context.workbook.worksheets.getItem(name).activate();
  await context.sync();
}

export async function insertScheduleSheet(
  context: Excel.RequestContext,
  layout: ScheduleSheetLayout,
): Promise<ScheduleInsertResult> {
  const text = textColumns(layout);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();

  const sheetName = uniqueSheetName(layout.sheetName, sheets.items.map((s) => s.name));
  const sheet = sheets.add(sheetName);
  // Formats before values: "1.1" and "Tháng 3-5" land in Text cells and stay as typed.
  for (const { range, formats } of text) sheet.getRange(areaAddress(range)).numberFormat = formats;
  // The cells in blocks of at most 4 MB (measured): the first with everything else, any further one a sync each.
  const write = ([first, last]: [number, number]): void => {
    if (last < first) return;
    sheet.getRangeByIndexes(first, 0, last - first + 1, layout.columns.length).formulas = layout.cells.slice(first, last + 1);
  };
  // What the sync sends besides the cells: the Text columns, each style's address chunks with their actions, the
  // merges, the frames and the sheet set-up (the areas go as address strings, not as their JSON).
  const looks = layout.styles.map(({ style, areas }) => ({ look: LOOKS[style], addresses: addressChunks(areas) }));
  const lookBytes = looks.reduce((n, { addresses }) => n + addresses.reduce((m, a) => m + a.length + LOOK_ACTIONS * ACTION_BYTES, 0), 0);
  const others = jsonBytes(text.map((t) => t.formats)) + lookBytes + layout.merges.length * 2 * ACTION_BYTES + 100 * ACTION_BYTES;
  const [head, ...more] = writeBlocks([layout.cells], REQUEST_BYTES_LIMIT - others);
  write(head);
  for (const { look, addresses } of looks) for (const address of addresses) applyLook(sheet.getRanges(address), look);
  for (const merge of layout.merges) sheet.getRange(areaAddress(merge)).merge(false);
  if (layout.currentMonth) outline(sheet, layout.currentMonth);
  outline(sheet, layout.currentMonthSample);
  queueSetup(sheet, layout);
  sheet.activate();
  await context.sync();
  await writeRemainingBlocks(context, more, write);
  return { sheetName };
}
