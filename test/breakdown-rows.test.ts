// "Trong đó:" under a task, then its money's parts on the rows below: parts of that task's money, never tasks and never
// counted again. Facts worked by hand from an explorer's commune plan (30 million, of which 20 from the commune and 10
// raised), where the tool had read 60 million and six missing lead or period errors.
import { analyze } from "../src/core/analyze";
import type { CellValue } from "../src/core/types";
import { sheet } from "./layouts/harness";

const H = ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian", "Kinh phí (đồng)"];
const read = (rows: CellValue[][]) => analyze([sheet([["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"], H, ...rows])]);
const TASK: CellValue[] = ["1", "Tổ chức Hội thi tìm hiểu về CCHC", "Văn phòng HĐND và UBND xã", "Tháng 10", 30_000_000];
const AFTER: CellValue[][] = [
  ["2", "Khảo sát sự hài lòng của người dân", "Văn phòng HĐND và UBND xã", "Tháng 11", 5_000_000],
  [null, "Tổng cộng", null, null, 35_000_000],
];

describe("a task's money broken down on the rows under it", () => {
  test.each(["Trong đó:", "Chia ra:", "Bao gồm"])("%s then '- Ngân sách xã', '- Xã hội hóa': the task's sources, counted once, nothing missing", (marker) => {
    const analysis = read([["I", "Công tác chỉ đạo, điều hành cải cách hành chính"], TASK, [null, marker], [null, "- Ngân sách xã", null, null, 20_000_000], [null, "- Xã hội hóa", null, null, 10_000_000], ...AFTER]);
    expect(analysis.totals.total).toBe(35_000_000);
    expect(analysis.plan.rows.filter((row) => row.level !== "area").map((row) => row.row)).toEqual([4, 8]);
    expect(analysis.plan.tables[0].skipped?.filter((s) => s.kind === "breakdown").map((s) => s.row)).toEqual([5, 6, 7]);
    expect(analysis.plan.rows[1].budget?.sources?.map((part) => [part.source, part.amount])).toEqual([
      ["Ngân sách xã", 20_000_000],
      ["Xã hội hóa", 10_000_000],
    ]);
    // The plan states no goal (this table has none above it): said once, nothing else.
    expect(analysis.findings.filter((f) => f.severity !== "info").map((f) => f.rule)).toEqual(["missing-objective"]);
  });

  test("parts that add up to more than the task's money: the official is told, at the task's figure", () => {
    const analysis = read([TASK, [null, "Trong đó:"], [null, "+ Ngân sách xã", null, null, 25_000_000], [null, "+ Xã hội hóa", null, null, 10_000_000], ...AFTER]);
    expect(analysis.totals.total).toBe(35_000_000);
    expect(analysis.findings.filter((f) => f.rule === "budget-sources-over").map((f) => f.cell)).toEqual(["E3"]);
  });

  test("a numbered row or one with a lead or period ends the breakdown: a task again", () => {
    const analysis = read([TASK, [null, "Trong đó:"], [null, "- Ngân sách xã", null, null, 30_000_000], [null, "Tuyên truyền trên loa", "Công chức Văn hóa", "Quý II", 2_000_000], ...AFTER]);
    expect(analysis.plan.rows.map((row) => row.content)).toEqual(["Tổ chức Hội thi tìm hiểu về CCHC", "Tuyên truyền trên loa", "Khảo sát sự hài lòng của người dân"]);
    expect(analysis.totals.total).toBe(37_000_000);
  });

  test("a task whose money is only in its parts: their sum is its money, counted once", () => {
    const unfunded: CellValue[] = [...TASK.slice(0, 4), null];
    const analysis = read([unfunded, [null, "Trong đó:"], [null, "- Ngân sách xã", null, null, 20_000_000], [null, "- Xã hội hóa", null, null, 10_000_000], ...AFTER]);
    expect(analysis.totals.total).toBe(35_000_000);
    expect(analysis.plan.rows[0].budget).toMatchObject({ amount: 30_000_000, sources: [{ source: "Ngân sách xã" }, { source: "Xã hội hóa" }] });
    expect(analysis.findings.filter((f) => f.rule === "missing-budget")).toEqual([]);
  });

  test("with no TT column, a numbered task or area in Nội dung ends the breakdown (a reviewer's case: 8 million lost)", () => {
    const analysis = analyze([
      sheet([
        ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
        ["Nội dung", "Đơn vị chủ trì", "Thời gian", "Kinh phí (đồng)"],
        ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"],
        ["1. Tổ chức hội thi tìm hiểu về CCHC", "Văn phòng", "Tháng 10", 30_000_000],
        ["Trong đó:"],
        ["- Ngân sách xã", null, null, 20_000_000],
        ["- Xã hội hóa", null, null, 10_000_000],
        ["2. Tập huấn nghiệp vụ một cửa", null, null, 8_000_000],
        ["II. CẢI CÁCH THỂ CHẾ"],
        ["1. Rà soát văn bản", "Tư pháp", "Quý I", 5_000_000],
      ]),
    ]);
    expect(analysis.totals.total).toBe(43_000_000);
    expect(analysis.plan.rows.map((row) => row.level)).toEqual(["area", "activity", "activity", "area", "activity"]);
    expect(analysis.findings.filter((f) => f.rule === "budget-sources-over")).toEqual([]);
  });

  test("a line with neither a bullet nor money ends the breakdown: a task typed without a number is a task", () => {
    const analysis = read([TASK, [null, "Trong đó:"], [null, "- Ngân sách xã", null, null, 30_000_000], [null, "Tổ chức tuyên truyền trên loa"], ...AFTER]);
    expect(analysis.plan.rows.map((row) => row.content)).toContain("Tổ chức tuyên truyền trên loa");
  });
});
