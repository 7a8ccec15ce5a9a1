import { buildRollup, computeTotals, tableTotal } from "../src/core/totals";
import { FIVE_W, KHUNG_LOGIC, PlanBuilder, khungLogic2026 } from "./rules/plan-builder";

/** Index of the row with this number in the plan. */
function indexOf(plan: ReturnType<typeof khungLogic2026>, number: string): number {
  return plan.rows.findIndex((row) => row.number === number);
}

describe("khung-logic-2026 worked example: each money once", () => {
  const plan = khungLogic2026();
  const rollup = buildRollup(plan);
  const counted = (number: string) => rollup.counted[indexOf(plan, number)];

  test("each result counts its activities where they have amounts, else its own figure", () => {
    expect(counted("1.1")).toBe(20_000_000);
    expect(counted("2.1")).toBe(65_000_000); // activities 25M + 40M exceed the 60M envelope
    expect(counted("3.1")).toBeNull(); // only a funding source below it
    expect(counted("4.1")).toBe(35_000_000); // one activity with two labelled amounts
    expect(counted("5.1")).toBe(5_000_000);
    expect(counted("6.1")).toBe(24_000_000);
  });

  test("children's sums are kept for the roll-up rules", () => {
    expect(rollup.childSum[indexOf(plan, "2.1")]).toBe(65_000_000);
    expect(rollup.childSum[indexOf(plan, "4.1")]).toBe(35_000_000);
    expect(rollup.childSum[indexOf(plan, "3.1")]).toBeNull();
    expect(rollup.childSum[indexOf(plan, "1.1.1")]).toBeNull();
  });

  test("total, words and areas in order of first appearance", () => {
    const totals = computeTotals(plan, rollup);
    expect(totals.total).toBe(149_000_000);
    expect(totals.totalInWords).toBe("Một trăm bốn mươi chín triệu đồng");
    expect(totals.byArea).toEqual([
      { area: "Cải cách thể chế", amount: 20_000_000 },
      { area: "Cải cách thủ tục hành chính", amount: 65_000_000 },
      { area: "Cải cách tổ chức bộ máy hành chính nhà nước", amount: 0 },
      { area: "Cải cách chế độ công vụ", amount: 35_000_000 },
      { area: "Cải cách tài chính công", amount: 5_000_000 },
      { area: "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", amount: 24_000_000 },
    ]);
    expect(totals.otherCurrencies).toEqual([]);
  });

  test("computeTotals builds the roll-up itself when not given one", () => {
    expect(computeTotals(plan).total).toBe(149_000_000);
    expect(tableTotal(plan, rollup, 0)).toBe(149_000_000);
  });
});

