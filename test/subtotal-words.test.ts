// Rows worded with Tổng: which end the table as its grand total, which are a group's subtotal, which are tasks.
import { analyze } from "../src/core/analyze";
import type { CellValue } from "../src/core/types";
import { sheet } from "./layouts/harness";

const H = ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Kinh phí (đồng)"];
const read = (rows: CellValue[][]) => analyze([sheet([["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"], H, ...rows])]);
const AREA_I: CellValue[][] = [
  ["I", "Cải cách thể chế"],
  ["1", "Rà soát văn bản", "Văn phòng", "Quý I/2026", 2_000_000],
  ["2", "Công bố danh mục", "Văn phòng", "Quý II/2026", 3_000_000],
];
const AREA_II: CellValue[][] = [
  ["II", "Cải cách thủ tục hành chính"],
  ["1", "Niêm yết thủ tục", "Văn phòng", "Quý I/2026", 7_000_000],
];

describe("Tổng", () => {
  it("a lone Tổng after each area is that area's subtotal, the Tổng cộng below them the total", () => {
    const analysis = read([...AREA_I, [null, "Tổng", null, null, 5_000_000], ...AREA_II, [null, "Tổng", null, null, 7_000_000], [null, "Tổng cộng", null, null, 12_000_000]]);
    expect(analysis.totals.total).toBe(12_000_000);
    expect(analysis.plan.tables[0].skipped).toEqual([
      { row: 6, kind: "subtotal" },
      { row: 9, kind: "subtotal" },
      { row: 10, kind: "total" },
    ]);
    expect(analysis.findings.filter((f) => f.rule.endsWith("mismatch"))).toEqual([]);
  });

  it("a lone Tổng the table ends with is its total, and is compared as one", () => {
    const analysis = read([...AREA_I, ...AREA_II, [null, "Tổng:", null, null, 13_000_000], [null, "Nơi nhận:"]]);
    expect(analysis.plan.tables[0].skipped).toEqual([{ row: 8, kind: "total" }]);
    expect(analysis.findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["E8"]);
  });

  it("one group's label after Tổng or Tổng cộng is a subtotal; a sum of groups, a figure or a year is the total", () => {
    const kind = (label: string) => read([...AREA_I, [null, label, null, null, 5_000_000], ...AREA_II]).plan.tables[0].skipped?.[0]?.kind;
    expect(["Tổng (1)", "Tổng I", "Tổng cộng lĩnh vực 1", "Tổng cộng (I)", "Tổng cộng mục 1"].map(kind)).toEqual(Array(5).fill("subtotal"));
    expect(["Tổng cộng (I+II)", "Tổng (1+2)", "Tổng cộng 150.000.000", "Tổng cộng 2026"].map(kind)).toEqual(Array(4).fill("total"));
  });

  it("tasks that open with Tổng are tasks", () => {
    const analysis = read([...AREA_I, ["3", "Tổng kết công tác cải cách hành chính", "Văn phòng", "Quý IV/2026", 1_000_000], ["4", "Tổng các nhiệm vụ được rà soát trong năm", "Văn phòng", "Quý IV/2026", 1_000_000]]);
    expect(analysis.totals.total).toBe(7_000_000);
  });
});

describe("a form's worked example", () => {
  it("'Ví dụ: …' in the task column shows how to fill a row: no task, no money, said once", () => {
    const analysis = read([...AREA_I, ["3", "Ví dụ: Rà soát, đơn giản hóa 10 thủ tục hành chính", "Văn phòng", "Quý II", 10_000_000]]);
    expect(analysis.totals.total).toBe(5_000_000);
    expect(analysis.findings.filter((f) => f.row === 6).map((f) => f.rule)).toEqual(["placeholder-row"]);
  });

  it("a task that opens with words like it is a task", () => {
    expect(read([...AREA_I, ["3", "Vận động người dân nộp hồ sơ trực tuyến", "Văn phòng", "Quý II", 1_000_000]]).totals.total).toBe(6_000_000);
  });
});

describe("Cộng with the group it closes named", () => {
  it("Cộng quý I, Cộng năm 2026, Cộng khoản 1, Cộng nhiệm vụ 1, Cộng 6 tháng đầu năm: subtotals, never counted as tasks", () => {
    for (const label of ["Cộng quý I", "Cộng năm 2026", "Cộng khoản 1", "Cộng nhiệm vụ 1", "Cộng 6 tháng đầu năm", "Cộng đợt 2", "Tiểu cộng quý II:"]) {
      const analysis = read([...AREA_I, [null, label, null, null, 5_000_000], ...AREA_II]);
      expect([label, analysis.totals.total, analysis.plan.tables[0].skipped?.[0]]).toEqual([label, 12_000_000, { row: 6, kind: "subtotal" }]);
    }
  });

  it("tasks that open with Cộng are still tasks: Cộng đồng, Cộng tác viên", () => {
    for (const task of ["Cộng đồng dân cư tham gia giám sát thủ tục hành chính", "Cộng tác viên dư luận xã hội năm 2026"]) {
      const analysis = read([...AREA_I, ["3", task, "Văn phòng", "Quý III/2026", 1_000_000], ...AREA_II]);
      expect([task, analysis.totals.total]).toEqual([task, 13_000_000]);
    }
  });
});
