// missing-indicator: every result and activity row needs a success indicator, where the table has the column.
import { isBlank } from "./rule";
import { missingFieldRule } from "./missing-field";

export const messages = {
  missing: (row: string, column: string) =>
    `${row} chưa có chỉ số thành công (S): điền cột ${column} bằng kết quả đo đếm được, ví dụ "Rà soát 100% văn bản".`,
};

export const missingIndicator = missingFieldRule({
  id: "missing-indicator",
  severity: "error",
  letter: "S",
  field: "indicator",
  rows: "outputs",
  isMissing: (row) => isBlank(row.indicator),
  message: messages.missing,
});
