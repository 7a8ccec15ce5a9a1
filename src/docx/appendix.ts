// The appendix: the plan table in the columns of the form it came from (Khung logic, Đề cương, 5W1H or a
// plain list), in its own landscape section, header row repeated on every page, areas set apart, a total row.
import { AlignmentType, Paragraph } from "docx";
import type { Analysis } from "../core/analyze";
import type { FieldKey, FormKind, PlanRow, TableInfo } from "../core/types";
import { buildRollup, tableTotal } from "../core/totals";
import { amountInWords } from "../core/words";
import { totalInWords } from "./body";
import { money, para, pt, STYLE, wordTwips, type Particulars } from "./format";
import * as S from "./strings.vi";
import { cellXml, rowXml, tableXml, type CellSpec } from "./table-xml";

const AREA_SHADE = { fill: "E7E6E6" };
type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** Relative column widths: text-heavy columns get more room. */
const WEIGHT: Record<FieldKey, number> = {
  number: 6,
  content: 26,
  goal: 16,
  output: 14,
  indicator: 17,
  verification: 13,
  budget: 9,
  period: 9,
  lead: 10,
  partners: 10,
  assignment: 14,
  method: 16,
  note: 8,
  area: 12,
};

/** Header text per form, as the training forms print them; fields not listed use the Khung logic wording. */
function headerText(form: FormKind, field: FieldKey): string {
  const h = S.columnHeaders;
  const byForm: Partial<Record<FormKind, Partial<Record<FieldKey, string>>>> = {
    "de-cuong": { goal: h.generalTask, content: h.specificTask, lead: h.leadOutline, budget: h.budgetPlanned },
    "5w1h": { goal: h.goal, content: h.task, period: h.progress, budget: h.budgetShort },
    plain: { lead: h.leadOutline, budget: h.budgetShort },
  };
  const common: Record<FieldKey, string> = {
    number: h.number,
    content: h.content,
    goal: h.goal,
    output: h.output,
    indicator: h.indicator,
    verification: h.verification,
    budget: h.budget,
    period: h.period,
    lead: h.lead,
    partners: h.partners,
    assignment: h.assignment,
    method: h.method,
    note: h.note,
    area: h.area,
  };
  return byForm[form]?.[field] ?? common[field];
}

/** The table's fields in the order of its sheet columns. */
export function appendixFields(table: TableInfo): FieldKey[] {
  return (Object.entries(table.columns) as [FieldKey, number | undefined][])
    .filter((entry): entry is [FieldKey, number] => typeof entry[1] === "number")
    .sort((a, b) => a[1] - b[1])
    .map(([field]) => field);
}

/** A budget as the sheet shows it: plain figures grouped with dots, anything else as typed. */
export function budgetText(row: PlanRow): string {
  const budget = row.budget;
  if (!budget) return "";
  if (budget.amount !== null && /^\s*-?\d+\s*$/.test(budget.text)) return money(budget.amount);
  return budget.text;
}

function assignmentText(row: PlanRow): string {
  const lines = [];
  if (row.lead) lines.push(S.assignmentLead + row.lead);
  if (row.partners) lines.push(S.assignmentPartners + row.partners);
  return lines.join("\n");
}

/** One visual line of the table: a row, or a goal row and the task typed on the same sheet row beside it. */
interface Line {
  main: PlanRow;
  goal: PlanRow | null;
}

/** A line with the text of each of the table's fields, computed once: measured for the widths, then printed. */
interface TextLine extends Line {
  texts: string[];
}

/** How a table prints: its fields, their widths and cell paragraph styles, and whether it has a goal (Mục tiêu /
 *  Nhiệm vụ chung) and a TT column. */
interface Layout {
  fields: FieldKey[];
  widths: number[];
  styles: (string | undefined)[];
  hasGoal: boolean;
  hasNumber: boolean;
}

/** "I" → "I. ", "1.1" → "1.1. ": the number the reader took out of the text, put back where no TT column holds it. */
function numbered(row: PlanRow, show: boolean): string {
  const number = row.number?.trim().replace(/\.$/, "");
  return show && number ? `${number}. ${row.content}` : row.content;
}

