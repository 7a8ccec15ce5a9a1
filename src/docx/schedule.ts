// "Phụ lục II: Tiến độ thực hiện": the schedule as a landscape table, laid out as the first appendix (header rows
// repeated on every page, its own page numbers, the Kèm theo line), month cells shaded in the Office theme's
// accent colours, ongoing tasks hatched, deadlines marked, a legend and the tasks that could not be drawn.
import type { Paragraph } from "docx";
import type { MonthMark, Schedule, ScheduleRow } from "../core/schedule";
import { DEADLINE_GLYPH, NEXT_YEAR_GLYPH, PREVIOUS_YEAR_GLYPH } from "../core/schedule-sheet";
import { SCHEDULE_TEXT as T } from "../core/schedule-text";
import { para, pt, STYLE, type Particulars } from "./format";
import * as S from "./strings.vi";
import { cellXml, rowXml, tableXml, type CellSpec, type Shading } from "./table-xml";
import type { XmlBlocks } from "./xml-blocks";

/** The default Office theme's Accent 1 (blue) and Accent 2 (orange), with their 60% and 80% tints. */
const ACCENT1 = "4472C4";
const ACCENT1_TINT60 = "B4C6E7";
const ACCENT1_TINT80 = "D9E2F3";
const ACCENT2_DARK = "C55A11";
const ACCENT2_TINT60 = "F8CBAD";
const AREA_FILL = "E7E6E6";

const SHADES: Record<Exclude<MonthMark, "none">, Shading> = {
  active: { fill: ACCENT1 },
  ongoing: { fill: ACCENT1_TINT60, pattern: "thinReverseDiagStripe", color: ACCENT1 },
  deadline: { fill: ACCENT2_TINT60 },
};

const SMALL = pt(10);
const EDGE_HEADER = pt(9);
/** Twips inside each side of a cell: narrower than the plan table's, for the month columns. */
const CELL_MARGIN = 50;

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

function textCell(text: string, width: number, options: { bold?: boolean; centre?: boolean; size?: number; shading?: Shading; span?: number } = {}): string {
  const { bold, size, shading, span } = options;
  return cellXml({ text, width, gridSpan: span, shading, centreVertically: true, bold, size, style: options.centre ? STYLE.cellCentre : undefined });
}

function headerRows(w: Widths): string[] {
  const shading = { fill: ACCENT1_TINT80 };
  const head = (text: string, width: number, span: Pick<CellSpec, "gridSpan" | "vMerge">, size?: number) =>
    cellXml({ text, width, ...span, shading, centreVertically: true, size, style: STYLE.cellHeader });
  const spanningRows = (text: string, width: number, size?: number) => head(text, width, { vMerge: "restart" }, size);
  const under = (width: number) => head("", width, { vMerge: "continue" });
  const top = [
    spanningRows(T.columns.number, w.number),
    spanningRows(T.columns.content, w.content),
    spanningRows(T.columns.period, w.period),
    spanningRows(T.columns.lead, w.lead),
    spanningRows(T.previousYearHeader, w.edge, EDGE_HEADER),
    ...[1, 2, 3, 4].map((q) => head(T.quarter(q), 3 * w.month, { gridSpan: 3 }, SMALL)),
    spanningRows(T.nextYearHeader, w.edge, EDGE_HEADER),
  ];
  const months = Array.from({ length: 12 }, (_, m) => head(T.month(m + 1), w.month, {}, SMALL));
  const bottom = [under(w.number), under(w.content), under(w.period), under(w.lead), under(w.edge), ...months, under(w.edge)];
  return [rowXml(top, "header"), rowXml(bottom, "header")];
}

function monthCell(mark: MonthMark, width: number): string {
  if (mark === "none") return textCell("", width);
  const glyph = mark === "deadline" ? DEADLINE_GLYPH : "";
  return cellXml({ text: glyph, width, shading: SHADES[mark], centreVertically: true, bold: true, color: ACCENT2_DARK, style: STYLE.cellCentre });
}

function taskRow(row: ScheduleRow, w: Widths): string {
  const bold = row.period === null || row.level === "result";
  return rowXml(
    [
      textCell(row.number ?? "", w.number, { centre: true, bold }),
      textCell(row.content, w.content, { bold }),
      textCell(row.period?.text ?? "", w.period, { centre: true }),
      textCell(row.lead ?? "", w.lead),
      textCell(row.fromPreviousYear ? PREVIOUS_YEAR_GLYPH : "", w.edge, { centre: true }),
      ...row.months.map((mark) => monthCell(row.period === null ? "none" : mark, w.month)),
      textCell(row.intoNextYear ? NEXT_YEAR_GLYPH : "", w.edge, { centre: true }),
    ],
    "body",
  );
}

function areaRow(title: string, w: Widths): string {
  const total = columnWidths(w).reduce((a, b) => a + b, 0);
  return rowXml([textCell(title, total, { bold: true, shading: { fill: AREA_FILL }, span: 17 })], "body");
}

/** The schedule as WordprocessingML (table-xml.ts), for a stand-in in the document (xml-blocks.ts). */
export function scheduleTableXml(schedule: Schedule, textWidth: number): string {
  const w = widthsFor(textWidth);
  const rows = schedule.groups.flatMap((group) => [areaRow(group.area, w), ...group.rows.map((row) => taskRow(row, w))]);
  return tableXml(columnWidths(w), [...headerRows(w), ...rows], CELL_MARGIN);
}

/** Sample cell and meaning, side by side: the legend under the table. */
function legendTableXml(textWidth: number): string {
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
  return tableXml(
    entries.flatMap(() => [sample, textWidthEach]),
    [rowXml(cells, "loose")],
  );
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

/** The appendix's tables (as stand-ins for their XML in `blocks`) and paragraphs below its heading. */
export function scheduleContent(schedule: Schedule, textWidth: number, blocks: XmlBlocks): Paragraph[] {
  const body = schedule.groups.length > 0 ? blocks.standIn(scheduleTableXml(schedule, textWidth)) : para(T.none, { italics: true });
  return [
    body,
    para(`${T.legend}:`, { bold: true, size: pt(12) }, { spacing: { before: 160, after: 60 } }),
    blocks.standIn(legendTableXml(textWidth)),
    ...unscheduledParagraphs(schedule),
  ];
}
