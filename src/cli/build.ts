// `cchc build FILE.xlsx -o OUT.docx [--sheet NAME] [--year YYYY] [--schedule]`: the formal plan document (domain
// brief §8); --schedule appends "Phụ lục II: Tiến độ thực hiện".
// Findings never block the document (exit 0); a file that cannot be read, or an output that cannot be
// written, gives one Vietnamese line and exit 2. The input is only ever read.
import { realpathSync } from "fs";
import { rename, unlink, writeFile } from "fs/promises";
import { basename, dirname, join, resolve } from "path";
import { analyze, PlanInputError, type Analysis } from "../core/analyze";
import { buildPlanDocx } from "../docx";
import { money } from "../docx/format";
import { onePositional, parseArgs, parseYear, UsageError } from "./args";
import { LoadError, readIsolated } from "./load";
import { msg, PREFIX, USAGE } from "./messages";

export interface BuildIO {
  out(s: string): void;
  err(s: string): void;
}

const processIO: BuildIO = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

const text = {
  missingOutput: "Thiếu tệp kết quả, ví dụ: cchc build ke-hoach.xlsx -o ke-hoach.docx",
  sameAsInput: (file: string) => `Tệp kết quả "${file}" trùng với tệp Excel đầu vào; hãy chọn tên khác để không ghi đè lên bảng kế hoạch.`,
  cannotWrite: (file: string, reason: string) => `Không ghi được "${file}": ${reason}.`,
  noDirectory: "thư mục chứa tệp không tồn tại",
  noPermission: "không có quyền ghi vào thư mục này",
  isDirectory: "đây là một thư mục",
  writeFailed: "ổ đĩa báo lỗi khi ghi",
  written: (file: string, tables: number, rows: number, total: string, errors: number, warnings: number) =>
    `Đã viết "${file}": ${tables} bảng, ${rows} dòng nội dung, tổng kinh phí ${total} đồng; ` +
    `${errors} lỗi, ${warnings} cảnh báo (xem chi tiết bằng lệnh cchc check).`,
};

export async function runBuild(args: string[], io: BuildIO = processIO): Promise<number> {
  try {
    return await build(args, io);
  } catch (error) {
    const file = args.find((arg) => arg.toLowerCase().endsWith(".xlsx"));
    const line = error instanceof UsageError ? error.message : file ? msg.unexpected(file) : msg.unexpectedNoFile;
    io.err(PREFIX + line + "\n");
    return 2;
  }
}

async function build(args: string[], io: BuildIO): Promise<number> {
  const parsed = parseArgs(args, { command: "build", valued: ["-o", "--output", "--sheet", "--year"], flags: ["--schedule"] });
  if (parsed.help) {
    io.out(USAGE + "\n");
    return 0;
  }
  const file = onePositional(parsed, msg.missingFile.replace("cchc check", "cchc build"));
  const output = parsed.values["-o"] ?? parsed.values["--output"];
  if (!output) throw new UsageError(text.missingOutput);
  if (sameFile(file, output)) throw new UsageError(text.sameAsInput(output));
  const year = parseYear(parsed.values["--year"]);
  const analysis = await analyzeFile(file, { sheet: parsed.values["--sheet"], year });
  await writeAtomically(output, await buildPlanDocx(analysis, { schedule: parsed.flags.has("--schedule") }));
  io.out(summary(output, analysis) + "\n");
  return 0;
}

/** Same path after resolving symlinks where the files exist: the output must never replace the input. */
function sameFile(input: string, output: string): boolean {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  return real(input) === real(output);
}

async function analyzeFile(file: string, options: { sheet?: string; year?: number }): Promise<Analysis> {
  let analysis: Analysis;
  try {
    analysis = analyze((await readIsolated(file)).grids, options);
  } catch (error) {
    if (error instanceof LoadError || error instanceof PlanInputError) {
      const reason = error instanceof LoadError ? error.reason : error.message;
      throw new UsageError(msg.cannotRead(file, reason));
    }
    throw error;
  }
  if (analysis.plan.tables.length === 0) throw new UsageError(msg.cannotRead(file, msg.noTable));
  return analysis;
}

/** Writes beside the target and renames, so a failed write never leaves half a document under the real name. */
async function writeAtomically(output: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, output);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new UsageError(text.cannotWrite(output, writeReason((error as NodeJS.ErrnoException).code)));
  }
}

function writeReason(code: string | undefined): string {
  if (code === "ENOENT" || code === "ENOTDIR") return text.noDirectory;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return text.noPermission;
  if (code === "EISDIR") return text.isDirectory;
  return text.writeFailed;
}

function summary(output: string, analysis: Analysis): string {
  const count = (severity: string) => analysis.findings.filter((f) => f.severity === severity).length;
  const rows = analysis.plan.rows.filter((row) => !row.placeholder).length;
  return text.written(output, analysis.plan.tables.length, rows, money(analysis.totals.total), count("error"), count("warning"));
}
