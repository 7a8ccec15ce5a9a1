// A Gantt-style plan: Thời gian thực hiện over month columns T1…T12 (or quarters), each task's months marked "x".
// Facts worked by hand, before the code, from an explorer's commune plan: its month row had been read as a task
// (a missing-task error, a phantom area) and every marked task asked for its period.
import { analyze } from "../src/core/analyze";
import { buildSchedule } from "../src/core/schedule";
import type { CellValue } from "../src/core/types";
import { sheet } from "./layouts/harness";

const marks = (...months: number[]): CellValue[] => Array.from({ length: 12 }, (_, i) => (months.includes(i + 1) ? (i % 2 ? "X" : "x") : null));
const T = Array.from({ length: 12 }, (_, i) => `T${i + 1}`);
const ROWS: CellValue[][] = [
  ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
  ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kinh phí (đồng)", "Thời gian thực hiện"],
  [null, null, null, null, null, ...T],
  ["I", "Công tác chỉ đạo, điều hành cải cách hành chính"],
  [1, "Xây dựng, ban hành Kế hoạch CCHC năm 2026", "Văn phòng", "Các công chức", 2_000_000, ...marks(1)],
  [2, "Kiểm tra công tác CCHC tại các bộ phận", "Văn phòng", "Tư pháp", 3_000_000, ...marks(6, 11)],
  [3, "Báo cáo định kỳ công tác CCHC", "Văn phòng", null, null, ...marks(3, 6, 9, 12)],
  ["II", "Cải cách thủ tục hành chính"],
  [1, "Rà soát, đơn giản hóa thủ tục hành chính", "Tư pháp", "Văn phòng", 5_000_000, ...marks(2, 3, 4)],
  [2, "Niêm yết, công khai TTHC tại Bộ phận Một cửa", "Bộ phận Một cửa", null, "Kinh phí thường xuyên", ...marks(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)],
  [3, "Khảo sát mức độ hài lòng của người dân", "Văn phòng", "Công an xã", 4_000_000],
  [null, "Tổng cộng", null, null, 14_000_000],
];
const MERGES = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:Q2"];

describe("a Gantt table: months marked under Thời gian thực hiện", () => {
  const analysis = analyze([sheet(ROWS, { merges: MERGES })]);
  const tasks = analysis.plan.rows.filter((row) => row.level !== "area");

  test("the month row is the header's, not a task; every task read, the money once", () => {
    expect(analysis.plan.tables[0].headerRows).toEqual([2, 3]);
    expect(tasks.map((row) => row.row)).toEqual([5, 6, 7, 9, 10, 11]);
    expect(analysis.totals.total).toBe(14_000_000);
  });

  test("each task's period is its marked months: one span, or its batches", () => {
    expect(tasks.map((row) => [row.period?.start, row.period?.end, row.period?.batches?.length ?? 1])).toEqual([
      ["2026-01-01", "2026-01-31", 1],
      ["2026-06-01", "2026-11-30", 2],
      ["2026-03-01", "2026-12-31", 4],
      ["2026-02-01", "2026-04-30", 1],
      ["2026-01-01", "2026-12-31", 1],
      [undefined, undefined, 1],
    ]);
    expect(tasks[1].period?.text).toBe("Tháng 6, 11/2026");
    expect(tasks[3].period?.text).toBe("Tháng 2–4/2026");
  });

  test("the schedule draws the marked months", () => {
    const drawn = buildSchedule(analysis.plan).groups.flatMap((group) => group.rows.map((row) => row.months.map((m) => (m === "none" ? "." : "#")).join("")));
    expect(drawn).toEqual(["#...........", ".....#....#.", "..#..#..#..#", ".###........", "############"]);
  });

  test("only what an official would flag: the unmarked task's period, the task with no money", () => {
    const flagged = analysis.findings.filter((f) => f.severity !== "info" && f.rule !== "missing-objective").map((f) => [f.rule, f.cell]);
    expect(flagged).toEqual([
      ["missing-budget", "E7"],
      ["missing-period", "F11"],
    ]);
    expect(analysis.findings.filter((f) => f.rule === "unread-column" || f.rule === "missing-task")).toEqual([]);
  });

  test("quarter columns (Quý I … Quý IV) mark quarters", () => {
    const quarters: CellValue[][] = [
      ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
      ["TT", "Nội dung", "Chủ trì", "Tiến độ thực hiện", null, null, null, "Kinh phí (đồng)"],
      [null, null, null, "Quý I", "Quý II", "Quý III", "Quý IV", null],
      ["1", "Rà soát thủ tục hành chính", "Văn phòng", "x", "x", null, null, 1_000_000],
      ["2", "Tổng kết công tác", "Văn phòng", null, null, null, "x", 1_000_000],
    ];
    const plan = analyze([sheet(quarters, { merges: ["A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:H3"] })]).plan;
    expect(plan.rows.map((row) => [row.period?.start, row.period?.end])).toEqual([
      ["2026-01-01", "2026-06-30"],
      ["2026-10-01", "2026-12-31"],
    ]);
  });
});

test("a period typed across a Gantt row's month columns, merged (Thường xuyên), is that period", () => {
  const rows: CellValue[][] = [
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
    ["TT", "Nội dung", "Chủ trì", "Quý I", "Quý II", "Quý III", "Quý IV", "Kinh phí (đồng)"],
    ["1", "Niêm yết công khai thủ tục hành chính", "Văn phòng", "Thường xuyên", null, null, null, 1_000_000],
    ["2", "Tổng kết công tác", "Văn phòng", null, null, null, "x", 1_000_000],
  ];
  const plan = analyze([sheet(rows, { merges: ["D3:G3"] })]).plan;
  expect(plan.rows.map((row) => [row.period?.kind, row.period?.text])).toEqual([
    ["ongoing", "Thường xuyên"],
    ["range", "Tháng 10–12/2026"],
  ]);
});

test("Thường xuyên typed in one month column, unmerged, is that period, not that month", () => {
  const rows: CellValue[][] = [
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
    ["TT", "Nội dung", "Chủ trì", "Quý I", "Quý II", "Quý III", "Quý IV"],
    ["1", "Niêm yết công khai thủ tục hành chính", "Văn phòng", "Thường xuyên", null, null, null],
  ];
  expect(analyze([sheet(rows)]).plan.rows[0].period?.kind).toBe("ongoing");
});
