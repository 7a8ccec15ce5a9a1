import { missingIndicator } from "../../src/core/rules/missing-indicator";
import { PLAIN, PlanBuilder, check, khungLogic2026 } from "./plan-builder";

describe("missing-indicator", () => {
  test("fires on the worked example's activity 5.1.1 only", () => {
    const findings = check(missingIndicator, khungLogic2026());
    expect(findings.map((f) => [f.row, f.cell, f.severity, f.letter])).toEqual([[24, "D24", "error", "S"]]);
    expect(findings[0].message).toBe(
      'Hoạt động 5.1.1 chưa có chỉ số thành công (S): điền cột Chỉ số thành công bằng kết quả đo đếm được, ví dụ "Rà soát 100% văn bản".',
    );
  });

  test("results with children need one too; areas do not", () => {
    const plan = new PlanBuilder()
      .table({ form: "khung-logic", columns: ["number", "content", "indicator"] })
      .area("1", "Cải cách thể chế")
      .result("1.1", "Kết quả", {})
      .activity("1.1.1", "Hoạt động", { indicator: "Rà soát 100% văn bản" })
      .build();
    expect(check(missingIndicator, plan).map((f) => f.row)).toEqual([8]);
  });

  test("silent where the table has no indicator column", () => {
    const plan = new PlanBuilder().table({ form: "plain", columns: PLAIN }).activity("1", "Khảo sát").build();
    expect(check(missingIndicator, plan)).toEqual([]);
  });
});
