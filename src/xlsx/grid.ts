// A sheet's cells → the engine's SheetGrid(s). Cells covered by a merge are dropped in one sweep (linear in cells
// and merges, give or take a sort), and the grid spans only populated cells: a cluster of cells far from the
// rest (a stray value in XFD1048576 beside the plan) becomes a small grid of its own, with the same sheet name and
// its own origin, instead of a dense rectangle of a million rows. Loops over the cells are indexed: they run before
// the code is optimized, where for…of makes an iterator result per cell.
import type { CellRange, CellValue, SheetGrid } from "../core/types";
import { LIMITS, LimitError } from "./limits";
import { limitText } from "./strings.vi";
import type { SheetState } from "./parts";
import type { SheetCells } from "./worksheet";

/** Empty rows or columns that separate one region of a sheet from another, once the sheet is too sparse for one grid. */
const REGION_GAP = 64;
/** A single grid is kept while its rectangle is at most this many times its populated cells (plus some slack). */
const SPARSENESS = 8;
const DENSE_SLACK = 1 << 20;

export interface SheetMeta {
  name: string;
  state: SheetState;
}

export function sheetGrids(meta: SheetMeta, cells: SheetCells): SheetGrid[] {
  const kept = uncoveredCells(cells);
  if (kept.length === 0) return [emptyGrid(meta, cells)];
  const regions = regionsOf(cells, kept);
  // Merges and hidden rows or columns are split between regions only where a sheet has several.
  return regions.map((region) => buildGrid(meta, cells, region, regions.length > 1));
}

function emptyGrid(meta: SheetMeta, cells: SheetCells): SheetGrid {
  const grid: SheetGrid = { name: meta.name, values: [], originRow: 0, originCol: 0 };
  decorate(grid, meta, cells, null);
  return grid;
}

/** Indices of the cells no merge covers (a merge keeps its top-left cell), sorted by row then column. */
function uncoveredCells(cells: SheetCells): number[] {
  const order = sortedOrder(cells);
  const merges = cells.merges.filter((m) => m.bottom > m.top || m.right > m.left).sort((a, b) => a.top - b.top);
  if (merges.length === 0) return order;
  const kept: number[] = [];
  const active: CellRange[] = []; // merges spanning the current row, sorted by left column (merges never overlap)
  let next = 0;
  let row = -1;
  let lowestBottom = Infinity;
  // Below the lowest merge every cell is kept: most merges sit in a plan's title and header.
  const lastMergedRow = merges.reduce((bottom, merge) => Math.max(bottom, merge.bottom), -1);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const r = cells.rows[i];
    if (r > lastMergedRow) return kept.concat(order.slice(k));
    if (r !== row) {
      row = r;
      if (lowestBottom < r) lowestBottom = dropEnded(active, r);
      for (; next < merges.length && merges[next].top <= r; next++) {
        const merge = merges[next];
        if (merge.bottom < r) continue;
        active.splice(insertionPoint(active, merge.left), 0, merge);
        lowestBottom = Math.min(lowestBottom, merge.bottom);
      }
    }
    const c = cells.cols[i];
    const at = insertionPoint(active, c + 1) - 1;
    const merge = at >= 0 ? active[at] : undefined;
    const covered = merge !== undefined && c <= merge.right && !(merge.top === r && merge.left === c);
    if (!covered) kept.push(i);
  }
  return kept;
}

/** Removes merges ending above `row`; returns the lowest bottom still active. */
function dropEnded(active: CellRange[], row: number): number {
  let lowest = Infinity;
  let write = 0;
  for (const merge of active) {
    if (merge.bottom < row) continue;
    active[write++] = merge;
    lowest = Math.min(lowest, merge.bottom);
  }
  active.length = write;
  return lowest;
}

/** First index whose merge starts at or right of `col`. */
function insertionPoint(active: CellRange[], col: number): number {
  let low = 0;
  let high = active.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (active[mid].left < col) low = mid + 1;
    else high = mid;
  }
  return low;
}

function sortedOrder(cells: SheetCells): number[] {
  const { rows, cols } = cells;
  const count = rows.length;
  const order = new Array<number>(count);
  let sorted = true;
  for (let i = 0; i < count; i++) {
    order[i] = i;
    if (i > 0 && sorted) {
      const dr = rows[i] - rows[i - 1];
      sorted = dr > 0 || (dr === 0 && cols[i] > cols[i - 1]);
    }
  }
  // Strictly increasing addresses (as every writer stores them) hold no duplicates.
  if (sorted) return order;
  order.sort((a, b) => rows[a] - rows[b] || cols[a] - cols[b] || a - b);
  return dedupe(cells, order);
}

/** A cell written twice at the same address: the later one wins, as in Excel. */
function dedupe(cells: SheetCells, order: number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const last = out[out.length - 1];
    if (last !== undefined && cells.rows[last] === cells.rows[i] && cells.cols[last] === cells.cols[i]) out[out.length - 1] = Math.max(last, i);
    else out.push(i);
  }
  return out;
}

