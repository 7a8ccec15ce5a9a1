// Every rule, run once over a plan; findings come back in sheet order.
import { buildRollup } from "../totals";
import type { Finding, Plan } from "../types";
import { budgetAsText } from "./budget-as-text";
import { budgetCurrency } from "./budget-currency";
import { budgetNegative } from "./budget-negative";
import { budgetRollup } from "./budget-rollup";
import { budgetSourcesOver } from "./budget-sources-over";
import { budgetTiny } from "./budget-tiny";
import { budgetUnallocated } from "./budget-unallocated";
import { budgetUnparsed } from "./budget-unparsed";
import { emptyArea } from "./empty-area";
import { emptyPlan } from "./empty-plan";
import { formMissingColumn } from "./form-missing-column";
import { hiddenRow } from "./hidden-row";
import { legacyEncoding } from "./legacy-encoding";
import { missingBudget } from "./missing-budget";
import { missingIndicator } from "./missing-indicator";
import { missingLead } from "./missing-lead";
import { missingMethod } from "./missing-method";
import { missingObjective } from "./missing-objective";
import { missingOutput } from "./missing-output";
import { missingPeriod } from "./missing-period";
import { missingTask } from "./missing-task";
import { missingVerification } from "./missing-verification";
import { periodOutsideYear } from "./period-outside-year";
import { periodPlaceholder } from "./period-placeholder";
import { periodUnparsed } from "./period-unparsed";
import { placeholderRow } from "./placeholder-row";
import type { Rule, RuleContext } from "./rule";
import { sheetVersions } from "./sheet-versions";
import { smartMeasurable } from "./smart-measurable";
import { smartSpecific } from "./smart-specific";
import { smartTimeBound } from "./smart-time-bound";
import { subtotalMismatch } from "./subtotal-mismatch";
import { sumOverSubtotal } from "./sum-over-subtotal";
import { summaryMismatch } from "./summary-mismatch";
import { summaryTable } from "./summary-table";
import { totalMismatch } from "./total-mismatch";
import { unreadColumn } from "./unread-column";

export type { Rule, RuleContext } from "./rule";

/** In contract order, then the rules added since, which is also the order of findings on the same cell. */
export const rules: Rule[] = [
  missingObjective,
  missingTask,
  missingOutput,
  missingLead,
  missingPeriod,
  missingMethod,
  missingBudget,
  missingIndicator,
  missingVerification,
  smartSpecific,
  smartMeasurable,
  smartTimeBound,
  periodUnparsed,
  periodPlaceholder,
  periodOutsideYear,
  budgetUnparsed,
  budgetCurrency,
  budgetNegative,
  budgetRollup,
  budgetUnallocated,
  totalMismatch,
  subtotalMismatch,
  formMissingColumn,
  placeholderRow,
  legacyEncoding,
  budgetAsText,
  emptyArea,
  emptyPlan,
  unreadColumn,
  budgetSourcesOver,
  budgetTiny,
  summaryTable,
  summaryMismatch,
  sheetVersions,
  hiddenRow,
  sumOverSubtotal,
];

/** 0-based column of an A1 address ("AB12" → 27); -1 for none, so row-level findings come first. */
function columnIndex(cell: string | null): number {
  if (!cell) return -1;
  let n = 0;
  for (let i = 0; i < cell.length; i += 1) {
    const code = cell.charCodeAt(i);
    if (code < 0x41 || code > 0x5a) break;
    n = n * 26 + code - 0x40;
  }
  return n - 1;
}

/** Sheets in the order the plan's tables (then rows, then totals) first name them. */
function sheetOrder(plan: Plan): Map<string, number> {
  const order = new Map<string, number>();
  const note = (sheet: string) => {
    if (!order.has(sheet)) order.set(sheet, order.size);
  };
  // Indexed, not spread into one list: the rows are the whole plan.
  for (let i = 0; i < plan.tables.length; i += 1) note(plan.tables[i].sheet);
  for (let i = 0; i < plan.rows.length; i += 1) note(plan.rows[i].sheet);
  for (let i = 0; i < plan.sheetTotals.length; i += 1) note(plan.sheetTotals[i].sheet);
  return order;
}

export function sortFindings(plan: Plan, findings: Finding[]): Finding[] {
  const order = sheetOrder(plan);
  const key = (f: Finding): number[] => [order.get(f.sheet) ?? order.size, f.row ?? -1, columnIndex(f.cell)];
  return findings
    .map((finding, position) => ({ finding, key: key(finding), position }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.position - b.position)
    .map(({ finding }) => finding);
}

/** Runs every rule over the plan (the roll-up is computed once and shared), sorted by sheet, row, then column. */
export function runRules(plan: Plan, context: RuleContext = { plan, rollup: buildRollup(plan) }): Finding[] {
  // A form not yet filled in gets the one finding that says so, not one per blank row and column.
  const blank = emptyPlan.check(context);
  if (blank.length > 0) return blank;
  return sortFindings(plan, rules.flatMap((rule) => rule.check(context)));
}
