// The schedule by month, from periods worked out by hand: every idiom of the shared period vectors, deadlines, ongoing
// tasks, periods across the year's edge, unparsed and placeholder cells, then the three example workbooks.
// Month strings read T1…T12: "#" active, "!" deadline month, "~" ongoing, "." none; "<" before and ">" after mark the
// period starting before the plan year and running into the next.
import path from "node:path";
import vectors from "./fixtures/vectors/periods.json";
import { analyze } from "../src/core/analyze";
import { parsePeriod } from "../src/core/period";
import { buildSchedule, dueTasks, type MonthMark, type Schedule, type ScheduleRow } from "../src/core/schedule";
import type { CellValue, Plan, PlanRow } from "../src/core/types";
import { loadGrids } from "../src/cli/load";

const GLYPH: Record<MonthMark, string> = { active: "#", deadline: "!", ongoing: "~", none: "." };

function drawn(row: ScheduleRow): string {
  return (row.fromPreviousYear ? "<" : "") + row.months.map((m) => GLYPH[m]).join("") + (row.intoNextYear ? ">" : "");
}

function planOf(year: number | null, cells: { period: CellValue; level?: PlanRow["level"]; area?: string; placeholder?: boolean }[]): Plan {
  const rows: PlanRow[] = cells.map((c, i) => ({
    sheet: "Kế hoạch",
    row: 5 + i,
    level: c.level ?? "activity",
    number: `1.${i + 1}`,
    content: `Nhiệm vụ ${i + 1}`,
    area: c.area ?? "Cải cách thể chế",
    lead: "Văn phòng Sở",
    budget: null,
    period: parsePeriod(c.period, year),
    cells: { period: `F${5 + i}` },
    table: 0,
    parent: null,
    placeholder: c.placeholder ?? false,
  }));
  return { year, title: null, goals: { general: [], specific: [] }, tables: [], rows, sheetTotals: [], info: {}, preset: "2021-2030" };
}

function scheduleOne(text: CellValue, year: number | null): Schedule {
  return buildSchedule(planOf(year, [{ period: text }]));
}

/** Worked by hand from each vector's text and plan year (domain brief §6). */
const HAND_WORKED: Record<string, string> = {
  "Quý I/2014": "###.........",
  "Quý IV": ".........###",
  "Quý 2/2025": "...###......",
  "3-5/2014": "..###.......",
  "Từ 3-5/2014": "..###.......",
  "Tháng 8/2013": ".......#....",
  "Tháng 02/2018": ".#..........",
  "Tháng 2/2024": ".#..........",
  "Trong tháng 01 năm 2018": "#...........",
  "Tháng 12": "...........#",
  "Từ tháng 10 đến tháng 12": ".........###",
  "Từ 01 đến 15 tháng 10/2013": ".........#..",
  "Từ 15/10 đến 10/11/2013": ".........##.",
  "Từ 28 đến 30/11/2013": "..........#.",
  "01/3/2025 - 30/6/2025": "..####......",
  "15/10/2013": ".........#..",
  "2013": "############",
  "Năm 2019": "############",
  "Cả năm": "############",
  "6 tháng đầu năm": "######......",
  "6 tháng cuối năm 2025": "......######",
  "Trước ngày 28/02/2018": ".!..........",
  "trước 15/4/2014": "...!........",
  "Trước ngày 15 tháng 11 năm 2025": "..........!.",
  "Thường xuyên": "~~~~~~~~~~~~",
  "Định kỳ hằng quý": "~~~~~~~~~~~~",
  "Từ tháng ../năm tới tháng.../năm": "placeholder",
  "khi có yêu cầu của cấp trên": "unparsed",
};

describe("buildSchedule: every idiom of the period vectors", () => {
  it("has a hand-worked answer for each vector (a new vector needs one)", () => {
    expect(vectors.cases.map((c) => c.text).sort()).toEqual(Object.keys(HAND_WORKED).sort());
  });

  it.each(vectors.cases.map((c) => [c.text, c.year, HAND_WORKED[c.text]] as const))("%p in %p → %s", (text, year, expected) => {
    const schedule = scheduleOne(text, year);
    if (expected === "placeholder" || expected === "unparsed") {
      expect(schedule.groups).toEqual([]);
      expect(schedule.unscheduled).toMatchObject([{ text, reason: expected, row: 5, cell: "F5" }]);
    } else {
      expect(schedule.unscheduled).toEqual([]);
      expect(drawn(schedule.groups[0].rows[0])).toBe(expected);
    }
  });
});

