import { isMeasurable, smartMeasurable } from "../../src/core/rules/smart-measurable";
import { KHUNG_LOGIC, PLAIN, PlanBuilder, check, khungLogic2026 } from "./plan-builder";

describe("smart-measurable", () => {
  test("fires on the worked example's indicators with nothing to count", () => {
    const findings = check(smartMeasurable, khungLogic2026());
    expect(findings.map((f) => f.row)).toEqual([15, 28]);
    expect(findings[0]).toMatchObject({ severity: "warning", letter: "M", cell: "D15" });
    expect(findings[0].message).toBe(
      'Hoạt động 2.1.2 có chỉ số "Tăng cường số hóa" chưa đo đếm được (M): thêm con số, tỷ lệ % hoặc mức đạt/không đạt.',
    );
  });

  test("a document act proved done or not is measurable: issued, approved, announced", () => {
    expect(isMeasurable("Quyết định công bố được ban hành")).toBe(true);
    expect(isMeasurable("Đề án được UBND tỉnh phê duyệt")).toBe(true);
    expect(isMeasurable("Thể chế được hoàn thiện")).toBe(false);
  });

  test("a digit, a percentage or a number word is measurable", () => {
    expect(isMeasurable("Giảm 02 phòng chuyên môn")).toBe(true);
    expect(isMeasurable("Tỷ lệ hài lòng trên tám mươi phần trăm")).toBe(true);
    expect(isMeasurable("Tất cả công chức được bồi dưỡng")).toBe(true);
    expect(isMeasurable("Đánh giá đạt chuẩn")).toBe(true);
  });

  test("number words are whole words: 'khai' does not hold 'hai'", () => {
    expect(isMeasurable("Công khai quy trình")).toBe(false);
  });

  test("areas with an indicator are checked too", () => {
    const plan = new PlanBuilder()
      .table({ form: "khung-logic", columns: KHUNG_LOGIC })
      .area("1", "Cải cách thể chế", { indicator: "Thể chế được hoàn thiện" })
      .build();
    expect(check(smartMeasurable, plan).map((f) => f.message)).toEqual([
      'Lĩnh vực 1 có chỉ số "Thể chế được hoàn thiện" chưa đo đếm được (M): thêm con số, tỷ lệ % hoặc mức đạt/không đạt.',
    ]);
  });

  test("silent without an indicator column", () => {
    const plan = new PlanBuilder().table({ form: "plain", columns: PLAIN }).activity("1", "Khảo sát").build();
    expect(check(smartMeasurable, plan)).toEqual([]);
  });
});
