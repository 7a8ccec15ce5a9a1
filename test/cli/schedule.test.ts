// `cchc schedule`: the month grid on each example, the JSON, the "Tiến độ" sheet it writes, and its refusals.
// Expected months were read off the example sheets' period cells by hand.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { z } from "zod";
import { scheduleGrid } from "../../src/cli/schedule-grid";
import { expectOnePlainLine, runCli } from "./run-cli";

const example = (name: string) => join(__dirname, "../fixtures/examples", name);

/** The grid line of a task, by its number at the start of the line. */
function lineOf(stdout: string, number: string): string {
  const line = stdout.split("\n").find((l) => l.startsWith(number + " "));
  if (!line) throw new Error(`no line for ${number}`);
  return line;
}

/** The twelve month cells of a grid line, three characters each between the quarter bars. */
function monthCells(line: string): string[] {
  const bars = line.slice(line.indexOf("│"), line.lastIndexOf("│") + 1);
  const months = bars.split("│").slice(1, 5).join("");
  return Array.from({ length: 12 }, (_, m) => months.slice(m * 3, m * 3 + 3));
}

describe("cchc schedule: the month grid", () => {
  it("khung-logic-2026.xlsx: quarters and months, the deadline in March, ongoing hatched, Quý I/2027 past the edge", async () => {
    const { code, stdout, stderr } = await runCli("schedule", example("khung-logic-2026.xlsx"));
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^Tiến độ thực hiện kế hoạch năm 2026 · khung-logic-2026\.xlsx/);
    expect(stdout).toMatch(/│ {2}Quý I {2}│ Quý II {2}│ Quý III │ Quý IV {2}│/);
    expect(stdout).toContain("▌Cải cách thể chế");
    expect(monthCells(lineOf(stdout, "1.1.1"))).toEqual(["███", "███", " · ", " · ", " · ", " · ", " · ", " · ", " · ", " · ", " · ", " · "]);
    expect(monthCells(lineOf(stdout, "1.1.2"))[2]).toBe(" ♦ ");
    expect(monthCells(lineOf(stdout, "2.1.2")).every((cell) => cell === "░░░")).toBe(true);
    const late = lineOf(stdout, "6.1.2");
    expect(monthCells(late).every((cell) => cell === " · ")).toBe(true);
    expect(late).toMatch(/│ ► Văn phòng Sở$/);
    expect(stdout).toContain("Chú giải: ███ đang thực hiện · ░░░ thường xuyên, định kỳ · ♦ tháng đến hạn");
    expect(stdout).not.toContain("Chưa vẽ được");
  });

  it("de-cuong-2019.xlsx: the blank-form period is listed apart with its row, not drawn", async () => {
    const { code, stdout } = await runCli("schedule", example("de-cuong-2019.xlsx"));
    expect(code).toBe(0);
    expect(stdout).toContain('Chưa vẽ được tiến độ (1):\n  trang "Kế hoạch triển khai", dòng 11: 1 Rà soát chức năng, nhiệm vụ các phòng — "Từ tháng ../năm tới tháng.../năm" còn để mẫu trống');
    // "Quý II-III/2019": April to September.
    const portal = stdout.split("\n").find((l) => l.includes("Nâng cấp cổng thông tin"));
    expect(monthCells(portal ?? "").map((c) => (c === "███" ? "#" : "."))).toEqual([..."...######..."]);
  });

  it("so-gtvt-2014-5w1h.xlsx: 'Từ 3-5/2014' runs March to May", async () => {
    const { code, stdout } = await runCli("schedule", example("so-gtvt-2014-5w1h.xlsx"));
    expect(code).toBe(0);
    expect(monthCells(lineOf(stdout, "1.2")).map((c) => (c === "███" ? "#" : "."))).toEqual([..."..###......."]);
    expect(lineOf(stdout, "1.1")).toContain("VP. Sở");
  });
});

