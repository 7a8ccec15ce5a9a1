import { budgetCurrency } from "../../src/core/rules/budget-currency";
import { PLAIN, PlanBuilder, check } from "./plan-builder";

describe("budget-currency", () => {
  test("fires on an amount in USD, saying it is not added to the VND total", () => {
    const plan = new PlanBuilder()
      .table({ form: "plain", columns: ["number", "content", "budget"] })
      .activity("1", "Thuê chuyên gia", { budget: { amount: 2_000, currency: "USD", text: "2.000 USD" } })
      .activity("2", "Hội nghị", { budget: 5_000_000 })
      .build();
    const findings = check(budgetCurrency, plan);
    expect(findings.map((f) => [f.row, f.cell, f.severity])).toEqual([[7, "D7", "warning"]]);
    expect(findings[0].message).toBe(
      'Nội dung 1 ghi kinh phí "2.000 USD" bằng USD (5M): khoản này không được cộng vào tổng tiền đồng; quy đổi ra đồng nếu cần.',
    );
  });

  test("silent where the table has no budget column", () => {
    const plan = new PlanBuilder().table({ form: "plain", columns: PLAIN }).activity("1", "Khảo sát").build();
    expect(check(budgetCurrency, plan)).toEqual([]);
  });
});
