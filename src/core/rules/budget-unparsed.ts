// budget-unparsed: the budget text was not understood as an amount or a funding source.
import type { Finding } from "../types";
import { cellOf, checkedRows, finding, label } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  unparsed: (row: string, text: string) =>
    `${row} có kinh phí "${text}" chưa đọc được (5M): ghi số tiền như "15.000.000" hoặc "1,5 triệu", hoặc ghi nguồn kinh phí.`,
};

export const budgetUnparsed: Rule = {
  id: "budget-unparsed",
  severity: "warning",
  letter: "5M",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    return checkedRows(ctx)
      .filter((row) => row.budget?.unparsed === true)
      .map((row) => finding(budgetUnparsed, row, cellOf(plan, row, "budget"), messages.unparsed(label(plan, row), row.budget?.text ?? "")));
  },
};