function fieldText(line: Line, field: FieldKey, layout: Layout): string {
  const row = line.main;
  const upper = row.level === "result" || row.level === "area";
  switch (field) {
    case "number":
      return layout.hasGoal && !upper && !line.goal ? "" : ((line.goal ?? row).number ?? "");
    case "goal":
      if (line.goal) return numbered(line.goal, !layout.hasNumber);
      return upper ? numbered(row, !layout.hasNumber) : "";
    case "content":
      if (layout.hasGoal && upper && !line.goal) return "";
      return numbered(row, !layout.hasNumber || (layout.hasGoal && !upper));
    case "budget":
      return budgetText(row) || (line.goal ? budgetText(line.goal) : "");
    case "period":
      return row.period?.text ?? "";
    case "assignment":
      return assignmentText(row);
    default:
      return row[field] ?? "";
  }
}

/** Pairs a goal row with the task the reader took from the same sheet row, so the table keeps the sheet's shape. */
function linesOf(rows: PlanRow[], hasGoal: boolean): Line[] {
  const lines: Line[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const next = rows[i + 1];
    if (hasGoal && row.level === "result" && next && next.level === "activity" && next.row === row.row) {
      lines.push({ main: next, goal: row });
      i++;
    } else {
      lines.push({ main: row, goal: null });
    }
  }
  return lines;
}

/** Left-aligned cells use the document defaults and need no style. */
function styleOf(align: Align): string | undefined {
  if (align === AlignmentType.RIGHT) return STYLE.cellRight;
  if (align === AlignmentType.CENTER) return STYLE.cellCentre;
  return undefined;
}

/** A body cell: no width of its own (the fixed grid gives it), alignment from its paragraph style `style`; only
 *  area rows add bold and shading. */
function cell(text: string, style: string | undefined, area = false): string {
  return cellXml(area ? { text, style, bold: true, shading: AREA_SHADE } : { text, style });
}

function alignOf(field: FieldKey): Align {
  if (field === "budget") return AlignmentType.RIGHT;
  if (field === "number" || field === "period") return AlignmentType.CENTER;
  return AlignmentType.LEFT;
}

function headerCell(text: string, width: number, span: Pick<CellSpec, "gridSpan" | "vMerge"> = {}): string {
  return cellXml({ text, width, ...span, centreVertically: true, style: STYLE.cellHeader });
}

/** One header row, or two when lead and partners sit side by side under "Trách nhiệm" (the Khung logic form): the
 *  other headers then span both rows. */
function headerRows(form: FormKind, fields: FieldKey[], widths: number[]): string[] {
  const leadAt = fields.indexOf("lead");
  const grouped = form === "khung-logic" && leadAt >= 0 && fields[leadAt + 1] === "partners";
  if (!grouped) return [rowXml(fields.map((f, i) => headerCell(headerText(form, f), widths[i])), "header")];
  const top: string[] = [];
  const bottom: string[] = [];
  fields.forEach((field, i) => {
    if (i === leadAt) {
      top.push(headerCell(S.columnHeaders.responsibility, widths[i] + widths[i + 1], { gridSpan: 2 }));
      bottom.push(headerCell(headerText(form, "lead"), widths[i]), headerCell(headerText(form, "partners"), widths[i + 1]));
    } else if (i !== leadAt + 1) {
      top.push(headerCell(headerText(form, field), widths[i], { vMerge: "restart" }));
      bottom.push(headerCell("", widths[i], { vMerge: "continue" }));
    }
  });
  return [rowXml(top, "header"), rowXml(bottom, "header")];
}

/** An area row with nothing but its title reads as a banner across the table. */
function titleOnly(line: TextLine, layout: Layout): boolean {
  const titleFields: FieldKey[] = ["number", "content", "goal"];
  return line.main.level === "area" && layout.fields.every((f, i) => titleFields.includes(f) || line.texts[i] === "");
}

function bodyRow(line: TextLine, layout: Layout): string {
  const { fields, widths, styles } = layout;
  const area = line.main.level === "area";
  if (titleOnly(line, layout)) {
    const start = fields[0] === "number" ? 1 : 0;
    const cells = start === 1 ? [cell(line.texts[0], styles[0], true)] : [];
    const width = widths.slice(start).reduce((a, b) => a + b, 0);
    const title = numbered(line.main, !layout.hasNumber);
    cells.push(cellXml({ text: title, bold: true, width, gridSpan: fields.length - start, shading: AREA_SHADE }));
    return rowXml(cells, "body");
  }
  return rowXml(
    fields.map((_, i) => cell(line.texts[i], styles[i], area)),
    "body",
  );
}

