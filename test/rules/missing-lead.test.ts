import { missingLead } from "../../src/core/rules/missing-lead";
import { FIVE_W, KHUNG_LOGIC, PLAIN, PlanBuilder, check, khungLogic2026 } from "./plan-builder";

describe("missing-lead", () => {
  test("fires on the worked example's activity 2.1.2, pointing at the lead cell", () => {
    const findings = check(missingLead, khungLogic2026());
    expect(findings).toEqual([
      {
        rule: "missing-lead",
        severity: "error",
        letter: "Who",
        sheet: "Khung logic",
        row: 15,
        cell: "H15",
        message: "Hoạt động 2.1.2 chưa có cơ quan đầu mối (Who): điền cột Cơ quan đầu mối.",
      },
    ]);
  });

  test("reads a 'Phân công' column as the lead column and points at it", () => {
    const plan = new PlanBuilder()
      .table({ form: "5w1h", columns: FIVE_W })
      .result("1", "Mục tiêu", { goal: "Mục tiêu" })
      .activity("1.1.", "Nâng cấp website", { lead: null })
      .activity("1.2.", "Chuẩn hóa quy trình", { lead: "Văn phòng Sở" })
      .build();
    const findings = check(missingLead, plan);
    expect(findings.map((f) => [f.row, f.cell, f.message])).toEqual([
      [8, "G8", "Nhiệm vụ 1.1 chưa có cơ quan đầu mối (Who): điền cột Phân công."],
    ]);
  });

  test("only tasks: a result with children and an area are not asked for a lead", () => {
    const plan = new PlanBuilder()
      .table({ form: "khung-logic", columns: KHUNG_LOGIC })
      .area("1", "Cải cách thể chế")
      .result("1.1", "Kết quả", {})
      .activity("1.1.1", "Hoạt động", { lead: "Văn phòng Sở" })
      .result("1.2", "Kết quả chưa chia hoạt động", {})
      .build();
    expect(check(missingLead, plan).map((f) => f.message)).toEqual([
      "Kết quả 1.2 chưa có cơ quan đầu mối (Who): điền cột Cơ quan đầu mối.",
    ]);
  });

  test("a row without a number is named by its sheet row", () => {
    const plan = new PlanBuilder().table({ form: "plain", columns: PLAIN }).activity(null, "Khảo sát", {}).build();
    expect(check(missingLead, plan)[0].message).toBe("Nội dung ở dòng 7 chưa có cơ quan đầu mối (Who): điền cột Đơn vị chủ trì.");
  });

  test("silent where the table has no lead column, and on placeholder rows", () => {
    const noColumn = new PlanBuilder().table({ form: "plain", columns: ["number", "content", "period"] }).activity("1", "Khảo sát").build();
    expect(check(missingLead, noColumn)).toEqual([]);
    const placeholder = new PlanBuilder().table({ form: "plain", columns: PLAIN }).activity("1.2…", "1.2…", { placeholder: true }).build();
    expect(check(missingLead, placeholder)).toEqual([]);
  });
});
