// The plan's tree as the reader builds it (PlanRow.parent): what a row's place in it says. Pure.
import type { PlanRow } from "./types";

/** The task a row details, where it is a line under a task ("+" under "-" in the sheet); else null. */
export function detailedTask(rows: readonly PlanRow[], row: PlanRow): PlanRow | null {
  const parent = row.parent === null ? null : rows[row.parent];
  return parent?.level === "activity" ? parent : null;
}
