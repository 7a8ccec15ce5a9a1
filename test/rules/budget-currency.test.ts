import { analyze } from "../../src/core/analyze";
import { budgetCurrency } from "../../src/core/rules/budget-currency";
import { PLAIN, PlanBuilder, check } from "./plan-builder";
import { sheet } from "../layouts/harness";

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

  // Kinh phí (triệu đồng) over Ngân sách tỉnh and Tài trợ: row 1 is funded by the grant alone, in dollars.
  const sourcesGrid = sheet(
    [
      ["TT", "Nội dung", "Kinh phí (triệu đồng)", null],
      [null, null, "Ngân sách tỉnh", "Tài trợ"],
      ["1", "Thuê chuyên gia tư vấn", null, "5.000 USD"],
      ["2", "Hội nghị triển khai", 20, null],
    ],
    { name: "KH", merges: ["A1:A2", "B1:B2", "C1:D1"] },
  );

  test("a row funded only by a source in dollars: its money is 5,000 USD, flagged once, at the source's cell", () => {
    const { plan, findings, totals } = analyze([sourcesGrid], { year: 2026 });
    expect(plan.rows[0].budget).toMatchObject({ amount: 5_000, currency: "USD" });
    expect(findings.filter((f) => f.rule === "budget-currency").map((f) => f.cell)).toEqual(["D3"]);
    expect(findings.filter((f) => f.rule === "budget-unparsed" || f.rule === "missing-budget")).toEqual([]);
    expect(totals).toMatchObject({ total: 20_000_000, otherCurrencies: [{ currency: "USD", amount: 5_000 }] });
  });
});
