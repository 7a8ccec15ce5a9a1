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

  test("Khung logic is not asked for an output column; a 'Phân công' column counts as lead", () => {
    const khung = new PlanBuilder().table({ form: "khung-logic", columns: KHUNG_LOGIC }).build();
    expect(check(formMissingColumn, khung).map((f) => f.message)).toEqual([
      'Bảng ở trang "Kế hoạch" không có cột Cách thức thực hiện: thêm cột này để ghi cách thức thực hiện cho từng nhiệm vụ.',
    ]);
    const fiveW = new PlanBuilder().table({ form: "5w1h", columns: FIVE_W }).build();
    expect(check(formMissingColumn, fiveW).map((f) => f.message)).toEqual([
      'Bảng ở trang "Kế hoạch" không có cột Chỉ số thành công: thêm cột này để ghi chỉ số đo kết quả cho từng nhiệm vụ.',
      'Bảng ở trang "Kế hoạch" không có cột Phương tiện xác minh: thêm cột này để ghi tài liệu chứng minh đã làm xong cho từng nhiệm vụ.',
    ]);
  });

  test("lead column absent is a warning; each table is reported on its own sheet", () => {
    const plan = new PlanBuilder()
      .table({ form: "de-cuong", sheet: "A", columns: DE_CUONG.filter((c) => c !== "lead"), headerRow: 3 })
      .table({ form: "de-cuong", sheet: "B", columns: DE_CUONG, headerRow: 5 })
      .build();
    const findings = check(formMissingColumn, plan);
    expect(findings.filter((f) => f.sheet === "A").map((f) => [f.severity, f.letter])).toEqual([
      ["warning", "Who"],
      ["info", "S"],
      ["info", "2C"],
      ["info", "How"],
    ]);
    expect(findings.filter((f) => f.sheet === "B").map((f) => f.row)).toEqual([5, 5, 5]);
  });
});
