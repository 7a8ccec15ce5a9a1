// A ditto mark in the money column under a funding source named in words ("Kinh phí thường xuyên", then "nt"): the
// same source, funded, as the brief says ditto marks are read. Under a figure it stays asked for: "as above" may mean
// the same money again or the money above covering it, and either guess could count money wrongly.
import { analyze } from "../src/core/analyze";
import { sheet } from "./layouts/harness";

test("nt under a funding source in words is that source; nt under a figure is asked for", () => {
  const analysis = analyze([
    sheet([
      ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
      ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian", "Kinh phí"],
      ["1", "Rà soát thủ tục hành chính", "Văn phòng", "Quý I/2026", "Kinh phí thường xuyên"],
      ["2", "Công bố thủ tục hành chính", "Văn phòng", "Quý II/2026", "nt"],
      ["3", "Tập huấn nghiệp vụ", "Văn phòng", "Quý III/2026", 5_000_000],
      ["4", "Tập huấn kỹ năng số", "Văn phòng", "Quý IV/2026", "nt"],
    ]),
  ]);
  expect(analysis.plan.rows.map((row) => [row.budget?.amount ?? null, row.budget?.source ?? false, row.budget?.unparsed ?? false])).toEqual([
    [null, true, false],
    [null, true, false],
    [5_000_000, false, false],
    [null, false, true],
  ]);
  expect(analysis.findings.filter((f) => f.rule === "budget-unparsed").map((f) => f.cell)).toEqual(["E6"]);
});
