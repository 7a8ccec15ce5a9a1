// sum-over-subtotal: an area row's SUM that takes in the area's own Cộng row counts the area's money twice in the
// sheet's own figures. Facts by hand from an explorer's commune plan: F10 =SUM(F11:F13) over tasks of 20 million
// and their Cộng, cached 40 million, had gone unsaid.
import { analyze } from "../../src/core/analyze";
import type { CellValue } from "../../src/core/types";
import { sheet } from "../layouts/harness";

const ROWS: CellValue[][] = [
  ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
  ["TT", "Nội dung", "Chủ trì", "Thời gian", "Kinh phí (đồng)"],
  ["I", "Cải cách thủ tục hành chính", null, null, 40_000_000],
  ["1", "Rà soát thủ tục hành chính", "Văn phòng", "Quý I/2026", 12_000_000],
  ["2", "Số hóa hồ sơ", "Văn phòng", "Quý II/2026", 8_000_000],
  [null, "Cộng I", null, null, 20_000_000],
];

describe("sum-over-subtotal", () => {
  test("an area's SUM over its tasks and its own Cộng: an error at that figure, the money counted once", () => {
    const analysis = analyze([sheet(ROWS, { formulas: { E3: "SUM(E4:E6)", E6: "SUM(E4:E5)" } })]);
    expect(analysis.totals.total).toBe(20_000_000);
    const findings = analysis.findings.filter((f) => f.rule === "sum-over-subtotal");
    expect(findings.map((f) => [f.severity, f.cell])).toEqual([["error", "E3"]]);
    expect(findings[0].message).toBe(
      "Công thức =SUM(E4:E6) ở ô E3 cộng cả dòng Cộng ở dòng 6, nên số tiền bị tính hai lần (40.000.000 đồng, các dòng bên dưới cộng lại 20.000.000 đồng) (5M): sửa công thức để chỉ cộng các nhiệm vụ, hoặc dùng SUBTOTAL(9, …).",
    );
  });

  test("a SUM over the tasks alone, or a SUBTOTAL (which skips the Cộng row's SUBTOTAL): nothing said", () => {
    const cases: Record<string, string>[] = [{ E3: "SUM(E4:E5)" }, { E3: "SUBTOTAL(9,E4:E6)", E6: "SUBTOTAL(9,E4:E5)" }];
    for (const formulas of cases) {
      const rows = ROWS.map((row, i) => (i === 2 ? ["I", "Cải cách thủ tục hành chính", null, null, 20_000_000] : row));
      expect(analyze([sheet(rows, { formulas })]).findings.filter((f) => f.rule === "sum-over-subtotal")).toEqual([]);
    }
  });

  test("an area's figure that names its own Cộng alone (=E6), or a cell on another sheet: nothing said", () => {
    for (const formula of ["E6", "'PL'!E4:E6"]) {
      const rows = ROWS.map((row, i) => (i === 2 ? ["I", "Cải cách thủ tục hành chính", null, null, 20_000_000] : row));
      expect(analyze([sheet(rows, { formulas: { E3: formula } })]).findings.filter((f) => f.rule === "sum-over-subtotal")).toEqual([]);
    }
  });
});
