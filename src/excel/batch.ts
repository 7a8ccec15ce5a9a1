// Helpers that keep a command to a few large, bounded requests instead of many small ones.
import type { CellRange } from "../core/types";
import { areaAddress } from "./address";
import { UserFacingError } from "./errors";
import { EXCEL_TEXT } from "./strings.vi";

/** Excel on the web refuses a request above 5 MB; a command's writes stay under this estimate per sync. */
export const REQUEST_BYTES_LIMIT = 4_000_000;
/** Longest address string handed to one getRanges call (Excel refuses very long multi-area references). */
export const AREAS_ADDRESS_MAX = 2_000;

/** Cells to ranges: consecutive columns of one row become one range ("A5:H5"). */
export function rowRuns(cells: { row: number; col: number }[]): CellRange[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: CellRange[] = [];
  for (const { row, col } of sorted) {
    const last = runs[runs.length - 1];
    const sameRow = last !== undefined && last.top === row;
    if (sameRow && last.right + 1 === col) last.right = col;
    else if (!sameRow || col > last.right) runs.push({ top: row, left: col, bottom: row, right: col }); // a repeated cell adds nothing
  }
  return runs;
}

/** Consecutive whole rows (1-based sheet rows) to "5:7"-style areas. */
export function rowSpans(rows: number[]): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (const row of sorted) {
    const last = spans[spans.length - 1];
    if (last && last[1] + 1 === row) last[1] = row;
    else spans.push([row, row]);
  }
  return spans.map(([a, b]) => `${a}:${b}`);
}

/** Areas joined by commas into address strings no longer than AREAS_ADDRESS_MAX, for sheet.getRanges. */
export function addressChunks(areas: (CellRange | string)[]): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const area of areas) {
    const text = typeof area === "string" ? area : areaAddress(area);
    if (current && current.length + 1 + text.length > AREAS_ADDRESS_MAX) {
      chunks.push(current);
      current = text;
    } else current = current ? `${current},${text}` : text;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Rough request size of written arrays: their JSON text, which is what Office sends. */
export function estimateBytes(...arrays: unknown[][][]): number {
  return arrays.reduce((sum, array) => sum + JSON.stringify(array).length * 1.1, 0);
}

/** Refuses, in plain words, a write that would not fit in one request. */
export function checkRequestSize(bytes: number, what: string): void {
  if (bytes > REQUEST_BYTES_LIMIT) {
    const mb = (bytes / 1_000_000).toLocaleString("vi-VN", { maximumFractionDigits: 1 });
    throw new UserFacingError(EXCEL_TEXT.errors.writeTooLarge(what, mb));
  }
}
