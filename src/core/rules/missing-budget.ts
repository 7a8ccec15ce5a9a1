// missing-budget: a task states neither a figure nor a funding source, where the table has a budget column.
// Text that was not understood is left to budget-unparsed, so the two never fire together.
import type { Budget } from "../types";
import { missingFieldRule } from "./missing-field";

export const messages = {
  missing: (row: string, column: string) =>
    `${row} chưa ghi kinh phí (5M): điền số tiền hoặc nguồn kinh phí (ví dụ "Kinh phí thường xuyên") vào cột ${column}.`,
};

function statesNothing(budget: Budget | null): boolean {
  if (budget === null) return true;
  // A row funded in several foreign currencies states its money source by source.
  const bySource = budget.sources?.some((source) => source.amount !== null) ?? false;
  return budget.amount === null && !budget.source && !budget.unparsed && !bySource;
}

export const missingBudget = missingFieldRule({
  id: "missing-budget",
  severity: "warning",
  letter: "5M",
  field: "budget",
  rows: "tasks",
  isMissing: (row) => statesNothing(row.budget),
  message: messages.missing,
});
