// empty-plan: the tables hold area titles and blank-form text only: a form inserted and not yet filled in.
// Its one finding replaces every other (runRules), so a blank form is not a clean pass and not a wall of findings.
import type { Finding, PlanRow } from "../types";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  empty: (sheet: string) =>
    `Bảng ở trang "${sheet}" chưa được điền: chưa có nhiệm vụ nào. Ghi nhiệm vụ, sản phẩm hoặc chỉ số, thời gian, ` +
    "cơ quan thực hiện và kinh phí vào các dòng dưới từng lĩnh vực, rồi kiểm tra lại.",
};

/** True where no row is anything but an area title or blank-form text: areas with money, a lead or a period typed
 *  are a plan by area, filled in. */
export function isBlankPlan(ctx: RuleContext): boolean {
  const bare = (row: PlanRow) => row.level === "area" && row.budget?.amount == null && !row.lead && !row.period;
  return ctx.plan.tables.length > 0 && ctx.plan.rows.every((row) => bare(row) || row.placeholder);
}

export const emptyPlan: Rule = {
  id: "empty-plan",
  severity: "error",
  letter: "What",
  check(ctx: RuleContext): Finding[] {
    if (!isBlankPlan(ctx)) return [];
    const sheet = ctx.plan.tables[0].sheet;
    return [{ rule: emptyPlan.id, severity: emptyPlan.severity, letter: emptyPlan.letter, sheet, row: null, cell: null, message: messages.empty(sheet) }];
  },
};
