// The schedule as a month grid for the terminal, and as the JSON `cchc schedule --json` prints.
import type { Level, Period } from "../core/types";
import type { MonthMark, Schedule, ScheduleRow, UnscheduledReason } from "../core/schedule";
import { DEADLINE_GLYPH, NEXT_YEAR_GLYPH, PREVIOUS_YEAR_GLYPH } from "../core/schedule-sheet";
import { SCHEDULE_TEXT as T } from "../core/schedule-text";

/** Three characters a month, so "T10" fits; a quarter is nine, set between bars. */
const CELL: Record<MonthMark, string> = { active: "███", ongoing: "░░░", deadline: ` ${DEADLINE_GLYPH} `, none: " · " };
const HEADING_CELL = "   ";
const NUMBER_WIDTH = 7;
const CONTENT_WIDTH = 38;
const LEAD_WIDTH = 26;

/** Characters as a terminal counts them (Vietnamese in NFC is one code point a letter). */
function width(text: string): number {
  return [...text].length;
}

/** One line of exactly `size` characters: cut with "…", or padded; leading spaces (an indent) are kept. */
function fit(text: string, size: number): string {
  const line = text.replace(/\s*\n\s*/g, " ").trimEnd();
  const chars = [...line];
  const cut = chars.length > size ? chars.slice(0, size - 1).join("") + "…" : line;
  return cut + " ".repeat(Math.max(0, size - width(cut)));
}

function centre(text: string, size: number): string {
  const left = Math.floor((size - width(text)) / 2);
  return " ".repeat(Math.max(0, left)) + text + " ".repeat(Math.max(0, size - width(text) - left));
}

function quarters(cell: (month: number) => string): string {
  const parts = [0, 1, 2, 3].map((q) => [0, 1, 2].map((m) => cell(q * 3 + m)).join(""));
  return `│${parts.join("│")}│`;
}

function gridLine(number: string, content: string, previous: string, months: string, next: string, lead: string): string {
  return `${fit(number, NUMBER_WIDTH)} ${fit(content, CONTENT_WIDTH)} ${previous} ${months} ${next} ${lead}`.trimEnd();
}

function taskLine(row: ScheduleRow): string {
  const months = quarters((m) => (row.period === null ? HEADING_CELL : CELL[row.months[m]]));
  const lead = row.lead ? fit(row.lead, LEAD_WIDTH).trimEnd() : "";
  const content = row.level === "activity" ? "  " + fit(row.content, CONTENT_WIDTH - 2) : row.content;
  return gridLine(row.number ?? "", content, row.fromPreviousYear ? PREVIOUS_YEAR_GLYPH : " ", months, row.intoNextYear ? NEXT_YEAR_GLYPH : " ", lead);
}

function headerLines(): string[] {
  const labels = `│${[1, 2, 3, 4].map((q) => centre(T.quarter(q), 9)).join("│")}│`;
  // "T10T11T12" would run together in three characters a month: the row says "Tháng" and numbers them.
  const months = quarters((m) => centre(String(m + 1), 3));
  return [
    gridLine("", "", " ", labels, " ", ""),
    gridLine(T.columns.number, `${T.columns.content}`.padEnd(CONTENT_WIDTH - T.monthWord.length) + T.monthWord, " ", months, " ", T.columns.lead),
  ];
}

function legendLine(): string {
  const parts = [
    `${CELL.active.trim()} ${T.marks.active}`,
    `${CELL.ongoing} ${T.marks.ongoing}`,
    `${DEADLINE_GLYPH} ${T.marks.deadline}`,
    `${PREVIOUS_YEAR_GLYPH} ${T.fromPreviousYear}`,
    `${NEXT_YEAR_GLYPH} ${T.intoNextYear}`,
  ];
  return `${T.legend}: ${parts.join(" · ")}`;
}

/** The readable grid: title, header, areas with their tasks, the tasks listed apart, the legend. */
export function scheduleGrid(schedule: Schedule, file: string): string {
  const lines = [`${T.gridTitle(schedule.year)} · ${file}`, ""];
  if (schedule.groups.length === 0) lines.push(T.none);
  else {
    lines.push(...headerLines());
    for (const group of schedule.groups) {
      lines.push(`▌${group.area}`);
      for (const row of group.rows) lines.push(taskLine(row));
    }
  }
  if (schedule.unscheduled.length > 0) {
    lines.push("", `${T.unscheduled} (${schedule.unscheduled.length}):`);
    for (const row of schedule.unscheduled) {
      const what = [row.number, fit(row.content, 60).trimEnd()].filter(Boolean).join(" ");
      const text = row.text === null ? "" : ` "${row.text.replace(/\s*\n\s*/g, " ")}"`;
      lines.push(`  ${T.rowLabel(row.sheet, row.row)}: ${what} —${text} ${T.reasons[row.reason]}`.replace(/— +/, "— "));
    }
  }
  lines.push("", legendLine());
  return lines.join("\n") + "\n";
}

export interface ScheduleJsonRow {
  sheet: string;
  row: number;
  level: Exclude<Level, "area">;
  number: string | null;
  content: string;
  area: string;
  lead: string | null;
  /** In a compiled plan (a Tổng hợp read back), the unit the task comes under; else null. */
  unit: string | null;
  period: Period | null;
  /** T1…T12: "active" | "deadline" | "ongoing" | "none". */
  months: MonthMark[];
  fromPreviousYear: boolean;
  intoNextYear: boolean;
}

export interface ScheduleJson {
  file: string;
  year: number | null;
  rows: ScheduleJsonRow[];
  unscheduled: { sheet: string; row: number; level: Exclude<Level, "area">; number: string | null; content: string; area: string; lead: string | null; unit: string | null; text: string | null; reason: UnscheduledReason }[];
}

/** The contract's row fields (sheet, row, level, number, content, area, lead, period), each row's unit and months. */
export function scheduleJson(schedule: Schedule, file: string): ScheduleJson {
  const rows = schedule.groups.flatMap((group) =>
    group.rows.map((r) => ({
      sheet: r.sheet, row: r.row, level: r.level, number: r.number, content: r.content, area: r.area, lead: r.lead, unit: r.unit,
      period: r.period, months: r.months, fromPreviousYear: r.fromPreviousYear, intoNextYear: r.intoNextYear,
    })),
  );
  const unscheduled = schedule.unscheduled.map((r) => ({
    sheet: r.sheet, row: r.row, level: r.level, number: r.number, content: r.content, area: r.area, lead: r.lead, unit: r.unit, text: r.text, reason: r.reason,
  }));
  return { file, year: schedule.year, rows, unscheduled };
}
