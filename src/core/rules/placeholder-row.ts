// placeholder-row: a row still holding blank-form text ("M/tiêu 1", "1.2…"); the only rule that looks at such rows.
import type { Finding } from "../types";
import { cellOf, finding } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  placeholder: (sheetRow: number, text: string) =>
    `Dòng ${sheetRow} vẫn còn chữ của mẫu trống "${text}": điền nội dung thật hoặc xóa dòng này.`,
};

export const placeholderRow: Rule = {
  id: "placeholder-row",
  severity: "warning",
  check({ plan }: RuleContext): Finding[] {
    return plan.rows
      .filter((row) => row.placeholder)
      .map((row) => {
        const text = row.content.trim() || row.number?.trim() || "";
        // The blank-form text sits in the task column, or the goal column for a 5W1H "M/tiêu" row.
        const cell = cellOf(plan, row, "content") ?? cellOf(plan, row, "goal") ?? cellOf(plan, row, "number");
        return finding(placeholderRow, row, cell, messages.placeholder(row.row, text));
      });
  },
};
