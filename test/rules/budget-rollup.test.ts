import { budgetRollup } from "../../src/core/rules/budget-rollup";
import { KHUNG_LOGIC, PLAIN, PlanBuilder, check, khungLogic2026, vnd } from "./plan-builder";

describe("budget-rollup", () => {
  test("fires on the worked example's result 2.1: 25M + 40M above its 60M", () => {
    const findings = check(budgetRollup, khungLogic2026());
    expect(findings).toEqual([
      {
        rule: "budget-rollup",
        severity: "error",
        letter: "5M",
        sheet: "Khung logic",
        row: 13,
        cell: "F13",
        message:
          "Kết quả 2.1 có ngân sách 60.000.000 đồng nhưng các hoạt động cộng lại 65.000.000 đồng (5M): " +
          "tăng ngân sách của Kết quả 2.1 hoặc giảm kinh phí các hoạt động.",
      },
    ]);
  });

  test("an area is compared with its results' counted amounts (their activities where they have them)", () => {
    const plan = new PlanBuilder()
      .table({ form: "khung-logic", columns: KHUNG_LOGIC })
      .area("1", "Cải cách thể chế", { budget: 10_000_000 })
      .result("1.1", "Kết quả", { budget: 5_000_000 })
      .activity("1.1.1", "Hoạt động", { budget: 8_000_000 })
      .result("1.2", "Kết quả khác", { budget: 4_000_000 })
      .build();
    expect(check(budgetRollup, plan).map((f) => f.message)).toEqual([
      "Lĩnh vực 1 có ngân sách 10.000.000 đồng nhưng các kết quả cộng lại 12.000.000 đồng (5M): " +
        "tăng ngân sách của Lĩnh vực 1 hoặc giảm kinh phí các kết quả.",
      "Kết quả 1.1 có ngân sách 5.000.000 đồng nhưng các hoạt động cộng lại 8.000.000 đồng (5M): " +
        "tăng ngân sách của Kết quả 1.1 hoặc giảm kinh phí các hoạt động.",
    ]);
  });

  test("silent where children sum exactly to the parent, or have no amounts", () => {
    const plan = new PlanBuilder()
      .table({ form: "khung-logic", columns: KHUNG_LOGIC })
      .result("1.1", "Kết quả", { budget: 20_000_000 })
      .activity("1.1.1", "Hoạt động", { budget: 12_000_000 })
      .activity("1.1.2", "Hoạt động", { budget: 8_000_000 })
      .result("1.2", "Kết quả", { budget: 5_000_000 })
      .activity("1.2.1", "Hoạt động", { budget: "Kinh phí thường xuyên" })
      .build();
    expect(check(budgetRollup, plan)).toEqual([]);
  });

  test("a SUBTOTAL area or result row is no envelope: its cached value lagging an amount typed as text is not advice to raise it", () => {
    const subtotal = (amount: number) => ({ ...vnd(amount), formula: true });
    const plan = new PlanBuilder()
      .table({ form: "khung-logic", columns: KHUNG_LOGIC })
      .area("1", "Cải cách thể chế", { budget: subtotal(10_000_000) })
      .result("1.1", "Kết quả", { budget: subtotal(10_000_000) })
      .activity("1.1.1", "Hoạt động", { budget: 10_000_000 })
      .activity("1.1.2", "Hoạt động", { budget: vnd(15_000_000, "15.000.000") })
      .build();
    expect(check(budgetRollup, plan)).toEqual([]);
  });

  test("silent where the table has no budget column", () => {
    const plan = new PlanBuilder().table({ form: "plain", columns: PLAIN }).activity("1", "Khảo sát").build();
    expect(check(budgetRollup, plan)).toEqual([]);
  });
});
