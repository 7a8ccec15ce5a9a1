import { formMissingColumn } from "../../src/core/rules/form-missing-column";
import { DE_CUONG, FIVE_W, KHUNG_LOGIC, PLAIN, PlanBuilder, check } from "./plan-builder";

describe("form-missing-column", () => {
  test("a plain list: once per missing column, on the header row, warnings before information", () => {
    const plan = new PlanBuilder()
      .table({ form: "plain", sheet: "Khảo sát", columns: PLAIN, headerRow: 4 })
      .activity("1", "Xây dựng kế hoạch")
      .activity("2", "Tổ chức khảo sát")
      .build();
    const findings = check(formMissingColumn, plan);
    expect(findings.map((f) => [f.severity, f.row, f.cell, f.letter])).toEqual([
      ["warning", 4, null, "5M"],
      ["info", 4, null, "What"],
      ["info", 4, null, "S"],
      ["info", 4, null, "2C"],
      ["info", 4, null, "How"],
    ]);
    expect(findings[0].message).toBe('Bảng ở trang "Khảo sát" không có cột Kinh phí: thêm cột này để ghi kinh phí cho từng nhiệm vụ.');
  });

  test("a recognised form is asked only for the columns it has by design: the form the add-in inserts is complete", () => {
    // Khung logic: no method and no output column (its Nội dung of a result is the output).
    const khung = new PlanBuilder().table({ form: "khung-logic", columns: KHUNG_LOGIC }).build();
    expect(check(formMissingColumn, khung)).toEqual([]);
    // 5W1H: no indicator or verification column; its 'Phân công' counts as lead.
    const fiveW = new PlanBuilder().table({ form: "5w1h", columns: FIVE_W }).build();
    expect(check(formMissingColumn, fiveW)).toEqual([]);
    const deCuong = new PlanBuilder().table({ form: "de-cuong", columns: DE_CUONG }).build();
    expect(check(formMissingColumn, deCuong)).toEqual([]);
  });

  test("a recognised form that lost one of its own columns is told", () => {
    const khung = new PlanBuilder().table({ form: "khung-logic", columns: KHUNG_LOGIC.filter((c) => c !== "period") }).build();
    expect(check(formMissingColumn, khung).map((f) => [f.severity, f.letter])).toEqual([["warning", "When"]]);
  });

  test("lead column absent is a warning; each table is reported on its own sheet", () => {
    const plan = new PlanBuilder()
      .table({ form: "de-cuong", sheet: "A", columns: DE_CUONG.filter((c) => c !== "lead"), headerRow: 3 })
      .table({ form: "de-cuong", sheet: "B", columns: DE_CUONG, headerRow: 5 })
      .build();
    const findings = check(formMissingColumn, plan);
    expect(findings.filter((f) => f.sheet === "A").map((f) => [f.severity, f.letter, f.row])).toEqual([["warning", "Who", 3]]);
    expect(findings.filter((f) => f.sheet === "B")).toEqual([]);
  });
});
