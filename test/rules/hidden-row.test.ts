// hidden-row: a task on a row the workbook hides (a cancelled task hidden rather than deleted) is read and its money
// counted, though the official no longer sees it: said, with the rows and the money typed on them. Facts by hand
// from an explorer's plan, whose hidden "(đã hủy)" row added 7 million to a 32.5 million total.
import { analyze } from "../../src/core/analyze";
import type { CellValue, SheetGrid } from "../../src/core/types";
import { sheet } from "../layouts/harness";

const ROWS: CellValue[][] = [
  ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
  ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian", "Kinh phí (đồng)"],
  ["I", "Cải cách thủ tục hành chính"],
  ["1", "Rà soát thủ tục hành chính", "Văn phòng", "Quý I/2026", 20_000_000],
  ["2", "Hội thảo chuyên đề (đã hủy)", "Văn phòng", "Quý II/2026", 7_000_000],
  ["3", "Khảo sát sự hài lòng", "Văn phòng", "Quý III/2026", 12_500_000],
];
const grid = (hiddenRows?: number[]): SheetGrid => ({ ...sheet(ROWS), ...(hiddenRows ? { hiddenRows } : {}) });

describe("hidden-row", () => {
  test("a task on a hidden row: still read and counted, and said once, at that row, with the money typed there", () => {
    const analysis = analyze([grid([4])]);
    expect(analysis.totals.total).toBe(39_500_000);
    const findings = analysis.findings.filter((f) => f.rule === "hidden-row");
    expect(findings.map((f) => [f.severity, f.row, f.cell])).toEqual([["warning", 5, "B5"]]);
    expect(findings[0].message).toBe(
      'Dòng 5 đang bị ẩn trong Excel nhưng vẫn được đọc như một phần của kế hoạch (kinh phí ghi ở đó: 7.000.000 đồng, được cộng vào tổng): nếu nhiệm vụ đã bỏ, hãy xóa dòng; nếu không, hãy bỏ ẩn để người đọc kế hoạch thấy.',
    );
  });

  test("several hidden rows in one table: one finding naming them all", () => {
    const findings = analyze([grid([4, 5])]).findings.filter((f) => f.rule === "hidden-row");
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/^Các dòng 5, 6 đang bị ẩn trong Excel .*19\.500\.000 đồng/);
  });

  test("hidden rows that hold no plan row (a spacer, the header's helper rows): nothing said", () => {
    expect(analyze([{ ...grid([0]) }]).findings.filter((f) => f.rule === "hidden-row")).toEqual([]);
    expect(analyze([grid()]).findings.filter((f) => f.rule === "hidden-row")).toEqual([]);
  });
});
