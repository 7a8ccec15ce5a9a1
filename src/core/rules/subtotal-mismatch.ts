// subtotal-mismatch: a subtotal row ("Cộng", "Cộng lĩnh vực I") whose figure is not the sum of its group's rows,
// each money once. The subtotal itself is never counted (issue 7); skipped where its cell holds no number. A figure
// that is the sum of every row since the table's previous subtotal (a closing "Cộng" under several areas) is right, and
// so, in a plan compiled unit first, is the sum of its whole unit.
import type { Finding, Plan, Subtotal } from "../types";
import type { Rollup } from "../totals";
import { formatAmount } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  mismatch: (cell: string, stated: number, computed: number, rows: string) =>
    `Ô cộng ${cell} ghi ${formatAmount(stated)} đồng nhưng các dòng của nhóm (${rows}) cộng lại được ` +
    `${formatAmount(computed)} đồng (5M): sửa số ở ô cộng hoặc kiểm tra lại vùng cộng của công thức.`,
  noRows: "không có dòng nào",
};

/** The money of rows [first, end), each once: those whose parent lies outside them. */
export function subtotalSum(plan: Plan, rollup: Rollup, { first, end }: { first: number; end: number }): number {
  let sum = 0;
  for (let index = first; index < end; index += 1) {
    const parent = plan.rows[index].parent;
    const inGroup = parent !== null && parent >= first && parent < end;
    if (!inGroup) sum += rollup.counted[index] ?? 0;
  }
  return sum;
}

function rowSpan(plan: Plan, subtotal: Subtotal): string {
  if (subtotal.end <= subtotal.first) return messages.noRows;
  const first = plan.rows[subtotal.first].row;
  const last = plan.rows[subtotal.end - 1].row;
  return first === last ? `dòng ${first}` : `dòng ${first}–${last}`;
}

/**
 * Whether subtotals[i] is its table's last and its figure the sum of every row since the table's previous subtotal (or
 * its first row): a closing "Cộng" under several areas with none of their own. An area's own "Cộng" that takes in the
 * area before it is wrong.
 */
function closesSeveralAreas(plan: Plan, rollup: Rollup, subtotals: Subtotal[], i: number): boolean {
  const subtotal = subtotals[i];
  if (subtotals[i + 1]?.table === subtotal.table) return false;
  const previous = subtotals[i - 1];
  let since = previous?.table === subtotal.table ? previous.end : subtotal.first;
  if (previous?.table !== subtotal.table) while (since > 0 && plan.rows[since - 1].table === subtotal.table) since -= 1;
  return since < subtotal.first && Math.abs(subtotalSum(plan, rollup, { first: since, end: subtotal.end }) - (subtotal.amount ?? 0)) < 0.5;
}

/**
 * In a plan compiled unit first, the last "Cộng" of a unit whose figure is the whole unit's (Cộng I under I. SỞ Y TẾ,
 * over its areas). An earlier one is its area's: a running total back to the unit's start is wrong.
 */
function closesItsUnit(plan: Plan, rollup: Rollup, subtotals: Subtotal[], i: number): boolean {
  const subtotal = subtotals[i];
  const next = subtotals[i + 1];
  if (subtotal.unitFirst === undefined || subtotal.unitFirst >= subtotal.first) return false;
  if (next && next.table === subtotal.table && next.unitFirst === subtotal.unitFirst) return false;
  return Math.abs(subtotalSum(plan, rollup, { first: subtotal.unitFirst, end: subtotal.end }) - (subtotal.amount ?? 0)) < 0.5;
}

export const subtotalMismatch: Rule = {
  id: "subtotal-mismatch",
  severity: "error",
  letter: "5M",
  check({ plan, rollup }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const subtotals = plan.subtotals ?? [];
    for (let i = 0; i < subtotals.length; i += 1) {
      const subtotal = subtotals[i];
      if (subtotal.amount === null) continue;
      const computed = subtotalSum(plan, rollup, subtotal);
      if (Math.abs(computed - subtotal.amount) < 0.5 || closesSeveralAreas(plan, rollup, subtotals, i) || closesItsUnit(plan, rollup, subtotals, i)) continue;
      findings.push({
        rule: subtotalMismatch.id,
        severity: subtotalMismatch.severity,
        letter: subtotalMismatch.letter,
        sheet: subtotal.sheet,
        row: subtotal.row,
        cell: subtotal.cell,
        message: messages.mismatch(subtotal.cell, subtotal.amount, computed, rowSpan(plan, subtotal)),
      });
    }
    return findings;
  },
};
