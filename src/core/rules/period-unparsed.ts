// period-unparsed: the period text was not understood; it is kept verbatim and reported.
import type { Finding } from "../types";
import { cellOf, checkedRows, finding, label } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  unparsed: (row: string, text: string) =>
    `${row} có thời gian "${text}" chưa đọc được (When): ghi theo dạng "Quý II/2026", "Tháng 3-5/2026" hoặc "Trước ngày 30/6/2026".`,
};

export const periodUnparsed: Rule = {
  id: "period-unparsed",
  severity: "warning",
  letter: "When",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    return checkedRows(ctx)
      .filter((row) => row.period?.kind === "unparsed")
      .map((row) => finding(periodUnparsed, row, cellOf(plan, row, "period"), messages.unparsed(label(plan, row), row.period?.text ?? "")));
  },
};
