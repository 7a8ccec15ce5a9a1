// budget-negative: a negative amount, almost always a typing slip.
import type { Finding } from "../types";
import { cellOf, checkedRows, finding, label } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  negative: (row: string, text: string) => `${row} có kinh phí âm "${text}" (5M): kinh phí phải là số dương, sửa lại ô này.`,
};

export const budgetNegative: Rule = {
  id: "budget-negative",
  severity: "error",
  letter: "5M",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    return checkedRows(ctx)
      .filter((row) => row.budget !== null && row.budget.amount !== null && row.budget.amount < 0)
      .map((row) => finding(budgetNegative, row, cellOf(plan, row, "budget"), messages.negative(label(plan, row), row.budget?.text ?? "")));
  },
};
