import { emptyArea } from "../../src/core/rules/empty-area";
import { emptyPlan } from "../../src/core/rules/empty-plan";
import { runRules } from "../../src/core/rules";
import { KHUNG_LOGIC, PlanBuilder, check } from "./plan-builder";

describe("empty-area", () => {
  test("one warning per area with no task under it, at its title cell", () => {
    const plan = new PlanBuilder()
      .table({ form: "khung-logic", columns: KHUNG_LOGIC })
      .area("1", "Công tác chỉ đạo, điều hành cải cách hành chính")
      .result("1.1", "Kế hoạch được ban hành")
      .area("2", "Cải cách thể chế")
      .area("3", "Cải cách thủ tục hành chính")
      .activity("3.1.1", "Rà soát thủ tục")
      .build();
    expect(check(emptyArea, plan)).toEqual([
      {
        rule: "empty-area",
        severity: "warning",
        letter: "What",
        sheet: "Kế hoạch",
        row: 9,
        cell: "C9",
        message:
          'Lĩnh vực "Cải cách thể chế" chưa có nhiệm vụ nào (What): ghi nhiệm vụ của lĩnh vực này, hoặc xóa dòng lĩnh vực nếu năm nay không thực hiện.',
      },
    ]);
  });

  test("rows still holding blank-form text do not fill an area", () => {
    const plan = new PlanBuilder()
      .table({ form: "khung-logic", columns: KHUNG_LOGIC })
      .area("1", "Cải cách thể chế")
      .activity("1.1.1", "1.1.1…", { placeholder: true })
      .area("2", "Cải cách tài chính công")
      .activity("2.1.1", "Kiểm tra tài chính")
      .build();
    expect(check(emptyArea, plan).map((f) => f.row)).toEqual([7]);
  });
});

describe("empty-plan", () => {
  const blank = () =>
    new PlanBuilder()
      .table({ form: "khung-logic", sheet: "Khung logic", columns: KHUNG_LOGIC })
      .area("1", "Công tác chỉ đạo, điều hành cải cách hành chính")
      .area("2", "Cải cách thể chế")
      .build();

  test("a form with area titles only is one error, and that is the plan's only finding", () => {
    const findings = runRules(blank());
    expect(findings).toEqual([
      {
        rule: "empty-plan",
        severity: "error",
        letter: "What",
        sheet: "Khung logic",
        row: null,
        cell: null,
        message:
          'Bảng ở trang "Khung logic" chưa được điền: chưa có nhiệm vụ nào. Ghi nhiệm vụ, sản phẩm hoặc chỉ số, thời gian, ' +
          "cơ quan thực hiện và kinh phí vào các dòng dưới từng lĩnh vực, rồi kiểm tra lại.",
      },
    ]);
  });

  test("one task typed is enough to be checked normally", () => {
    const plan = new PlanBuilder()
      .table({ form: "khung-logic", columns: KHUNG_LOGIC })
      .area("1", "Cải cách thể chế")
      .activity("1.1.1", "Rà soát văn bản")
      .build();
    expect(check(emptyPlan, plan)).toEqual([]);
    expect(runRules(plan).some((f) => f.rule === "missing-lead")).toBe(true);
  });

  test("areas with money, a lead and a period typed are a plan by area, not a blank form (merge had dropped one)", async () => {
    const { analyze } = await import("../../src/core/analyze");
    const { sheet } = await import("../layouts/harness");
    const analysis = analyze([
      sheet([
        ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
        ["TT", "Nội dung", "Kinh phí (đồng)", "Thời gian thực hiện", "Cơ quan chủ trì"],
        ["I", "Cải cách thể chế", 5_000_000, "Năm 2026", "Tư pháp"],
        ["II", "Cải cách thủ tục hành chính", 7_000_000, "Năm 2026", "Văn phòng"],
      ]),
    ]);
    expect(analysis.findings.filter((f) => f.rule === "empty-plan")).toEqual([]);
    expect(analysis.totals.total).toBe(12_000_000);
  });
});
