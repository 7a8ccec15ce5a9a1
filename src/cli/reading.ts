// The reading of a workbook as the command line takes it: the correction saved in the workbook (a custom XML part),
// then `--column E=budget` and `--header-row N` on top; and `check --explain`, how each table was read.
import type { Analysis } from "../core/analyze";
import type { ReadingCorrection, RowKind, TableInfo } from "../core/types";
import { columnUnitLabel } from "../core/headers";
import { ROW_KINDS } from "../core/report-keys";
import { correctionsInParts } from "../xlsx/reading-correction";
import { explainText } from "./messages";
import { parseColumnOption, parseHeaderRow, type ReadingOptions } from "./reading-options";

export type { ReadingOptions };

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

/** The kinds in the order the reading lists them; any kind not named here follows, so none is left out. */
const LISTED_FIRST: RowKind[] = ["area", "result", "activity", "placeholder", "unit", "continuation", "subtotal", "total", "words", "note", "spacer", "header", "column-numbers"];
const KIND_ORDER: RowKind[] = [...LISTED_FIRST, ...ROW_KINDS.filter((kind) => !LISTED_FIRST.includes(kind))];

function columnLine(table: TableInfo): string[] {
  const reading = table.reading ?? [];
  const width = Math.min(40, Math.max(4, ...reading.map((c) => c.header.length)));
  return reading.map((column) => {
    const header = column.header.length > width ? `${column.header.slice(0, width - 1)}…` : column.header.padEnd(width);
    const field = column.field === null || column.duplicate ? explainText.notRead(column.duplicate === true) : explainText.field(column.field, column.part);
    const label = columnUnitLabel(column);
    const unit = label !== null ? `, ${label}` : "";
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
