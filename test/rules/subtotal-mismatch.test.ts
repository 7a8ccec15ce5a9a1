// subtotal-mismatch: a subtotal row's figure against its group's money, each once; and, where it closes several
// areas that have no subtotal of their own, against all of them.
import { analyze } from "../../src/core/analyze";
import { subtotalMismatch } from "../../src/core/rules/subtotal-mismatch";
import { sheet } from "../layouts/harness";
import type { CellValue } from "../../src/core/types";

const HEADER = ["TT", "Nội dung", "Chủ trì", "Thời gian", "Kinh phí (đồng)"];
const AREA_I: CellValue[][] = [
  ["I", "Cải cách thể chế"],
  ["1", "Rà soát văn bản", "Sở Tư pháp", "Quý I/2026", 5_000_000],
  ["2", "Hệ thống hóa văn bản", "Sở Tư pháp", "Quý II/2026", 7_000_000],
];
const AREA_II: CellValue[][] = [
  ["II", "Cải cách chế độ công vụ"],
  ["1", "Xây dựng bộ tiêu chí đánh giá", "Sở Nội vụ", "Quý III/2026", 8_000_000],
];

function mismatches(rows: CellValue[][]) {
  const analysis = analyze([sheet([HEADER, ...rows])], { year: 2026 });
  return analysis.findings.filter((finding) => finding.rule === subtotalMismatch.id);
}

describe("subtotal-mismatch", () => {
  it("is silent where each area's Cộng is its rows' sum", () => {
    expect(mismatches([...AREA_I, [null, "Cộng (I)", null, null, 12_000_000], ...AREA_II, [null, "Cộng (II)", null, null, 8_000_000]])).toEqual([]);
  });

  it("names the cell, both figures and the rows where an area's Cộng is wrong", () => {
    expect(mismatches([...AREA_I, [null, "Cộng (I)", null, null, 11_000_000], ...AREA_II])).toEqual([
      expect.objectContaining({
        cell: "E5",
        severity: "error",
        message: "Ô cộng E5 ghi 11.000.000 đồng nhưng các dòng của nhóm (dòng 2–4) cộng lại được 12.000.000 đồng (5M): sửa số ở ô cộng hoặc kiểm tra lại vùng cộng của công thức.",
      }),
    ]);
  });

  it("takes one closing Cộng under areas with none of their own as the sum of them all", () => {
    expect(mismatches([...AREA_I, ...AREA_II, [null, "Cộng", null, null, 20_000_000]])).toEqual([]);
  });

  it("still fires where that closing Cộng is neither the last area's sum nor all of them", () => {
    expect(mismatches([...AREA_I, ...AREA_II, [null, "Cộng", null, null, 19_000_000]]).map((f) => f.cell)).toEqual(["E7"]);
  });

  it("an area's own Cộng that takes in the area before it is wrong, though the table's last Cộng may", () => {
    const closing = [null, "Cộng", null, null, 20_000_000];
    expect(mismatches([...AREA_I, ...AREA_II, [null, "Cộng (II)", null, null, 20_000_000], ["III", "Cải cách tài chính công"], ["1", "Giao tự chủ", "Sở Tài chính", "Quý IV/2026", 1_000_000], [null, "Cộng (III)", null, null, 1_000_000]]).map((f) => f.cell)).toEqual(["E7"]);
    expect(mismatches([...AREA_I, ...AREA_II, closing])).toEqual([]);
  });

  it("never counts a subtotal row: the plan total is its rows' money", () => {
    const analysis = analyze([sheet([HEADER, ...AREA_I, [null, "Cộng (I)", null, null, 12_000_000], ...AREA_II])], { year: 2026 });
    expect(analysis.totals.total).toBe(20_000_000);
  });
});
