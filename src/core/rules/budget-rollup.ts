// budget-rollup: a parent's own budget is an envelope; its children's counted amounts must not sum above it.
import type { Finding } from "../types";
import { parentBudgets } from "./budget-compare";
import { cellOf, finding, formatAmount, label } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  over: (row: string, own: number, children: string, sum: number) =>
    `${row} có ngân sách ${formatAmount(own)} đồng nhưng ${children} cộng lại ${formatAmount(sum)} đồng (5M): ` +
    `tăng ngân sách của ${row} hoặc giảm kinh phí ${children}.`,
};

export const budgetRollup: Rule = {
  id: "budget-rollup",
  severity: "error",
  letter: "5M",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    return parentBudgets(ctx)
      .filter(({ own, childSum }) => childSum > own)
      .map(({ row, own, childSum, childrenName }) =>
        finding(budgetRollup, row, cellOf(plan, row, "budget"), messages.over(label(plan, row), own, childrenName, childSum)),
      );
  },
};
