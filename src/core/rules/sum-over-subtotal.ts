// sum-over-subtotal: a row's money is a SUM whose range takes in a subtotal row of the table (an area's
// =SUM(F11:F13) over its tasks and its own Cộng), so the sheet's own figure counts that money twice. The engine
// counts the tasks once; the official's printed figure is wrong and is said so, with the formula.
import { VND } from "../totals";
import type { Finding } from "../types";
import { cellOf, finding, formatAmount } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  double: (formula: string, cell: string, subtotalRow: number, own: number, childSum: number | null) =>
    `Công thức =${formula} ở ô ${cell} cộng cả dòng Cộng ở dòng ${subtotalRow}, nên số tiền bị tính hai lần (${formatAmount(own)} đồng` +
    `${childSum !== null ? `, các dòng bên dưới cộng lại ${formatAmount(childSum)} đồng` : ""}) (5M): ` +
    "sửa công thức để chỉ cộng các nhiệm vụ, hoặc dùng SUBTOTAL(9, …).",
};

export const sumOverSubtotal: Rule = {
  id: "sum-over-subtotal",
  severity: "error",
  letter: "5M",
  check({ plan, rollup }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    plan.tables.forEach((table, tableIndex) => {
      for (const sum of table.sumsOverSubtotals ?? []) {
        const index = plan.rows.findIndex((row) => row.table === tableIndex && row.row === sum.row);
        const row = plan.rows[index];
        const cell = row ? cellOf(plan, row, "budget") : null;
        if (!row || !cell || row.budget?.currency !== VND || row.budget.amount === null) continue;
        findings.push(finding(sumOverSubtotal, row, cell, messages.double(sum.formula, cell, sum.subtotalRow, row.budget.amount, rollup.childSum[index] ?? null)));
      }
    });
    return findings;
  },
};
