// missing-task: a row carries figures (budget, period, lead, …) but no task text (What).
import type { Finding, PlanRow } from "../types";
import { cellOf, checkedRows, finding, isBlank, label, rowColumnName } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  missing: (row: string, column: string) => `${row} có số liệu nhưng chưa ghi nhiệm vụ (What): điền cột ${column}.`,
};

function hasFigures(row: PlanRow): boolean {
  const texts = [row.output, row.indicator, row.verification, row.method, row.lead, row.partners];
  return row.budget !== null || row.period !== null || texts.some((text) => !isBlank(text));
}

export const missingTask: Rule = {
  id: "missing-task",
  severity: "error",
  letter: "What",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    return checkedRows(ctx)
      .filter((row) => isBlank(row.content) && hasFigures(row))
      .map((row) =>
        finding(missingTask, row, cellOf(plan, row, "content"), messages.missing(label(plan, row), rowColumnName(plan, row, "content"))),
      );
  },
};
