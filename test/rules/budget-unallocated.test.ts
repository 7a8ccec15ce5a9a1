import { budgetUnallocated } from "../../src/core/rules/budget-unallocated";
import { KHUNG_LOGIC, PLAIN, PlanBuilder, check, khungLogic2026 } from "./plan-builder";

describe("budget-unallocated", () => {
  test("fires on the worked example's results 4.1 (15M left) and 6.1 (6M left), as information", () => {
    const findings = check(budgetUnallocated, khungLogic2026());
    expect(findings.map((f) => [f.row, f.cell, f.severity])).toEqual([
      [20, "F20", "info"],
      [26, "F26", "info"],
    ]);
    expect(findings[0].message).toBe(
      "Kết quả 4.1 có ngân sách 50.000.000 đồng, các hoạt động mới phân bổ 35.000.000 đồng: còn 15.000.000 đồng chưa giao cho nội dung nào (5M).",
    );
    expect(findings[1].message).toContain("còn 6.000.000 đồng chưa giao");
  });

  test("silent where no child states an amount (3.1 with a source-only activity)", () => {
    const plan = new PlanBuilder()
      .table({ form: "khung-logic", columns: KHUNG_LOGIC })
      .result("3.1", "Kết quả", { budget: 10_000_000 })
      .activity("3.1.1", "Hoạt động", { budget: "Kinh phí thường xuyên" })
      .build();
    expect(check(budgetUnallocated, plan)).toEqual([]);
  });

  test("silent where the table has no budget column", () => {
    const plan = new PlanBuilder().table({ form: "plain", columns: PLAIN }).activity("1", "Khảo sát").build();
    expect(check(budgetUnallocated, plan)).toEqual([]);
  });
});
