// period-placeholder: the period cell still holds the blank form's text ("Từ tháng ../năm tới tháng.../năm").
import type { Finding } from "../types";
import { cellOf, checkedRows, finding, label } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  placeholder: (row: string, text: string) =>
    `${row} chưa điền thời gian thực hiện (When): ô vẫn còn chữ mẫu "${text}", thay bằng tháng, quý hoặc hạn cụ thể.`,
};

export const periodPlaceholder: Rule = {
  id: "period-placeholder",
  severity: "error",
  letter: "When",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    return checkedRows(ctx)
      .filter((row) => row.period?.kind === "placeholder")
      .map((row) =>
        finding(periodPlaceholder, row, cellOf(plan, row, "period"), messages.placeholder(label(plan, row), row.period?.text ?? "")),
      );
  },
};
