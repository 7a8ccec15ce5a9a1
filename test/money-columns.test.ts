// Money columns and units as offices state them, and what must not be taken for one.
import { analyze } from "../src/core/analyze";
import { unitLineExponent } from "../src/core/headers";
import type { CellValue } from "../src/core/types";
import { sheet } from "./layouts/harness";

it.each([
  ["ĐVT: triệu đồng", 6],
  ["Đơn vị tính: Triệu đồng.", 6],
  ["ĐVT: 1.000 đồng", 3],
  ["ĐVT: Tr.đồng", 6],
  ["Đơn vị: đồng", 0],
  ["Đơn vị: UBND xã Triệu Phong", null],
  ["Đơn vị: Sở Nội vụ", null],
  ["ĐVT: Ngân hàng CSXH", null],
])("the unit line %j states %p", (text, exponent) => {
  expect(unitLineExponent(text)).toBe(exponent);
});

const read = (above: CellValue[][], header: CellValue[], rows: CellValue[][]) => analyze([sheet([...above, header, ...rows])]);

it("a title naming a commune in brackets states no unit: its figures stay in đồng", () => {
  const analysis = read([["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 (Đơn vị: UBND xã Triệu Phong)"]], ["TT", "Nội dung", "Thời gian", "Chủ trì", "Kinh phí"], [["1", "Rà soát thủ tục", "Quý I/2026", "Văn phòng", 5_000_000]]);
  expect(analysis.totals.total).toBe(5_000_000);
});

it("'Nguồn kinh phí (đồng)' holding figures beside 'Kinh phí (đồng)' is money, not source names", () => {
  const analysis = read([], ["TT", "Nội dung", "Thời gian", "Chủ trì", "Kinh phí (đồng)", "Nguồn kinh phí (đồng)"], [
    ["1", "Rà soát thủ tục", "Quý I/2026", "Văn phòng", 10_000_000, 10_000_000],
    ["2", "Công bố thủ tục", "Quý II/2026", "Văn phòng", 5_000_000, null],
  ]);
  expect(analysis.totals.bySource ?? []).toEqual([]);
  expect(analysis.plan.tables[0].reading?.find((column) => column.letter === "F")).toMatchObject({ field: "budget", duplicate: true });
});

it("of 'Kinh phí năm 2025' and 'Kinh phí năm 2026', both visible, this year's is read", () => {
  const analysis = read([["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"]], ["TT", "Nội dung", "Thời gian", "Chủ trì", "Kinh phí năm 2025 (đồng)", "Kinh phí năm 2026 (đồng)"], [
    ["1", "Rà soát thủ tục", "Quý I/2026", "Văn phòng", 5_000_000, 6_000_000],
  ]);
  expect(analysis.totals.total).toBe(6_000_000);
  expect(analysis.findings.filter((f) => f.rule === "unread-column").map((f) => f.cell)).toEqual(["E2"]);
});

describe("a money unit stated in a footnote the header points to", () => {
  const rows = (header: string, note: string): CellValue[][] => [
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
    ["TT", "Nội dung", "Chủ trì", "Thời gian", header],
    ["1", "Rà soát thủ tục hành chính", "Văn phòng", "Quý I/2026", 12_500],
    ["2", "Số hóa hồ sơ", "Văn phòng", "Quý II/2026", 35_000],
    [null, "Tổng cộng", null, null, 47_500],
    [],
    [note],
  ];
  it("Kinh phí (*) with '(*) Đơn vị tính kinh phí: nghìn đồng' under the table: thousands", () => {
    const analysis = analyze([sheet(rows("Kinh phí (*)", "(*) Đơn vị tính kinh phí: nghìn đồng"))]);
    expect(analysis.totals.total).toBe(47_500_000);
    expect(analysis.findings.filter((f) => f.rule === "budget-tiny" || f.rule === "total-mismatch")).toEqual([]);
  });
  it("a footnote the header does not point to changes nothing", () => {
    expect(analyze([sheet(rows("Kinh phí (đồng)", "(*) Đơn vị tính kinh phí: nghìn đồng"))]).totals.total).toBe(47_500);
  });
});
