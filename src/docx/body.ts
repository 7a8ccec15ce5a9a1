// Sections I–IV of the plan: goals, tasks per area in prose, budget, organisation. Plain paragraphs and one
// small table; the fixed wording comes from strings.vi.ts.
import { AlignmentType, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IRunOptions } from "docx";
import type { Analysis } from "../core/analyze";
import type { PlanRow } from "../core/types";
import { amountInWords } from "../core/words";
import { fold } from "../core/text";
import { NO_AREA } from "../core/totals";
import { detailedTask } from "../core/tree";
import { BODY_AFTER, cleanText, mm, money, para, pt, runs, STYLE, styledPara, type Particulars } from "./format";
import * as S from "./strings.vi";

type RunStyle = Omit<IRunOptions, "text" | "break" | "children">;

/** A body paragraph (style CchcBody): justified, first line indented 1 cm, 6 pt after, line spacing 1.3. */
export function bodyPara(text: string, style?: RunStyle): Paragraph {
  return style ? para(text, style, { style: STYLE.body }) : styledPara(text, STYLE.body);
}

function bodyRuns(children: TextRun[]): Paragraph {
  return new Paragraph({ style: STYLE.body, children });
}

/** "I. MỤC TIÊU", "1. Mục tiêu chung": bold, kept with the paragraph after it. */
export function heading(text: string): Paragraph {
  return styledPara(text, STYLE.heading);
}

/** "Kết quả 1.1: Văn bản …" → "Văn bản …": the form's own label and number, which the prose replaces. */
export function stripLabel(text: string, number: string | null): string {
  let rest = text.trim().replace(/^(lĩnh vực|kết quả|hoạt động|nhiệm vụ|mục tiêu)\s*[\dIVXivx.]*\s*:\s*/iu, "");
  const ownNumber = number?.trim().replace(/\.$/, "");
  if (ownNumber && rest.startsWith(ownNumber)) rest = rest.slice(ownNumber.length).replace(/^[.)]?\s+/, "");
  rest = rest.replace(/^([IVX]+|\d+(\.\d+)*)\.\s+/, "");
  return rest || text.trim();
}

/** Bullet lines in a cell ("- a\n- b") read as one clause in prose: "a; b". */
function flat(text: string): string {
  return cleanText(text)
    .split("\n")
    .map((line) => line.trim().replace(/^[-+•*]\s*/, "").replace(/[;.]$/, ""))
    .filter(Boolean)
    .join("; ");
}

function goalsSection(analysis: Analysis): Paragraph[] {
  const { general, specific } = analysis.plan.goals;
  const out = [heading(S.headingGoals)];
  if (general.length > 0 || specific.length > 0) {
    if (general.length > 0) out.push(heading(S.goalsGeneral), ...general.map((goal) => bodyPara(goal)));
    if (specific.length > 0) out.push(heading(S.goalsSpecific), ...specific.map((goal) => bodyPara(goal)));
    return out;
  }
  const goalRows = analysis.plan.rows.filter((row) => isGoalRow(analysis, row));
  if (goalRows.length === 0) return out.concat(bodyPara(S.goalsMissing, { italics: true }));
  out.push(bodyPara(S.goalsGoalRows));
  return out.concat(goalRows.map((row) => bodyPara(`- ${flat(stripLabel(row.content, row.number))}.`)));
}

/** In a 5W1H table the middle level is the goal (Mục tiêu) the tasks serve. */
function isGoalRow(analysis: Analysis, row: PlanRow): boolean {
  return row.level === "result" && analysis.plan.tables[row.table]?.form === "5w1h" && !row.placeholder;
}

interface AreaGroup {
  title: string;
  rows: PlanRow[];
}

/**
 * Rows in sheet order, grouped under the area row above them; rows under no area go to "Nhiệm vụ khác". In a plan
 * compiled unit first, each unit holds its own areas (an area row carrying its unit): an area met again in the same
 * table is one section, its units' rows in the order met. An area with nothing under it is left out: the document
 * never prints a heading with nothing below.
 */
export function groupByArea(rows: PlanRow[]): AreaGroup[] {
  const groups: AreaGroup[] = [];
  const heldAreas = new Map<string, AreaGroup>();
  let current: AreaGroup | null = null;
  const open = (title: string, key: string | null): AreaGroup => {
    let group = key === null ? undefined : heldAreas.get(key);
    if (!group) {
      groups.push((group = { title, rows: [] }));
      if (key !== null) heldAreas.set(key, group);
    }
    return group;
  };
  for (const row of rows) {
    if (row.placeholder) continue;
    if (row.level === "area") {
      const title = row.area ?? stripLabel(row.content, row.number);
      current = open(title, row.unit ? `${row.table}|${title}` : null);
    } else {
      const title = row.area ?? S.tasksNoArea;
      if (!current || current.title !== title) current = open(title, null);
      current.rows.push(row);
    }
  }
  return groups.filter((group) => group.rows.length > 0);
}

