// The few worksheet functions our writes depend on, evaluated as Excel does, so the fake can be asked what a
// written formula shows: references (with sheet names), + - * / &, comparisons, SUM, SUBTOTAL(9|109), SUMIF (with
// the *?~ wildcards and the 255-character criteria cap), AND, and CCHC.BANGCHU where custom functions run.
// Anything else is #NAME?, as in Excel. No Node imports: the browser stand-in uses it too.
import { parseArea } from "../../src/excel/address";
import type { CellRange } from "../../src/core/types";

export type Scalar = string | number | boolean;
export type ErrorValue = { error: string };
export type Value = Scalar | ErrorValue;

export interface EvalHost {
  /** The displayed value of a cell (formulas evaluated), "" where empty. */
  value(sheet: string, row: number, col: number): Value;
  /** Whether the cell holds a SUBTOTAL formula (SUBTOTAL skips those, so money is counted once). */
  isSubtotal(sheet: string, row: number, col: number): boolean;
  /** The sheet the formula sits on. */
  sheet: string;
  /** Custom functions of the add-in, by upper-case name ("CCHC.BANGCHU"); absent where the runtime does not run. */
  customFunctions?: Record<string, (...args: Scalar[]) => Scalar>;
}

interface RangeRef {
  sheet: string;
  area: CellRange;
}

type Operand = Value | RangeRef;

const isError = (v: unknown): v is ErrorValue => typeof v === "object" && v !== null && "error" in v;
const isRange = (v: unknown): v is RangeRef => typeof v === "object" && v !== null && "area" in v;
const err = (code: string): ErrorValue => ({ error: code });

/** Tokens: strings, numbers, references (optionally sheet-qualified), names, operators, punctuation. */
function tokenize(text: string): string[] {
  const pattern = /\s*("(?:[^"]|"")*"|(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?(?![\w.(])|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[A-Za-z_][\w.]*|<>|<=|>=|[-+*/&=<>(),:%^])/y;
  const tokens: string[] = [];
  let index = 0;
  while (index < text.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) {
      if (/^\s*$/.test(text.slice(index))) break;
      throw new SyntaxError(text);
    }
    tokens.push(match[1]);
    index = pattern.lastIndex;
  }
  return tokens;
}

function rangeOf(token: string, sheet: string): RangeRef | null {
  const bang = token.lastIndexOf("!");
  const sheetPart = bang >= 0 ? token.slice(0, bang) : null;
  const area = parseArea(bang >= 0 ? token.slice(bang + 1) : token);
  if (!area) return null;
  const name = sheetPart === null ? sheet : sheetPart.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  return { sheet: name, area };
}

function toNumber(v: Value): number | ErrorValue {
  if (isError(v)) return v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === "") return 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : err("#VALUE!");
}

function toText(v: Value): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Excel's wildcard criteria: * any run, ? one character, ~ escapes the next; case-insensitive. */
export function wildcardPattern(criteria: string): RegExp {
  let source = "";
  for (let i = 0; i < criteria.length; i++) {
    const ch = criteria[i];
    if (ch === "~" && i + 1 < criteria.length && "*?~".includes(criteria[i + 1])) {
      source += criteria[++i].replace(/[*?~]/, (c) => `\\${c}`);
    } else if (ch === "*") source += "[\\s\\S]*";
    else if (ch === "?") source += "[\\s\\S]";
    else source += ch.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "i");
}

