// budget-currency: an amount in a currency other than VND; it is kept and totalled apart, never added to the VND total.
import { VND } from "../totals";
import type { Finding } from "../types";
import { cellOf, checkedRows, finding, label } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  foreign: (row: string, text: string, currency: string) =>
    `${row} ghi kinh phí "${text}" bằng ${currency} (5M): khoản này không được cộng vào tổng tiền đồng; quy đổi ra đồng nếu cần.`,
};

export const budgetCurrency: Rule = {
  id: "budget-currency",
  severity: "warning",
  letter: "5M",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    return checkedRows(ctx)
      .filter((row) => row.budget !== null && row.budget.amount !== null && row.budget.currency !== VND)
      .map((row) =>
        finding(budgetCurrency, row, cellOf(plan, row, "budget"), messages.foreign(label(plan, row), row.budget?.text ?? "", row.budget?.currency ?? "")),
      );
  },
};
