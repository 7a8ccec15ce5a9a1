import { isVague, smartSpecific } from "../../src/core/rules/smart-specific";
import { KHUNG_LOGIC, PLAIN, PlanBuilder, check, khungLogic2026 } from "./plan-builder";

describe("smart-specific", () => {
  test("fires on the worked example's two vague indicators", () => {
    const findings = check(smartSpecific, khungLogic2026());
    expect(findings.map((f) => [f.row, f.cell, f.severity, f.letter])).toEqual([
      [15, "D15", "warning", "S"],
      [28, "D28", "warning", "S"],
    ]);
    expect(findings[0].message).toBe(
      'Hoạt động 2.1.2 có chỉ số "Tăng cường số hóa" còn chung chung (S): ghi rõ làm gì, cho ai, bao nhiêu (ví dụ "100% hồ sơ được số hóa").',
    );
  });

  test("vague phrases match without accents, after a bullet", () => {
    expect(isVague("- Nang cao chat luong")).toBe(true);
    expect(isVague("Đẩy mạnh tuyên truyền")).toBe(true);
  });

  test("a number or a count word makes the phrase specific", () => {
    expect(isVague("Nâng cao tỷ lệ hài lòng lên 85%")).toBe(false);
    expect(isVague("Tăng cường tập huấn cho tất cả công chức")).toBe(false);
    expect(isVague("Đẩy mạnh tuyên truyền đến mỗi người dân")).toBe(false);
  });

  test("an indicator that does not start with a vague phrase is left to smart-measurable", () => {
    expect(isVague("Quyết định công bố được ban hành")).toBe(false);
    expect(isVague("Kỹ năng được nâng cao")).toBe(false);
  });

  test("silent where there is no indicator column or the cell is empty", () => {
    const plain = new PlanBuilder().table({ form: "plain", columns: PLAIN }).activity("1", "Tăng cường kiểm tra").build();
    expect(check(smartSpecific, plain)).toEqual([]);
    const empty = new PlanBuilder().table({ form: "khung-logic", columns: KHUNG_LOGIC }).activity("1.1.1", "Hoạt động", {}).build();
    expect(check(smartSpecific, empty)).toEqual([]);
  });
});
