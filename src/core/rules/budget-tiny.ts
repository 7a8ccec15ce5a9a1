// budget-tiny: a table whose every figure is under 1,000 đồng was typed in another unit (triệu or nghìn đồng) that
// neither its header nor a line above it states: its total would be a few hundred đồng, and "2,5" rounds to 3 đồng.
// Once per table, at its money column's header.
import { a1 } from "../text";
import type { Finding, Plan, TableInfo } from "../types";
import type { Rule, RuleContext } from "./rule";

/** Below this in đồng, no task of a reform plan is costed. */
const TINY = 1_000;

export const messages = {
  tiny: (sheet: string, largest: string) =>
    `Mọi khoản kinh phí của bảng ở trang "${sheet}" đều dưới 1.000 đồng (lớn nhất ${largest} đồng) (5M): có lẽ số ` +
    `liệu tính bằng triệu hoặc nghìn đồng. Ghi đơn vị vào tiêu đề cột, ví dụ "Kinh phí (triệu đồng)", hoặc dòng ` +
    `"Đơn vị tính: triệu đồng" ngay trên bảng.`,
};

/** The largest đồng figure of a table read as plain đồng, where every figure it has is tiny; else null. */
function largestTiny(plan: Plan, index: number, table: TableInfo): number | null {
  const money = (table.reading ?? []).find((column) => column.col === table.columns.budget);
  if (!money || money.unit !== 1 || money.currency) return null;
  const amounts = plan.rows
    .filter((row) => row.table === index && row.budget?.currency === "VND" && row.budget.amount !== null && row.budget.amount > 0)
    .map((row) => row.budget?.amount as number);
  if (amounts.length === 0) return null;
  const largest = Math.max(...amounts);
  return largest < TINY ? largest : null;
}

export const budgetTiny: Rule = {
  id: "budget-tiny",
  severity: "warning",
  letter: "5M",
  check({ plan }: RuleContext): Finding[] {
    return plan.tables.flatMap((table, index) => {
      const largest = largestTiny(plan, index, table);
      if (largest === null || table.columns.budget === undefined) return [];
      const headerRow = table.headerRows[table.headerRows.length - 1];
      return [
        {
          rule: budgetTiny.id,
          severity: budgetTiny.severity,
          letter: budgetTiny.letter,
          sheet: table.sheet,
          row: headerRow,
          cell: a1(headerRow - 1, table.columns.budget),
          message: messages.tiny(table.sheet, largest.toLocaleString("vi-VN")),
        },
      ];
    });
  },
};
