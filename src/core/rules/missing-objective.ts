// missing-objective: no goal (Why) anywhere: no general or specific goal above the table and no row with a goal.
// A Đề cương's "Nhiệm vụ chung" is a general task, not a goal, so it does not count.
import type { Finding } from "../types";
import { checkedRows, isBlank, tableOf } from "./rule";
import type { Rule, RuleContext } from "./rule";

/** Where each form lets the official state goals: a 5W1H has its Mục tiêu column; the Khung logic form has goal
 *  lines above the table; every plan can use the Thông tin kế hoạch sheet. Only what the form has is suggested. */
export const messages = {
  missing: (where: string[]) => `Kế hoạch chưa nêu mục tiêu (Why): ${where.join(", hoặc ")}.`,
  aboveTable: "ghi Mục tiêu chung và Mục tiêu cụ thể phía trên bảng",
  goalColumn: "điền cột Mục tiêu",
  infoSheet: 'ghi Mục tiêu chung và Mục tiêu cụ thể ở trang "Thông tin kế hoạch"',
};

function suggestions(ctx: RuleContext): string[] {
  const forms = new Set(ctx.plan.tables.map((table) => table.form));
  const where: string[] = [];
  if (forms.has("5w1h")) where.push(messages.goalColumn);
  if ([...forms].some((form) => form === "khung-logic" || form === "plain")) where.push(messages.aboveTable);
  where.push(messages.infoSheet);
  return where;
}

function hasGoal(ctx: RuleContext): boolean {
  const { plan } = ctx;
  const stated = [...plan.goals.general, ...plan.goals.specific].some((goal) => !isBlank(goal));
  return stated || checkedRows(ctx).some((row) => tableOf(plan, row)?.form !== "de-cuong" && !isBlank(row.goal));
}

export const missingObjective: Rule = {
  id: "missing-objective",
  severity: "warning",
  letter: "Why",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    if (hasGoal(ctx)) return [];
    const sheet = plan.tables[0]?.sheet ?? plan.rows[0]?.sheet ?? "";
    return [{ rule: missingObjective.id, severity: missingObjective.severity, letter: missingObjective.letter, sheet, row: null, cell: null, message: messages.missing(suggestions(ctx)) }];
  },
};
