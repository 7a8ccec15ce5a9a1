// missing-period: a task row with an empty period cell, where the table has a period column.
import { missingFieldRule } from "./missing-field";

export const messages = {
  missing: (row: string, column: string) =>
    `${row} chưa có thời gian thực hiện (When): điền cột ${column}, ví dụ "Quý II" hoặc "Tháng 3-5".`,
};

export const missingPeriod = missingFieldRule({
  id: "missing-period",
  severity: "error",
  letter: "When",
  field: "period",
  rows: "tasks",
  isMissing: (row) => row.period === null || row.period.text.trim() === "",
  message: messages.missing,
});
