// A compiled plan read back (a Tổng hợp the office kept editing, then built into the Word plan): its unit rows, which
// the reader passes over as rows (never tasks, their money never counted), put back as the headings `cchc merge
// --docx` writes, each unit's rows beneath its own, so the Word plan still says whose each task is. Pure.
import type { Analysis } from "../analyze";
import type { PlanRow } from "../types";
import { MERGE_TEXT } from "./strings.vi";

function heading(member: PlanRow, unit: NonNullable<PlanRow["unit"]>, parent: number | null): PlanRow {
  return {
    sheet: member.sheet,
    row: unit.row,
    level: "result",
    number: null,
    content: MERGE_TEXT.unitRow(unit.name),
    area: member.area,
    budget: null,
    period: null,
    cells: {},
    table: member.table,
    parent,
    placeholder: false,
  };
}

/** The plan's rows with a heading row before each unit's run of rows, as the merge writes its Word plan; a plan with
 *  no unit rows comes back as it is. Rows directly under an area (or under nothing) move under their unit's heading. */
export function withUnitHeadings(analysis: Analysis): Analysis {
  const rows = analysis.plan.rows;
  if (!rows.some((row) => row.unit)) return analysis;
  const out: PlanRow[] = [];
  const moved: number[] = new Array(rows.length);
  let area: number | null = null;
  let table = -1;
  let current: { row: number; at: number } | null = null;
  rows.forEach((row, i) => {
    // Each table has its own areas and units.
    if (row.table !== table) [table, area, current] = [row.table, null, null];
    if (row.level === "area") area = out.length;
    const unit = row.unit;
    if (!unit) current = null;
    else if (current?.row !== unit.row) {
      current = { row: unit.row, at: out.length };
      out.push(heading(row, unit, row.level === "area" ? null : area));
    }
    const underArea = row.parent === null || rows[row.parent].level === "area";
    const parent = current && underArea && row.level !== "area" ? current.at : row.parent === null ? null : moved[row.parent];
    moved[i] = out.length;
    out.push({ ...row, parent });
  });
  return { ...analysis, plan: { ...analysis.plan, rows: out } };
}
