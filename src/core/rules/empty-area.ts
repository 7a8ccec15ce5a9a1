// empty-area: an area (lĩnh vực) row with no task under it: the form lists every area of the preset, and one left
// empty is either forgotten or not part of this year's plan. The Word plan leaves such areas out.
import type { Finding } from "../types";
import { cellOf, finding } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  empty: (title: string) =>
    `Lĩnh vực "${title}" chưa có nhiệm vụ nào (What): ghi nhiệm vụ của lĩnh vực này, hoặc xóa dòng lĩnh vực nếu năm nay không thực hiện.`,
};

/** Whether any row below `index` (children, their children) is real content, not blank-form text. */
function hasContent(ctx: RuleContext, index: number): boolean {
  return ctx.rollup.children[index].some((child) => !ctx.plan.rows[child].placeholder || hasContent(ctx, child));
}

export const emptyArea: Rule = {
  id: "empty-area",
  severity: "warning",
  letter: "What",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    const findings: Finding[] = [];
    plan.rows.forEach((row, index) => {
      if (row.level !== "area" || row.placeholder || hasContent(ctx, index)) return;
      const cell = cellOf(plan, row, "content") ?? cellOf(plan, row, "goal") ?? cellOf(plan, row, "number");
      findings.push(finding(emptyArea, row, cell, messages.empty(row.area ?? row.content)));
    });
    return findings;
  },
};