describe("buildSchedule: deadlines, ongoing tasks and the year's edge", () => {
  it.each([
    ["Trước ngày 31/3/2026", 2026, "..!........."],
    ["Hoàn thành trước tháng 6/2026", 2026, "....!......."],
    ["Chậm nhất ngày 15/11", 2026, "..........!."],
    ["Trước 15/11/2025", 2026, "<............"],
    ["Trước Quý I/2027", 2026, "...........!"],
    ["Trước 31/01/2027", 2026, "............>"],
    ["Hằng tháng", 2026, "~~~~~~~~~~~~"],
    ["Thường xuyên năm 2025", 2026, "<............"],
    ["Từ tháng 10 đến tháng 2", 2026, ".........###>"],
    ["Từ 15/12/2025 đến 15/01/2026", 2026, "<#..........."],
    ["Quý I/2027", 2026, "............>"],
    ["2025-2027", 2026, "<############>"],
    [new Date(Date.UTC(2026, 4, 20)), 2026, "....#......."],
  ])("%p in %p → %s", (text, year, expected) => {
    expect(drawn(scheduleOne(text, year).groups[0].rows[0])).toBe(expected);
  });

  it("draws a result without its own period over activities as a heading line, and a childless one apart", () => {
    const plan = planOf(2026, [{ period: null, level: "result" }, { period: "Quý I" }, { period: null, level: "result" }]);
    plan.rows[1].parent = 0;
    const schedule = buildSchedule(plan);
    expect(schedule.groups[0].rows.map((r) => [r.row, r.period === null ? "heading" : drawn(r)])).toEqual([
      [5, "heading"],
      [6, "###........."],
    ]);
    expect(schedule.unscheduled.map((u) => [u.row, u.reason])).toEqual([[7, "missing"]]);
  });

  it("lists an empty period, a placeholder and unreadable text apart, in sheet order, never drawn", () => {
    const plan = planOf(2026, [{ period: "Quý I" }, { period: null }, { period: "Tháng …/2026" }, { period: "khi có chỉ đạo" }]);
    const schedule = buildSchedule(plan);
    expect(schedule.groups[0].rows.map((r) => r.row)).toEqual([5]);
    expect(schedule.unscheduled.map((u) => [u.row, u.reason, u.text])).toEqual([
      [6, "missing", null],
      [7, "placeholder", "Tháng …/2026"],
      [8, "unparsed", "khi có chỉ đạo"],
    ]);
  });

  it("without any year, a period naming none is listed apart as 'no-year'", () => {
    const schedule = scheduleOne("Quý II", null);
    expect(schedule.year).toBeNull();
    expect(schedule.unscheduled).toMatchObject([{ reason: "no-year", text: "Quý II" }]);
  });

  it("without a plan year, takes the year most periods start in", () => {
    const plan = planOf(null, [{ period: "Quý I/2026" }, { period: "Tháng 5/2026" }, { period: "Quý IV/2025" }]);
    const schedule = buildSchedule(plan);
    expect(schedule.year).toBe(2026);
    expect(schedule.groups[0].rows.map(drawn)).toEqual(["###.........", "....#.......", "<............"]);
  });

  it("groups by area in first-seen order, keeps results, skips area rows and blank-form rows", () => {
    const plan = planOf(2026, [
      { period: "2026", level: "area", area: "Cải cách thể chế" },
      { period: "Quý I", level: "result", area: "Cải cách thể chế" },
      { period: "Quý II", area: "Cải cách thủ tục hành chính" },
      { period: "Quý III", area: "Cải cách thể chế" },
      { period: "Quý IV", placeholder: true },
    ]);
    const schedule = buildSchedule(plan);
    expect(schedule.groups.map((g) => [g.area, g.rows.map((r) => `${r.level}@${r.row}`)])).toEqual([
      ["Cải cách thể chế", ["result@6", "activity@8"]],
      ["Cải cách thủ tục hành chính", ["activity@7"]],
    ]);
  });
});

