import { missingPeriod } from "../../src/core/rules/missing-period";
import { PLAIN, PlanBuilder, check, placeholderPeriod, range } from "./plan-builder";

describe("missing-period", () => {
  const plan = new PlanBuilder()
    .table({ form: "plain", columns: PLAIN })
    .activity("1", "Xây dựng kế hoạch khảo sát", { period: range("2026-03-01", "2026-03-31", "Tháng 3/2026") })
    .activity("2", "Tổ chức khảo sát", { period: null })
    .activity("3", "Báo cáo kết quả", { period: placeholderPeriod() })
    .build();

  test("fires on an empty period cell only (a placeholder is period-placeholder's job)", () => {
    const findings = check(missingPeriod, plan);
    expect(findings.map((f) => [f.row, f.cell, f.severity, f.letter])).toEqual([[8, "D8", "error", "When"]]);
    expect(findings[0].message).toBe('Nội dung 2 chưa có thời gian thực hiện (When): điền cột Thời gian, ví dụ "Quý II" hoặc "Tháng 3-5".');
  });

  test("silent where the table has no period column", () => {
    const noColumn = new PlanBuilder().table({ form: "plain", columns: ["number", "content", "lead"] }).activity("1", "Khảo sát").build();
    expect(check(missingPeriod, noColumn)).toEqual([]);
  });
});
