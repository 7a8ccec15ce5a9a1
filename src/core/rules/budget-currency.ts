// budget-currency: an amount in a currency other than VND; it is kept and totalled apart, never added to the VND total.
import { VND } from "../totals";
import type { Finding, Plan, PlanRow } from "../types";
import { cellOf, checkedRows, finding, label, tableOf } from "./rule";
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
    const findings: Finding[] = [];
    for (const row of checkedRows(ctx)) {
      const budget = row.budget;
      if (budget === null) continue;
      // A foreign amount under a funding-source column is flagged at that column's cell instead.
      const inSources = budget.sources?.some((source) => source.currency !== undefined) ?? false;
      if (budget.amount !== null && budget.currency !== VND && !inSources) {
        findings.push(finding(budgetCurrency, row, cellOf(plan, row, "budget"), messages.foreign(label(plan, row), budget.text, budget.currency)));
      }
      for (const source of budget.sources ?? []) {
        if (source.currency === undefined || source.amount === null) continue;
        findings.push(finding(budgetCurrency, row, sourceCell(plan, row, source.source), messages.foreign(label(plan, row), source.text, source.currency)));
      }
    }
    return findings;
  },
};

/** The cell of a row under one funding-source column ("Tài trợ" → D5). */
function sourceCell(plan: Plan, row: PlanRow, source: string): string | null {
  const column = tableOf(plan, row)?.reading?.find((c) => c.part === "source" && c.fundingSource === source);
  return column ? `${column.letter}${row.row}` : cellOf(plan, row, "budget");
}
