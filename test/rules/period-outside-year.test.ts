import { periodOutsideYear } from "../../src/core/rules/period-outside-year";
import { PLAIN, PlanBuilder, check, deadline, khungLogic2026, range } from "./plan-builder";

describe("period-outside-year", () => {
  test("fires on the worked example's activity 6.1.2 (Quý I/2027 in a 2026 plan)", () => {
    const findings = check(periodOutsideYear, khungLogic2026());
    expect(findings.map((f) => [f.row, f.cell, f.severity])).toEqual([[28, "G28", "warning"]]);
    expect(findings[0].message).toBe(
      'Hoạt động 6.1.2 có thời gian "Quý I/2027" nằm ngoài năm kế hoạch 2026 (When): sửa lại thời gian cho đúng năm 2026.',
    );
  });

  test("an interval touching the year is inside; a deadline is judged by its end", () => {
    const plan = new PlanBuilder({ year: 2026 })
      .table({ form: "plain", columns: PLAIN })
      .activity("1", "Vắt qua năm", { period: range("2025-11-01", "2026-01-31") })
      .activity("2", "Hạn năm sau", { period: deadline("2027-01-15") })
      .activity("3", "Hạn trong năm", { period: deadline("2026-06-30") })
      .activity("4", "Năm trước", { period: range("2025-01-01", "2025-03-31") })
      .build();
    expect(check(periodOutsideYear, plan).map((f) => f.row)).toEqual([8, 10]);
  });

  test("silent when the plan year is unknown", () => {
    const plan = new PlanBuilder({ year: null })
      .table({ form: "plain", columns: PLAIN })
      .activity("1", "Năm trước", { period: range("2025-01-01", "2025-03-31") })
      .build();
    expect(check(periodOutsideYear, plan)).toEqual([]);
  });
});
