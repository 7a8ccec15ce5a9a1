// The plan's schedule by month (Tiến độ): every result and activity against the twelve months of the plan year,
// from the periods the reader already parsed. Pure: the CLI grid, the Word appendix and the Excel sheet draw it.
import { detailedTask } from "./tree";
import type { Level, Period, Plan, PlanRow } from "./types";

/** What a month cell shows: the task runs that month, its deadline falls in it, it recurs all year, or nothing. */
export type MonthMark = "active" | "deadline" | "ongoing" | "none";

/** Why a task is listed apart instead of drawn: no period, a blank-form placeholder, text not understood, no year. */
export type UnscheduledReason = "missing" | "placeholder" | "unparsed" | "no-year";

export interface ScheduleTask {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  level: Exclude<Level, "area">;
  number: string | null;
  content: string;
  area: string;
  lead: string | null;
  /** In a compiled plan (a Tổng hợp read back), the unit the task comes under; else null. */
  unit: string | null;
  /** A1 address of the period cell, where the table has one. */
  cell: string | null;
}

export interface ScheduleRow extends ScheduleTask {
  /** Null for a result with no period of its own over activities that have theirs: drawn as a heading line. */
  period: Period | null;
  /** T1…T12 of the plan year. */
  months: MonthMark[];
  /** The period begins before the plan year ("từ năm trước"). */
  fromPreviousYear: boolean;
  /** The period runs on after the plan year ("sang năm sau"). */
  intoNextYear: boolean;
}

export interface UnscheduledRow extends ScheduleTask {
  /** The cell as typed, or null where it is empty. */
  text: string | null;
  reason: UnscheduledReason;
}

export interface ScheduleGroup {
  area: string;
  rows: ScheduleRow[];
}

export interface Schedule {
  /** The plan year the months belong to; null when neither the plan nor any period names one. */
  year: number | null;
  groups: ScheduleGroup[];
  /** Tasks whose period cannot be drawn, in sheet order. */
  unscheduled: UnscheduledRow[];
}

/** Where rows with no area of their own are grouped (the Word body's wording). */
export const NO_AREA_GROUP = "Nhiệm vụ khác";

interface Month {
  year: number;
  month: number;
}

function monthOf(iso: string): Month {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

/** Months since year 0, so two months compare as numbers. */
function ordinal(m: Month): number {
  return m.year * 12 + (m.month - 1);
}

function taskOf(row: PlanRow): ScheduleTask {
  return {
    sheet: row.sheet,
    row: row.row,
    level: row.level === "result" ? "result" : "activity",
    number: row.number,
    content: row.content,
    area: row.area ?? NO_AREA_GROUP,
    lead: row.lead ?? null,
    unit: row.unit?.name ?? null,
    cell: row.cells.period ?? null,
  };
}

/** The reason a period cannot be drawn, or null when it can. */
function unscheduledReason(period: Period | null): UnscheduledReason | null {
  if (period === null) return "missing";
  if (period.kind === "placeholder") return "placeholder";
  if (period.kind === "unparsed") return "unparsed";
  if (period.end === undefined) return "no-year";
  return null;
}

/** The month cells and edge flags of a period that has an end (and, except a deadline, a start). A period in
 *  batches marks each batch's months (or, for deadlines, each one's month), and the months between them none. */
export function monthsOf(period: Period, year: number): Pick<ScheduleRow, "months" | "fromPreviousYear" | "intoNextYear"> {
  const first = ordinal({ year, month: 1 });
  const last = first + 11;
  const months: MonthMark[] = Array<MonthMark>(12).fill("none");
  const ongoing = period.kind === "ongoing";
  let earliest = Infinity;
  let latest = -Infinity;
  for (const span of period.batches ?? [{ start: period.kind === "deadline" ? undefined : period.start, end: period.end as string }]) {
    const end = ordinal(monthOf(span.end));
    const start = span.start === undefined ? end : ordinal(monthOf(span.start));
    const mark: MonthMark = span.start === undefined ? "deadline" : ongoing ? "ongoing" : "active";
    for (let m = Math.max(start, first); m <= Math.min(end, last); m++) if (months[m - first] !== "active") months[m - first] = mark;
    earliest = Math.min(earliest, start);
    latest = Math.max(latest, end);
  }
  return { months, fromPreviousYear: earliest < first, intoNextYear: latest > last };
}

/** The plan's year, else the year most periods start in (the earliest on a tie). */
function scheduleYear(plan: Plan): number | null {
  if (plan.year !== null) return plan.year;
  const counts = new Map<number, number>();
  for (const row of plan.rows) {
    const iso = row.period?.start ?? row.period?.end;
    if (iso) counts.set(Number(iso.slice(0, 4)), (counts.get(Number(iso.slice(0, 4))) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, count] of counts) {
    if (best === null || count > (counts.get(best) ?? 0) || (count === counts.get(best) && year < best)) best = year;
  }
  return best;
}

/**
 * The schedule of a plan: results and activities (not area rows, nor rows still holding blank-form text), grouped
 * by area in the order the areas first appear, each with one mark per month of the plan year.
 */
export function buildSchedule(plan: Plan, options: { year?: number } = {}): Schedule {
  const year = options.year ?? scheduleYear(plan);
  const groups: ScheduleGroup[] = [];
  const byArea = new Map<string, ScheduleGroup>();
  const unscheduled: UnscheduledRow[] = [];
  const parents = new Set(plan.rows.filter((row) => !row.placeholder && row.parent !== null).map((row) => row.parent));
  const groupOf = (area: string): ScheduleGroup => {
    let group = byArea.get(area);
    if (!group) {
      group = { area, rows: [] };
      byArea.set(area, group);
      groups.push(group);
    }
    return group;
  };
  plan.rows.forEach((row, index) => {
    if (row.level === "area" || row.placeholder) return;
    const task = taskOf(row);
    // A line detailing a task ("+" under "-") runs when its task does, unless it says otherwise.
    const period = row.period ?? detailedTask(plan.rows, row)?.period ?? null;
    if (period === null && parents.has(index)) {
      groupOf(task.area).rows.push({ ...task, period: null, months: Array<MonthMark>(12).fill("none"), fromPreviousYear: false, intoNextYear: false });
      return;
    }
    const reason = unscheduledReason(period) ?? (year === null ? "no-year" : null);
    if (reason !== null || year === null) {
      unscheduled.push({ ...task, text: period?.text ?? null, reason: reason ?? "no-year" });
      return;
    }
    groupOf(task.area).rows.push({ ...task, period, ...monthsOf(period as Period, year) });
  });
  return { year, groups, unscheduled };
}

export interface DueTask {
  task: ScheduleRow;
  /** ISO date the period ends. */
  end: string;
}

/**
 * "Việc đến hạn": tasks whose period ends in the month of `today` or the next, soonest first; ongoing tasks
 * recur and never fall due. `today` is a local calendar date (the pane passes the user's clock).
 */
export function dueTasks(schedule: Schedule, today: { year: number; month: number }): DueTask[] {
  const now = ordinal(today);
  const due: DueTask[] = [];
  for (const group of schedule.groups) {
    for (const task of group.rows) {
      if (!task.period || task.period.kind === "ongoing" || task.period.end === undefined) continue;
      // A period in batches falls due at each batch's end: the soonest of them in this month or the next.
      const ends = task.period.batches?.map((batch) => batch.end) ?? [task.period.end];
      const end = ends.find((iso) => ordinal(monthOf(iso)) === now || ordinal(monthOf(iso)) === now + 1);
      if (end !== undefined) due.push({ task, end });
    }
  }
  return due.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.task.row - b.task.row));
}
