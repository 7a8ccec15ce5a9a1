import { budgetUnparsed } from "../../src/core/rules/budget-unparsed";
import { FIVE_W, PLAIN, PlanBuilder, check } from "./plan-builder";

describe("budget-unparsed", () => {
  test("fires on budget text that was not understood, quoting it", () => {
    const plan = new PlanBuilder()
      .table({ form: "5w1h", columns: FIVE_W })
      .activity("1.1.", "Nâng cấp website", { budget: { amount: null, currency: "VND", text: "chưa rõ, khoảng vài chục", unparsed: true } })
      .activity("1.2.", "Hội nghị", { budget: 2_000_000 })
      .build();
    const findings = check(budgetUnparsed, plan);
    expect(findings.map((f) => [f.row, f.cell, f.severity, f.letter])).toEqual([[7, "I7", "warning", "5M"]]);
    expect(findings[0].message).toBe(
      'Nhiệm vụ 1.1 có kinh phí "chưa rõ, khoảng vài chục" chưa đọc được (5M): ghi số tiền như "15.000.000" hoặc "1,5 triệu", hoặc ghi nguồn kinh phí.',
    );
  });

  test("silent where the table has no budget column", () => {
    const plan = new PlanBuilder().table({ form: "plain", columns: PLAIN }).activity("1", "Khảo sát").build();
    expect(check(budgetUnparsed, plan)).toEqual([]);
  });
});
