// "Phụ lục II: Tiến độ thực hiện": the schedule as a landscape table, laid out as the first appendix (header rows
// repeated on every page, its own page numbers, the Kèm theo line), month cells shaded in the Office theme's
// accent colours, ongoing tasks hatched, deadlines marked, a legend and the tasks that could not be drawn.
import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from "docx";
import type { MonthMark, Schedule, ScheduleRow } from "../core/schedule";
import { DEADLINE_GLYPH, NEXT_YEAR_GLYPH, PREVIOUS_YEAR_GLYPH } from "../core/schedule-sheet";
import { SCHEDULE_TEXT as T } from "../core/schedule-text";
import { appendixHeading } from "./appendix";
import { para, pt, STYLE, type Particulars } from "./format";
import * as S from "./strings.vi";

/** The default Office theme's Accent 1 (blue) and Accent 2 (orange), with their 60% and 80% tints. */
const ACCENT1 = "4472C4";
const ACCENT1_TINT60 = "B4C6E7";
const ACCENT1_TINT80 = "D9E2F3";
const ACCENT2_DARK = "C55A11";
const ACCENT2_TINT60 = "F8CBAD";
const AREA_FILL = "E7E6E6";

type Shade = { type: (typeof ShadingType)[keyof typeof ShadingType]; color: string; fill: string };

const SHADES: Record<Exclude<MonthMark, "none">, Shade> = {
  active: { type: ShadingType.CLEAR, color: "auto", fill: ACCENT1 },
  ongoing: { type: ShadingType.THIN_REVERSE_DIAGONAL_STRIPE, color: ACCENT1, fill: ACCENT1_TINT60 },
  deadline: { type: ShadingType.CLEAR, color: "auto", fill: ACCENT2_TINT60 },
};

const SMALL = pt(10);
const EDGE_HEADER = pt(9);

interface Widths {
  number: number;
  content: number;
  period: number;
  lead: number;
  edge: number;
  month: number;
}

function widthsFor(textWidth: number): Widths {
  // A month column holds "T10" in 10 pt bold, an edge column "trước" in 9 pt; the task text takes the rest.
  const fixed = { number: 650, period: 1400, lead: 1700, edge: 640, month: 480 };
  const content = textWidth - fixed.number - fixed.period - fixed.lead - 2 * fixed.edge - 12 * fixed.month;
  return { ...fixed, content };
}

function columnWidths(w: Widths): number[] {
  return [w.number, w.content, w.period, w.lead, w.edge, ...Array<number>(12).fill(w.month), w.edge];
}

function textCell(text: string, width: number, options: { bold?: boolean; centre?: boolean; size?: number; shade?: Shade; span?: number } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.shade ? { shading: options.shade } : {}),
    ...(options.span ? { columnSpan: options.span } : {}),
    verticalAlign: VerticalAlign.CENTER,
    children: [
      para(text, { bold: options.bold, ...(options.size ? { size: options.size } : {}) }, options.centre ? { style: STYLE.cellCentre } : {}),
    ],
  });
}

function headerRows(w: Widths): TableRow[] {
  const head = (text: string, width: number, span: { rowSpan?: number; columnSpan?: number }, size?: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      shading: { type: ShadingType.CLEAR, color: "auto", fill: ACCENT1_TINT80 },
      ...span,
      children: [para(text, size ? { size } : {}, { style: STYLE.cellHeader })],
    });
  const top = [
    head(T.columns.number, w.number, { rowSpan: 2 }),
    head(T.columns.content, w.content, { rowSpan: 2 }),
    head(T.columns.period, w.period, { rowSpan: 2 }),
    head(T.columns.lead, w.lead, { rowSpan: 2 }),
    head(T.previousYearHeader, w.edge, { rowSpan: 2 }, EDGE_HEADER),
    ...[1, 2, 3, 4].map((q) => head(T.quarter(q), 3 * w.month, { columnSpan: 3 }, SMALL)),
    head(T.nextYearHeader, w.edge, { rowSpan: 2 }, EDGE_HEADER),
  ];
  const months = Array.from({ length: 12 }, (_, m) => head(T.month(m + 1), w.month, {}, SMALL));
  return [new TableRow({ tableHeader: true, children: top }), new TableRow({ tableHeader: true, children: months })];
}

function monthCell(mark: MonthMark, width: number): TableCell {
  if (mark === "none") return textCell("", width);
  const glyph = mark === "deadline" ? DEADLINE_GLYPH : "";
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: SHADES[mark],
    verticalAlign: VerticalAlign.CENTER,
    children: [para(glyph, { bold: true, color: ACCENT2_DARK }, { style: STYLE.cellCentre })],
  });
}