const month = z.enum(["active", "deadline", "ongoing", "none"]);
const period = z.object({ kind: z.string(), text: z.string(), start: z.string().optional(), end: z.string().optional() });
const scheduleSchema = z.object({
  file: z.string(),
  year: z.number().nullable(),
  rows: z.array(
    z.object({
      sheet: z.string(), row: z.number(), level: z.enum(["result", "activity"]), number: z.string().nullable(), content: z.string(),
      area: z.string(), lead: z.string().nullable(), unit: z.string().nullable(), period: period.nullable(), months: z.array(month).length(12),
      fromPreviousYear: z.boolean(), intoNextYear: z.boolean(),
    }).strict(),
  ),
  unscheduled: z.array(
    z.object({
      sheet: z.string(), row: z.number(), level: z.enum(["result", "activity"]), number: z.string().nullable(), content: z.string(),
      area: z.string(), lead: z.string().nullable(), unit: z.string().nullable(), text: z.string().nullable(), reason: z.enum(["missing", "placeholder", "unparsed", "no-year"]),
    }).strict(),
  ),
}).strict();

describe("cchc schedule --json", () => {
  it("prints each row's contract fields and its twelve months", async () => {
    const { code, stdout } = await runCli("schedule", example("khung-logic-2026.xlsx"), "--json");
    expect(code).toBe(0);
    const json = scheduleSchema.parse(JSON.parse(stdout));
    expect(json.year).toBe(2026);
    const deadline = json.rows.find((r) => r.number === "1.1.2");
    expect(deadline).toMatchObject({ sheet: "Khung logic", row: 11, level: "activity", lead: "Văn phòng Sở", unit: null, period: { kind: "deadline", end: "2026-03-31" } });
    expect(deadline?.months.indexOf("deadline")).toBe(2);
    expect(json.rows.find((r) => r.number === "6.1.2")).toMatchObject({ intoNextYear: true, months: Array(12).fill("none") });
    expect(json.rows).toHaveLength(15);
  });

  it("--year moves the months: the same plan read as 2027 shows only Quý I/2027", async () => {
    const { stdout } = await runCli("schedule", example("khung-logic-2026.xlsx"), "--json", "--year", "2027");
    const json = scheduleSchema.parse(JSON.parse(stdout));
    expect(json.year).toBe(2027);
    expect(json.rows.find((r) => r.number === "6.1.2")?.months.slice(0, 3)).toEqual(["active", "active", "active"]);
  });
});

describe("cchc schedule -o OUT.xlsx", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "cchc-schedule-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a Tiến độ sheet: T1…T12 under merged quarters, theme-accent fills, hatched ongoing, frozen panes, A4 landscape", async () => {
    const input = join(dir, "plan.xlsx");
    copyFileSync(example("khung-logic-2026.xlsx"), input);
    const before = readFileSync(input);
    const out = join(dir, "tien-do.xlsx");
    const { code, stdout } = await runCli("schedule", input, "-o", out);
    expect(code).toBe(0);
    expect(stdout).toContain(`Đã ghi trang "Tiến độ" vào "${out}": 15 dòng có tiến độ, 0 dòng chưa vẽ được.`);
    expect(readFileSync(input).equals(before)).toBe(true);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet("Tiến độ");
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(String(sheet.getCell("A1").value)).toBe("TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026");
    expect(String(sheet.getCell("A2").value)).toMatch(/^Ảnh chụp tiến độ lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4} từ tệp plan\.xlsx; không tự cập nhật/);
    const headerRow = sheet.getRow(4).values as unknown[];
    expect(headerRow.slice(6, 18)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"]);
    expect(sheet.getCell("F3").value).toBe("Quý I");
    expect(sheet.getCell("I3").value).toBe("Quý II");
    expect(sheet.getCell("G3").isMerged && sheet.getCell("G3").master.address).toBe("F3");
    // Row 6 is 1.1 (Quý I): T1 is filled with Accent 1 of the theme; 2.1.2 "Thường xuyên" is hatched.
    const find = (number: string) => {
      for (let r = 5; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === number) return r;
      throw new Error(number);
    };
    const active = sheet.getCell(find("1.1"), 6).fill;
    expect(active).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { theme: 4 } });
    const empty = sheet.getCell(find("1.1"), 9).fill;
    expect(empty === undefined || (empty.type === "pattern" && empty.pattern === "none")).toBe(true);
    expect(sheet.getCell(find("2.1.2"), 10).fill).toMatchObject({ type: "pattern", pattern: "lightUp", fgColor: { theme: 4 } });
    expect(sheet.getCell(find("1.1.2"), 8).value).toBe("♦");
    expect(sheet.getCell(find("6.1.2"), 18).value).toBe("►");
    expect(sheet.getCell(find("1.1"), 3).numFmt).toBe("@");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 4 });
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, printTitlesRow: "3:4" });
  });

  it("never overwrites an existing file without --force, nor the input file even with it", async () => {
    const out = join(dir, "exists.xlsx");
    writeFileSync(out, "keep me");
    const refused = await runCli("schedule", example("khung-logic-2026.xlsx"), "-o", out);
    expect(refused.code).toBe(2);
    expectOnePlainLine(refused.stderr);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    const forced = await runCli("schedule", example("khung-logic-2026.xlsx"), "-o", out, "--force");
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");

    const input = join(dir, "plan.xlsx");
    copyFileSync(example("khung-logic-2026.xlsx"), input);
    const same = await runCli("schedule", input, "-o", input, "--force");
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("trùng với tệp Excel đầu vào");
  });
});

