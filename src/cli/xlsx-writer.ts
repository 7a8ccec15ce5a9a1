// Renders a FormLayout into an ExcelJS worksheet: fonts, fills, borders, merges, widths, number formats, frozen
// panes and print setup. Knows nothing of which form it draws.
import type { Alignment, Borders, Cell, Fill, Font, Workbook, Worksheet } from "exceljs";
import { FONT_NAME, FONT_SIZE, STYLES, type CellStyle, type FormLayout, type LayoutCell } from "../core/forms";

const THIN_BORDER: Partial<Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const A4 = 9;

function font(style: CellStyle): Partial<Font> {
  return { name: FONT_NAME, size: style.size ?? FONT_SIZE, bold: style.bold ?? false, italic: style.italic ?? false };
}

function alignment(style: CellStyle, columnAlign?: CellStyle["align"]): Partial<Alignment> {
  return { horizontal: columnAlign ?? style.align ?? "left", vertical: style.valign ?? "top", wrapText: style.wrap ?? false };
}

function fill(hex: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${hex}` } };
}

function applyStyle(cell: Cell, style: CellStyle, numberFormat: string | undefined, columnAlign?: CellStyle["align"]): void {
  cell.font = font(style);
  cell.alignment = alignment(style, columnAlign);
  if (style.fill) cell.fill = fill(style.fill);
  if (style.border) cell.border = THIN_BORDER;
  const format = numberFormat ?? style.numberFormat;
  if (format) cell.numFmt = format;
}

/** The cell and, for a merged block, every cell under it, so borders and fills cover the whole block. */
function writeCell(sheet: Worksheet, layout: FormLayout, spec: LayoutCell): void {
  const style = STYLES[spec.style];
  const inData = layout.dataRows !== undefined && spec.row >= layout.dataRows.first && spec.row <= layout.dataRows.last + 1;
  const columnAlign = inData ? layout.columns[spec.col]?.align : undefined;
  const rows = spec.merge?.rows ?? 1;
  const cols = spec.merge?.cols ?? 1;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) applyStyle(sheet.getCell(spec.row + r + 1, spec.col + c + 1), style, spec.numberFormat, columnAlign);
  }
  const cell = sheet.getCell(spec.row + 1, spec.col + 1);
  if (spec.formula !== undefined) cell.value = { formula: spec.formula };
  else if (spec.value !== undefined) cell.value = spec.value;
  if (rows > 1 || cols > 1) sheet.mergeCells(spec.row + 1, spec.col + 1, spec.row + rows, spec.col + cols);
}

/** Column widths, and a column style so rows the user adds get the same font, wrapping and number format. */
function setColumns(sheet: Worksheet, layout: FormLayout): void {
  layout.columns.forEach((spec, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = spec.width;
    column.font = { name: FONT_NAME, size: FONT_SIZE };
    column.alignment = { vertical: "top", wrapText: spec.wrap ?? false };
    if (spec.numberFormat) column.numFmt = spec.numberFormat;
  });
}

export function renderLayout(workbook: Workbook, layout: FormLayout): Worksheet {
  const [repeatFirst, repeatLast] = layout.print.repeatRows;
  const sheet = workbook.addWorksheet(layout.sheetName, {
    views: [{ state: "frozen", xSplit: 0, ySplit: layout.freezeRows, topLeftCell: `A${layout.freezeRows + 1}` }],
    pageSetup: {
      paperSize: A4,
      orientation: layout.print.landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${repeatFirst + 1}:${repeatLast + 1}`,
    },
  });
  setColumns(sheet, layout);
  for (const cell of layout.cells) writeCell(sheet, layout, cell);
  for (const { row, points } of layout.rowHeights ?? []) sheet.getRow(row + 1).height = points;
  return sheet;
}
