// summary-table and summary-mismatch: an appendix that sums the plan by area is the plan's summary, not more of it.
import { analyze } from "../../src/core/analyze";
import type { CellValue } from "../../src/core/types";
import { sheet } from "../layouts/harness";

const PLAN: CellValue[][] = [
  ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
  ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện", "Kinh phí (đồng)"],
  ["I", "Cải cách thể chế"],
  ["1", "Rà soát văn bản quy phạm pháp luật", "Văn phòng", "Quý II/2026", 7_000_000],
  ["II", "Cải cách thủ tục hành chính"],
  ["1", "Niêm yết công khai thủ tục hành chính", "Văn phòng", "Quý I/2026", 9_000_000],
];
const summary = (first: number, second: number): CellValue[][] => [
  ["TỔNG HỢP KINH PHÍ"],
  ["STT", "Nội dung", "Kinh phí (đồng)"],
  [1, "Cải cách thể chế", first],
  [2, "Cải cách thủ tục hành chính", second],
];
const read = (...sheets: CellValue[][][]) => analyze(sheets.map((values, i) => sheet(values, { name: i === 0 ? "KH" : "Phụ lục" })));

describe("summary-table and summary-mismatch", () => {
  test("an appendix that agrees: said once, its money not added again, nothing else asked of it", () => {
    const analysis = read(PLAN, summary(7_000_000, 9_000_000));
    expect(analysis.totals.total).toBe(16_000_000);
    expect(analysis.plan.rows.every((row) => row.sheet === "KH")).toBe(true);
    expect(analysis.findings.filter((f) => f.sheet === "Phụ lục").map((f) => [f.rule, f.cell, f.severity])).toEqual([["summary-table", "B2", "info"]]);
  });

  test("an area whose appendix figure differs from its tasks' sum: a warning at that figure", () => {
    const mismatches = read(PLAN, summary(7_000_000, 8_000_000)).findings.filter((f) => f.rule === "summary-mismatch");
    expect(mismatches.map((f) => [f.sheet, f.cell, f.severity])).toEqual([["Phụ lục", "C4", "warning"]]);
    expect(mismatches[0].message).toBe(
      'Bảng tổng hợp ở trang "Phụ lục" ghi lĩnh vực "Cải cách thủ tục hành chính" 8.000.000 đồng nhưng các nhiệm vụ của kế hoạch thuộc lĩnh vực này cộng lại (mỗi khoản một lần) được 9.000.000 đồng (5M): sửa cho khớp.',
    );
  });

  test("an area-only table with its own lead and period plans work: its money counts", () => {
    const areaSheet: CellValue[][] = [
      ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện", "Kinh phí (đồng)"],
      ["III", "Cải cách tài chính công", "Phòng Kế hoạch - Tài chính", "Năm 2026", 50_000_000],
    ];
    const analysis = read(PLAN, areaSheet);
    expect(analysis.totals.total).toBe(66_000_000);
    expect(analysis.findings.filter((f) => f.rule.startsWith("summary-"))).toEqual([]);
  });

  test("where the tasks carry no money, the appendix's figures are the plan's only money: counted", () => {
    const unfunded = PLAN.map((row) => (row.length === 5 && typeof row[4] === "number" ? [...row.slice(0, 4), null] : row));
    const analysis = read(unfunded, summary(7_000_000, 9_000_000));
    expect(analysis.totals.total).toBe(16_000_000);
    expect(analysis.findings.filter((f) => f.rule.startsWith("summary-"))).toEqual([]);
  });

  test("areas with money and no tasks anywhere are the plan itself, read as before", () => {
    const analysis = read(summary(7_000_000, 9_000_000));
    expect(analysis.totals.total).toBe(16_000_000);
    expect(analysis.findings.filter((f) => f.rule.startsWith("summary-"))).toEqual([]);
  });
});
