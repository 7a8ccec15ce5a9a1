import { budgetNegative } from "../../src/core/rules/budget-negative";
import { PLAIN, PlanBuilder, check, vnd } from "./plan-builder";

describe("budget-negative", () => {
  test("fires on a negative amount, as an error", () => {
    const plan = new PlanBuilder()
      .table({ form: "plain", columns: ["number", "content", "budget"] })
      .activity("1", "Hội nghị", { budget: vnd(-5_000_000, "-5.000.000") })
      .activity("2", "Tập huấn", { budget: 0 })
      .build();
    const findings = check(budgetNegative, plan);
    expect(findings.map((f) => [f.row, f.cell, f.severity])).toEqual([[7, "D7", "error"]]);
    expect(findings[0].message).toBe('Nội dung 1 có kinh phí âm "-5.000.000" (5M): kinh phí phải là số dương, sửa lại ô này.');
  });

  test("silent where the table has no budget column", () => {
    const plan = new PlanBuilder().table({ form: "plain", columns: PLAIN }).activity("1", "Khảo sát").build();
    expect(check(budgetNegative, plan)).toEqual([]);
  });
});