function totalRow(amount: number, fields: FieldKey[], widths: number[]): string {
  const at = fields.indexOf("budget");
  const sum = (from: number, to: number) => widths.slice(from, to).reduce((a, b) => a + b, 0);
  if (at <= 0) {
    const text = `${S.appendixTotal}: ${money(amount)} ${S.CURRENCY_WORD}`;
    return rowXml([cellXml({ text, bold: true, width: sum(0, widths.length), gridSpan: fields.length })], "loose");
  }
  const cells = [
    cellXml({ text: S.appendixTotal, bold: true, style: STYLE.cellCentre, width: sum(0, at), gridSpan: at }),
    cellXml({ text: money(amount), bold: true, style: STYLE.cellRight }),
  ];
  for (let i = at + 1; i < fields.length; i++) cells.push(cell("", undefined));
  return rowXml(cells, "body");
}

/** Twips inside each side of a cell. */
const CELL_MARGIN = 60;
/** Both cell margins and room for the measuring's error. */
const CELL_SLACK = 2 * CELL_MARGIN + 90;
const CELL_POINTS = 12;

/** The widest word of a column (header, cells, the total), which its width must hold: a line breaks only
 *  between words, so a narrower column would split a figure inside itself ("149.000.00 / 0"). */
function minimumWidths(headers: string[], lines: TextLine[], totalText: string, budgetAt: number): number[] {
  return headers.map((header, i) => {
    // Only distinct words about as long as the longest are measured: a 2,000-row plan has tens of thousands of
    // words, most of them repeated. A word seen in bold and in regular type is measured bold (the wider).
    const candidates = new Map<string, boolean>(header.split(/\s+/).map((word) => [word, true]));
    if (i === budgetAt) candidates.set(totalText, true);
    const longest = { length: Math.max(...[...candidates.keys()].map((word) => word.length)) };
    for (const line of lines) collectLongWords(line.texts[i], line.main.level === "area", longest, candidates);
    let widest = 0;
    for (const [word, bold] of candidates) {
      if (word.length * WIDTH_RATIO >= longest.length) widest = Math.max(widest, wordTwips(word, CELL_POINTS, bold));
    }
    return widest + CELL_SLACK;
  });
}

/** Adds the words of `text` that could be the widest (see WIDTH_RATIO), scanning the characters once. */
function collectLongWords(text: string, bold: boolean, longest: { length: number }, out: Map<string, boolean>): void {
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (code !== 32 && code !== 10 && code !== 9 && code !== 160) continue;
    const length = i - start;
    if (length > 0 && length * WIDTH_RATIO >= longest.length) {
      const word = text.slice(start, i);
      if (bold || !out.has(word)) out.set(word, bold || (out.get(word) ?? false));
      if (length > longest.length) longest.length = length;
    }
    start = i + 1;
  }
}

/** The widest character (0.9 em, bold) is less than 3.3 times the narrowest (0.3 em): a word shorter than the longest
 *  by that factor cannot be wider. */
const WIDTH_RATIO = 3.3;

/** Weighted shares of the text width, each at least its column's minimum: columns pinned at their minimum leave
 *  the rest to the others, by weight. Where even the minimums do not fit, they are scaled down together. */
