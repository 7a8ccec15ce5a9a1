// The sheets a merge writes (Tổng hợp, Kinh phí theo đơn vị, Kiểm tra, Không đọc được, a unit's Góp ý) are never read
// as a unit's draft, and those that are no plan are read as a plan by no command: a Tổng hợp saved in the drafts' folder, or feedback written there, would otherwise come back at
// the next merge as units of their own, every unit's money counted a second time. They are known by what only a merge
// writes near their top (Tổng hợp's Nguồn header, the other sheets' titles), not by their names, which the office may
// change. Pure.
import { cellText, fold } from "../text";
import type { SheetGrid } from "../types";
import { SHEET_TEXT } from "./strings.vi";

/** Folded openings of a cell that only a merge writes: on Tổng hợp, its Nguồn header. */
const PLAN_MARKS = [SHEET_TEXT.merged.sourceHeader].map(fold);
/** The same on the merge's other sheets, none of which is a plan: their titles. */
const REPORT_MARKS = [SHEET_TEXT.byUnit.title(null), SHEET_TEXT.check.title, SHEET_TEXT.failed.title, SHEET_TEXT.feedback.title("")].map(fold);

/** A merge writes its titles and headers within the first rows of a sheet. */
const ROWS_LOOKED_AT = 12;

function marked(grid: SheetGrid, marks: string[]): boolean {
  for (const row of grid.values.slice(0, ROWS_LOOKED_AT)) {
    for (const value of row ?? []) {
      if (typeof value !== "string") continue;
      const folded = fold(cellText(value));
      if (marks.some((mark) => folded.startsWith(mark))) return true;
    }
  }
  return false;
}

/** Kinh phí theo đơn vị, Kiểm tra, Không đọc được, a unit's Góp ý: tables of a merge's own, never a plan's. The
 *  reader passes over them in every command, so checking or building from a Tổng hợp workbook reads Tổng hợp alone. */
export function isMergeReportSheet(grid: SheetGrid): boolean {
  return marked(grid, REPORT_MARKS);
}

/** The sheets of a workbook a merge reads as a unit's draft: all but those a merge wrote, Tổng hợp included. */
export function draftSheets(grids: SheetGrid[]): SheetGrid[] {
  return grids.filter((grid) => !isMergeReportSheet(grid) && !marked(grid, PLAN_MARKS));
}
