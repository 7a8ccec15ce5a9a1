// `cchc build FILE.xlsx -o OUT.docx [--sheet NAME] [--year YYYY] [--schedule] [--force]`: the formal plan document
// (domain brief §8); --schedule appends "Phụ lục II: Tiến độ thực hiện".
// Findings never block the document (exit 0); a file that cannot be read, or an output that cannot be
// written (output.ts: the policy every command that writes a file shares), gives one Vietnamese line and exit 2.
// The input is only read.
import type { Analysis } from "../core/analyze";
import { buildPlanDocx } from "../docx";
import { INFO_SHEET_NAME } from "../core/forms";
import { blankInfoFields, money } from "../docx/format";
import { failureLine, onePositional, parseArgs, parseYear, UsageError } from "./args";
import { analyzeFile } from "./analyze-file";
import { commandUsage, msg, PREFIX } from "./messages";
import { checkOutput, writeOutput } from "./output";
import { validateReadingOptions } from "./reading-options";
import { contentRowCount } from "./report";

export interface BuildIO {
  out(s: string): void;
  err(s: string): void;
}

const processIO: BuildIO = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

export const text = {
  missingOutput: "Thiếu tệp kết quả, ví dụ: cchc build ke-hoach.xlsx -o ke-hoach.docx",
  written: (file: string, tables: number, rows: number, total: string, errors: number, warnings: number) =>
    `Đã viết "${file}": ${tables} bảng, ${rows} dòng nội dung, tổng kinh phí ${total} đồng; ` +
    (errors + warnings > 0 ? `${errors} lỗi, ${warnings} cảnh báo (xem chi tiết bằng lệnh cchc check).` : "bảng không có lỗi hay cảnh báo nào."),
  blanks: (fields: string[]) =>
    `Văn bản để trống "…" ở: ${fields.join(", ")}. Điền các mục này ở cột Nội dung của trang "${INFO_SHEET_NAME}" ` +
    "rồi chạy lại lệnh.",
  noInfoSheet: (fields: string[]) =>
    `Tệp chưa có trang "${INFO_SHEET_NAME}" nên văn bản để trống "…" ở: ${fields.join(", ")}. ` +
    "Tạo trang này bằng Chèn mẫu → Thông tin kế hoạch trong Excel (hoặc lệnh cchc template thong-tin -o thong-tin.xlsx rồi chép trang vào tệp), điền rồi chạy lại lệnh.",
};

export async function runBuild(args: string[], io: BuildIO = processIO): Promise<number> {
  try {
    return await build(args, io);
  } catch (error) {
    io.err(PREFIX + failureLine(error, args) + "\n");
    return 2;
  }
}

async function build(args: string[], io: BuildIO): Promise<number> {
  const parsed = parseArgs(args, { command: "build", valued: ["-o", "--output", "--sheet", "--year", "--column", "--header-row"], flags: ["--schedule", "--force"] });
  if (parsed.help) {
    io.out(commandUsage("build") + "\n");
    return 0;
  }
  const file = onePositional(parsed, msg.missingFile.replace("cchc check", "cchc build"));
  const output = parsed.values["-o"] ?? parsed.values["--output"];
  if (!output) throw new UsageError(text.missingOutput);
  const force = parsed.flags.has("--force");
  checkOutput(output, ".docx", force, file);
  const year = parseYear(parsed.values["--year"]);
  const reading = { column: parsed.values["--column"], headerRow: parsed.values["--header-row"], sheet: parsed.values["--sheet"] };
  validateReadingOptions(reading);
  const analysis = await analyzeFile(file, year, reading);
  writeOutput(output, await buildPlanDocx(analysis, { schedule: parsed.flags.has("--schedule") }), force);
  io.out(summary(output, analysis) + "\n");
  const blanks = blankInfoFields(analysis.plan);
  if (blanks.length > 0) io.out((hasInfoSheet(analysis) ? text.blanks(blanks) : text.noInfoSheet(blanks)) + "\n");
  return 0;
}

/** Whether the workbook had a Thông tin kế hoạch sheet at all (readPlanInfo found at least three of its labels). */
function hasInfoSheet(analysis: Analysis): boolean {
  return Object.keys(analysis.plan.info).length > 0;
}

function summary(output: string, analysis: Analysis): string {
  const count = (severity: string) => analysis.findings.filter((f) => f.severity === severity).length;
  const rows = contentRowCount(analysis.plan);
  return text.written(output, analysis.plan.tables.length, rows, money(analysis.totals.total), count("error"), count("warning"));
}
