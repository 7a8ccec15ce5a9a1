// `--column`, `--header-row` and `--sheet` as the command line takes them: parsed, and refused in one Vietnamese
// line before any file is read (reading.ts applies them).
import { FIELD_KEYS } from "../core/report-keys";
import type { FieldKey } from "../core/types";
import { UsageError } from "./args";
import { readingMsg } from "./messages";

/** The options as typed. */
export interface ReadingOptions {
  column?: string;
  headerRow?: string;
  sheet?: string;
}

const FIELDS = new Set<string>([...FIELD_KEYS, "none"]);

/** "E=budget,F=none" → { E: "budget", F: "none" }; a Vietnamese usage error naming what is wrong. */
export function parseColumnOption(text: string): Record<string, FieldKey | "none"> {
  const columns: Record<string, FieldKey | "none"> = {};
  for (const item of text.split(",").map((part) => part.trim()).filter(Boolean)) {
    const match = /^([A-Za-z]{1,3})\s*=\s*([a-z]+)$/.exec(item);
    if (!match) throw new UsageError(readingMsg.badColumn(item));
    if (!FIELDS.has(match[2])) throw new UsageError(readingMsg.badField(match[2]));
    columns[match[1].toUpperCase()] = match[2] as FieldKey | "none";
  }
  if (Object.keys(columns).length === 0) throw new UsageError(readingMsg.badColumn(text));
  return columns;
}

export function parseHeaderRow(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const row = Number(text);
  if (!/^\d{1,7}$/.test(text.trim()) || row < 1) throw new UsageError(readingMsg.badHeaderRow(text));
  return row;
}

/** A bad --column or --header-row is a usage error before the file is read. */
export function validateReadingOptions(options: ReadingOptions): void {
  if (options.column !== undefined) parseColumnOption(options.column);
  parseHeaderRow(options.headerRow);
}
