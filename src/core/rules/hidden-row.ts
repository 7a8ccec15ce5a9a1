// hidden-row: a plan row on a row the workbook hides (a cancelled task hidden rather than deleted) is read, and its
// money counted, though the official no longer sees it. Said once per table, naming the rows and the money typed on
// them, so the total that differs from the sheet's own is explained, and the official decides: delete or show.
import type { Finding } from "../types";
import { formatAmount } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  hidden: (rows: number[], amount: number) =>
    `${rows.length === 1 ? `Dòng ${rows[0]}` : `Các dòng ${rows.join(", ")}`} đang bị ẩn trong Excel nhưng vẫn được đọc như một ` +
    `phần của kế hoạch${amount > 0 ? ` (kinh phí ghi ở đó: ${formatAmount(amount)} đồng, được cộng vào tổng)` : ""}: ` +
    "nếu nhiệm vụ đã bỏ, hãy xóa dòng; nếu không, hãy bỏ ẩn để người đọc kế hoạch thấy.",
};

export const hiddenRow: Rule = {
  id: "hidden-row",
  severity: "warning",
  check({ plan }: RuleContext): Finding[] {
    return plan.tables.flatMap((table, index) => {
      const rows = table.hiddenRows ?? [];
      if (rows.length === 0) return [];
      const hidden = new Set(rows);
      const planRows = plan.rows.filter((row) => row.table === index && hidden.has(row.row));
      const amount = planRows.reduce((sum, row) => sum + (row.budget?.currency === "VND" ? (row.budget.amount ?? 0) : 0), 0);
      const first = planRows[0];
      const cell = first?.cells.content ?? null;
      return [{ rule: hiddenRow.id, severity: hiddenRow.severity, sheet: table.sheet, row: rows[0], cell, message: messages.hidden(rows, amount) }];
    });
  },
};