describe("cchc schedule: files it cannot read (exit 2, one Vietnamese line)", () => {
  it.each([
    [["schedule"], "Thiếu tên tệp Excel"],
    [["schedule", "khong-co.xlsx"], 'Không đọc được "khong-co.xlsx": không tìm thấy tệp.'],
    [["schedule", example("khung-logic-2026.xlsx"), "-o", "tien-do.csv"], "phải có đuôi .xlsx"],
    [["schedule", example("khung-logic-2026.xlsx"), "--year", "26"], 'Năm "26" không hợp lệ'],
  ])("%p", async (argv, expected) => {
    const { code, stdout, stderr } = await runCli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expectOnePlainLine(stderr);
    expect(stderr).toContain(expected);
  });

  it("a text file named .xlsx", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-schedule-"));
    const file = join(dir, "not-a-workbook.xlsx");
    writeFileSync(file, "TT;Nội dung\n");
    const { code, stderr } = await runCli("schedule", file);
    expect(code).toBe(2);
    expectOnePlainLine(stderr);
    expect(existsSync(file)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("scheduleGrid on plans with nothing to draw", () => {
  const task = { sheet: "KH", row: 7, level: "activity" as const, number: "1", content: "Rà soát", area: "Cải cách thể chế", lead: null, unit: null, cell: "D7" };

  it("says so plainly, lists what it could not draw, and keeps the legend", () => {
    const text = scheduleGrid({ year: null, groups: [], unscheduled: [{ ...task, text: "Quý II", reason: "no-year" }] }, "ke-hoach.xlsx");
    expect(text).toBe(
      [
        "Tiến độ thực hiện kế hoạch năm (chưa xác định) · ke-hoach.xlsx",
        "",
        "Không có kết quả, hoạt động nào để vẽ tiến độ.",
        "",
        "Chưa vẽ được tiến độ (1):",
        '  trang "KH", dòng 7: 1 Rà soát — "Quý II" chưa rõ năm',
        "",
        "Chú giải: ███ đang thực hiện · ░░░ thường xuyên, định kỳ · ♦ tháng đến hạn (Trước…, Chậm nhất…) · ◄ từ năm trước · ► sang năm sau",
        "",
      ].join("\n"),
    );
  });

  it("an empty period cell is named as missing, without quotes", () => {
    const text = scheduleGrid({ year: 2026, groups: [], unscheduled: [{ ...task, text: null, reason: "missing" }] }, "x.xlsx");
    expect(text).toContain('  trang "KH", dòng 7: 1 Rà soát — chưa ghi thời gian\n');
  });
});

// Worked by hand from the example's periods: in February and March 2026 end 1.1.1 (Tháng 1-2/2026, row 10), then on
// 31/3 1.1 (Quý I/2026, row 9), 1.1.2 (Trước ngày 31/3/2026, row 11) and 5.1.1 (Quý I, row 24); the ongoing tasks
// (Thường xuyên) never fall due. In December 2026 and January 2027: 2.1 and 5.1 ("2026", rows 13 and 23).
describe("cchc schedule --due: the tasks falling due this month or the next", () => {
  const due = async (month: string) => {
    const { code, stdout } = await runCli("schedule", example("khung-logic-2026.xlsx"), "--due", "--month", month, "--json");
    expect(code).toBe(0);
    return (JSON.parse(stdout) as { tasks: { row: number; end: string; lead: string | null; unit: string | null }[] }).tasks;
  };

  it("lists them soonest first, then in sheet order", async () => {
    expect((await due("2/2026")).map((t) => [t.row, t.end])).toEqual([
      [10, "2026-02-28"],
      [9, "2026-03-31"],
      [11, "2026-03-31"],
      [24, "2026-03-31"],
    ]);
  });

  it("runs into the next year from December, and says both months with their years", async () => {
    expect((await due("12/2026")).map((t) => t.row)).toEqual([13, 23]);
    const { stdout } = await runCli("schedule", example("khung-logic-2026.xlsx"), "--due", "--month", "12/2026");
    expect(stdout.split("\n")[0]).toBe("Việc đến hạn trong tháng 12/2026 và tháng 1/2027 · khung-logic-2026.xlsx: 2 việc");
    expect(stdout).toContain('  31/12/2026  5.1 ');
    expect(stdout).toContain(' · Phòng Kế hoạch - Tài chính · trang "Khung logic", dòng 23');
  });

  it("names the tasks whose period it could not read, which may fall due too, after the list", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-due-"));
    try {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("KH");
      sheet.addRows([
        ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
        ["TT", "Nội dung", "Chủ trì", "Thời gian"],
        ["1", "Báo cáo quý I", "Văn phòng", "Quý I/2026"],
        ["2", "Báo cáo định kỳ", "Văn phòng", "Theo hướng dẫn của Sở Nội vụ"],
        ["3", "Tổng kết", "Văn phòng", null],
      ]);
      const file = join(dir, "ke-hoach.xlsx");
      await workbook.xlsx.writeFile(file);
      const { code, stdout } = await runCli("schedule", file, "--due", "--month", "3/2026");
      expect(code).toBe(0);
      expect(stdout.split("\n").slice(1)).toEqual([
        "  31/03/2026  1 Báo cáo quý I · Văn phòng · trang \"KH\", dòng 3",
        "Chưa đọc được thời gian của 1 việc, có thể cũng đến hạn (xem lại):",
        "  2 Báo cáo định kỳ: \"Theo hướng dẫn của Sở Nội vụ\" · trang \"KH\", dòng 4",
        "",
      ]);
      const json = JSON.parse((await runCli("schedule", file, "--due", "--month", "3/2026", "--json")).stdout) as { unread: { row: number; text: string }[] };
      expect(json.unread.map((u) => [u.row, u.text])).toEqual([[4, "Theo hướng dẫn của Sở Nội vụ"]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [["--due", "--month", "13/2026"], 'Tháng "13/2026" không hợp lệ'],
    [["--month", "3/2026"], "--month chỉ dùng cùng --due"],
    [["--due", "-o", "tien-do.xlsx"], "--due in danh sách việc đến hạn, không ghi tệp"],
  ])("refuses %j in one line", async (args, message) => {
    const { code, stdout, stderr } = await runCli("schedule", example("khung-logic-2026.xlsx"), ...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expectOnePlainLine(stderr);
    expect(stderr).toContain(message);
  });
});
