import { missingBudget } from "../../src/core/rules/missing-budget";
import { DE_CUONG, PLAIN, PlanBuilder, check } from "./plan-builder";

describe("missing-budget", () => {
  const plan = new PlanBuilder({ year: 2019 })
    .table({ form: "de-cuong", columns: DE_CUONG, headerRow: 3 })
    .area("V", "Cải cách tài chính công")
    .result("1", "Thực hiện cơ chế tự chủ", { goal: "Thực hiện cơ chế tự chủ" })
    .activity("1", "Xây dựng quy chế chi tiêu nội bộ", { budget: null })
    .activity("2", "Công khai thủ tục", { budget: "Kinh phí thường xuyên" })
    .activity("3", "Nâng cấp cổng thông tin", { budget: 1_200_000_000 })
    .activity("4", "Hội thảo", { budget: { amount: null, currency: "VND", text: "khoảng vài triệu", unparsed: true } })
    .build();

  test("fires where a task states neither figure nor source, not where the text is merely unreadable", () => {
    const findings = check(missingBudget, plan);
    expect(findings.map((f) => [f.row, f.cell, f.severity, f.letter])).toEqual([[6, "H6", "warning", "5M"]]);
    expect(findings[0].message).toBe(
      'Nhiệm vụ cụ thể 1 của mục V chưa ghi kinh phí (5M): điền số tiền hoặc nguồn kinh phí (ví dụ "Kinh phí thường xuyên") vào cột Kinh phí dự kiến.',
    );
  });

  test("silent where the table has no budget column", () => {
    const plain = new PlanBuilder().table({ form: "plain", columns: PLAIN }).activity("1", "Khảo sát").build();
    expect(check(missingBudget, plain)).toEqual([]);
  });
});
