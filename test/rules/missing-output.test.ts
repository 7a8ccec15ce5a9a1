import { missingOutput } from "../../src/core/rules/missing-output";
import { DE_CUONG, KHUNG_LOGIC, PlanBuilder, check } from "./plan-builder";

describe("missing-output", () => {
  test("fires on a Đề cương task with an empty Sản phẩm cell", () => {
    const plan = new PlanBuilder({ year: 2019 })
      .table({ form: "de-cuong", columns: DE_CUONG, headerRow: 3 })
      .area("II", "Cải cách thủ tục hành chính")
      .result("1", "Rà soát, đơn giản hóa thủ tục hành chính", { goal: "Rà soát, đơn giản hóa thủ tục hành chính" })
      .activity("1", "Rà soát 15 thủ tục hành chính thuộc thẩm quyền", { output: "Báo cáo rà soát" })
      .activity("2", "Công khai thủ tục hành chính tại bộ phận một cửa", { output: null })
      .build();
    const findings = check(missingOutput, plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", letter: "What", row: 7, cell: "D7" });
    expect(findings[0].message).toBe("Nhiệm vụ cụ thể 2 của mục II chưa có sản phẩm (What): điền cột Sản phẩm.");
  });

  test("silent for Khung logic, which has no output column", () => {
    const plan = new PlanBuilder().table({ form: "khung-logic", columns: KHUNG_LOGIC }).activity("1.1.1", "Hoạt động").build();
    expect(check(missingOutput, plan)).toEqual([]);
  });
});
