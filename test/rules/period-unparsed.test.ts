import { periodUnparsed } from "../../src/core/rules/period-unparsed";
import { PLAIN, PlanBuilder, check, range, unparsedPeriod } from "./plan-builder";

describe("period-unparsed", () => {
  const plan = new PlanBuilder()
    .table({ form: "plain", columns: PLAIN })
    .activity("1", "Khảo sát", { period: unparsedPeriod("Sau Tết") })
    .activity("2", "Báo cáo", { period: range("2026-03-01", "2026-03-31", "Tháng 3/2026") })
    .activity("3", "Mẫu", { period: unparsedPeriod("Khi có"), placeholder: true })
    .build();

  test("fires on text that was not understood, quoting it", () => {
    expect(check(periodUnparsed, plan)).toEqual([
      {
        rule: "period-unparsed",
        severity: "warning",
        letter: "When",
        sheet: "Kế hoạch",
        row: 7,
        cell: "D7",
        message:
          'Nội dung 1 có thời gian "Sau Tết" chưa đọc được (When): ghi theo dạng "Quý II/2026", "Tháng 3-5/2026" hoặc "Trước ngày 30/6/2026".',
      },
    ]);
  });

  test("silent where the table has no period column", () => {
    const noColumn = new PlanBuilder().table({ form: "plain", columns: ["number", "content"] }).activity("1", "Khảo sát").build();
    expect(check(periodUnparsed, noColumn)).toEqual([]);
  });
});
