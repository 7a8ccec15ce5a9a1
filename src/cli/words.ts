// `cchc words AMOUNT [--le] [--bon] [--ngan]`: an amount in Vietnamese words, as the budget totals print it.
import { parseBudget } from "../core/amount";
import { fold } from "../core/text";
import { amountInWords, parseAmountArg } from "../core/words";
import { onePositional, parseArgs, UsageError } from "./args";
import { EXIT_OK } from "./exit";
import type { CliIO } from "./main";
import { msg } from "./messages";

/** One amount as a budget cell may state it: a figure, a unit word (nghìn, triệu, trđ, tỷ…), "đồng"; folded. */
const ONE_AMOUNT = /^(\d[\d.,\s]*?)\s*(nghin|ngan|k|trieu|trd|tr\.d|tr|ty|ti)?\s*(dong|vnd|d)?\.?$/;
/** Spoken, as a budget cell may say it: "3 triệu 5", "1 tỷ 2", "3tr5", "1 triệu rưỡi". */
const SPOKEN = /^\d+\s*(?:trieu|tr|ty|ti)\s*(?:\d|\d{3}|ruoi)\s*(?:dong|vnd|d)?\.?$/;
/** Several parts or a label, as `check` sums them ("1 tỷ 200 triệu", "10.000.000 (in ấn)"): outside brackets, a unit
 *  word or a figure grouped in thousands says it is money ("1e6", "5 (triệu)" and "12 (tháng)" have neither). */
const COMPOUND = /\b(?:trieu|ty|nghin|ngan|dong|tr)\b|\d{1,3}(?:[.,]\d{3})+/;
/** Without a unit word, "," and "." only group thousands ("1,500,000"): "1,5" is no whole amount. */
const GROUPED = /^\d{1,3}([.,\s]\d{3})+$|^\d+$/;

/** An amount as `check` reads it (parseBudget), exact to any length for plain digits; else a usage error saying
 *  why not: negative, another currency, or not an amount. */
function wordsAmount(text: string): bigint {
  if (/^\s*(-|âm\s)/iu.test(text)) throw new UsageError(msg.negativeAmount(text.trim()));
  const exact = parseAmountArg(text);
  if (exact !== null) return exact;
  const budget = parseBudget(text);
  if (budget && budget.amount !== null && budget.currency !== "VND") throw new UsageError(msg.foreignAmount(text.trim(), budget.currency));
  const folded = fold(text).trim();
  const shape = ONE_AMOUNT.exec(folded);
  const understood = shape !== null ? shape[2] !== undefined || GROUPED.test(shape[1].trim()) : SPOKEN.test(folded) || COMPOUND.test(folded.replace(/\([^)]*\)/g, " "));
  if (!understood || !budget || budget.amount === null || !Number.isSafeInteger(budget.amount)) throw new UsageError(msg.notAmount(text));
  return BigInt(budget.amount);
}

export function runWords(args: string[], io: CliIO): number {
  const parsed = parseArgs(args, { command: "words", valued: [], flags: ["--le", "--bon", "--ngan"] });
  const text = onePositional(parsed, msg.missingAmount);
  const amount = wordsAmount(text);
  const options = { le: parsed.flags.has("--le"), bon: parsed.flags.has("--bon"), ngan: parsed.flags.has("--ngan") };
  io.stdout(amountInWords(amount, options) + "\n");
  return EXIT_OK;
}
