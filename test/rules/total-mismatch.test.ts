import { analyze } from "../../src/core/analyze";
import { totalMismatch } from "../../src/core/rules/total-mismatch";
import { DE_CUONG, KHUNG_LOGIC, PLAIN, PlanBuilder, check, vnd } from "./plan-builder";
import { sheet } from "../layouts/harness";

/** The Đề cương example: "1,2 tỷ đồng" typed as text, which the sheet's =SUM(G5:G19) leaves out. */
function deCuong(total: number | null) {
  return new PlanBuilder({ year: 2019 })
    .table({ form: "de-cuong", sheet: "Kế hoạch triển khai", columns: DE_CUONG, headerRow: 3 })
    .activity("1", "Rà soát quy trình", { budget: 15_000_000 })
    .activity("2", "Tập huấn", { budget: 20_000_000 })
    .activity("3", "Nâng cấp cổng thông tin", { budget: vnd(1_200_000_000, "1,2 tỷ đồng") })
    .activity("4", "Công khai", { budget: "Kinh phí thường xuyên" })
    .total(total, "SUM(H4:H7)")
    .build();
}

describe("total-mismatch", () => {
  test("silent when amounts typed as text explain the whole difference: budget-as-text points at those cells", () => {
    expect(check(totalMismatch, deCuong(35_000_000))).toEqual([]);
  });

  test("fires on any other difference, naming the cell, both figures and the sheet's own function", () => {
    expect(check(totalMismatch, deCuong(30_000_000))).toEqual([
      {
        rule: "total-mismatch",
        severity: "error",
        letter: "5M",
        sheet: "Kế hoạch triển khai",
        row: 8,
        cell: "H8",
        message:
          "Ô tổng H8 ghi 30.000.000 đồng nhưng cộng lại các khoản (mỗi khoản một lần) được 1.235.000.000 đồng (5M): " +
          "kiểm tra lại vùng cộng và công thức SUM của ô tổng.",
      },
    ]);
  });

  test("a form's SUBTOTAL total is named as SUBTOTAL, never SUM", () => {
    const plan = new PlanBuilder()
      .table({ form: "khung-logic", columns: KHUNG_LOGIC })
      .activity("1.1.1", "Hoạt động", { budget: 12_000_000 })
      .total(10_000_000, "SUBTOTAL(9,E8:E36)")
      .build();
    const [found] = check(totalMismatch, plan);
    expect(found.message).toContain("công thức SUBTOTAL của ô tổng");
    expect(found.message).not.toContain("SUM ");
  });

  test("silent when the sheet's total agrees, or its cell holds no number", () => {
    expect(check(totalMismatch, deCuong(1_235_000_000))).toEqual([]);
    expect(check(totalMismatch, deCuong(null))).toEqual([]);
  });

  test("a total that adds parents and children both is called double counting", () => {
    const plan = new PlanBuilder()
      .table({ form: "khung-logic", columns: KHUNG_LOGIC })
      .result("1.1", "Kết quả", { budget: 20_000_000 })
      .activity("1.1.1", "Hoạt động", { budget: 12_000_000 })
      .activity("1.1.2", "Hoạt động", { budget: 8_000_000 })
      .total(40_000_000)
      .build();
    expect(check(totalMismatch, plan)[0].message).toContain("đã cộng cả ngân sách của dòng cấp trên lẫn các dòng con");
  });

  test("any other difference asks to check the formula", () => {
    const plan = new PlanBuilder()
      .table({ form: "plain", columns: ["number", "content", "budget"] })
      .activity("1", "Hội nghị", { budget: 5_000_000 })
      .total(4_000_000)
      .build();
    expect(check(totalMismatch, plan)[0].message).toContain("kiểm tra lại số đã ghi ở ô tổng");
  });

  test("silent without a total row (a plain list with no budget column has none)", () => {
    const plan = new PlanBuilder().table({ form: "plain", columns: PLAIN }).activity("1", "Khảo sát").build();
    expect(check(totalMismatch, plan)).toEqual([]);
  });

});

describe("total-mismatch per funding source", () => {
  // Kinh phí (triệu đồng) over two sources: the sum 35 is right, the province's 25 and the private 10 are swapped.
  const grid = (sourcesOnTotal: [number, number]) =>
    sheet(
      [
        ["TT", "Nội dung", "Kinh phí (triệu đồng)", null],
        [null, null, "Ngân sách tỉnh", "Xã hội hóa"],
        ["1", "Nâng cấp Bộ phận một cửa", 20, 5],
        ["2", "Tuyên truyền cải cách hành chính", 10, null],
        [null, "Tổng cộng", ...sourcesOnTotal],
      ],
      { name: "KH", merges: ["A1:A2", "B1:B2", "C1:D1"] },
    );
  const sourceFindings = (sourcesOnTotal: [number, number]) =>
    analyze([grid(sourcesOnTotal)], { year: 2026 }).findings.filter((f) => f.rule === "total-mismatch");

  it("points at each source's total cell, saying the sum agrees", () => {
    const findings = sourceFindings([25, 10]);
    expect(findings.map((f) => f.cell)).toEqual(["C5", "D5"]);
    expect(findings[0].message).toBe(
      'Ô tổng C5 của nguồn "Ngân sách tỉnh" ghi 25.000.000 đồng nhưng cộng các khoản của nguồn này (mỗi khoản một lần) được 30.000.000 đồng (5M): tổng chung vẫn khớp, nên có khoản đã ghi nhầm sang nguồn khác hoặc ô tổng của nguồn bị gõ nhầm.',
    );
  });

  it("is silent where each source's total is right", () => {
    expect(sourceFindings([30, 5])).toEqual([]);
  });
});
