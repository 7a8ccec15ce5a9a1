// budget-as-text: an amount typed as text ("15.000.000", "1,5 triệu") in a table whose figures the sheet adds up
// with a formula (SUBTOTAL or SUM). Excel's functions skip text, so the sheet's own totals leave it out: one finding
// at that cell. The engine still counts the amount; the sheet does not.
import type { Finding, Plan, PlanRow } from "../types";
import { VND } from "../totals";
import { cellOf, checkedRows, finding, formatAmount, label } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  asText: (row: string, cell: string, text: string, fn: string, amount: number) =>
    `${row} ghi kinh phí "${text}" ở ô ${cell} dưới dạng chữ nên ${fn} của bảng không cộng khoản này (5M): ` +
    `nhập lại thành số (gõ ${amount}, ô sẽ hiện ${formatAmount(amount)}).`,
  asTextInUnit: (row: string, cell: string, text: string, fn: string, typed: string, unit: string) =>
    `${row} ghi kinh phí "${text}" ở ô ${cell} dưới dạng chữ nên ${fn} của bảng không cộng khoản này (5M): ` +
    `nhập lại thành số theo đơn vị của cột (${unit}): gõ ${typed}` +
    (typed.includes(",") ? ` (hoặc ${typed.replace(",", ".")} nếu Excel dùng dấu chấm thập phân), ô định dạng Số, không phải Văn bản.` : ", ô định dạng Số, không phải Văn bản."),
};

const UNIT_NAMES: Record<number, string> = { 1_000: "nghìn đồng", 1_000_000: "triệu đồng", 1_000_000_000: "tỷ đồng" };

/** The figure to type in the row's money column, in that column's unit ("12,5" in a triệu column), and the unit's
 *  name; null where the column is in đồng. */
function inColumnUnit(plan: Plan, row: PlanRow, amount: number): { typed: string; unit: string } | null {
  const table = plan.tables[row.table];
  const unit = table?.reading?.find((column) => column.col === table.columns.budget)?.unit ?? 1;
  const name = UNIT_NAMES[unit];
  if (!name) return null;
  return { typed: String(amount / unit).replace(".", ","), unit: name };
}

/** A number cell reaches the engine as String(value); anything else (dots, units, words) was typed as text. */
export function typedAsText(row: PlanRow): boolean {
  const budget = row.budget;
  if (!budget || budget.formula || budget.amount === null || budget.currency !== VND) return false;
  const text = budget.text.trim();
  return String(Number(text)) !== text;
}

/** "hàm SUBTOTAL", "hàm SUM": how the sheet adds the table's budgets, as its total cell's formula names it;
 *  "các công thức cộng" where only the area and result rows hold formulas; null where the sheet adds nothing. */
export function summingFunction(plan: Plan, table: number): string | null {
  const formulas = plan.sheetTotals.filter((total) => total.table === table).map((total) => total.formula ?? "");
  for (const formula of formulas) {
    const name = /^\s*=?\s*(SUBTOTAL|SUM|AGGREGATE)\s*\(/i.exec(formula)?.[1];
    if (name) return `hàm ${name.toUpperCase()}`;
  }
  const summed = plan.rows.some((row) => row.table === table && row.budget?.formula);
  return summed ? "các công thức cộng" : null;
}

export const budgetAsText: Rule = {
  id: "budget-as-text",
  severity: "error",
  letter: "5M",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    const functions = new Map<number, string | null>();
    const fnOf = (table: number) => {
      if (!functions.has(table)) functions.set(table, summingFunction(plan, table));
      return functions.get(table) ?? null;
    };
    return checkedRows(ctx)
      .filter((row) => typedAsText(row) && fnOf(row.table) !== null)
      .map((row) => {
        const cell = cellOf(plan, row, "budget");
        const amount = row.budget?.amount ?? 0;
        const text = row.budget?.text.trim() ?? "";
        const scaled = inColumnUnit(plan, row, amount);
        const message = scaled
          ? messages.asTextInUnit(label(plan, row), cell ?? "", text, fnOf(row.table) ?? "", scaled.typed, scaled.unit)
          : messages.asText(label(plan, row), cell ?? "", text, fnOf(row.table) ?? "", amount);
        return finding(budgetAsText, row, cell, message);
      });
  },
};
