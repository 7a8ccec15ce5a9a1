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

/**
 * The plan's rows with a heading row before each unit's run of rows, as the merge writes its Word plan; a plan with
 * no unit rows comes back as it is. The heading sits where its unit row sat (under the area, or inside a result), and
 * a row that sat there too, or under another unit's row above the heading, moves under it. Left as they are: a 5W1H
 * table (its middle level is the plan's goals, where a heading would read as one), and a table of one unit's rows.
 */
export function withUnitHeadings(analysis: Analysis): Analysis {
  const { rows, tables } = analysis.plan;
  // A table of one unit's rows (a unit's own plan under its name) needs no heading: the plan is that unit's.
  const units = new Map<number, Set<string>>();
  for (const row of rows) if (row.unit) (units.get(row.table) ?? units.set(row.table, new Set()).get(row.table)!).add(row.unit.name);
  const headed = (table: number) => (units.get(table)?.size ?? 0) >= 2 && tables[table]?.form !== "5w1h";
  if (!rows.some((row) => row.unit && headed(row.table))) return analysis;
  const out: PlanRow[] = [];
  const moved: number[] = new Array(rows.length);
  let area: number | null = null;
  let table = -1;
  let current: { row: number; under: number | null; at: number } | null = null;
  rows.forEach((row, i) => {
    // Each table has its own areas and units.
    if (row.table !== table) [table, area, current] = [row.table, null, null];
    // A unit that holds areas gets a heading in each of them.
    if (row.level === "area") [area, current] = [out.length, null];
    const unit = !headed(row.table) || row.level === "area" ? undefined : row.unit;
    if (!unit) current = null;
    else if (current?.row !== unit.row) {
      current = { row: unit.row, under: unit.under, at: out.length };
      out.push(heading(row, unit, unit.under === null ? area : moved[unit.under]));
    }
    // Under the heading: a row that sat where its unit row sits, or under another unit's row.
    const parent = row.parent === null ? null : moved[row.parent];
    const outside = row.parent === current?.under || parent === null || parent < (current?.at ?? 0);
    moved[i] = out.length;
    out.push({ ...row, parent: current && outside && row.level !== "area" ? current.at : parent });
  });
  return { ...analysis, plan: { ...analysis.plan, rows: out } };
}
