// form-missing-column: once per table, one finding per column the checks need and the table lacks.
// A recognised form (Khung logic, Đề cương, 5W1H) is asked only for the columns that form has by design (forms/):
// the form the add-in inserts is complete, so it is never told to add one. A 'Phân công' column counts as lead
// and partners. A plain table is asked for every column.
import { FORM_COLUMNS } from "../forms";
import type { FieldKey, Finding, Letter, Severity, TableInfo } from "../types";
import { columnName, hasColumn } from "./rule";
import type { Rule, RuleContext } from "./rule";

interface NeededColumn {
  field: FieldKey;
  severity: Severity;
  letter?: Letter;
  /** What the column is for, in the message. */
  purpose: string;
}

/** The columns the checks need, and how much their absence matters. */
export const NEEDED_COLUMNS: readonly NeededColumn[] = [
  { field: "lead", severity: "warning", letter: "Who", purpose: "ai chịu trách nhiệm chính" },
  { field: "period", severity: "warning", letter: "When", purpose: "thời gian thực hiện" },
  { field: "budget", severity: "warning", letter: "5M", purpose: "kinh phí" },
  { field: "output", severity: "info", letter: "What", purpose: "sản phẩm" },
  { field: "indicator", severity: "info", letter: "S", purpose: "chỉ số đo kết quả" },
  { field: "verification", severity: "info", letter: "2C", purpose: "tài liệu chứng minh đã làm xong" },
  { field: "method", severity: "info", letter: "How", purpose: "cách thức thực hiện" },
];

export const messages = {
  missing: (sheet: string, column: string, purpose: string) =>
    `Bảng ở trang "${sheet}" không có cột ${column}: thêm cột này để ghi ${purpose} cho từng nhiệm vụ.`,
};

/** Whether the table's form has the field by design: always for a plain table; a 'Phân công' holds lead and partners. */
function expected(table: TableInfo, field: FieldKey): boolean {
  const columns = FORM_COLUMNS[table.form];
  if (columns === null) return true;
  return columns.includes(field) || ((field === "lead" || field === "partners") && columns.includes("assignment"));
}

function missingColumns(table: TableInfo): NeededColumn[] {
  return NEEDED_COLUMNS.filter((needed) => expected(table, needed.field) && !hasColumn(table, needed.field));
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
