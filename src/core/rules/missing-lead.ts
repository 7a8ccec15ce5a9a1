// missing-lead: a task row with no lead body, where the table has a lead column or a 'Phân công' column split into lead/partners.
import { isBlank } from "./rule";
import { missingFieldRule } from "./missing-field";

export const messages = {
  missing: (row: string, column: string) => `${row} chưa có cơ quan đầu mối (Who): điền cột ${column}.`,
};

export const missingLead = missingFieldRule({
  id: "missing-lead",
  severity: "error",
  letter: "Who",
  field: "lead",
  rows: "tasks",
  isMissing: (row) => isBlank(row.lead),
  message: messages.missing,
});
