// One ExcelJS cell as the engine's value and formula, and the grid those fill: the reference side of the
// differential tests (test/xlsx/exceljs-grids.ts).
import type { Cell } from "exceljs";
import type { CellRange, CellValue, SheetGrid } from "../../src/core/types";

export interface CellContent {
  value: CellValue;
  formula: string | null;
}

/**
 * The engine's view of a cell, or null when it holds nothing. A formula cell's value is its cached result:
 * ExcelJS 4.4's cell.value drops a cached result of 0 (it tests the result for truthiness), so cell.result
 * is read instead. A formula never calculated gives null with its formula kept, never a guessed 0.
 */
export function cellContent(cell: Cell): CellContent | null {
  // cell.value is a getter building the value each time: read it once for both value and formula.
  const raw: unknown = cell.value;
  const formulaCell = isFormula(raw);
  const value = plainValue(formulaCell ? cell.result : raw);
  const formula = formulaCell ? cellFormula(cell) : null;
  return value === null && formula === null ? null : { value, formula };
}

export function isFormula(raw: unknown): boolean {
  return isObject(raw) && ("formula" in raw || "sharedFormula" in raw);
}

function cellFormula(cell: Cell): string | null {
  // cell.formula translates a shared formula from its master cell.
  const formula = cell.formula;
  return typeof formula === "string" && formula.length > 0 ? formula.replace(/^=/, "") : null;
}

/** ExcelJS's value shapes reduced to the engine's: rich text and hyperlinks become their text. */
function plainValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string" || typeof raw === "boolean") return raw;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (raw instanceof Date) return utcMidnight(raw);
  if (!isObject(raw)) return null;
  if (typeof raw.error === "string") return { error: raw.error };
  if (Array.isArray(raw.richText)) return richTextToString(raw.richText);
  if ("hyperlink" in raw || "text" in raw) return plainValue(raw.text);
  return null;
}

function richTextToString(runs: unknown[]): string {
  return runs.map((run) => (isObject(run) && typeof run.text === "string" ? run.text : "")).join("");
}

/** Dates are days in a plan; the time of day an Excel serial may carry is dropped. */
function utcMidnight(date: Date): Date | null {
  if (Number.isNaN(date.getTime())) return null;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Collects cells (0-based, any order) into a SheetGrid whose rows all have the same width. */
export class GridBuilder {
  private readonly values: CellValue[][] = [];
  private formulas: (string | null)[][] | null = null;
  private width = 0;

  add(r: number, c: number, content: CellContent): void {
    this.width = Math.max(this.width, c + 1);
    rowAt(this.values, r)[c] = content.value;
    if (content.formula !== null) {
      this.formulas ??= [];
      rowAt(this.formulas, r)[c] = content.formula;
    }
  }

  build(name: string, merges: CellRange[]): SheetGrid {
    const grid: SheetGrid = { name, values: rectangle(this.values, this.width), originRow: 0, originCol: 0 };
    if (this.formulas !== null) grid.formulas = rectangle(this.formulas, this.width);
    if (merges.length > 0) grid.merges = merges;
    return grid;
  }
}

function rowAt<T>(rows: (T | null)[][], r: number): (T | null)[] {
  while (rows.length <= r) rows.push([]);
  return rows[r];
}

/** Pads every row to the same width with null (the engine indexes values[r][c] freely). */
function rectangle<T>(rows: (T | null)[][], width: number): (T | null)[][] {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
    rows[r] = row;
  }
  return rows;
}