describe("periods in batches: each batch drawn and falling due on its own", () => {
  it.each([
    ["Tháng 3, 6, 9, 12", 2026, "..#..#..#..#"],
    ["Quý I, III/2026", 2026, "###...###..."],
    ["Đợt 1: tháng 4; đợt 2: tháng 9", 2026, "...#....#..."],
    ["Tổ chức 2 đợt: đợt 1 trước 30/4, đợt 2 trước 30/9", 2026, "...!....!..."],
    ["Tháng 1-2, tháng 6", 2026, "##...#......"],
    ["Chậm nhất tháng 3, 6, 9, 12", 2026, "..!..!..!..!"],
    ["Hạn chót: 30/6, 31/12", 2026, ".....!.....!"],
    // Two periods in a sentence without đợt / lần are one span from the first to the last, as before.
    ["Thực hiện từ tháng 3, hoàn thành trong tháng 6", 2026, "..####......"],
    ["Triển khai từ tháng 3/2026, hoàn thành trước tháng 9/2026", 2026, "..######...."],
    ["Hằng năm; sơ kết tháng 6, tổng kết tháng 12", 2026, "~~~~~~~~~~~~"],
  ])("%p in %p → %s", (text, year, expected) => {
    expect(drawn(scheduleOne(text, year).groups[0].rows[0])).toBe(expected);
  });

  const plan = planOf(2026, [{ period: "Báo cáo định kỳ quý: tháng 3, 6, 9, 12" }, { period: "Đợt 1 trước 30/4, đợt 2 trước 30/9" }]);
  it("in May 2026 the June report falls due; in April the first batch's deadline; in July nothing", () => {
    expect(dueTasks(buildSchedule(plan), { year: 2026, month: 5 }).map((d) => [d.task.row, d.end])).toEqual([[5, "2026-06-30"]]);
    expect(dueTasks(buildSchedule(plan), { year: 2026, month: 4 }).map((d) => [d.task.row, d.end])).toEqual([[6, "2026-04-30"]]);
    expect(dueTasks(buildSchedule(plan), { year: 2026, month: 7 })).toEqual([]);
  });
});

describe("dueTasks: what falls due this month or next", () => {
  const plan = planOf(2026, [
    { period: "Quý I" },
    { period: "Trước ngày 15/4/2026" },
    { period: "Tháng 5/2026" },
    { period: "Thường xuyên" },
    { period: "Tháng 1-2/2026" },
    { period: "Từ 20/3 đến 10/4/2026" },
  ]);
  it("in March 2026: the quarter ending 31 March, then the deadline and the range ending in April", () => {
    const due = dueTasks(buildSchedule(plan), { year: 2026, month: 3 });
    expect(due.map((d) => [d.task.row, d.end])).toEqual([
      [5, "2026-03-31"],
      [10, "2026-04-10"],
      [6, "2026-04-15"],
    ]);
  });
  it("in December an ongoing task never falls due", () => {
    expect(dueTasks(buildSchedule(plan), { year: 2026, month: 12 })).toEqual([]);
  });
});

describe("the example workbooks", () => {
  const examples = path.join(__dirname, "fixtures", "examples");
  const load = async (file: string) => buildSchedule(analyze(await loadGrids(path.join(examples, file))).plan);

  it("khung-logic-2026.xlsx: six areas; the deadline in March, the ongoing task, Quý I/2027 past the year's edge", async () => {
    const schedule = await load("khung-logic-2026.xlsx");
    expect(schedule.year).toBe(2026);
    expect(schedule.groups).toHaveLength(6);
    const byNumber = new Map(schedule.groups.flatMap((g) => g.rows).map((r) => [r.number, drawn(r)]));
    expect(byNumber.get("1.1.1")).toBe("##..........");
    expect(byNumber.get("1.1.2")).toBe("..!.........");
    expect(byNumber.get("2.1.2")).toBe("~~~~~~~~~~~~");
    expect(byNumber.get("4.1.1")).toBe("........#...");
    expect(byNumber.get("6.1.2")).toBe("............>");
    expect(schedule.unscheduled).toEqual([]);
  });

  it("de-cuong-2019.xlsx: the blank-form period of area III is listed apart", async () => {
    const schedule = await load("de-cuong-2019.xlsx");
    expect(schedule.unscheduled).toMatchObject([{ row: 11, reason: "placeholder", text: "Từ tháng ../năm tới tháng.../năm" }]);
    const rows = schedule.groups.flatMap((g) => g.rows);
    expect(rows.find((r) => r.row === 5 && r.level === "activity")?.months.map((m) => GLYPH[m]).join("")).toBe(".###........");
  });

  it("so-gtvt-2014-5w1h.xlsx: the goal over its two tasks is a heading line; the blank-form rows are left out", async () => {
    const schedule = await load("so-gtvt-2014-5w1h.xlsx");
    expect(schedule.groups.flatMap((g) => g.rows).map((r) => [r.level, r.number, r.period === null ? "heading" : drawn(r)])).toEqual([
      ["result", "1", "heading"],
      ["activity", "1.1", "###........."],
      ["activity", "1.2", "..###......."],
    ]);
    expect(schedule.unscheduled).toEqual([]);
  });
});

