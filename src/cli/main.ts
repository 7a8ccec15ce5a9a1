// The `cchc` command line: dispatch, and the `check` command (the others load their modules when run).
import { readFileSync } from "fs";
import { dirname, join } from "path";
import { LoadError } from "../xlsx/load-error";
import { onePositional, parseArgs, parseYear, UsageError } from "./args";
import { EXIT_CANNOT_READ, EXIT_OK } from "./exit";
import { checkIsolated } from "./isolate";
import { commandUsage, msg, PREFIX, USAGE } from "./messages";
import { validateReadingOptions } from "./reading-options";

/** Where output goes; tests pass their own writers instead of patching process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Text already encoded as UTF-8 (check's report), written as it is; where absent, decoded for stdout. */
  stdoutBytes?: (bytes: Uint8Array) => void;
}

const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
};

export { EXIT_CANNOT_READ, EXIT_FINDINGS, EXIT_OK } from "./exit";

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    return await dispatch(command, rest, io);
  } catch (error) {
    return failure(io, errorLine(error, command, rest));
  }
}

const COMMANDS = ["check", "words", "template", "build", "merge", "tong-hop", "schedule", "schema"];

async function dispatch(command: string | undefined, args: string[], io: CliIO): Promise<number> {
  if (command === undefined) return failure(io, msg.noCommand);
  if (command === "--help" || command === "-h" || command === "help") return printUsage(io);
  if (command === "--version" || command === "-v" || command === "version") {
    io.stdout(`cchc ${version()}\n`);
    return EXIT_OK;
  }
  // Every subcommand answers --help with its own usage, before anything else is checked.
  if (COMMANDS.includes(command) && args.some((arg) => arg === "--help" || arg === "-h")) {
    io.stdout(commandUsage(command === "tong-hop" ? "merge" : command) + "\n");
    return EXIT_OK;
  }
  if (command === "check") return runCheck(args, io);
  if (command === "words") return (await import("./words")).runWords(args, io);
  if (command === "schema") return printSchema(io);
  if (command === "template") {
    return (await import("./template")).runTemplate(args, { out: (s) => io.stdout(s + "\n"), err: (s) => io.stderr(s + "\n") });
  }
  if (command === "build") return (await import("./build")).runBuild(args, { out: io.stdout, err: io.stderr });
  if (command === "merge" || command === "tong-hop") {
    return (await import("./merge")).runMerge(args, { ...io, progress: io === processIO && process.stderr.isTTY === true });
  }
  if (command === "schedule") return (await import("./schedule")).runSchedule(args, { out: io.stdout, err: io.stderr });
  throw new UsageError(msg.unknownCommand(command));
}

/** `cchc schema`: the JSON report's JSON Schema, from the one zod schema in the engine (loaded only here). */
async function printSchema(io: CliIO): Promise<number> {
  const { reportJsonSchema } = await import("../core/report-schema");
  io.stdout(JSON.stringify(reportJsonSchema(), null, 2) + "\n");
  return EXIT_OK;
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
  const parsed = parseArgs(args, { command: "check", valued: ["--sheet", "--year", "--column", "--header-row"], flags: ["--json", "--explain"] });
  const file = onePositional(parsed, msg.missingFile);
  const year = parseYear(parsed.values["--year"]);
  const reading = { column: parsed.values["--column"], headerRow: parsed.values["--header-row"], sheet: parsed.values["--sheet"] };
  validateReadingOptions(reading);
  const request = { file, year, reading, json: parsed.flags.has("--json"), explain: parsed.flags.has("--explain") };
  const outcome = await checkIsolated(request).catch((error: unknown) => {
    if (error instanceof LoadError) throw new UsageError(msg.cannotRead(file, error.reason));
    throw error;
  });
  if (io.stdoutBytes) io.stdoutBytes(outcome.stdout);
  else io.stdout(new TextDecoder().decode(outcome.stdout));
  return outcome.code;
}

/** The package's version, from the package.json above this file (build/src/cli or src/cli). */
function version(): string {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "ke-hoach-cchc" && pkg.version) return pkg.version;
    } catch {
      // not here: look one folder up
    }
  }
  return "?";
}
