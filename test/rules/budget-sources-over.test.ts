import { analyze } from "../../src/core/analyze";
import { sheet } from "../layouts/harness";

/** Kinh phí (đồng) over Tổng số and two sources, a row per [task, Tổng số, Ngân sách tỉnh, Xã hội hóa]. */
function plan(rows: [string, number | null, number | null, number | null][], withTotal = true) {
  const header = withTotal ? ["Tổng số", "Ngân sách tỉnh", "Xã hội hóa"] : ["Ngân sách tỉnh", "Xã hội hóa"];
  const grid = sheet(
    [
      ["TT", "Nội dung", "Kinh phí (đồng)", ...header.slice(1).map(() => null), "Chủ trì"],
      [null, null, ...header, null],
      ...rows.map(([task, total, state, social], i) => [String(i + 1), task, ...(withTotal ? [total] : []), state, social, "Văn phòng"]),
    ],
    { name: "KH", merges: ["A1:A2", "B1:B2", withTotal ? "C1:E1" : "C1:D1"] },
  );
  return analyze([grid], { year: 2026 });
}

const fired = (analysis: ReturnType<typeof analyze>) => analysis.findings.filter((f) => f.rule === "budget-sources-over");

describe("budget-sources-over", () => {
  test("fires at the Tổng số cell where the sources add up to more, as an error", () => {
    const analysis = plan([
      ["Tập huấn kỹ năng số", 10_000_000, 8_000_000, 7_000_000],
      ["Số hóa hồ sơ", 5_000_000, 5_000_000, null],
    ]);
    expect(fired(analysis).map((f) => [f.cell, f.severity, f.message])).toEqual([
      ["C3", "error", "Nội dung 1 ghi Tổng số 10.000.000 đồng nhưng các nguồn kinh phí cộng lại 15.000.000 đồng (5M): sửa Tổng số hoặc số của từng nguồn cho khớp."],
    ]);
    expect(analysis.totals.total).toBe(15_000_000); // the Tổng số is what counts
  });

  test("silent where the sources add up to the Tổng số or less (the rest is Chưa ghi nguồn)", () => {
    const analysis = plan([
      ["Tập huấn", 10_000_000, 6_000_000, 4_000_000],
      ["Khảo sát", 5_000_000, 2_000_000, null],
    ]);
    expect(fired(analysis)).toEqual([]);
    expect(analysis.totals.bySource).toEqual([
      { source: "Ngân sách tỉnh", amount: 8_000_000 },
      { source: "Xã hội hóa", amount: 4_000_000 },
      { source: null, amount: 3_000_000 },
    ]);
  });

  test("silent where there is no Tổng số column: the row's money is the sum of its sources", () => {
    expect(fired(plan([["Tập huấn", null, 8_000_000, 7_000_000]], false))).toEqual([]);
  });
});
