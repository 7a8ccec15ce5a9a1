// Helpers that keep a command to a few large, bounded requests instead of many small ones.
import type { CellRange } from "../core/types";
import { areaAddress } from "./address";
import { UserFacingError } from "./errors";
import { EXCEL_TEXT } from "./strings.vi";

/**
 * Excel on the web refuses a request or a response above 5 MB. A sync's written arrays stay under this many bytes
 * (measured, UTF-8), and a read part under RESPONSE_BYTES_BUDGET, leaving room for the request's other actions.
 */
export const REQUEST_BYTES_LIMIT = 4_000_000;
export const RESPONSE_BYTES_BUDGET = 3_500_000;
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

const encoder = new TextEncoder();

/** Bytes of a value as Office carries it: its JSON text in UTF-8 (a Vietnamese letter is two or three bytes). */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

/** Request size of written arrays. */
export function estimateBytes(...arrays: unknown[][][]): number {
  return arrays.reduce((sum, array) => sum + jsonBytes(array), 0);
}

/**
 * Splits rows written together (values and their number formats) into consecutive blocks of at most
 * REQUEST_BYTES_LIMIT bytes each, measured row by row; the first block gets `firstBudget` (what the sync's other
 * actions leave). Returns [first, last] row indexes per block.
 */
export function writeBlocks(arrays: unknown[][][], firstBudget = REQUEST_BYTES_LIMIT): [number, number][] {
  const rows = arrays[0]?.length ?? 0;
  const blocks: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  let budget = Math.max(0, firstBudget);
  for (let r = 0; r < rows; r++) {
    const rowBytes = arrays.reduce((n, a) => n + jsonBytes(a[r]) + 1, 0);
    if (bytes + rowBytes > budget && (r > start || blocks.length === 0)) {
      if (r > start) blocks.push([start, r - 1]);
      else blocks.push([r, r - 1]); // nothing fits beside the other actions: an empty first block
      start = r;
      bytes = 0;
      budget = REQUEST_BYTES_LIMIT;
    }
    bytes += rowBytes;
  }
  if (rows > 0) blocks.push([start, rows - 1]);
  return blocks;
}

/**
 * Writes the blocks after the first, one sync each. Recursion, not a loop: each step is one request measured to fit,
 * never one request per row or cell. Returns the syncs made.
 */
export async function writeRemainingBlocks(context: Excel.RequestContext, blocks: [number, number][], write: (block: [number, number]) => void): Promise<number> {
  const [block, ...rest] = blocks;
  if (!block) return 0;
  if (block[1] >= block[0]) write(block);
  await context.sync();
  return 1 + (await writeRemainingBlocks(context, rest, write));
}

/** Refuses, in plain words, a write that would not fit in one request. */
export function checkRequestSize(bytes: number, what: string): void {
  if (bytes > REQUEST_BYTES_LIMIT) {
    const mb = (bytes / 1_000_000).toLocaleString("vi-VN", { maximumFractionDigits: 1 });
    throw new UserFacingError(EXCEL_TEXT.errors.writeTooLarge(what, mb));
  }
}
