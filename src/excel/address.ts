// A1 addresses as Excel returns them ("'Khung logic'!A1:H20", "Sheet1!5:7", comma-separated areas) ↔ 0-based ranges.
import type { CellRange } from "../core/types";
import { columnLetters } from "../core/text";

/** Excel's last row and column (0-based), used for whole-row and whole-column references. */
export const LAST_ROW = 1048575;
export const LAST_COL = 16383;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface Corner {
  row: number | null;
  col: number | null;
}

function parseCorner(text: string): Corner | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text.trim());
  if (!m || (m[1] === "" && m[2] === "")) return null;
  return { col: m[1] ? columnIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
}

/** Drops a leading sheet name ("'Kế hoạch'!", "Sheet1!"). */
function withoutSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** One area ("B2", "A1:C3", "5:7", "A:C", optionally with a sheet name) to a 0-based range; null if not an address. */
export function parseArea(address: string): CellRange | null {
  const [first, second] = withoutSheet(address).split(":");
  const a = parseCorner(first);
  const b = second === undefined ? a : parseCorner(second);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row ?? 0, b.row ?? 0),
    left: Math.min(a.col ?? 0, b.col ?? 0),
    bottom: Math.max(a.row ?? LAST_ROW, b.row ?? LAST_ROW),
    right: Math.max(a.col ?? LAST_COL, b.col ?? LAST_COL),
  };
}

/** Several areas separated by commas, as RangeAreas.address gives them. Quoted sheet names may hold commas. */
export function parseAreas(address: string): CellRange[] {
  const areas: CellRange[] = [];
  const pattern = /(?:(?:'(?:[^']|'')*'|[^',!]+)!)?([$A-Za-z0-9:]+)/g;
  for (const match of address.matchAll(pattern)) {
    const area = parseArea(match[1]);
    if (area) areas.push(area);
  }
  return areas;
}

/** A 0-based range as "A1" or "A1:C3". */
export function areaAddress(range: CellRange): string {
  const start = `${columnLetters(range.left)}${range.top + 1}`;
  const end = `${columnLetters(range.right)}${range.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** A sheet name as a formula reference needs it: quoted, with inner quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