describe("totals edge cases", () => {
  test("a parent's own figure counts when none of its descendants has an amount", () => {
    const plan = new PlanBuilder()
      .table({ form: "khung-logic", columns: KHUNG_LOGIC })
      .area("1", "Cải cách thể chế", { budget: 100_000_000 })
      .result("1.1", "Kết quả", { budget: "Ngân sách tỉnh" })
      .activity("1.1.1", "Hoạt động", {})
      .build();
    expect(computeTotals(plan).total).toBe(100_000_000);
  });

  test("a grandchild's amount replaces both envelopes above it", () => {
    const plan = new PlanBuilder()
      .table({ form: "khung-logic", columns: KHUNG_LOGIC })
      .area("1", "Cải cách thể chế", { budget: 100_000_000 })
      .result("1.1", "Kết quả", { budget: 50_000_000 })
      .activity("1.1.1", "Hoạt động", { budget: 7_000_000 })
      .result("1.2", "Kết quả khác", { budget: 3_000_000 })
      .build();
    const totals = computeTotals(plan);
    expect(totals.total).toBe(10_000_000);
    expect(totals.byArea).toEqual([{ area: "Cải cách thể chế", amount: 10_000_000 }]);
  });

  test("foreign currency is totalled apart, never added to VND", () => {
    const plan = new PlanBuilder()
      .table({ form: "plain", columns: ["number", "content", "budget"] })
      .activity("1", "Thuê chuyên gia", { budget: { amount: 2_000, currency: "USD", text: "2.000 USD" } })
      .activity("2", "Hội nghị", { budget: 5_000_000 })
      .activity("3", "Tư vấn", { budget: { amount: 500, currency: "USD", text: "500 USD" } })
      .build();
    const totals = computeTotals(plan);
    expect(totals.total).toBe(5_000_000);
    expect(totals.otherCurrencies).toEqual([{ currency: "USD", amount: 2_500 }]);
    expect(totals.byArea).toEqual([{ area: "Khác", amount: 5_000_000 }]);
  });

  test("a foreign envelope above VND children is still counted in its own currency", () => {
    const plan = new PlanBuilder()
      .table({ form: "khung-logic", columns: KHUNG_LOGIC })
      .result("1.1", "Dự án ODA", { budget: { amount: 10_000, currency: "USD", text: "10.000 USD" } })
      .activity("1.1.1", "Đối ứng", { budget: 20_000_000 })
      .build();
    const totals = computeTotals(plan);
    expect(totals.total).toBe(20_000_000);
    expect(totals.otherCurrencies).toEqual([{ currency: "USD", amount: 10_000 }]);
  });

  test("total rows are never counted and each table has its own total", () => {
    const plan = new PlanBuilder()
      .table({ form: "5w1h", sheet: "A", columns: FIVE_W })
      .activity("1.1", "Nhiệm vụ", { budget: 2_000_000 })
      .total(2_000_000)
      .table({ form: "5w1h", sheet: "B", columns: FIVE_W })
      .activity("1.1", "Nhiệm vụ", { budget: 1_500_000 })
      .total(1_500_000)
      .build();
    const rollup = buildRollup(plan);
    expect(tableTotal(plan, rollup, 0)).toBe(2_000_000);
    expect(tableTotal(plan, rollup, 1)).toBe(1_500_000);
    expect(computeTotals(plan, rollup).total).toBe(3_500_000);
  });

  test("an empty plan totals zero, in words", () => {
    const totals = computeTotals(new PlanBuilder().table({ form: "plain", columns: ["budget"] }).build());
    expect(totals.total).toBe(0);
    expect(totals.totalInWords).toBe("Không đồng");
    expect(totals.byArea).toEqual([]);
  });
});

describe("totals by funding source", () => {
  test("spellings of one source (short forms, case, punctuation) make one line, named as first written", async () => {
    const { analyze } = await import("../src/core/analyze");
    const { sheet } = await import("./layouts/harness");
    const table = (name: string, state: string, social: string, rows: [string, number, number | null][]) =>
      sheet(
        [
          ["TT", "Nội dung", "Kinh phí (đồng)", null, "Chủ trì"],
          [null, null, state, social, null],
          ...rows.map(([task, a, b]) => [String(rows.findIndex((r) => r[0] === task) + 1), task, a, b, "Văn phòng"]),
        ],
        { name, merges: ["A1:A2", "B1:B2", "C1:D1", "E1:E2"] },
      );
    const grids = [
      table("Sở A", "Ngân sách nhà nước", "Xã hội hóa", [["Tập huấn", 10_000_000, 2_000_000]]),
      table("Sở B", "NSNN", "XHH", [["Khảo sát", 5_000_000, null], ["Số hóa hồ sơ", 1_000_000, 3_000_000]]),
      table("Sở C", "NS nhà nước", "Xã hội  hoá.", [["Tuyên truyền", 4_000_000, 1_000_000]]),
    ];
    const { totals } = analyze(grids, { year: 2026 });
    expect(totals.total).toBe(26_000_000);
    expect(totals.bySource).toEqual([
      { source: "Ngân sách nhà nước", amount: 20_000_000 },
      { source: "Xã hội hóa", amount: 6_000_000 },
    ]);
  });
});
