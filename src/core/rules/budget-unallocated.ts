// budget-unallocated: a parent's own budget above what its children have allocated (children with at least one amount).
import type { Finding } from "../types";
import { parentBudgets } from "./budget-compare";
import { cellOf, finding, formatAmount, label } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  under: (row: string, own: number, children: string, sum: number) =>
    `${row} có ngân sách ${formatAmount(own)} đồng, ${children} mới phân bổ ${formatAmount(sum)} đồng: ` +
    `còn ${formatAmount(own - sum)} đồng chưa giao cho nội dung nào (5M).`,
};

export const budgetUnallocated: Rule = {
  id: "budget-unallocated",
  severity: "info",
  letter: "5M",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    return parentBudgets(ctx)
      .filter(({ own, childSum }) => own > childSum)
      .map(({ row, own, childSum, childrenName }) =>
        finding(budgetUnallocated, row, cellOf(plan, row, "budget"), messages.under(label(plan, row), own, childrenName, childSum)),
      );
  },
};
