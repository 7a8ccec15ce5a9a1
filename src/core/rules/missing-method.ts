// missing-method: a task row leaves the form's method column (How) empty.
import { isBlank } from "./rule";
import { missingFieldRule } from "./missing-field";

export const messages = {
  missing: (row: string, column: string) => `${row} chưa nêu cách thức thực hiện (How): điền cột ${column}.`,
};

export const missingMethod = missingFieldRule({
  id: "missing-method",
  severity: "warning",
  letter: "How",
  field: "method",
  rows: "tasks",
  isMissing: (row) => isBlank(row.method),
  message: messages.missing,
});
