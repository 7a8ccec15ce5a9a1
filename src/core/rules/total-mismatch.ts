// total-mismatch: a sheet's own total cell disagrees with the table's total counted once (domain brief §5).
// Skipped where the total cell holds no number. The message suggests the likely cause.
import { ownAmount, tableTotal, VND } from "../totals";
import type { Budget, Finding, Plan, PlanRow, SheetTotal } from "../types";
import { formatAmount } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  mismatch: (cell: string, stated: number, computed: number, cause: string) =>
    `Ô tổng ${cell} ghi ${formatAmount(stated)} đồng nhưng cộng lại các khoản (mỗi khoản một lần) được ` +
    `${formatAmount(computed)} đồng (5M): ${cause}`,
  textAmounts: (rows: string) => `có khoản kinh phí nhập dạng chữ mà hàm SUM bỏ qua (${rows}); nhập lại thành số.`,
  doubleCounted: () => "ô tổng đã cộng cả ngân sách của dòng cấp trên lẫn các dòng con; chỉ cộng mỗi khoản một lần.",
  other: () => "kiểm tra lại vùng cộng và công thức của ô tổng.",
};

/** A number cell reaches the engine as String(value); anything else (dots, units, words) was typed as text. */
export function typedAsText(budget: Budget): boolean {
  const text = budget.text.trim();
  return String(Number(text)) !== text;
}

function rowsOfTable(plan: Plan, table: number): { row: PlanRow; index: number }[] {
  return plan.rows.map((row, index) => ({ row, index })).filter(({ row }) => row.table === table);
}

function causeOf(ctx: RuleContext, total: SheetTotal & { amount: number }): string {
  const rows = rowsOfTable(ctx.plan, total.table);
  // Rows whose own amount is what gets counted: they have an amount and no counted children.
  const countedOwn = rows.filter(({ index }) => ctx.rollup.counted[index] !== null && ctx.rollup.childSum[index] === null);
  const textRows = countedOwn.filter(({ row }) => row.budget !== null && typedAsText(row.budget));
  if (textRows.length > 0) return messages.textAmounts(textRows.map(({ row }) => `dòng ${row.row}`).join(", "));
  const everyNumberCell = rows.reduce((sum, { row }) => {
    const own = ownAmount(row, VND);
    return own !== null && row.budget !== null && !typedAsText(row.budget) ? sum + own : sum;
  }, 0);
  return Math.abs(everyNumberCell - total.amount) < 0.5 ? messages.doubleCounted() : messages.other();
}

export const totalMismatch: Rule = {
  id: "total-mismatch",
  severity: "error",
  letter: "5M",
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const total of ctx.plan.sheetTotals) {
      if (total.amount === null) continue;
      const computed = tableTotal(ctx.plan, ctx.rollup, total.table);
      if (Math.abs(computed - total.amount) < 0.5) continue;
      const cause = causeOf(ctx, { ...total, amount: total.amount });
      findings.push({
        rule: totalMismatch.id,
        severity: totalMismatch.severity,
        letter: totalMismatch.letter,
        sheet: total.sheet,
        row: total.row,
        cell: total.cell,
        message: messages.mismatch(total.cell, total.amount, computed, cause),
      });
    }
    return findings;
  },
};
