// The `cchc` command line: dispatch, and the `check` and `words` commands.
import { basename } from "path";
import { analyze, PlanInputError, type Analysis, type AnalyzeOptions } from "../core/analyze";
import type { SheetGrid } from "../core/types";
import { amountInWords, parseAmountArg } from "../core/words";
import { onePositional, parseArgs, parseYear, UsageError } from "./args";
import { LoadError, readIsolated } from "./load";
import { msg, PREFIX, USAGE } from "./messages";
import { readableReport, toReport } from "./report";

/** Where output goes; tests pass their own writers instead of patching process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_READ = 2;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    return await dispatch(command, rest, io);
  } catch (error) {
    return failure(io, errorLine(error, command, rest));
  }
}

async function dispatch(command: string | undefined, args: string[], io: CliIO): Promise<number> {
  if (command === undefined) return failure(io, msg.noCommand);
  if (command === "--help" || command === "-h" || command === "help") return printUsage(io);
  if (command === "check") return runCheck(args, io);
  if (command === "words") return runWords(args, io);
  if (command === "template") return (await import("./template")).runTemplate(args);
  if (command === "build") return (await import("./build")).runBuild(args);
  if (command === "merge" || command === "tong-hop") {
    return (await import("./merge")).runMerge(args, { ...io, progress: io === processIO && process.stderr.isTTY === true });
  }
  if (command === "schedule") return (await import("./schedule")).runSchedule(args, { out: io.stdout, err: io.stderr });
  throw new UsageError(msg.unknownCommand(command));
}

function printUsage(io: CliIO): number {
  io.stdout(USAGE + "\n");
  return EXIT_OK;
}

function failure(io: CliIO, line: string): number {
  io.stderr(PREFIX + line + "\n");
  return EXIT_CANNOT_READ;
}

/** Every failure becomes one plain line: usage and file problems say what; anything else stays generic. */
function errorLine(error: unknown, command: string | undefined, args: string[]): string {
  if (error instanceof UsageError) return error.message;
  const file = command === "check" ? args.find((arg) => !arg.startsWith("-")) : undefined;
  return file === undefined ? msg.unexpectedNoFile : msg.unexpected(file);
}

async function runCheck(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args, { command: "check", valued: ["--sheet", "--year"], flags: ["--json"] });
  if (parsed.help) return printUsage(io);
  const file = onePositional(parsed, msg.missingFile);
  const year = parseYear(parsed.values["--year"]);
  const sheet = parsed.values["--sheet"];
  const analysis = analyzeFile(await readGrids(file), file, { sheet, year });
  if (analysis.plan.tables.length === 0) throw new UsageError(msg.cannotRead(file, msg.noTable));
  const report = toReport(basename(file), analysis);
  io.stdout(parsed.flags.has("--json") ? JSON.stringify(report, null, 2) + "\n" : readableReport(report));
  return report.findings.some((finding) => finding.severity === "error") ? EXIT_FINDINGS : EXIT_OK;
}

/** The workbook's grids, or a one-line reason naming the file. */
async function readGrids(file: string): Promise<SheetGrid[]> {
  try {
    return (await readIsolated(file)).grids;
  } catch (error) {
    if (error instanceof LoadError) throw new UsageError(msg.cannotRead(file, error.reason));
    throw error;
  }
}

/** The engine's own input errors (e.g. --sheet naming no sheet) already read as a Vietnamese clause. */
function analyzeFile(grids: SheetGrid[], file: string, options: AnalyzeOptions): Analysis {
  try {
    return analyze(grids, options);
  } catch (error) {
    if (error instanceof PlanInputError) throw new UsageError(msg.cannotRead(file, error.message));
    throw error;
  }
}

function runWords(args: string[], io: CliIO): number {
  const parsed = parseArgs(args, { command: "words", valued: [], flags: ["--le", "--bon", "--ngan"] });
  if (parsed.help) return printUsage(io);
  const text = onePositional(parsed, msg.missingAmount);
  const amount = parseAmountArg(text);
  if (amount === null) throw new UsageError(msg.notAmount(text));
  const options = { le: parsed.flags.has("--le"), bon: parsed.flags.has("--bon"), ngan: parsed.flags.has("--ngan") };
  io.stdout(amountInWords(amount, options) + "\n");
  return EXIT_OK;
}