function taskRow(row: ScheduleRow, w: Widths): TableRow {
  const bold = row.period === null || row.level === "result";
  return new TableRow({
    cantSplit: true,
    children: [
      textCell(row.number ?? "", w.number, { centre: true, bold }),
      textCell(row.content, w.content, { bold }),
      textCell(row.period?.text ?? "", w.period, { centre: true }),
      textCell(row.lead ?? "", w.lead),
      textCell(row.fromPreviousYear ? PREVIOUS_YEAR_GLYPH : "", w.edge, { centre: true }),
      ...row.months.map((mark) => monthCell(row.period === null ? "none" : mark, w.month)),
      textCell(row.intoNextYear ? NEXT_YEAR_GLYPH : "", w.edge, { centre: true }),
    ],
  });
}

function areaRow(title: string, w: Widths): TableRow {
  const shade = { type: ShadingType.CLEAR, color: "auto", fill: AREA_FILL };
  const total = columnWidths(w).reduce((a, b) => a + b, 0);
  return new TableRow({ cantSplit: true, children: [textCell(title, total, { bold: true, shade, span: 17 })] });
}

export function scheduleTable(schedule: Schedule, textWidth: number): Table {
  const w = widthsFor(textWidth);
  const rows = schedule.groups.flatMap((group) => [areaRow(group.area, w), ...group.rows.map((row) => taskRow(row, w))]);
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: columnWidths(w),
    layout: TableLayoutType.FIXED,
    margins: { left: 50, right: 50 },
    rows: [...headerRows(w), ...rows],
  });
}

/** Sample cell and meaning, side by side: the legend under the table. */
function legendTable(textWidth: number): Table {
  const sample = 500;
  const entries: [MonthMark | "edge", string][] = [
    ["active", T.marks.active],
    ["ongoing", T.marks.ongoing],
    ["deadline", T.marks.deadline],
    ["edge", `${PREVIOUS_YEAR_GLYPH} ${T.fromPreviousYear}; ${NEXT_YEAR_GLYPH} ${T.intoNextYear}`],
  ];
  const textWidthEach = Math.floor(textWidth / entries.length) - sample;
  const cells = entries.flatMap(([mark, text]) => [
    mark === "edge" ? textCell(`${PREVIOUS_YEAR_GLYPH}${NEXT_YEAR_GLYPH}`, sample, { centre: true, size: SMALL }) : monthCell(mark, sample),
    textCell(text, textWidthEach, { size: SMALL }),
  ]);
  return new Table({
    width: { size: (sample + textWidthEach) * entries.length, type: WidthType.DXA },
    columnWidths: entries.flatMap(() => [sample, textWidthEach]),
    layout: TableLayoutType.FIXED,
    rows: [new TableRow({ children: cells })],
  });
}

function unscheduledParagraphs(schedule: Schedule): Paragraph[] {
  if (schedule.unscheduled.length === 0) return [];
  const lines = schedule.unscheduled.map((row) => {
    const what = [row.number, row.content.replace(/\s*\n\s*/g, " ")].filter(Boolean).join(" ");
    const text = row.text === null ? "" : ` "${row.text.replace(/\s*\n\s*/g, " ")}"`;
    return para(`- ${what}:${text} (${T.reasons[row.reason]}).`, { size: pt(12) }, { spacing: { before: 0, after: 40 } });
  });
  return [para(`${T.unscheduled}:`, { bold: true, size: pt(12) }, { spacing: { before: 160, after: 60 } }), ...lines];
}

/** The schedule appendix's title, before it is set in capitals. */
export function scheduleAppendixTitle(p: Particulars): string {
  return S.fill(S.scheduleAppendixTitle, { year: p.year });
}

/** The appendix's tables and paragraphs below its heading. */
export function scheduleContent(schedule: Schedule, textWidth: number): (Paragraph | Table)[] {
  const body: (Paragraph | Table)[] = schedule.groups.length > 0 ? [scheduleTable(schedule, textWidth)] : [para(T.none, { italics: true })];
  return [
    ...body,
    para(`${T.legend}:`, { bold: true, size: pt(12) }, { spacing: { before: 160, after: 60 } }),
    legendTable(textWidth),
    ...unscheduledParagraphs(schedule),
  ];
}

/** The appendix's heading (as every appendix's: label, title, Kèm theo line), tables and paragraphs. */
export function scheduleAppendix(schedule: Schedule, label: string, p: Particulars, textWidth: number): (Paragraph | Table)[] {
  return [...appendixHeading(label, scheduleAppendixTitle(p), p), ...scheduleContent(schedule, textWidth)];
}
