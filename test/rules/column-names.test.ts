// A message asks for the column by the name the official gave it, not by the form's name for it.
import { analyze } from "../../src/core/analyze";
import { sheet } from "../layouts/harness";

test("missing lead, period and budget name the table's own headers; a header on two lines falls back to the form's name", () => {
  const findings = analyze([
    sheet([
      ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
      ["TT", "Nội dung", "Tiến độ hoàn thành", "Cơ quan chủ trì", "Kinh phí\n(đồng)"],
      ["1", "Rà soát thủ tục hành chính", "Quý I/2026", null, 5_000_000],
      ["2", "Công khai thủ tục hành chính", null, "Văn phòng", null],
    ]),
  ]).findings;
  const message = (rule: string) => findings.find((f) => f.rule === rule)?.message;
  expect(message("missing-lead")).toBe("Nội dung 1 chưa có cơ quan đầu mối (Who): điền cột Cơ quan chủ trì.");
  expect(message("missing-period")).toContain("điền cột Tiến độ hoàn thành,");
  expect(message("missing-budget")).toContain("vào cột Kinh phí.");
});

test("a field read from sub-columns is asked for by the form's name, not by one sub-column's", () => {
  const findings = analyze([
    sheet([
      ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
      ["TT", "Nội dung", "Thời gian", null, "Trách nhiệm", "Kinh phí", null],
      [null, null, "Bắt đầu", "Kết thúc", "Cơ quan chủ trì", "Ngân sách tỉnh", "Xã hội hóa"],
      ["1", "Rà soát thủ tục hành chính", null, null, null, null, null],
    ], { merges: ["C2:D2", "F2:G2"] }),
  ]).findings;
  const message = (rule: string) => findings.find((f) => f.rule === rule)?.message ?? "";
  expect(message("missing-lead")).toContain("điền cột Cơ quan chủ trì.");
  expect(message("missing-period")).not.toContain("Bắt đầu");
  expect(message("missing-budget")).not.toContain("Ngân sách tỉnh");
});

