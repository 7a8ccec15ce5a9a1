import { missingMethod } from "../../src/core/rules/missing-method";
import { FIVE_W, KHUNG_LOGIC, PlanBuilder, check } from "./plan-builder";

describe("missing-method", () => {
  test("fires on a 5W1H task with no Cách thức thực hiện, as a warning", () => {
    const plan = new PlanBuilder({ year: 2014 })
      .table({ form: "5w1h", columns: FIVE_W, headerRow: 4, headerRows: 2 })
      .area("II", "Cải cách tổ chức bộ máy")
      .result("1", "Nâng cao chất lượng một cửa", { goal: "Nâng cao chất lượng một cửa" })
      .activity("1.1.", "Nâng cấp website", { method: "Văn phòng Sở trình Giám đốc phê duyệt" })
      .activity("1.2.", "Chuẩn hóa quy trình TTHC theo ISO", { method: "  " })
      .build();
    const findings = check(missingMethod, plan);
    expect(findings.map((f) => [f.row, f.cell, f.severity, f.message])).toEqual([
      [9, "H9", "warning", "Nhiệm vụ 1.2 chưa nêu cách thức thực hiện (How): điền cột Cách thức thực hiện."],
    ]);
  });

  test("silent where the table has no method column", () => {
    const plan = new PlanBuilder().table({ form: "khung-logic", columns: KHUNG_LOGIC }).activity("1.1.1", "Hoạt động").build();
    expect(check(missingMethod, plan)).toEqual([]);
  });
});
