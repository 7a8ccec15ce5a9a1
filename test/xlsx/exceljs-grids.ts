// The reference reader for the differential tests: an ExcelJS workbook as the engine's SheetGrid[], the way the
// command line and the Word pane read workbooks before src/xlsx had its own reader.
import type { Workbook, Worksheet } from "exceljs";
import type { CellRange, SheetGrid } from "../../src/core/types";
import { cellContent, GridBuilder } from "./exceljs-cell";

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
  const grid = new GridBuilder();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === MERGE_TYPE) return;
      const content = cellContent(cell);
      if (content !== null) grid.add(rowNumber - 1, colNumber - 1, content);
    });
  });
  return grid.build(worksheet.name, worksheetMerges(worksheet));
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
