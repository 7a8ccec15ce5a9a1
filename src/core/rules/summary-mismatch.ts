// summary-mismatch: an area's money in a summary table (summary-table) against what the plan's tasks in that area
// add up to, each money once: the appendix and the plan must say the same.
import { computeTotals } from "../totals";
import type { Finding } from "../types";
import { formatAmount } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  mismatch: (sheet: string, area: string, stated: number, computed: number) =>
    `Bảng tổng hợp ở trang "${sheet}" ghi lĩnh vực "${area}" ${formatAmount(stated)} đồng nhưng các nhiệm vụ của ` +
    `kế hoạch thuộc lĩnh vực này cộng lại (mỗi khoản một lần) được ${formatAmount(computed)} đồng (5M): sửa cho khớp.`,
};

export const summaryMismatch: Rule = {
  id: "summary-mismatch",
  severity: "warning",
  letter: "5M",
  check(ctx: RuleContext): Finding[] {
    const summaries = ctx.plan.summaries ?? [];
    if (summaries.length === 0) return [];
    const byArea = new Map(computeTotals(ctx.plan, ctx.rollup).byArea.map((area) => [area.area, area.amount]));
    return summaries.flatMap((summary) =>
      summary.rows.flatMap((row) => {
        if (row.amount === null) return [];
        const computed = byArea.get(row.area) ?? 0;
        if (computed === row.amount) return [];
        return [
          {
            rule: summaryMismatch.id,
            severity: summaryMismatch.severity,
            letter: summaryMismatch.letter,
            sheet: summary.sheet,
            row: row.row,
            cell: row.cell,
            message: messages.mismatch(summary.sheet, row.area, row.amount, computed),
          },
        ];
      }),
    );
  },
};
