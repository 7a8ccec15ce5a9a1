import { budgetAsText, typedAsText } from "../../src/core/rules/budget-as-text";
import { KHUNG_LOGIC, PLAIN, PlanBuilder, check, vnd } from "./plan-builder";
import type { PlanRow } from "../../src/core/types";

const subtotal = (amount: number) => ({ ...vnd(amount), formula: true });

/** The inserted Khung logic with one amount typed as text: its SUBTOTALs (cached by Excel) leave it out. */
function khungLogic(totalFormula: string | null = "SUBTOTAL(9,E8:E36)") {
  return new PlanBuilder()
    .table({ form: "khung-logic", columns: KHUNG_LOGIC })
    .area("1", "Công tác chỉ đạo, điều hành", { budget: subtotal(20_000_000) })
    .result("1.1", "Kế hoạch CCHC được ban hành", { budget: subtotal(20_000_000) })
    .activity("1.1.1", "Xây dựng kế hoạch", { budget: 20_000_000 })
    .activity("1.1.2", "Tập huấn", { budget: vnd(15_000_000, "15.000.000") })
    .total(20_000_000, totalFormula)
    .build();
}

describe("budget-as-text", () => {
  test("one finding, at the cell typed as text, naming the sheet's function and the number to type", () => {
    expect(check(budgetAsText, khungLogic())).toEqual([
      {
        rule: "budget-as-text",
        severity: "error",
        letter: "5M",
        sheet: "Kế hoạch",
        row: 10,
        cell: "F10",
        message:
          'Hoạt động 1.1.2 ghi kinh phí "15.000.000" ở ô F10 dưới dạng chữ nên hàm SUBTOTAL của bảng không cộng khoản này (5M): ' +
          "nhập lại thành số (gõ 15000000, ô sẽ hiện 15.000.000).",
      },
    ]);
  });

  test("a SUM total is named as SUM", () => {
    expect(check(budgetAsText, khungLogic("SUM(E8:E11)"))[0].message).toContain("nên hàm SUM của bảng");
  });

  test("silent where nothing in the sheet adds the amounts up (no formula anywhere): the engine's total is the only one", () => {
    const plan = new PlanBuilder()
      .table({ form: "plain", columns: ["number", "content", "budget"] })
      .activity("1", "Hội nghị", { budget: vnd(5_000_000, "5 triệu") })
      .total(5_000_000)
      .build();
    expect(check(budgetAsText, plan)).toEqual([]);
  });

  test("a funding source, a foreign currency and a formula's own value are not amounts typed as text", () => {
    const plan = new PlanBuilder()
      .table({ form: "plain", columns: PLAIN.concat("budget") })
      .activity("1", "A", { budget: "Kinh phí thường xuyên" })
      .activity("2", "B", { budget: { amount: 5_000, currency: "USD", text: "5.000 USD" } })
      .activity("3", "C", { budget: subtotal(7_000_000) })
      .total(7_000_000, "SUM(D7:D9)")
      .build();
    expect(check(budgetAsText, plan)).toEqual([]);
  });

  test("a number cell's text is not 'typed as text'; dotted or worded amounts are", () => {
    const row = (budget: PlanRow["budget"]) => ({ budget }) as PlanRow;
    expect(typedAsText(row(vnd(12_000_000)))).toBe(false);
    expect(typedAsText(row(vnd(12_000_000, "12.000.000")))).toBe(true);
    expect(typedAsText(row(vnd(2_000_000, "2 triệu")))).toBe(true);
  });
});

describe("budget-as-text in a column counted in triệu", () => {
  test("asks for the figure in the column's unit, not in đồng", async () => {
    const { analyze } = await import("../../src/core/analyze");
    const { sheet } = await import("../layouts/harness");
    const findings = analyze([
      sheet(
        [
          ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
          ["ĐVT: triệu đồng"],
          ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Kinh phí dự kiến"],
          ["1", "Rà soát thủ tục hành chính", "Văn phòng", "Quý I/2026", 20],
          ["2", "Công bố thủ tục hành chính", "Văn phòng", "Quý II/2026", "12,5"],
          [null, "Tổng cộng", null, null, 20],
        ],
        { formulas: { E6: "SUM(E4:E5)" } },
      ),
    ]).findings.filter((f) => f.rule === "budget-as-text");
    expect(findings.map((f) => [f.cell, f.message])).toEqual([
      ["E5", 'Nội dung 2 ghi kinh phí "12,5" ở ô E5 dưới dạng chữ nên hàm SUM của bảng không cộng khoản này (5M): nhập lại thành số theo đơn vị của cột (triệu đồng): gõ 12,5 (hoặc 12.5 nếu Excel dùng dấu chấm thập phân), ô định dạng Số, không phải Văn bản.'],
    ]);
  });
});
