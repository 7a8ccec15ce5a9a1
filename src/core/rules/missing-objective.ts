// missing-objective: no goal (Why) anywhere: no general or specific goal above the table and no row with a goal.
// A Đề cương's "Nhiệm vụ chung" is a general task, not a goal, so it does not count.
import type { Finding } from "../types";
import { checkedRows, isBlank, tableOf } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  missing: () =>
    "Kế hoạch chưa nêu mục tiêu (Why): ghi Mục tiêu chung và Mục tiêu cụ thể phía trên bảng, hoặc điền cột Mục tiêu.",
};

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
    return [{ rule: missingObjective.id, severity: missingObjective.severity, letter: missingObjective.letter, sheet, row: null, cell: null, message: messages.missing() }];
  },
};
