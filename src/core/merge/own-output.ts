// The sheets a merge writes (Tổng hợp, Kinh phí theo đơn vị, Kiểm tra, Không đọc được, a unit's Góp ý) are never read
// as a unit's draft, and those that are no plan are read as a plan by no command: a Tổng hợp saved in the drafts'
// folder, or feedback written there, would otherwise come back at the next merge as units of their own, every unit's
// money counted a second time. They are known by what a merge writes and a unit's plan never holds whole (Tổng hợp's
// Nguồn header cell, the other sheets' titles as their first cell), not by their names, which the office may change.
// Pure.
import { cellText, fold } from "../text";
import type { SheetGrid } from "../types";
import { MERGE_TEXT, SHEET_TEXT } from "./strings.vi";

/** Tổng hợp's Nguồn header, a cell of its own near the top. */
const SOURCE_HEADER = fold(SHEET_TEXT.merged.sourceHeader);
/** The other sheets' titles, each the sheet's first cell: whole, or followed by its year or the unit. */
const REPORT_TITLES = [SHEET_TEXT.byUnit.title(null), SHEET_TEXT.check.title, SHEET_TEXT.failed.title].map(fold);
const FEEDBACK_TITLE = fold(SHEET_TEXT.feedback.title("X")).replace(/ x$/, " ");
const TITLE_YEAR = / nam \d{4}$/;

/** A merge writes its header within the first rows of a sheet. */
const ROWS_LOOKED_AT = 12;

function firstText(grid: SheetGrid): string {
  for (const row of grid.values.slice(0, ROWS_LOOKED_AT)) {
    for (const value of row ?? []) {
      const text = typeof value === "string" ? cellText(value) : "";
      if (text) return text;
    }
  }
  return "";
}

function hasSourceHeader(grid: SheetGrid): boolean {
  return grid.values.slice(0, ROWS_LOOKED_AT).some((row) => (row ?? []).some((value) => typeof value === "string" && fold(value) === SOURCE_HEADER));
}

const UNIT_HEADER = fold(SHEET_TEXT.merged.unitHeader);

/** Tổng hợp's own Đơn vị and Nguồn columns, among a table's column headers: they trace each row to its unit and
 *  draft, fields of no plan. None where the headers are not a Tổng hợp's (no Nguồn header among them). */
export function mergeTraceColumns(headers: string[]): Set<number> {
  const folded = headers.map(fold);
  if (!folded.includes(SOURCE_HEADER)) return new Set();
  return new Set(folded.flatMap((header, i) => (header === SOURCE_HEADER || header === UNIT_HEADER ? [i] : [])));
}

/** Kinh phí theo đơn vị, Kiểm tra, Không đọc được, a unit's Góp ý: tables of a merge's own, never a plan's. The
 *  reader passes over them in every command, so checking or building from a Tổng hợp workbook reads Tổng hợp alone. */
export function isMergeReportSheet(grid: SheetGrid): boolean {
  const title = fold(firstText(grid));
  return REPORT_TITLES.includes(title.replace(TITLE_YEAR, "")) || (title.startsWith(FEEDBACK_TITLE) && title.length > FEEDBACK_TITLE.length);
}

/** The sheets of a workbook a merge reads as a unit's draft: all but those a merge wrote, Tổng hợp included. */
export function draftSheets(grids: SheetGrid[]): SheetGrid[] {
  return grids.filter((grid) => !isMergeReportSheet(grid) && !hasSourceHeader(grid));
}

/** Why a workbook gave a merge no plan table: it is a merge's own output (every sheet one a merge wrote), or `noTable`. */
export function noDraftReason(sheets: SheetGrid[], drafts: SheetGrid[], noTable: string): string {
  return drafts.length === 0 && sheets.length > 0 ? MERGE_TEXT.ownOutput : noTable;
}
