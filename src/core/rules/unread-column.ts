// unread-column: once per table, the columns that have a header and hold text in the rows but map to no field
// (or repeat one already read), so that nothing is silently ignored. A correction (`--column E=…`, Cách đọc bảng)
// gives them a field; "none" keeps them unread and silences this.
import { a1 } from "../text";
import type { ColumnReading, Finding, TableInfo } from "../types";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  unread: (sheet: string, columns: string) =>
    `Bảng ở trang "${sheet}" có cột không được đọc: ${columns}. Nếu cột này là một trường của kế hoạch, chọn trường ` +
    `cho nó trong "Cách đọc bảng" (hoặc --column CỘT=TRƯỜNG); nếu không, chọn "không dùng".`,
  column: (column: ColumnReading) => `${column.letter} ("${column.header}")${column.duplicate ? " (trùng trường đã đọc)" : ""}`,
};

function unread(table: TableInfo): ColumnReading[] {
  return (table.reading ?? []).filter((c) => c.hasContent && c.source !== "correction" && (c.field === null || c.duplicate));
}

export const unreadColumn: Rule = {
  id: "unread-column",
  severity: "info",
  check({ plan }: RuleContext): Finding[] {
    return plan.tables.flatMap((table) => {
      const columns = unread(table);
      if (columns.length === 0) return [];
      const headerRow = table.headerRows[0];
      return [
        {
          rule: unreadColumn.id,
          severity: unreadColumn.severity,
          sheet: table.sheet,
          row: headerRow,
          cell: a1(headerRow - 1, columns[0].col),
          message: messages.unread(table.sheet, columns.map(messages.column).join(", ")),
        },
      ];
    });
  },
};
