// summary-table: a table that lists areas and their money alone beside the plan's tasks (an appendix "Tổng hợp kinh
// phí") is read as the plan's summary, not as more of it: said once per such table, so the official knows why its
// money is not added again.
import type { Finding } from "../types";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  summary: (sheet: string) =>
    `Bảng ở trang "${sheet}" chỉ liệt kê lĩnh vực và kinh phí: đọc như bảng tổng hợp của kế hoạch, không cộng thêm ` +
    "vào tổng; từng lĩnh vực được so với các nhiệm vụ của kế hoạch.",
};

export const summaryTable: Rule = {
  id: "summary-table",
  severity: "info",
  check({ plan }: RuleContext): Finding[] {
    return (plan.summaries ?? []).map((summary) => ({
      rule: summaryTable.id,
      severity: summaryTable.severity,
      sheet: summary.sheet,
      row: summary.headerRow,
      cell: summary.headerCell,
      message: messages.summary(summary.sheet),
    }));
  },
};
