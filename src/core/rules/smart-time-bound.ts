// smart-time-bound: a task with no usable period (missing, not understood, or a blank-form placeholder)
// whose indicator names no date either (T). Usable periods: range, deadline, ongoing.
import { fold } from "../text";
import type { Finding, PeriodKind, PlanRow } from "../types";
import { cellOf, finding, hasColumn, isBlank, label, memoized, rowColumnName, taskRows } from "./rule";
import type { Rule, RuleContext } from "./rule";

const USABLE: readonly PeriodKind[] = ["range", "deadline", "ongoing"];

/** Dates an indicator may name: dd/mm, mm/yyyy, "năm 2026", "quý …", "tháng 3" (matched on folded text). */
const DATE_PATTERNS = [/\b\d{1,2}\/\d{1,2}\b/, /\b\d{1,2}\/\d{4}\b/, /\bnam \d{4}\b/, /\bquy\b/, /\bthang \d{1,2}\b/];

export const messages = {
  noTime: (row: string, column: string) =>
    `${row} chưa có thời hạn rõ ràng (T): ghi thời gian thực hiện vào cột ${column} hoặc nêu mốc thời gian trong chỉ số.`,
};

const foldedNamesDate = memoized((indicator) => {
  const folded = fold(indicator);
  return DATE_PATTERNS.some((pattern) => pattern.test(folded));
});

export function namesDate(indicator: string | null | undefined): boolean {
  return indicator ? foldedNamesDate(indicator) : false;
}

function hasUsablePeriod(row: PlanRow): boolean {
  return row.period !== null && USABLE.includes(row.period.kind);
}

export const smartTimeBound: Rule = {
  id: "smart-time-bound",
  severity: "warning",
  letter: "T",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    // Without a period column the form itself is at fault: form-missing-column says so once. SMART tests
    // indicators, so a form without an indicator column leaves the period to missing-period and its kin.
    const checked = plan.tables.map((table) => hasColumn(table, "period") && hasColumn(table, "indicator"));
    return taskRows(ctx)
      .filter((row) => checked[row.table])
      // With no indicator at all, missing-indicator and missing-period already say everything.
      .filter((row) => !isBlank(row.indicator) && !hasUsablePeriod(row) && !namesDate(row.indicator))
      .map((row) =>
        finding(smartTimeBound, row, cellOf(plan, row, "period"), messages.noTime(label(plan, row), rowColumnName(plan, row, "period"))),
      );
  },
};
