// insertForm: renders a FormLayout (src/core/forms) on a NEW sheet. Two syncs: the sheet names, then every write.
// Values and formulas go as one 2D array, number formats as another, styles once per style name over multi-area
// ranges, so the request count does not grow with the form.
import { FONT_NAME, FONT_SIZE, STYLES, uniqueSheetName, type CellStyle, type FormLayout, type LayoutCell, type StyleName } from "../core/forms";
import { a1 } from "../core/text";
import { areaAddress } from "./address";
import { ALL_CAPABILITIES, EXCEL_API, type Capabilities } from "../office/capabilities";
import { addressChunks, checkRequestSize, estimateBytes, rowRuns } from "./batch";
import { EXCEL_TEXT } from "./strings.vi";

export interface InsertOptions {
  /** Put =CCHC.BANGCHU(total) in the words cell (the add-in's custom function spells the total live). */
  wordsFormula?: boolean;
  /** The host's requirement sets: below ExcelApi 1.9 styles go one range at a time and print setup is left out. */
  capabilities?: Capabilities;
}

/** Excel's Text number format: what is written stays as written. */
export const TEXT_FORMAT = "@";

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;
const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center" } as const;

/** Excel character widths to the points Office.js takes (7 px a character plus 5 px padding, 0.75 pt a pixel). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function extent(cells: LayoutCell[]): { rows: number; cols: number } {
  return cells.reduce(
    (box, c) => ({ rows: Math.max(box.rows, c.row + (c.merge?.rows ?? 1)), cols: Math.max(box.cols, c.col + (c.merge?.cols ?? 1)) }),
    { rows: 0, cols: 0 },
  );
}

function wordsFormulaOf(layout: FormLayout): string | null {
  return layout.totalCell ? `=CCHC.BANGCHU(${a1(layout.totalCell.row, layout.totalCell.col)})` : null;
}

/** The formulas and number-format matrices of the whole form. */
export function formMatrices(layout: FormLayout, options: InsertOptions): { formulas: (string | number)[][]; numberFormat: string[][] } {
  const { rows, cols } = extent(layout.cells);
  const formulas: (string | number)[][] = Array.from({ length: rows }, () => Array<string | number>(cols).fill(""));
  const numberFormat: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill("General"));
  const inData = (row: number): boolean => !!layout.dataRows && row >= layout.dataRows.first && row <= layout.dataRows.last;
  for (const cell of layout.cells) {
    formulas[cell.row][cell.col] = cell.formula !== undefined ? `=${cell.formula}` : (cell.value ?? "");
    const column = layout.columns[cell.col];
    const columnFormat = inData(cell.row) ? (column?.key === "number" ? TEXT_FORMAT : column?.numberFormat) : undefined;
    const format = cell.numberFormat ?? STYLES[cell.style].numberFormat ?? columnFormat ?? "General";
    // Excel parses a string written to a General cell as if typed: "1.1" becomes 1.1, "1.10" becomes 1.1 too,
    // "05/11/2025" a date. Text cells are set to Text ("@") in the same write, before their values.
    const text = typeof cell.value === "string" && cell.value !== "" && cell.formula === undefined;
    numberFormat[cell.row][cell.col] = text && format === "General" ? TEXT_FORMAT : format;
  }
  const words = layout.wordsCell;
  const wordsFormula = wordsFormulaOf(layout);
  if (options.wordsFormula && words && wordsFormula) {
    formulas[words.row][words.col] = wordsFormula;
    numberFormat[words.row][words.col] = "General";
  }
  return { formulas, numberFormat };
}

export function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.align) format.horizontalAlignment = H_ALIGN[style.align];
  format.verticalAlignment = V_ALIGN[style.valign ?? "top"];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) for (const edge of EDGES) format.borders.getItem(edge).style = "Continuous";
}

/** Each style once: every cell (and merged block) of that style in a few multi-area ranges. */
function queueStyles(sheet: Excel.Worksheet, layout: FormLayout, multiArea: boolean): void {
  const byStyle = new Map<StyleName, { row: number; col: number }[]>();
  for (const cell of layout.cells) {
    const list = byStyle.get(cell.style) ?? [];
    for (let r = 0; r < (cell.merge?.rows ?? 1); r++) for (let c = 0; c < (cell.merge?.cols ?? 1); c++) list.push({ row: cell.row + r, col: cell.col + c });
    byStyle.set(cell.style, list);
  }
  for (const [style, cells] of byStyle) {
    const runs = rowRuns(cells);
    const targets = multiArea ? addressChunks(runs).map((a) => sheet.getRanges(a)) : runs.map((r) => sheet.getRange(areaAddress(r)));
    for (const target of targets) applyStyle(target.format, STYLES[style]);
  }
}

function queueMerges(sheet: Excel.Worksheet, layout: FormLayout): void {
  for (const cell of layout.cells) {
    if (!cell.merge || (cell.merge.rows === 1 && cell.merge.cols === 1)) continue;
    const area = { top: cell.row, left: cell.col, bottom: cell.row + cell.merge.rows - 1, right: cell.col + cell.merge.cols - 1 };
    sheet.getRange(areaAddress(area)).merge(false);
  }
}

export function queueSheetSetup(sheet: Excel.Worksheet, layout: FormLayout, printSetup: boolean): void {
  layout.columns.forEach((column, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = charsToPoints(column.width);
  });
  if (layout.freezeRows > 0) sheet.freezePanes.freezeRows(layout.freezeRows);
  if (!printSetup) return;
  sheet.pageLayout.orientation = layout.print.landscape ? "Landscape" : "Portrait";
  sheet.pageLayout.paperSize = "A4";
  sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const [first, last] = layout.print.repeatRows;
  sheet.pageLayout.setPrintTitleRows(`$${first + 1}:$${last + 1}`);
}

/** Column alignments over the data rows and the total row, and the heights of rows with wrapped titles. */
function queueRowsAndAlignment(sheet: Excel.Worksheet, layout: FormLayout): void {
  const data = layout.dataRows;
  if (data) {
    layout.columns.forEach((column, col) => {
      if (!column.align) return;
      sheet.getRangeByIndexes(data.first, col, data.last - data.first + 2, 1).format.horizontalAlignment = H_ALIGN[column.align];
    });
  }
  for (const { row, points } of layout.rowHeights ?? []) sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = points;
}

/** Adds the form on a new sheet (the name suffixed " (2)" … when taken), activates it, and returns the name used. */
export async function insertForm(context: Excel.RequestContext, layout: FormLayout, options: InsertOptions = {}): Promise<string> {
  const { formulas, numberFormat } = formMatrices(layout, options);
  checkRequestSize(estimateBytes(formulas, numberFormat), EXCEL_TEXT.writes.form);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();

  const name = uniqueSheetName(layout.sheetName, sheets.items.map((s) => s.name));
  const sheet = sheets.add(name);
  const block = sheet.getRangeByIndexes(0, 0, formulas.length, formulas[0].length);
  block.numberFormat = numberFormat;
  block.formulas = formulas;
  block.format.font.name = FONT_NAME;
  block.format.font.size = FONT_SIZE;
  const multiArea = (options.capabilities ?? ALL_CAPABILITIES).excelApi >= EXCEL_API.rangeAreas;
  queueStyles(sheet, layout, multiArea);
  queueMerges(sheet, layout);
  queueSheetSetup(sheet, layout, multiArea);
  queueRowsAndAlignment(sheet, layout);
  sheet.activate();
  await context.sync();
  return name;
}
