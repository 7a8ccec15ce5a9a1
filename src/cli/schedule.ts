// `cchc schedule FILE.xlsx [--json] [-o OUT.xlsx] [--sheet NAME] [--year YYYY] [--force] [--column …] [--header-row N]`: the plan's schedule by
// month, as a grid in the terminal, as JSON, or as a "Tiến độ" sheet in a new workbook (a snapshot; the input
// file is only ever read). Exit 0, or 2 with one Vietnamese line.
import { basename } from "node:path";
import ExcelJS from "exceljs";
import { buildSchedule } from "../core/schedule";
import { withUnitHeadings } from "../core/merge/unit-headings";
import { scheduleSheetLayout } from "../core/schedule-sheet";
import { failureLine, onePositional, parseArgs, parseYear } from "./args";
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
};

export async function runSchedule(args: string[], io: ScheduleIO = processIO): Promise<number> {
  try {
    return await schedule(args, io);
  } catch (error) {
    io.err(PREFIX + failureLine(error, args) + "\n");
    return 2;
  }
}

async function schedule(args: string[], io: ScheduleIO): Promise<number> {
  const parsed = parseArgs(args, { command: "schedule", valued: ["-o", "--output", "--sheet", "--year", "--column", "--header-row"], flags: ["--json", "--force"] });
  if (parsed.help) {
    io.out(commandUsage("schedule") + "\n");
    return 0;
  }
  const file = onePositional(parsed, text.missingFile);
  const output = parsed.values["-o"] ?? parsed.values["--output"];
  if (output !== undefined) checkOutput(output, ".xlsx", parsed.flags.has("--force"), file);
  const year = parseYear(parsed.values["--year"]);
  const reading = { column: parsed.values["--column"], headerRow: parsed.values["--header-row"], sheet: parsed.values["--sheet"] };
  validateReadingOptions(reading);
  const analysis = await analyzeFile(file, year, reading);
  const result = buildSchedule(analysis.plan, { year });
  // A Tổng hợp's tasks are drawn under their units' headings, as its Word plan puts them; the JSON gives each row as read.
  const drawn = buildSchedule(withUnitHeadings(analysis).plan, { year });
  if (output !== undefined) {
    const layout = scheduleSheetLayout(drawn, { now: new Date(), source: basename(file) });
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "Kế hoạch CCHC";
    renderScheduleSheet(workbook, layout);
    writeOutput(output, Buffer.from(await workbook.xlsx.writeBuffer()), parsed.flags.has("--force"));
    const tasks = result.groups.reduce((n, g) => n + g.rows.filter((r) => r.period !== null).length, 0);
    io.out(text.written(output, tasks, result.unscheduled.length) + "\n");
    return 0;
  }
  io.out(parsed.flags.has("--json") ? JSON.stringify(scheduleJson(result, basename(file)), null, 2) + "\n" : scheduleGrid(drawn, basename(file)));
  return 0;
}
