// Renders the "Tiến độ" sheet layout (src/core/schedule-sheet.ts) with ExcelJS. Fills name the workbook theme's
// accent colours (theme indices 4–9 are Accent 1–6), so the sheet takes the colours of whatever theme it is opened
// with; ongoing tasks are hatched with a pattern fill in the same accent.
import type { Alignment, Borders, Color, Fill, Font, Workbook, Worksheet } from "exceljs";
import type { CellRange } from "../core/types";
import { type ScheduleSheetLayout, type ScheduleStyle } from "../core/schedule-sheet";

const FONT_NAME = "Times New Roman";
const A4 = 9;
const ACCENT1 = 4;
const ACCENT2 = 5;
const BACKGROUND1 = 0;

/** A theme colour, lightened (tint > 0) or darkened (tint < 0); ExcelJS writes the tint though its type omits it. */
function theme(index: number, tint = 0): Partial<Color> {
  return (tint === 0 ? { theme: index } : { theme: index, tint }) as Partial<Color>;
}

function solid(color: Partial<Color>): Fill {
  return { type: "pattern", pattern: "solid", fgColor: color };
}

const THIN = { style: "thin" } as const;
const GRID: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

interface CellLook {
  font?: Partial<Font>;
  fill?: Fill;
  alignment?: Partial<Alignment>;
  border?: Partial<Borders>;
}

const centred: Partial<Alignment> = { horizontal: "center", vertical: "middle", wrapText: true };
const top: Partial<Alignment> = { horizontal: "left", vertical: "top", wrapText: true };

const LOOKS: Record<ScheduleStyle, CellLook> = {
  title: { font: { bold: true, size: 14 }, alignment: centred },
  note: { font: { italic: true, size: 11 }, alignment: { ...top, vertical: "middle" } },
  header: { font: { bold: true }, fill: solid(theme(ACCENT1, 0.8)), alignment: centred, border: GRID },
  area: { font: { bold: true }, fill: solid(theme(BACKGROUND1, -0.15)), alignment: top, border: GRID },
  task: { alignment: top, border: GRID },
  heading: { font: { bold: true }, alignment: top, border: GRID },
  month: { alignment: centred, border: GRID },
  active: { fill: solid(theme(ACCENT1)), alignment: centred, border: GRID },
  ongoing: {
    fill: { type: "pattern", pattern: "lightUp", fgColor: theme(ACCENT1), bgColor: theme(ACCENT1, 0.6) },
    alignment: centred,
    border: GRID,
  },
  deadline: { font: { bold: true, color: theme(ACCENT2, -0.25) }, fill: solid(theme(ACCENT2, 0.6)), alignment: centred, border: GRID },
  edge: { font: { bold: true, color: theme(ACCENT1, -0.25) }, alignment: centred, border: GRID },
  check: { font: { italic: true, color: theme(ACCENT2, -0.25) }, alignment: top, border: GRID },
  sectionTitle: { font: { bold: true }, alignment: { horizontal: "left", vertical: "middle" } },
  legendText: { alignment: { horizontal: "left", vertical: "middle" } },
};

function* cellsOf(range: CellRange): Generator<[number, number]> {
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) yield [r + 1, c + 1];
}

function applyLook(sheet: Worksheet, range: CellRange, look: CellLook): void {
  for (const [r, c] of cellsOf(range)) {
    const cell = sheet.getCell(r, c);
    cell.font = { name: FONT_NAME, size: 12, ...look.font };
    if (look.fill) cell.fill = look.fill;
    if (look.alignment) cell.alignment = look.alignment;
    if (look.border) cell.border = look.border;
  }
}

/** A medium accent-2 frame around the range (the current month's column), over the thin grid every cell has. */
function outline(sheet: Worksheet, range: CellRange): void {
  const medium = { style: "medium" as const, color: theme(ACCENT2) };
  for (const [r, c] of cellsOf(range)) {
    sheet.getCell(r, c).border = {
      ...GRID,
      left: medium,
      right: medium,
      ...(r === range.top + 1 ? { top: medium } : {}),
      ...(r === range.bottom + 1 ? { bottom: medium } : {}),
    };
  }
}

export function renderScheduleSheet(workbook: Workbook, layout: ScheduleSheetLayout): Worksheet {
  const [firstTitle, lastTitle] = layout.printTitleRows;
  const sheet = workbook.addWorksheet(layout.sheetName, {
    views: [{ state: "frozen", xSplit: layout.freeze.columns, ySplit: layout.freeze.rows }],
    pageSetup: {
      paperSize: A4,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${firstTitle + 1}:${lastTitle + 1}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  layout.columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.width;
  });
  for (const range of layout.textAreas) for (const [r, c] of cellsOf(range)) sheet.getCell(r, c).numFmt = "@";
  layout.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === "") return;
      sheet.getCell(r + 1, c + 1).value = value.startsWith("=") ? { formula: value.slice(1) } : value;
    }),
  );
  for (const { style, areas } of layout.styles) for (const range of areas) applyLook(sheet, range, LOOKS[style]);
  if (layout.currentMonth) outline(sheet, layout.currentMonth);
  outline(sheet, layout.currentMonthSample);
  for (const m of layout.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const { row, points } of layout.rowHeights) sheet.getRow(row + 1).height = points;
  return sheet;
}
