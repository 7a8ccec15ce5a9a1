// budget-sources-over: a row's Tổng số below what its funding-source columns add up to ("Trong đó" more than the
// whole). The engine counts the Tổng số; the sources cannot all be right, and the split by source would go negative.
import { VND } from "../totals";
import type { Finding } from "../types";
import { cellOf, checkedRows, finding, formatAmount, label } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  over: (row: string, total: number, sum: number) =>
    `${row} ghi Tổng số ${formatAmount(total)} đồng nhưng các nguồn kinh phí cộng lại ${formatAmount(sum)} đồng (5M): ` +
    `sửa Tổng số hoặc số của từng nguồn cho khớp.`,
};

/** The đồng the row's source columns state, or null where none does. */
function sourcesSum(sources: { amount: number | null; currency?: string }[]): number | null {
  let sum: number | null = null;
  for (const source of sources) if (source.amount !== null && source.currency === undefined) sum = (sum ?? 0) + source.amount;
  return sum;
}

export const budgetSourcesOver: Rule = {
  id: "budget-sources-over",
  severity: "error",
  letter: "5M",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    const findings: Finding[] = [];
    for (const row of checkedRows(ctx)) {
      const budget = row.budget;
      if (!budget?.sources || budget.amount === null || budget.currency !== VND) continue;
      const sum = sourcesSum(budget.sources);
      if (sum === null || sum <= budget.amount + 0.5) continue;
      findings.push(finding(budgetSourcesOver, row, cellOf(plan, row, "budget"), messages.over(label(plan, row), budget.amount, sum)));
    }
    return findings;
  },
};
