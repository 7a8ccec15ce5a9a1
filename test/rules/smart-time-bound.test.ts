import { namesDate, smartTimeBound } from "../../src/core/rules/smart-time-bound";
import { KHUNG_LOGIC, PlanBuilder, check, khungLogic2026, ongoing, placeholderPeriod, unparsedPeriod } from "./plan-builder";

describe("smart-time-bound", () => {
  test("silent on the worked example: every task has a usable period", () => {
    expect(check(smartTimeBound, khungLogic2026())).toEqual([]);
  });

  const plan = new PlanBuilder()
    .table({ form: "khung-logic", columns: KHUNG_LOGIC })
    .activity("1.1.1", "Không có thời gian", { indicator: "Rà soát 100% văn bản" })
    .activity("1.1.2", "Thời gian mẫu", { indicator: "Báo cáo", period: placeholderPeriod() })
    .activity("1.1.3", "Thời gian khó đọc", { indicator: "Xong trước 30/6", period: unparsedPeriod("sớm nhất có thể") })
    .activity("1.1.4", "Thường xuyên", { indicator: "Báo cáo", period: ongoing(2026) })
    .activity("1.1.5", "Chỉ số có quý", { indicator: "Hoàn thành trong quý III" })
    .build();

  test("fires on a task with no usable period and no date in its indicator", () => {
    const findings = check(smartTimeBound, plan);
    expect(findings.map((f) => [f.row, f.cell, f.severity, f.letter])).toEqual([
      [7, "G7", "warning", "T"],
      [8, "G8", "warning", "T"],
    ]);
    expect(findings[0].message).toBe(
      "Hoạt động 1.1.1 chưa có thời hạn rõ ràng (T): ghi thời gian thực hiện vào cột Thời gian thực hiện hoặc nêu mốc thời gian trong chỉ số.",
    );
  });

  test("dates an indicator may name", () => {
    expect(namesDate("Trước 31/3")).toBe(true);
    expect(namesDate("Hoàn thành 6/2026")).toBe(true);
    expect(namesDate("Trong năm 2026")).toBe(true);
    expect(namesDate("Hằng quý")).toBe(true);
    expect(namesDate("Rà soát 100% văn bản")).toBe(false);
  });

  test("silent where the table has no period column (form-missing-column reports it once)", () => {
    const noColumn = new PlanBuilder()
      .table({ form: "plain", columns: ["number", "content", "lead"] })
      .activity("1", "Khảo sát", { lead: "Văn phòng" })
      .build();
    expect(check(smartTimeBound, noColumn)).toEqual([]);
  });

  test("silent where the table has no indicator column: SMART tests indicators, missing-period covers the rest", () => {
    const deCuong = new PlanBuilder()
      .table({ form: "de-cuong", columns: ["goal", "content", "output", "lead", "partners", "period", "budget"] })
      .activity("1", "Rà soát chức năng", { lead: "Phòng TCCB", period: placeholderPeriod() })
      .build();
    expect(check(smartTimeBound, deCuong)).toEqual([]);
  });
});

test("smart-time-bound is silent on a task with no indicator: missing-indicator and missing-period cover it", () => {
  const plan = new PlanBuilder()
    .table({ form: "khung-logic", columns: KHUNG_LOGIC })
    .activity("1.1.1", "Chưa có chỉ số", { indicator: null })
    .build();
  expect(check(smartTimeBound, plan)).toEqual([]);
});
