// The engine's one entry point: grids in, plan + findings + totals out.
import { readPlanInfo } from "./forms/thong-tin";
import { readPlan } from "./reader";
import { runRules } from "./rules";
import { buildRollup, computeTotals } from "./totals";
import type { Finding, Plan, PlanInfo, ReadingCorrection, SheetGrid, Totals } from "./types";

export { PlanInputError } from "./reader";

export interface AnalyzeOptions {
  /** Read only this sheet (contract: --sheet). */
  sheet?: string;
  /** Overrides the plan year found in the title or periods (contract: --year). */
  year?: number;
  /** The year where the plan states none (a merge's --year: each draft keeps the year it states). */
  defaultYear?: number;
  /** Reading corrections: saved in the workbook, or `--column E=budget` on the command line. */
  corrections?: ReadingCorrection[];
}

export interface Analysis {
  plan: Plan;
  findings: Finding[];
  totals: Totals;
}

/** The Thông tin kế hoạch sheet says the plan is written from it: its goals win, each of the two on its own,
 *  over the goals typed above the table. */
function goalsOf(aboveTable: Plan["goals"], info: PlanInfo): Plan["goals"] {
  const general = info.generalGoal?.trim() ? [info.generalGoal.trim()] : aboveTable.general;
  const specific = info.specificGoals && info.specificGoals.length > 0 ? info.specificGoals : aboveTable.specific;
  return { general, specific };
}

export function analyze(grids: SheetGrid[], options: AnalyzeOptions = {}): Analysis {
  const info = readPlanInfo(grids);
  const plan = readPlan(grids, { ...options, defaultYear: info.year ?? options.defaultYear });
  plan.info = info;
  plan.goals = goalsOf(plan.goals, info);
  const rollup = buildRollup(plan);
  return { plan, findings: runRules(plan, { plan, rollup }), totals: computeTotals(plan, rollup) };
}
