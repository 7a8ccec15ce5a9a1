// missing-verification: every result and activity row needs a means of verification, where the table has the column.
import { isBlank } from "./rule";
import { missingFieldRule } from "./missing-field";

export const messages = {
  missing: (row: string, column: string) =>
    `${row} chưa có phương tiện xác minh (2C): điền cột ${column} bằng tài liệu chứng minh đã làm xong (báo cáo, quyết định…).`,
};

export const missingVerification = missingFieldRule({
  id: "missing-verification",
  severity: "error",
  field: "verification",
  letter: "2C",
  rows: "outputs",
  isMissing: (row) => isBlank(row.verification),
  message: messages.missing,
});
