// A unit's scorecard: what its chosen draft gave the merge, in counts an office can compare across units.
import { isBlank, isTask } from "../rules/rule";
import { buildRollup, type Rollup } from "../totals";
import type { DraftRead, Scorecard } from "./types";

export function scorecardOf(unit: string, draft: DraftRead, rollup: Rollup = buildRollup(draft.analysis.plan)): Scorecard {
  const { plan, findings, totals } = draft.analysis;
  const ctx = { plan, rollup };
  const tasks = plan.rows.filter((row, index) => !row.placeholder && isTask(ctx, index));
  const stated = tasks.filter((row) => row.budget !== null && (row.budget.amount !== null || row.budget.source === true)).length;
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  return {
    unit,
    unitSource: draft.unit.source,
    file: draft.file,
    rowsRead: plan.rows.filter((row) => !row.placeholder).length,
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
    tasks: tasks.length,
    budgetStated: stated,
    budgetMissing: tasks.length - stated,
    noLead: tasks.filter((row) => isBlank(row.lead)).length,
    noPeriod: tasks.filter((row) => row.period === null || row.period.kind === "placeholder").length,
    total: totals.total,
    otherCurrencies: totals.otherCurrencies,
  };
}