describe("buildSchedule: lines detailing a task", () => {
  it("a '+' line with no period of its own runs when the '-' task above it does", async () => {
    const { LAYOUTS } = await import("./layouts/layouts");
    const { analyze } = await import("../src/core/analyze");
    const layout = LAYOUTS.find((l) => l.name.startsWith("64 "));
    const schedule = buildSchedule(analyze(layout!.sheets).plan);
    expect(schedule.unscheduled.filter((row) => row.row === 17 || row.row === 18)).toEqual([]);
    const rows = schedule.groups.flatMap((group) => group.rows).filter((row) => row.row >= 16 && row.row <= 18);
    expect(rows.map((row) => [row.row, row.months.every((mark) => mark === "ongoing")])).toEqual([
      [16, true],
      [17, true],
      [18, true],
    ]);
  });
});

describe("a date alone under a deadline header (Thời hạn hoàn thành) is that task's deadline", () => {
  const table = (header: string): CellValue[][] => [
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
    ["TT", "Nội dung", "Đơn vị chủ trì", header],
    ["1", "Rà soát thủ tục hành chính", "Văn phòng", new Date(Date.UTC(2026, 5, 30))],
    ["2", "Khảo sát sự hài lòng", "Văn phòng", "15/9/2026"],
    ["3", "Tập huấn công chức", "Văn phòng", "Quý II/2026"],
  ];
  const read = (header: string) => analyze([{ name: "KH", values: table(header) }]).plan;

  test.each(["Thời hạn hoàn thành", "Thời hạn", "Thời gian hoàn thành", "Hạn hoàn thành"])("under %s: due that day, drawn as a deadline; a quarter stays its months", (header) => {
    const plan = read(header);
    expect(plan.rows.map((row) => [row.period?.kind, row.period?.start, row.period?.end])).toEqual([
      ["deadline", undefined, "2026-06-30"],
      ["deadline", undefined, "2026-09-15"],
      ["range", "2026-04-01", "2026-06-30"],
    ]);
    expect(buildSchedule(plan).groups.flatMap((group) => group.rows.map(drawn))).toEqual([".....!......", "........!...", "...###......"]);
  });

  test("under Thời gian thực hiện the same date is the day the task is done: a one-day span", () => {
    const plan = read("Thời gian thực hiện");
    expect(plan.rows[0].period).toMatchObject({ kind: "range", start: "2026-06-30", end: "2026-06-30" });
  });
});

describe("Bắt đầu and Kết thúc columns with one of the two typed", () => {
  const read = (start: CellValue, end: CellValue) =>
    analyze([
      {
        name: "KH",
        values: [
          ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
          ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian thực hiện", null],
          [null, null, null, "Bắt đầu", "Kết thúc"],
          ["1", "Rà soát thủ tục hành chính", "Văn phòng", start, end],
        ],
        merges: [{ top: 1, left: 3, bottom: 1, right: 4 }],
      },
    ]).plan.rows[0].period;

  test("a start alone runs from it to the end of the plan year, as 'Từ tháng 4' does", () => {
    expect(read(new Date(Date.UTC(2026, 3, 1)), null)).toMatchObject({ kind: "range", start: "2026-04-01", end: "2026-12-31" });
  });

  test("a start cell that states its own end keeps it", () => {
    expect(read("Từ tháng 3 đến tháng 5", null)).toMatchObject({ start: "2026-03-01", end: "2026-05-31" });
    expect(read("Quý II", null)).toMatchObject({ start: "2026-04-01", end: "2026-06-30" });
  });

  test("an end alone is the day the task is due", () => {
    expect(read(null, new Date(Date.UTC(2026, 10, 15)))).toMatchObject({ kind: "deadline", end: "2026-11-15" });
  });
});

test("ditto marks under date cells in Bắt đầu and Kết thúc repeat those dates", () => {
  const analysis = analyze([
    {
      name: "KH",
      values: [
        ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
        ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian thực hiện", null],
        [null, null, null, "Bắt đầu", "Kết thúc"],
        ["1", "Rà soát thủ tục hành chính", "Văn phòng", new Date(Date.UTC(2026, 6, 1)), new Date(Date.UTC(2026, 7, 15))],
        ["2", "Công bố thủ tục hành chính", "Văn phòng", "nt", "nt"],
      ],
      merges: [{ top: 1, left: 3, bottom: 1, right: 4 }],
    },
  ]);
  expect(analysis.plan.rows.map((row) => [row.period?.start, row.period?.end])).toEqual([
    ["2026-07-01", "2026-08-15"],
    ["2026-07-01", "2026-08-15"],
  ]);
});