export function sizedWidths(weights: number[], minimums: number[], textWidth: number): number[] {
  const pinned = new Set<number>();
  let widths: number[] = [];
  for (;;) {
    const free = textWidth - [...pinned].reduce((sum, i) => sum + minimums[i], 0);
    const weight = weights.reduce((sum, w, i) => (pinned.has(i) ? sum : sum + w), 0);
    widths = weights.map((w, i) => (pinned.has(i) ? minimums[i] : Math.floor((w * free) / Math.max(weight, 1))));
    const short = widths.findIndex((width, i) => !pinned.has(i) && width < minimums[i]);
    if (short < 0 || pinned.size === weights.length - 1) break;
    widths.forEach((width, i) => {
      if (!pinned.has(i) && width < minimums[i]) pinned.add(i);
    });
  }
  const sum = widths.reduce((a, b) => a + b, 0);
  if (sum > textWidth) widths = widths.map((width) => Math.floor((width * textWidth) / sum));
  widths[widths.length - 1] += textWidth - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** The table's rows to print: no blank-form rows, and no area row with nothing under it (an empty shaded band). */
function printedRows(analysis: Analysis, tableIndex: number): PlanRow[] {
  const rows = analysis.plan.rows.filter((row) => row.table === tableIndex && !row.placeholder);
  return rows.filter((row, i) => row.level !== "area" || (rows[i + 1] !== undefined && rows[i + 1].level !== "area"));
}

/** The table as WordprocessingML (table-xml.ts), for a stand-in in the document (xml-blocks.ts). */
export function appendixTableXml(analysis: Analysis, tableIndex: number, textWidth: number): string {
  const info = analysis.plan.tables[tableIndex];
  const fields = appendixFields(info);
  const styles = fields.map((field) => styleOf(alignOf(field)));
  const layout: Layout = { fields, widths: [], styles, hasGoal: fields.includes("goal"), hasNumber: fields.includes("number") };
  const lines: TextLine[] = linesOf(printedRows(analysis, tableIndex), layout.hasGoal).map((line) => ({
    ...line,
    texts: fields.map((field) => fieldText(line, field, layout)),
  }));
  const amount = appendixAmount(analysis, tableIndex);
  const headers = fields.map((field) => headerText(info.form, field));
  const minimums = minimumWidths(headers, lines, money(amount), fields.indexOf("budget"));
  layout.widths = sizedWidths(fields.map((f) => WEIGHT[f]), minimums, textWidth);
  // Only header cells carry widths: the fixed grid gives the body cells theirs (16,000 of them in a 2,000-row plan).
  const rows = [...headerRows(info.form, fields, layout.widths), ...lines.map((line) => bodyRow(line, layout)), totalRow(amount, fields, layout.widths)];
  return tableXml(layout.widths, rows, CELL_MARGIN);
}

/** The plan's own total when there is one table (so it matches section III); otherwise the table's own. */
function appendixAmount(analysis: Analysis, tableIndex: number): number {
  const plan = analysis.plan;
  return plan.tables.length === 1 ? analysis.totals.total : tableTotal(plan, buildRollup(plan), tableIndex);
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** "Phụ lục" when the plan has one appendix; "Phụ lục I", "Phụ lục II" … when it has several. */
export function appendixLabel(index: number, count: number): string {
  return count > 1 ? `${S.appendixLabel} ${ROMAN[index] ?? index + 1}` : S.appendixLabel;
}

/** The label, the title in capitals, and the "(Kèm theo Kế hoạch số … của Sở Nội vụ)" line, the body in normal case. */
export function appendixHeading(label: string, title: string, p: Particulars): Paragraph[] {
  const centred = (text: string, style: { bold?: boolean; italics?: boolean }, after = 0) =>
    para(text, { size: pt(14), ...style }, { alignment: AlignmentType.CENTER, spacing: { before: 0, after } });
  const attached = S.fill(S.appendixAttached, {
    number: p.number,
    day: p.date.day,
    month: p.date.month,
    year: p.date.year,
    body: p.issuingBodyName,
  });
  return [centred(label, { bold: true }), centred(title.toLocaleUpperCase("vi"), { bold: true }), centred(attached, { italics: true }, 200)];
}

/** The title of a plan table's appendix; with several tables, the sheet it came from. */
export function tableAppendixTitle(analysis: Analysis, tableIndex: number, p: Particulars): string {
  const title = S.fill(S.appendixTitle, { year: p.year });
  if (analysis.plan.tables.length < 2) return title;
  return `${title} (${S.fill(S.appendixSheet, { sheet: analysis.plan.tables[tableIndex].sheet })})`;
}

/** "Tổng kinh phí (bằng chữ): …" under the table. */
export function appendixWords(analysis: Analysis, tableIndex: number): Paragraph {
  const amount = appendixAmount(analysis, tableIndex);
  const words = analysis.plan.tables.length === 1 ? totalInWords(analysis) : amountInWords(amount);
  return para(`${S.appendixWords}${words}.`, { italics: true, size: pt(13) }, { spacing: { before: 120, after: 0 } });
}