interface Region {
  cells: number[];
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function bounds(cells: SheetCells, indices: number[]): Region {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    const r = cells.rows[i];
    const c = cells.cols[i];
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  return { cells: indices, top, left, bottom, right };
}

const area = (region: Region) => (region.bottom - region.top + 1) * (region.right - region.left + 1);
const denseEnough = (region: Region) => area(region) <= SPARSENESS * region.cells.length + DENSE_SLACK;

/** One region while the cells fill their rectangle well enough; else split at wide empty bands, rows then columns. */
function regionsOf(cells: SheetCells, indices: number[]): Region[] {
  const whole = bounds(cells, indices);
  // A sheet that fits one grid keeps it anchored at A1, as every shell has always handed it to the engine.
  const anchored = { ...whole, top: 0, left: 0 };
  if (denseEnough(anchored)) return [anchored];
  if (denseEnough(whole)) return [whole];
  const done: Region[] = [];
  const pending: { region: Region; byRows: boolean; tried: number }[] = [{ region: whole, byRows: true, tried: 0 }];
  while (pending.length > 0) {
    const { region, byRows, tried } = pending.pop() as { region: Region; byRows: boolean; tried: number };
    if (denseEnough(region)) {
      done.push(region);
      continue;
    }
    const parts = splitAtGaps(cells, region.cells, byRows);
    if (parts.length > 1) {
      for (const part of parts) pending.push({ region: bounds(cells, part), byRows: !byRows, tried: 0 });
    } else if (tried === 0) {
      pending.push({ region, byRows: !byRows, tried: 1 });
    } else {
      if (area(region) > LIMITS.regionArea) throw new LimitError(limitText.area);
      done.push(region);
    }
  }
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** The cells split wherever more than REGION_GAP empty rows (or columns) separate them. */
function splitAtGaps(cells: SheetCells, indices: number[], byRows: boolean): number[][] {
  const key = byRows ? cells.rows : cells.cols;
  const sorted = [...indices].sort((a, b) => key[a] - key[b]);
  const parts: number[][] = [];
  let current: number[] = [];
  let last = -Infinity;
  for (let k = 0; k < sorted.length; k++) {
    const i = sorted[k];
    if (key[i] - last > REGION_GAP && current.length > 0) {
      parts.push(current);
      current = [];
    }
    current.push(i);
    last = Math.max(last, key[i]);
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** Shared by every empty row of a grid: the engine only reads values. */
const EMPTY_ROW: CellValue[] = [];

function buildGrid(meta: SheetMeta, cells: SheetCells, region: Region, split: boolean): SheetGrid {
  const height = region.bottom - region.top + 1;
  const width = region.right - region.left + 1;
  const values: CellValue[][] = new Array<CellValue[]>(height);
  // Rows of a grid that fills its rectangle are padded with null, as shells always gave them; a sparse one shares one empty row.
  const padded = denseEnough(region);
  for (let r = 0; r < height; r++) values[r] = padded ? new Array<CellValue>(width).fill(null) : EMPTY_ROW;
  let formulas: (string | null)[][] | null = null;
  const indices = region.cells;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    const r = cells.rows[i] - region.top;
    const c = cells.cols[i] - region.left;
    if (values[r] === EMPTY_ROW) values[r] = new Array<CellValue>(width).fill(null);
    values[r][c] = cells.values[i];
    const formula = cells.formulas[i];
    if (formula != null) {
      formulas ??= new Array<(string | null)[]>(height).fill(EMPTY_ROW as (string | null)[]);
      if (formulas[r] === EMPTY_ROW) formulas[r] = new Array<string | null>(width).fill(null);
      formulas[r][c] = formula;
    }
  }
  const grid: SheetGrid = { name: meta.name, values, originRow: region.top, originCol: region.left };
  if (formulas) grid.formulas = formulas;
  decorate(grid, meta, cells, split ? region : null);
  return grid;
}

/** Merges, hidden rows and columns and the sheet state, restricted to the region where there is one. */
function decorate(grid: SheetGrid, meta: SheetMeta, cells: SheetCells, region: Region | null): void {
  const inRows = (top: number, bottom: number) => region === null || (bottom >= region.top && top <= region.bottom);
  const inCols = (left: number, right: number) => region === null || (right >= region.left && left <= region.right);
  const merges = cells.merges.filter((m) => inRows(m.top, m.bottom) && inCols(m.left, m.right));
  if (merges.length > 0) grid.merges = merges;
  const hiddenRows = cells.hiddenRows.filter((row) => inRows(row, row));
  if (hiddenRows.length > 0) grid.hiddenRows = hiddenRows;
  const hiddenCols = cells.hiddenCols.filter((span) => inCols(span.first, span.last));
  if (hiddenCols.length > 0) grid.hiddenCols = hiddenCols;
  const coarseDates = cells.coarseDates.filter((d) => inRows(d.row, d.row) && inCols(d.col, d.col));
  if (coarseDates.length > 0) grid.coarseDates = coarseDates;
  if (meta.state !== "visible") grid.state = meta.state;
}
