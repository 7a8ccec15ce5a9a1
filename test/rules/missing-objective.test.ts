import { missingObjective } from "../../src/core/rules/missing-objective";
import { DE_CUONG, FIVE_W, KHUNG_LOGIC, PlanBuilder, check, khungLogic2026 } from "./plan-builder";

describe("missing-objective", () => {
  test("silent when goals are stated above the table (the worked example)", () => {
    expect(check(missingObjective, khungLogic2026())).toEqual([]);
  });

  test("fires once, plan-level, on the first table's sheet when no goal is stated anywhere", () => {
    const plan = new PlanBuilder()
      .table({ form: "de-cuong", sheet: "Kế hoạch triển khai", columns: DE_CUONG, headerRow: 3 })
      .area("I", "Cải cách thể chế")
      // A Đề cương's "Nhiệm vụ chung" is a general task, not a goal.
      .result("1", "Nâng cao chất lượng văn bản", { goal: "Nâng cao chất lượng văn bản" })
      .activity("1", "Rà soát quy trình", {})
      .build();
    expect(check(missingObjective, plan)).toEqual([
      {
        rule: "missing-objective",
        severity: "warning",
        letter: "Why",
        sheet: "Kế hoạch triển khai",
        row: null,
        cell: null,
        // An Đề cương has no goal lines above its table and no Mục tiêu column: only the Thông tin sheet is suggested.
        message: 'Kế hoạch chưa nêu mục tiêu (Why): ghi Mục tiêu chung và Mục tiêu cụ thể ở trang "Thông tin kế hoạch".',
      },
    ]);
  });

  test("a 5W1H goal in a row counts, a placeholder goal does not", () => {
    const withGoal = new PlanBuilder()
      .table({ form: "5w1h", columns: FIVE_W })
      .result("1", "Nâng cao chất lượng một cửa", { goal: "Bảo đảm sự hài lòng tối thiểu 80%" })
      .build();
    expect(check(missingObjective, withGoal)).toEqual([]);
    const placeholderOnly = new PlanBuilder()
      .table({ form: "5w1h", columns: FIVE_W })
      .result("1", "M/tiêu 1", { goal: "M/tiêu 1", placeholder: true })
      .build();
    expect(check(missingObjective, placeholderOnly)).toHaveLength(1);
  });

  test("suggests only what the form has: a 5W1H its Mục tiêu column, a Khung logic the lines above its table", () => {
    const fiveW = new PlanBuilder().table({ form: "5w1h", columns: FIVE_W }).activity("1.1", "Nhiệm vụ").build();
    expect(check(missingObjective, fiveW)[0].message).toBe(
      'Kế hoạch chưa nêu mục tiêu (Why): điền cột Mục tiêu, hoặc ghi Mục tiêu chung và Mục tiêu cụ thể ở trang "Thông tin kế hoạch".',
    );
    const khung = new PlanBuilder().table({ form: "khung-logic", columns: KHUNG_LOGIC }).activity("1.1.1", "Hoạt động").build();
    expect(check(missingObjective, khung)[0].message).toBe(
      "Kế hoạch chưa nêu mục tiêu (Why): ghi Mục tiêu chung và Mục tiêu cụ thể phía trên bảng, " +
        'hoặc ghi Mục tiêu chung và Mục tiêu cụ thể ở trang "Thông tin kế hoạch".',
    );
  });
});
