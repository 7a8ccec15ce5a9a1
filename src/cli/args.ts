// A small argument parser: positionals, boolean flags and flags that take a value.
import { msg } from "./messages";

export interface ArgSpec {
  command: string;
  /** Options that take a value, e.g. "--sheet". */
  valued: string[];
  /** Options that are on or off, e.g. "--json". */
  flags: string[];
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string>;
  flags: Set<string>;
  help: boolean;
}

/** Thrown with one Vietnamese sentence for the user; main() prints it and exits 2. */
export class UsageError extends Error {}

/** A lone "-" or a negative number is a value, not an option. */
function looksLikeOption(arg: string): boolean {
  return arg.startsWith("-") && arg !== "-" && !/^-\d/.test(arg);
}

export function parseArgs(args: string[], spec: ArgSpec): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], values: {}, flags: new Set(), help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      parsed.positionals.push(...args.slice(i + 1));
      break;
    }
    if (!looksLikeOption(arg)) {
      parsed.positionals.push(arg);
      continue;
    }
    const [name, inline] = splitInline(arg);
    if (name === "--help" || name === "-h") parsed.help = true;
    else if (spec.flags.includes(name) && inline === undefined) parsed.flags.add(name);
    else if (spec.valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || (inline === undefined && looksLikeOption(value))) throw new UsageError(msg.missingValue(name));
      parsed.values[name] = value;
    } else throw new UsageError(msg.unknownOption(name, spec.command));
  }
  return parsed;
}

/** "--sheet=Khung logic" → ["--sheet", "Khung logic"]. */
function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf("=");
  return eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

/** A plan year: four digits, 1900–2999. */
export function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text.trim())) throw new UsageError(msg.badYear(text));
  const year = Number(text.trim());
  if (year < 1900 || year > 2999) throw new UsageError(msg.badYear(text));
  return year;
}

/** Exactly one positional, else a usage error naming what is missing or extra. */
export function onePositional(parsed: ParsedArgs, missing: string): string {
  if (parsed.positionals.length === 0) throw new UsageError(missing);
  if (parsed.positionals.length > 1) throw new UsageError(msg.extraArgument(parsed.positionals[1]));
  return parsed.positionals[0];
}

/** The one line a failed file command prints: a usage or file problem says what; anything else stays generic. */
export function failureLine(error: unknown, args: string[]): string {
  if (error instanceof UsageError) return error.message;
  const file = args.find((arg) => /\.(xlsx|xlsm|xls)$/i.test(arg));
  return file ? msg.unexpected(file) : msg.unexpectedNoFile;
}
