// An ExcelJS workbook as the engine's SheetGrid[]. Browser-safe: only ExcelJS types are
// imported, so the Word task pane can hand in a workbook it read itself.
import type { Cell, Workbook, Worksheet } from "exceljs";
import type { CellRange, CellValue, SheetGrid } from "../core/types";

/** ExcelJS ValueType.Merge: a cell covered by a merge (not its top-left). Kept as a number so only types are imported. */
const MERGE_TYPE = 1;

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function workbookToGrids(workbook: Workbook): SheetGrid[] {
  return workbook.worksheets.map(worksheetToGrid);
}

function worksheetToGrid(worksheet: Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  let formulas: (string | null)[][] | null = null;
  let width = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === MERGE_TYPE) return;
      // cell.value is a getter building the value each time: read it once for both value and formula.
      const raw: unknown = cell.value;
      const formulaCell = isFormula(raw);
      const value = plainValue(formulaCell ? cell.result : raw);
      const formula = formulaCell ? cellFormula(cell) : null;
      if (value === null && formula === null) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      width = Math.max(width, c + 1);
      rowAt(values, r)[c] = value;
      if (formula !== null) {
        formulas ??= [];
        rowAt(formulas, r)[c] = formula;
      }
    });
  });
  const grid: SheetGrid = { name: worksheet.name, values: rectangle(values, width), originRow: 0, originCol: 0 };
  if (formulas !== null) grid.formulas = rectangle(formulas, width);
  const merges = worksheetMerges(worksheet);
  if (merges.length > 0) grid.merges = merges;
  return grid;
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

/**
 * A formula cell's value is its cached result. ExcelJS 4.4's cell.value drops a cached result of 0 (it tests the
 * result for truthiness), so the caller reads cell.result, which keeps it. A formula with no cached result at all
 * (never calculated) gives null with its formula kept, never a guessed 0.
 */
function isFormula(raw: unknown): boolean {
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

/** 0-based merge rectangles. ExcelJS keeps them in _merges; its public `model` getter would re-serialise the whole sheet. */
function worksheetMerges(worksheet: Worksheet): CellRange[] {
  const merges = (worksheet as unknown as { _merges?: Record<string, MergeRange> })._merges ?? {};
  return Object.values(merges).map((range) => ({
    top: range.top - 1,
    left: range.left - 1,
    bottom: range.bottom - 1,
    right: range.right - 1,
  }));
}
