// form-missing-column: once per table, one finding per column the checks need and the table lacks.
// A 'Phân công' column counts as lead and partners; Khung logic needs no output column (its Nội dung is the output).
import type { FieldKey, Finding, FormKind, Letter, Severity, TableInfo } from "../types";
import { columnName, hasColumn } from "./rule";
import type { Rule, RuleContext } from "./rule";

interface NeededColumn {
  field: FieldKey;
  severity: Severity;
  letter?: Letter;
  /** What the column is for, in the message. */
  purpose: string;
  exemptForms?: FormKind[];
}

/** The columns the checks need, and how much their absence matters. */
export const NEEDED_COLUMNS: readonly NeededColumn[] = [
  { field: "lead", severity: "warning", letter: "Who", purpose: "ai chịu trách nhiệm chính" },
  { field: "period", severity: "warning", letter: "When", purpose: "thời gian thực hiện" },
  { field: "budget", severity: "warning", letter: "5M", purpose: "kinh phí" },
  { field: "output", severity: "info", letter: "What", purpose: "sản phẩm", exemptForms: ["khung-logic"] },
  { field: "indicator", severity: "info", letter: "S", purpose: "chỉ số đo kết quả" },
  { field: "verification", severity: "info", letter: "2C", purpose: "tài liệu chứng minh đã làm xong" },
  { field: "method", severity: "info", letter: "How", purpose: "cách thức thực hiện" },
];

export const messages = {
  missing: (sheet: string, column: string, purpose: string) =>
    `Bảng ở trang "${sheet}" không có cột ${column}: thêm cột này để ghi ${purpose} cho từng nhiệm vụ.`,
};

function missingColumns(table: TableInfo): NeededColumn[] {
  return NEEDED_COLUMNS.filter((needed) => !needed.exemptForms?.includes(table.form) && !hasColumn(table, needed.field));
}

export const formMissingColumn: Rule = {
  id: "form-missing-column",
  severity: "warning",
  check({ plan }: RuleContext): Finding[] {
    return plan.tables.flatMap((table) =>
      missingColumns(table).map((needed) => ({
        rule: formMissingColumn.id,
        severity: needed.severity,
        ...(needed.letter ? { letter: needed.letter } : {}),
        sheet: table.sheet,
        row: table.headerRows[0] ?? null,
        cell: null,
        message: messages.missing(table.sheet, columnName(table.form, table, needed.field), needed.purpose),
      })),
    );
  },
};