/** "Sản phẩm: …. Thời gian: …. Chủ trì: …; phối hợp: …." after the task text. */
function details(row: PlanRow): string {
  const parts: string[] = [];
  if (row.output) parts.push(`${S.labelOutput}: ${flat(row.output)}`);
  if (row.indicator) parts.push(`${S.labelIndicator}: ${flat(row.indicator)}`);
  if (row.period?.text) parts.push(`${S.labelPeriod}: ${flat(row.period.text)}`);
  const who = [row.lead ? `${S.labelLead}: ${flat(row.lead)}` : "", row.partners ? `${S.labelPartners}: ${flat(row.partners)}` : ""];
  const whoText = who.filter(Boolean).join("; ");
  if (whoText) parts.push(whoText.charAt(0).toLocaleUpperCase("vi") + whoText.slice(1));
  return parts.map((part) => ` ${part}.`).join("");
}

/** The task's own text, italic for a result and explicitly upright otherwise, then its details: LibreOffice
 *  justifies a line in portions of like formatting, so dropping the upright mark would move words (by < 1 pt).
 *  flat() has already cleaned every part. */
function taskParagraph(row: PlanRow, marker: string): Paragraph {
  const text = `${marker} ${flat(stripLabel(row.content, row.number))}.`;
  // Activities take the default run: `italics: false` would write <w:i w:val="false"/> into each of them.
  const lead = row.level === "result" ? new TextRun({ text, italics: true }) : new TextRun(text);
  return bodyRuns([lead, new TextRun(details(row))]);
}

/** Labels of the appendices section II points to, when the schedule is appended ("Phụ lục I", "Phụ lục II"). */
export interface AppendixRefs {
  tables: string[];
  schedule: string;
}

function tasksIntro(refs: AppendixRefs | undefined): string {
  if (!refs) return S.tasksIntro;
  const tables = refs.tables.length > 2 ? `${refs.tables[0]} đến ${refs.tables[refs.tables.length - 1]}` : refs.tables.join(" và ");
  return S.fill(S.tasksIntroWithSchedule, { tables, schedule: refs.schedule });
}

function tasksSection(analysis: Analysis, refs?: AppendixRefs): Paragraph[] {
  const out = [heading(S.headingTasks), bodyPara(tasksIntro(refs))];
  const groups = groupByArea(analysis.plan.rows);
  if (groups.length === 0) return out.concat(bodyPara(S.tasksNone, { italics: true }));
  groups.forEach((group, index) => {
    out.push(heading(`${index + 1}. ${group.title}`));
    let letter = 0;
    for (const row of group.rows) {
      out.push(taskParagraph(row, marker(analysis.plan.rows, row, () => `${String.fromCharCode(97 + (letter++ % 26))})`)));
    }
  });
  return out;
}

/** A result under a result (a unit's own result under its heading in a Tổng hợp) is one level down. */
function underResult(rows: PlanRow[], row: PlanRow): boolean {
  return row.parent !== null && rows[row.parent]?.level === "result";
}

/**
 * The marker a task line opens with: a), b) for a result; "-" for an activity, or for a result under a unit's heading
 * (lettered beside the units, it read as one); "+" for what sits under that result, and for a line detailing the task
 * above it ("+" under "-" in the sheet).
 */
function marker(rows: PlanRow[], row: PlanRow, nextLetter: () => string): string {
  if (row.level === "result") return underResult(rows, row) ? "-" : nextLetter();
  const parent = row.parent === null ? undefined : rows[row.parent];
  if (parent && parent.level === "result" && underResult(rows, parent)) return "+";
  return detailedTask(rows, row) ? "+" : "-";
}

function tableCell(text: string, width: number, align: (typeof AlignmentType)[keyof typeof AlignmentType], bold = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [para(text, { bold, size: pt(13) }, { alignment: align, spacing: { before: 40, after: 40 } })],
  });
}

/** TT | Lĩnh vực | Kinh phí, one row per area with money, and the total. */
function areaTable(analysis: Analysis, textWidth: number): Table {
  const widths = [mm(12), textWidth - mm(12) - mm(45), mm(45)];
  const row = (cells: string[], bold = false) =>
    new TableRow({
      children: [
        tableCell(cells[0], widths[0], AlignmentType.CENTER, bold),
        tableCell(cells[1], widths[1], AlignmentType.LEFT, bold),
        tableCell(cells[2], widths[2], AlignmentType.RIGHT, bold),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    children: S.budgetTableHeaders.map((text, i) => tableCell(text, widths[i], AlignmentType.CENTER, true)),
  });
  const areas = printedAreas(analysis).map((area, i) => row([String(i + 1), area.area, money(area.amount)]));
  const total = row(["", S.budgetTableTotal, money(analysis.totals.total)], true);
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...areas, total],
  });
}

