import { analyze } from "../../src/core/analyze";
import type { CellValue } from "../../src/core/types";
import { sheet } from "../layouts/harness";

const HEADER = ["TT", "Nội dung", "Thời gian thực hiện", "Cơ quan chủ trì", "Ngân sách"];
const plan = (above: CellValue[][], amounts: CellValue[]) =>
  analyze([
    sheet([
      ...above,
      HEADER,
      ["1", "Rà soát thủ tục hành chính", "Quý I/2026", "Văn phòng", amounts[0]],
      ["2", "Công bố danh mục thủ tục", "Quý II/2026", "Văn phòng", amounts[1]],
      ["3", "Nâng cấp phần mềm một cửa", "Quý III/2026", "Văn phòng", amounts[2]],
    ]),
  ]).findings.filter((f) => f.rule === "budget-tiny");

describe("budget-tiny", () => {
  test("figures typed in triệu with no unit stated: once, at the money header, with its largest figure", () => {
    const findings = plan([["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"]], [15, 2.5, 350]);
    expect(findings.map((f) => [f.row, f.cell, f.severity, f.letter])).toEqual([[2, "E2", "warning", "5M"]]);
    expect(findings[0].message).toBe(
      'Mọi khoản kinh phí của bảng ở trang "Kế hoạch" đều dưới 1.000 đồng (lớn nhất 350 đồng) (5M): có lẽ số liệu tính bằng triệu hoặc nghìn đồng. Ghi đơn vị vào tiêu đề cột, ví dụ "Kinh phí (triệu đồng)", hoặc dòng "Đơn vị tính: triệu đồng" ngay trên bảng.',
    );
  });

  test("silent once the unit is stated, in the title's brackets too", () => {
    expect(plan([["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 (Đơn vị tính: triệu đồng)"]], [15, 2.5, 350])).toEqual([]);
  });

  test("silent where one figure is a real sum in đồng, or where every figure is a commune's small one", () => {
    expect(plan([], [15, 2.5, 3_500_000])).toEqual([]);
    expect(plan([], [500_000, 1_000, 200_000])).toEqual([]);
    expect(plan([], [null, "Kinh phí thường xuyên", null])).toEqual([]);
  });
});
