// Shared by budget-rollup and budget-unallocated: parents whose own VND budget and their children's counted sum both exist.
// Only a figure typed by hand is an envelope: a formula (the form's SUBTOTAL of its area and result rows) merely
// repeats the children, and its cached value can lag them (an amount typed as text, a sheet not recalculated).
import { ownAmount, VND } from "../totals";
import type { PlanRow } from "../types";
import { levelWord } from "./rule";
import type { RuleContext } from "./rule";

export interface ParentBudget {
  row: PlanRow;
  own: number;
  childSum: number;
  /** "các hoạt động", "các nhiệm vụ cụ thể"…, as the form calls the children. */
  childrenName: string;
}

export function parentBudgets(ctx: RuleContext): ParentBudget[] {
  const { plan, rollup } = ctx;
  const parents: ParentBudget[] = [];
  plan.rows.forEach((row, index) => {
    const own = ownAmount(row, VND);
    const childSum = rollup.childSum[index];
    if (row.placeholder || own === null || childSum === null || row.budget?.formula) return;
    const firstChild = plan.rows[rollup.children[index][0]];
    parents.push({ row, own, childSum, childrenName: `các ${levelWord(plan, firstChild).toLowerCase()}` });
  });
  return parents;
}
