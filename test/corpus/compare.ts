// The differential comparison of our reader with ExcelJS (the reader the project used before): the same
// workbook read both ways, reduced to sheet names, merges and every cell's value and formula, then compared.
// Differences with a known cause are counted by that cause (README, "Reading workbooks"); any other is unexplained.
import ExcelJS from "exceljs";
import type { CellValue, SheetGrid } from "../../src/core/types";
import { columnLetters } from "../../src/xlsx/address";
import { workbookToGrids } from "../xlsx/exceljs-grids";

export interface CellFacts {
  value: CellValue;
  formula: string | null;
}

export interface WorkbookFacts {
  sheets: string[];
  /** sheet → address → facts. */
  cells: Map<string, Map<string, CellFacts>>;
  /** sheet → sorted "A1:B2" strings. */
  merges: Map<string, string[]>;
}

export function factsOf(sheetNames: string[], grids: SheetGrid[]): WorkbookFacts {
  const cells = new Map<string, Map<string, CellFacts>>();
  const merges = new Map<string, string[]>();
  for (const grid of grids) {
    const sheet = cells.get(grid.name) ?? new Map<string, CellFacts>();
    cells.set(grid.name, sheet);
    const top = grid.originRow ?? 0;
    const left = grid.originCol ?? 0;
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = grid.formulas?.[r]?.[c] ?? null;
        const normal = value === "" ? null : value;
        if (normal === null && formula === null) return;
        sheet.set(columnLetters(left + c) + (top + r + 1), { value: normal, formula });
      }),
    );
    const ranges = merges.get(grid.name) ?? [];
    for (const m of grid.merges ?? []) ranges.push(`${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}`);
    merges.set(grid.name, [...new Set(ranges)].sort());
  }
  return { sheets: sheetNames, cells, merges };
}

/** ExcelJS's reading, reduced the same way; throws where ExcelJS cannot read the file. */
export async function excelJsFacts(bytes: Uint8Array): Promise<WorkbookFacts> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return factsOf(
    workbook.worksheets.map((sheet) => sheet.name),
    workbookToGrids(workbook),
  );
}

const DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The known, principled causes of a difference; each explains one cell's pair of readings. */
export const CAUSES: { id: string; says: string; explains: (ours: CellFacts | undefined, theirs: CellFacts | undefined) => boolean }[] = [
  {
    id: "date-format-excel-reads-as-date",
    says: "a number in a date format ExcelJS does not recognise (upper-case codes such as DD/MM/YYYY, East Asian built-in formats 27–36, 50–58): ours a date, ExcelJS the serial",
    explains: (ours, theirs) => ours?.value instanceof Date && typeof theirs?.value === "number",
  },
  {
    id: "iso-date-cell",
    says: 't="d" cells (ISO 8601 dates): ExcelJS parses "2026-03-31T00:00:00" as the number 2026 (then as a date serial)',
    explains: (ours, theirs) => {
      if (!(ours?.value instanceof Date)) return false;
      const serial = theirs?.value instanceof Date ? (theirs.value.getTime() - EXCEL_EPOCH) / DAY : theirs?.value;
      return typeof serial === "number" && Number.isInteger(serial) && serial <= 9999;
    },
  },
  {
    id: "date1904-true",
    says: 'workbooks in the 1904 date system written date1904="true" (not "1"), which ExcelJS reads as 1900: its dates 1,462 days early',
    explains: (ours, theirs) =>
      ours?.value instanceof Date && theirs?.value instanceof Date && ours.value.getTime() - theirs.value.getTime() === 1462 * DAY,
  },
  {
    id: "xstring-escape",
    says: "_xHHHH_ escapes (ECMA-376 ST_Xstring) outside shared strings, which ExcelJS leaves as typed",
    explains: (ours, theirs) => typeof ours?.value === "string" && typeof theirs?.value === "string" && /_x[0-9A-Fa-f]{4}_/.test(theirs.value),
  },
  {
    id: "double-decoded-entity",
    says: "t=\"str\" text holding &amp;lt; and the like, which ExcelJS decodes a second time",
    explains: (ours, theirs) => typeof ours?.value === "string" && typeof theirs?.value === "string" && /&(lt|gt|amp|quot|apos|#\d+);/.test(ours.value),
  },
  {
    id: "inline-string-without-type",
    says: "an inline string in a cell without t=\"inlineStr\": ExcelJS reads its text as a number (NaN, dropped)",
    explains: (ours, theirs) => typeof ours?.value === "string" && ours.formula === null && theirs === undefined,
  },
  {
    id: "formula-error-result",
    says: "a formula whose cached result is an error (#DIV/0!): ExcelJS keeps the formula and drops the result",
    explains: (ours, theirs) =>
      typeof ours?.value === "object" && ours.value !== null && "error" in ours.value && theirs?.value === null && ours.formula === theirs.formula,
  },
  {
    id: "date-out-of-range",
    says: "a date format on a serial outside the calendar (negative, or past year 9999): ExcelJS gives an Invalid Date that reads as empty, ours the same; or time-only serials",
    explains: (ours, theirs) => ours?.value instanceof Date && theirs?.value instanceof Date && Math.abs(ours.value.getTime() - theirs.value.getTime()) <= 86400000,
  },
  {
    id: "shared-formula-master-missing",
    says: "a shared formula whose master cell ExcelJS could not place (no r= on cells, or the master written after it)",
    explains: (ours, theirs) => ours !== undefined && theirs !== undefined && sameValue(ours.value, theirs.value) && ours.formula !== null && theirs.formula === null,
  },
];

export function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) return JSON.stringify(a) === JSON.stringify(b);
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
}

export interface Comparison {
  equal: boolean;
  sheetNamesEqual: boolean;
  mergesEqual: boolean;
  cellsCompared: number;
  /** cause id → cells explained by it. */
  explained: Record<string, number>;
  unexplained: { sheet: string; address: string; ours: CellFacts | undefined; theirs: CellFacts | undefined }[];
}

export function compare(ours: WorkbookFacts, theirs: WorkbookFacts): Comparison {
  const result: Comparison = {
    equal: true,
    sheetNamesEqual: JSON.stringify(ours.sheets) === JSON.stringify(theirs.sheets),
    mergesEqual: true,
    cellsCompared: 0,
    explained: {},
    unexplained: [],
  };
  for (const sheet of new Set([...ours.sheets, ...theirs.sheets])) {
    if (JSON.stringify(ours.merges.get(sheet) ?? []) !== JSON.stringify(theirs.merges.get(sheet) ?? [])) result.mergesEqual = false;
    const a = ours.cells.get(sheet) ?? new Map<string, CellFacts>();
    const b = theirs.cells.get(sheet) ?? new Map<string, CellFacts>();
    for (const address of new Set([...a.keys(), ...b.keys()])) {
      result.cellsCompared++;
      const x = a.get(address);
      const y = b.get(address);
      if (x && y && sameValue(x.value, y.value) && x.formula === y.formula) continue;
      const cause = CAUSES.find((c) => c.explains(x, y));
      if (cause) result.explained[cause.id] = (result.explained[cause.id] ?? 0) + 1;
      else result.unexplained.push({ sheet, address, ours: x, theirs: y });
    }
  }
  result.equal = result.sheetNamesEqual && result.mergesEqual && result.unexplained.length === 0;
  return result;
}
