// period-outside-year: the plan year is known and the period's dates ([start, end]; a deadline: its end) miss that year.
import type { Finding, Period } from "../types";
import { cellOf, checkedRows, finding, label } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  outside: (row: string, text: string, year: number) =>
    `${row} có thời gian "${text}" nằm ngoài năm kế hoạch ${year} (When): sửa lại thời gian cho đúng năm ${year}.`,
};

function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** True where the period has dates and none of them falls in the plan year. */
export function missesYear(period: Period | null, year: number): boolean {
  if (period === null || period.end === undefined) return false;
  const end = yearOf(period.end);
  const start = period.kind === "deadline" || period.start === undefined ? end : yearOf(period.start);
  return end < year || start > year;
}

export const periodOutsideYear: Rule = {
  id: "period-outside-year",
  severity: "warning",
  letter: "When",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    const year = plan.year;
    if (year === null) return [];
    return checkedRows(ctx)
      .filter((row) => missesYear(row.period, year))
      .map((row) =>
        finding(periodOutsideYear, row, cellOf(plan, row, "period"), messages.outside(label(plan, row), row.period?.text ?? "", year)),
      );
  },
};
