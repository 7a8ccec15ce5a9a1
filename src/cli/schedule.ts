// `cchc schedule FILE.xlsx [--json] [-o OUT.xlsx] [--due [--month M/YYYY]] [--sheet NAME] [--year YYYY] [--force] [--column …]
// [--header-row N]`: the plan's schedule by month, as a grid in the terminal, as JSON, or as a "Tiến độ" sheet in a new
// workbook (a snapshot; the input file is only ever read); with --due, the tasks falling due this month or the next.
// Exit 0, or 2 with one Vietnamese line.
import { basename } from "node:path";
import ExcelJS from "exceljs";
import { buildSchedule, dueTasks, type Schedule } from "../core/schedule";
import { withUnitHeadings } from "../core/merge/unit-headings";
import { scheduleSheetLayout } from "../core/schedule-sheet";
import { failureLine, onePositional, parseArgs, parseYear, UsageError } from "./args";
import { analyzeFile } from "./analyze-file";
import { commandUsage, PREFIX } from "./messages";
import { checkOutput, writeOutput } from "./output";
import { validateReadingOptions } from "./reading-options";
import { scheduleGrid, scheduleJson } from "./schedule-grid";
import { renderScheduleSheet } from "./schedule-xlsx";

export interface ScheduleIO {
  out(s: string): void;
  err(s: string): void;
}

const processIO: ScheduleIO = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

const text = {
  missingFile: "Thiếu tên tệp Excel, ví dụ: cchc schedule ke-hoach.xlsx",
  written: (out: string, drawn: number, apart: number) =>
    `Đã ghi trang "Tiến độ" vào "${out}": ${drawn} dòng có tiến độ, ${apart} dòng chưa vẽ được.`,
  badMonth: (value: string) => `Tháng "${value}" không hợp lệ: ghi tháng/năm, ví dụ --month 3/2026.`,
  monthNeedsDue: "--month chỉ dùng cùng --due, ví dụ: cchc schedule ke-hoach.xlsx --due --month 3/2026",
  dueOutput: "--due in danh sách việc đến hạn, không ghi tệp: bỏ -o hoặc bỏ --due.",
  dueHeading: (month: number, year: number, file: string, count: number) =>
    `Việc đến hạn trong tháng ${month}/${year} và tháng ${(month % 12) + 1}/${month === 12 ? year + 1 : year} · ${file}: ${count === 0 ? "không có việc nào" : `${count} việc`}`,
  dueLine: (end: string, what: string, lead: string | null, unit: string | null, sheet: string, row: number) =>
    `  ${end}  ${what} · ${lead ?? "chưa có đầu mối"}${unit ? ` (${unit})` : ""} · trang "${sheet}", dòng ${row}`,
  unreadHeading: (count: number) => `Chưa đọc được thời gian của ${count} việc, có thể cũng đến hạn (xem lại):`,
  unreadLine: (what: string, typed: string, sheet: string, row: number) => `  ${what}: "${typed}" · trang "${sheet}", dòng ${row}`,
};

/** "3/2026" or "03/2026" → { year: 2026, month: 3 }. */
function parseMonth(value: string): { year: number; month: number } {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{4})\s*$/.exec(value);
  const month = match ? Number(match[1]) : 0;
  if (!match || month < 1 || month > 12) throw new UsageError(text.badMonth(value));
  return { year: Number(match[2]), month };
}

const dayText = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** "Việc đến hạn", as the pane lists it: tasks whose period ends this month or the next, soonest first. */
function dueReport(schedule: Schedule, today: { year: number; month: number }, file: string, json: boolean): string {
  const due = dueTasks(schedule, today);
  // A period typed but not understood may fall due as well: the leader is told which, not left to trust the list.
  const unread = schedule.unscheduled.filter((row) => row.reason === "unparsed" && row.text !== null);
  if (json) {
    const tasks = due.map(({ task, end }) => ({ end, sheet: task.sheet, row: task.row, number: task.number, content: task.content, area: task.area, lead: task.lead, unit: task.unit }));
    const unreadTasks = unread.map((row) => ({ sheet: row.sheet, row: row.row, number: row.number, content: row.content, text: row.text, lead: row.lead, unit: row.unit }));
    return JSON.stringify({ file, month: today, tasks, unread: unreadTasks }, null, 2) + "\n";
  }
  const what = (task: { number: string | null; content: string }) => [task.number, task.content.replace(/\s+/g, " ").trim()].filter(Boolean).join(" ");
  const lines = [text.dueHeading(today.month, today.year, file, due.length)];
  for (const { task, end } of due) lines.push(text.dueLine(dayText(end), what(task), task.lead, task.unit, task.sheet, task.row));
  if (unread.length > 0) lines.push(text.unreadHeading(unread.length));
  for (const row of unread) lines.push(text.unreadLine(what(row), row.text!, row.sheet, row.row));
  return lines.join("\n") + "\n";
}

export async function runSchedule(args: string[], io: ScheduleIO = processIO): Promise<number> {
  try {
    return await schedule(args, io);
  } catch (error) {
    io.err(PREFIX + failureLine(error, args) + "\n");
    return 2;
  }
}

async function schedule(args: string[], io: ScheduleIO): Promise<number> {
  const parsed = parseArgs(args, { command: "schedule", valued: ["-o", "--output", "--sheet", "--year", "--column", "--header-row", "--month"], flags: ["--json", "--force", "--due"] });
  if (parsed.help) {
    io.out(commandUsage("schedule") + "\n");
    return 0;
  }
  const file = onePositional(parsed, text.missingFile);
  const output = parsed.values["-o"] ?? parsed.values["--output"];
  const due = parsed.flags.has("--due");
  const monthText = parsed.values["--month"];
  if (monthText !== undefined && !due) throw new UsageError(text.monthNeedsDue);
  if (due && output !== undefined) throw new UsageError(text.dueOutput);
  const now = new Date();
  const today = monthText === undefined ? { year: now.getFullYear(), month: now.getMonth() + 1 } : parseMonth(monthText);
  if (output !== undefined) checkOutput(output, ".xlsx", parsed.flags.has("--force"), file);
  const year = parseYear(parsed.values["--year"]);
  const reading = { column: parsed.values["--column"], headerRow: parsed.values["--header-row"], sheet: parsed.values["--sheet"] };
  validateReadingOptions(reading);
  const analysis = await analyzeFile(file, year, reading);
  // A Tổng hợp's tasks are drawn (grid, sheet) under their units' headings, as its Word plan puts them; the JSON and
  // --due give each row as read.
  const asRead = due || (output === undefined && parsed.flags.has("--json"));
  const result = buildSchedule((asRead ? analysis : withUnitHeadings(analysis)).plan, { year });
  if (due) {
    io.out(dueReport(result, today, basename(file), parsed.flags.has("--json")));
    return 0;
  }
  if (output !== undefined) {
    const layout = scheduleSheetLayout(result, { now: new Date(), source: basename(file) });
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "Kế hoạch CCHC";
    renderScheduleSheet(workbook, layout);
    writeOutput(output, Buffer.from(await workbook.xlsx.writeBuffer()), parsed.flags.has("--force"));
    const tasks = result.groups.reduce((n, g) => n + g.rows.filter((r) => r.period !== null).length, 0);
    io.out(text.written(output, tasks, result.unscheduled.length) + "\n");
    return 0;
  }
  io.out(parsed.flags.has("--json") ? JSON.stringify(scheduleJson(result, basename(file)), null, 2) + "\n" : scheduleGrid(result, basename(file)));
  return 0;
}
