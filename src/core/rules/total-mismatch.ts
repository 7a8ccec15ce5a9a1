// total-mismatch: a sheet's own total cell disagrees with the table's total counted once (domain brief §5).
// Skipped where the total cell holds no number, and where amounts typed as text explain the whole difference:
// budget-as-text has already pointed at each of those cells. The message names the sheet's own function.
import { sourceKey, tableTotal, totalsBySource } from "../totals";
import type { Finding, Plan, PlanRow, SheetTotal } from "../types";
import { summingFunction, typedAsText } from "./budget-as-text";
import { formatAmount } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  mismatch: (cell: string, stated: number, computed: number, cause: string) =>
    `Ô tổng ${cell} ghi ${formatAmount(stated)} đồng nhưng cộng lại các khoản (mỗi khoản một lần) được ` +
    `${formatAmount(computed)} đồng (5M): ${cause}`,
  doubleCounted: () => "ô tổng đã cộng cả ngân sách của dòng cấp trên lẫn các dòng con; chỉ cộng mỗi khoản một lần.",
  other: (fn: string) => `kiểm tra lại vùng cộng và công thức ${fn} của ô tổng.`,
  typed: () => "kiểm tra lại số đã ghi ở ô tổng hoặc thay bằng công thức SUBTOTAL.",
  source: (cell: string, source: string, stated: number, computed: number) =>
    `Ô tổng ${cell} của nguồn "${source}" ghi ${formatAmount(stated)} đồng nhưng cộng các khoản của nguồn này (mỗi khoản ` +
    `một lần) được ${formatAmount(computed)} đồng (5M): tổng chung vẫn khớp, nên có khoản đã ghi nhầm sang nguồn khác ` +
    "hoặc ô tổng của nguồn bị gõ nhầm.",
};

/** The name of the total cell's function ("SUBTOTAL", "SUM"), or null where the total was typed. */
function functionName(total: SheetTotal): string | null {
  return /^\s*=?\s*([A-Z][A-Z0-9.]*)\s*\(/i.exec(total.formula ?? "")?.[1]?.toUpperCase() ?? null;
}

function rowsOfTable(plan: Plan, table: number): PlanRow[] {
  return plan.rows.filter((row) => row.table === table && !row.placeholder);
}

/** VND the table counts from amounts typed as text, which the sheet's functions skip. */
function textSum(ctx: RuleContext, table: number): number {
  if (summingFunction(ctx.plan, table) === null) return 0;
  return ctx.plan.rows.reduce((sum, row, index) => {
    const leaf = ctx.rollup.childSum[index] === null && ctx.rollup.counted[index] !== null;
    return row.table === table && !row.placeholder && leaf && typedAsText(row) ? sum + (row.budget?.amount ?? 0) : sum;
  }, 0);
}

function causeOf(ctx: RuleContext, total: SheetTotal & { amount: number }): string {
  const fn = functionName(total);
  // Every figure typed by hand added up, parents and children alike: the sum a range over both gives.
  const everyTypedCell = rowsOfTable(ctx.plan, total.table).reduce((sum, row) => {
    const budget = row.budget;
    return budget && !budget.formula && budget.amount !== null && budget.currency === "VND" && !typedAsText(row) ? sum + budget.amount : sum;
  }, 0);
  // SUBTOTAL skips the nested SUBTOTALs of area and result rows, so only SUM or a typed figure can count both.
  if (Math.abs(everyTypedCell - total.amount) < 0.5 && fn !== "SUBTOTAL") return messages.doubleCounted();
  return fn === null ? messages.typed() : messages.other(fn);
}

/** Where the total row agrees in all, each source's figure against its own column: money put under the wrong source. */
function sourceFindings(ctx: RuleContext, total: SheetTotal): Finding[] {
  const findings: Finding[] = [];
  const counted = totalsBySource(ctx.plan, ctx.rollup, total.table);
  for (const source of total.sources ?? []) {
    if (source.amount === null) continue;
    const computed = counted.find((s) => sourceKey(s.source) === sourceKey(source.source))?.amount ?? 0;
    if (Math.abs(computed - source.amount) < 0.5) continue;
    findings.push(totalFinding(total, source.cell, messages.source(source.cell, source.source, source.amount, computed)));
  }
  return findings;
}

function totalFinding(total: SheetTotal, cell: string, message: string): Finding {
  return { rule: totalMismatch.id, severity: totalMismatch.severity, letter: totalMismatch.letter, sheet: total.sheet, row: total.row, cell, message };
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
      if (Math.abs(computed - total.amount) < 0.5) {
        findings.push(...sourceFindings(ctx, total));
        continue;
      }
      if (Math.abs(computed - textSum(ctx, total.table) - total.amount) < 0.5) continue;
      const cause = causeOf(ctx, { ...total, amount: total.amount });
      findings.push(totalFinding(total, total.cell, messages.mismatch(total.cell, total.amount, computed, cause)));
    }
    return findings;
  },
};