/** A SUMIF criteria as a test on a cell value; #VALUE! beyond 255 characters, as Excel. */
export function criteriaTest(criteria: Value): ((v: Value) => boolean) | ErrorValue {
  if (isError(criteria)) return criteria;
  if (typeof criteria === "number" || typeof criteria === "boolean") return (v) => v === criteria;
  if (criteria.length > 255) return err("#VALUE!");
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(criteria)!;
  const op = m[1] ?? "=";
  const operand = m[2];
  const number = operand.trim() !== "" && Number.isFinite(Number(operand)) ? Number(operand) : null;
  if (number !== null) {
    const compare: Record<string, (a: number) => boolean> = {
      "=": (a) => a === number,
      "<>": (a) => a !== number,
      "<": (a) => a < number,
      ">": (a) => a > number,
      "<=": (a) => a <= number,
      ">=": (a) => a >= number,
    };
    return (v) => (typeof v === "number" ? compare[op](v) : op === "<>");
  }
  const pattern = wildcardPattern(operand);
  if (op === "=") return (v) => typeof v === "string" && (operand === "" ? v === "" : pattern.test(v));
  if (op === "<>") return (v) => !(typeof v === "string" && pattern.test(v));
  return (v) => typeof v === "string" && (op.includes("<") ? v.localeCompare(operand) < 0 : v.localeCompare(operand) > 0);
}

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: string[],
    private readonly host: EvalHost,
  ) {}

  parse(): Operand {
    const value = this.comparison();
    if (this.at < this.tokens.length) throw new SyntaxError(this.tokens.join(""));
    return value;
  }

  private peek(): string | undefined {
    return this.tokens[this.at];
  }

  private next(): string {
    const token = this.tokens[this.at++];
    if (token === undefined) throw new SyntaxError("end");
    return token;
  }

  private comparison(): Operand {
    let left = this.concat();
    while (["=", "<>", "<", ">", "<=", ">="].includes(this.peek() ?? "")) {
      const op = this.next();
      const a = this.scalar(left);
      const b = this.scalar(this.concat());
      if (isError(a)) return a;
      if (isError(b)) return b;
      const cmp = typeof a === "number" && typeof b === "number" ? a - b : toText(a).toLowerCase().localeCompare(toText(b).toLowerCase());
      left = { "=": cmp === 0, "<>": cmp !== 0, "<": cmp < 0, ">": cmp > 0, "<=": cmp <= 0, ">=": cmp >= 0 }[op]!;
    }
    return left;
  }

  private concat(): Operand {
    let left = this.additive();
    while (this.peek() === "&") {
      this.next();
      const a = this.scalar(left);
      const b = this.scalar(this.additive());
      left = isError(a) ? a : isError(b) ? b : toText(a) + toText(b);
    }
    return left;
  }

  private arithmetic(left: Operand, op: string, right: Operand): Value {
    const a = toNumber(this.scalar(left));
    const b = toNumber(this.scalar(right));
    if (isError(a)) return a;
    if (isError(b)) return b;
    if (op === "+") return a + b;
    if (op === "-") return a - b;
    if (op === "*") return a * b;
    return b === 0 ? err("#DIV/0!") : a / b;
  }

  private additive(): Operand {
    let left = this.term();
    while (this.peek() === "+" || this.peek() === "-") left = this.arithmetic(left, this.next(), this.term());
    return left;
  }

  private term(): Operand {
    let left = this.unary();
    while (this.peek() === "*" || this.peek() === "/") left = this.arithmetic(left, this.next(), this.unary());
    return left;
  }

  private unary(): Operand {
    if (this.peek() === "-") {
      this.next();
      return this.arithmetic(0, "-", this.unary());
    }
    if (this.peek() === "+") this.next();
    return this.primary();
  }

  private primary(): Operand {
    const token = this.next();
    if (token === "(") {
      const value = this.comparison();
      if (this.next() !== ")") throw new SyntaxError(")");
      return value;
    }
    if (token.startsWith('"')) return token.slice(1, -1).replace(/""/g, '"');
    if (/^\d/.test(token)) return Number(token);
    if (this.peek() === "(") return this.call(token.toUpperCase());
    if (/^(TRUE|FALSE)$/i.test(token)) return token.toUpperCase() === "TRUE";
    const range = rangeOf(token, this.host.sheet);
    return range ?? err("#NAME?");
  }

  private call(name: string): Operand {
    this.next(); // (
    const args: Operand[] = [];
    if (this.peek() !== ")") {
      args.push(this.comparison());
      while (this.peek() === ",") {
        this.next();
        args.push(this.comparison());
      }
    }
    if (this.next() !== ")") throw new SyntaxError(")");
    return this.apply(name, args);
  }

  /** A single value from an operand: a one-cell range is its cell's value. */
  private scalar(v: Operand): Value {
    if (!isRange(v)) return v;
    const { area } = v;
    if (area.top !== area.bottom || area.left !== area.right) return err("#VALUE!");
    return this.host.value(v.sheet, area.top, area.left);
  }

  private *cells(range: RangeRef): Generator<{ row: number; col: number; value: Value }> {
    for (let row = range.area.top; row <= range.area.bottom; row++) {
      for (let col = range.area.left; col <= range.area.right; col++) yield { row, col, value: this.host.value(range.sheet, row, col) };
    }
  }

  private sum(args: Operand[], skipSubtotals: boolean): Value {
    let total = 0;
    for (const arg of args) {
      if (isRange(arg)) {
        for (const { row, col, value } of this.cells(arg)) {
          if (skipSubtotals && this.host.isSubtotal(arg.sheet, row, col)) continue;
          if (isError(value)) return value;
          if (typeof value === "number") total += value;
        }
      } else {
        const n = toNumber(arg);
        if (isError(n)) return n;
        total += n;
      }
    }
    return total;
  }

  private apply(name: string, args: Operand[]): Value {
    switch (name) {
      case "SUM":
        return this.sum(args, false);
      case "SUBTOTAL": {
        const fn = toNumber(this.scalar(args[0] ?? ""));
        if (fn !== 9 && fn !== 109) return err("#VALUE!");
        return this.sum(args.slice(1), true);
      }
      case "SUMIF":
        return this.sumif(args);
      case "AND": {
        for (const arg of args) {
          const v = this.scalar(arg);
          if (isError(v)) return v;
          if (!v) return false;
        }
        return true;
      }
      default: {
        const custom = this.host.customFunctions?.[name];
        if (!custom) return err("#NAME?");
        const values = args.map((a) => this.scalar(a));
        const bad = values.find(isError);
        return bad ?? custom(...(values as Scalar[]));
      }
    }
  }

  private sumif(args: Operand[]): Value {
    const [range, criteriaArg, sumRange] = args;
    if (!isRange(range)) return err("#VALUE!");
    const test = criteriaTest(this.scalar(criteriaArg ?? ""));
    if (isError(test)) return test;
    const target = isRange(sumRange) ? sumRange : range;
    let total = 0;
    for (const { row, col, value } of this.cells(range)) {
      if (!test(value)) continue;
      const amount = this.host.value(target.sheet, target.area.top + (row - range.area.top), target.area.left + (col - range.area.left));
      if (typeof amount === "number") total += amount;
    }
    return total;
  }
}

/** The value a formula (with its "=") shows in Excel; a formula the fake cannot parse is #NAME?, as a typo would be. */
export function evaluateFormula(formula: string, host: EvalHost): Value {
  try {
    const result = new Parser(tokenize(formula.replace(/^=/, "")), host).parse();
    if (!isRange(result)) return result;
    const { area } = result;
    return area.top === area.bottom && area.left === area.right ? host.value(result.sheet, area.top, area.left) : err("#VALUE!");
  } catch (error) {
    if (error instanceof SyntaxError) return err("#NAME?");
    throw error;
  }
}
