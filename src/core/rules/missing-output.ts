// missing-output: a task row leaves the form's product/output column empty (Khung logic has none: its Nội dung is the output).
import { isBlank } from "./rule";
import { missingFieldRule } from "./missing-field";

export const messages = {
  missing: (row: string, column: string) => `${row} chưa có sản phẩm (What): điền cột ${column}.`,
};

export const missingOutput = missingFieldRule({
  id: "missing-output",
  severity: "error",
  letter: "What",
  field: "output",
  rows: "tasks",
  isMissing: (row) => isBlank(row.output),
  message: messages.missing,
});
