// The reading of a workbook as the command line takes it: the correction saved in the workbook (a custom XML part),
// then `--column E=budget` and `--header-row N` on top; and `check --explain`, how each table was read.
import type { Analysis } from "../core/analyze";
import { FIELD_KEYS } from "../core/report-keys";
import type { FieldKey, ReadingCorrection, RowKind, TableInfo } from "../core/types";
import { unitLabel } from "../core/headers";
import { correctionsInParts } from "../xlsx/reading-correction";
import { UsageError } from "./args";
import { explainText, readingMsg } from "./messages";

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

/** `--column`, `--header-row` and `--sheet` as typed. */
export interface ReadingOptions {
  column?: string;
  headerRow?: string;
  sheet?: string;
}

/** The saved corrections first, the command line's after them (they win where both name a column). */
export function corrections(customXmlParts: readonly string[], options: ReadingOptions): ReadingCorrection[] {
  const saved = correctionsInParts(customXmlParts);
  const columns = options.column !== undefined ? parseColumnOption(options.column) : undefined;
  const headerRow = parseHeaderRow(options.headerRow);
  if (!columns && headerRow === undefined) return saved;
  const given: ReadingCorrection = {};
  if (options.sheet !== undefined) given.sheet = options.sheet;
  if (headerRow !== undefined) given.headerRow = headerRow;
  if (columns) given.columns = columns;
  return [...saved, given];
}

const KIND_ORDER: RowKind[] = ["area", "result", "activity", "placeholder", "subtotal", "total", "words", "note", "spacer", "header", "column-numbers"];

function columnLine(table: TableInfo): string[] {
  const reading = table.reading ?? [];
  const width = Math.min(40, Math.max(4, ...reading.map((c) => c.header.length)));
  return reading.map((column) => {
    const header = column.header.length > width ? `${column.header.slice(0, width - 1)}…` : column.header.padEnd(width);
    const field = column.field === null || column.duplicate ? explainText.notRead(column.duplicate === true) : explainText.field(column.field, column.part);
    const unit = column.unit !== null ? `, ${unitLabel(column.unit)}` : "";
    const source = column.source === "correction" ? ` ${explainText.corrected}` : "";
    return `      ${column.letter.padEnd(3)} ${header}  → ${field}${unit}${source}`;
  });
}

/** `check --explain`: for each table, its header rows, each column's field, its rows by kind and the rows skipped. */
export function explainReading(analysis: Analysis): string {
  const lines = [explainText.heading];
  for (const table of analysis.plan.tables) {
    lines.push(`  ${explainText.table(table.sheet, table.headerRows)}`);
    lines.push(`    ${explainText.columns}:`, ...columnLine(table));
    const kinds = table.kinds ?? {};
    const counts = KIND_ORDER.filter((kind) => (kinds[kind] ?? 0) > 0).map((kind) => explainText.kindCount(kind, kinds[kind] ?? 0));
    lines.push(`    ${explainText.rows}: ${counts.length > 0 ? counts.join(", ") : explainText.none}`);
    const skipped = table.skipped ?? [];
    const skippedText = skipped.map((s) => explainText.skippedRow(s.row, s.kind)).join("; ");
    lines.push(`    ${explainText.skipped}: ${skipped.length > 0 ? skippedText : explainText.none}`);
  }
  return lines.join("\n") + "\n\n";
}