/** The areas the budget table lists: those with money or with a task; an area left empty is not printed. */
function printedAreas(analysis: Analysis): Analysis["totals"]["byArea"] {
  const withTasks = new Set(analysis.plan.rows.filter((row) => row.level !== "area" && !row.placeholder).map((row) => row.area ?? NO_AREA));
  return analysis.totals.byArea.filter((area) => area.amount !== 0 || withTasks.has(area.area));
}

/** A body paragraph right after a table: Word adds no space below a table, so the paragraph keeps the body's 6 pt. */
function afterTable(text: string): Paragraph {
  return new Paragraph({ style: STYLE.body, spacing: { before: BODY_AFTER }, children: runs(text) });
}

export function totalInWords(analysis: Analysis): string {
  return analysis.totals.totalInWords || amountInWords(analysis.totals.total);
}

function budgetSection(analysis: Analysis, p: Particulars, textWidth: number): (Paragraph | Table)[] {
  const { total, otherCurrencies, byArea } = analysis.totals;
  const out: (Paragraph | Table)[] = [heading(S.headingBudget)];
  let tableAbove = false;
  const next = (text: string) => {
    out.push(tableAbove ? afterTable(text) : bodyPara(text));
    tableAbove = false;
  };
  if (total === 0 && otherCurrencies.length === 0) {
    out.push(bodyPara(S.budgetNone));
  } else {
    const figures = `${S.budgetTotal} ${money(total)} ${S.CURRENCY_WORD} ${S.budgetWordsOpen}${totalInWords(analysis)}).`;
    out.push(bodyPara(figures), ...sourceLines(analysis));
    if (byArea.length > 0) {
      // Kept with the table, so the line never ends a page with its table on the next.
      out.push(new Paragraph({ style: STYLE.body, keepNext: true, children: runs(S.budgetByArea) }), areaTable(analysis, textWidth));
      tableAbove = true;
    }
  }
  if (otherCurrencies.length > 0) {
    next(S.budgetForeign);
    out.push(...otherCurrencies.map((money_) => bodyPara(`- ${money(money_.amount)} ${money_.currency}.`)));
  }
  const source = p.fundingSource ?? S.fill(S.budgetSourceDefault, { year: p.year });
  next(S.budgetSourceLabel + source);
  return out;
}

/** "Trong đó, theo nguồn kinh phí:" and a line per source, where the table counts money under funding-source columns;
 *  the đồng no source column holds (a row's Tổng số alone) on a line of its own. */
function sourceLines(analysis: Analysis): Paragraph[] {
  const lines = analysis.totals.bySource;
  if (lines.length === 0) return [];
  return [
    bodyPara(S.budgetBySource),
    ...lines.map((line, i) => bodyPara(`- ${line.source ?? S.budgetNoSource}: ${money(line.amount)} ${S.CURRENCY_WORD}${i === lines.length - 1 ? "." : ";"}`)),
  ];
}

/** Closes the text with "./." (Decree 30), replacing a final full stop rather than doubling it. */
export function withEndMark(text: string): string {
  return text.replace(/[.\s]*$/, "") + S.END_MARK;
}

/** Section IV: the user's own "Tổ chức thực hiện" lines first, under their heading, then every standard item they
 *  do not already speak of (dissemination, reporting, inspection, review…), numbered on; "./." closes the last. */
function organisationSection(p: Particulars): Paragraph[] {
  const body = p.issuingBody === S.BLANK ? S.organisationBodyDefault : p.issuingBodyName;
  const own = p.implementation.map((line) => line.replace(/[;.,\s]+$/, "")).filter(Boolean);
  const said = fold(own.join(" "));
  const standard = S.organisationDefault.filter((item) => own.length === 0 || !item.covers.some((topic) => said.includes(topic)));
  const blocks: { title: string; lines: string[] }[] = [];
  if (own.length > 0) blocks.push({ title: S.organisationOwnTitle, lines: own.map((line) => `${line}.`) });
  for (const item of standard) blocks.push({ title: item.title.replace(/^\d+\.\s*/, ""), lines: [S.fill(item.text, { body })] });
  const out = [heading(S.headingOrganisation)];
  blocks.forEach((block, i) => {
    out.push(heading(`${i + 1}. ${block.title}`));
    block.lines.forEach((line, j) => {
      const last = i === blocks.length - 1 && j === block.lines.length - 1;
      out.push(bodyPara(last ? withEndMark(line) : line));
    });
  });
  return out;
}

export function planBody(analysis: Analysis, p: Particulars, textWidth: number, refs?: AppendixRefs): (Paragraph | Table)[] {
  return [
    ...goalsSection(analysis),
    ...tasksSection(analysis, refs),
    ...budgetSection(analysis, p, textWidth),
    ...organisationSection(p),
  ];
}
