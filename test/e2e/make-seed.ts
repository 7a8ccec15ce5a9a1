// Node side of the harness build: the khung-logic example as the fake workbook's seed (read with the CLI's own
// loader), plus the user's own formatting that highlight/clear must never touch.
import * as path from "path";
import { loadGrids } from "../../src/cli/load";
import type { Seed, SeedSheet } from "../fakes/excel-fake";
import { seedFromGrid } from "../fakes/seed";

export const EXAMPLE = path.resolve(__dirname, "../fixtures/examples/khung-logic-2026.xlsx");

/** The user's formatting put on the plan sheet before the pane runs. */
export const USER_FORMAT = {
  /** A fill on a finding row's cell (row 15 misses its lead). */
  fills: { G15: "#FFF2CC", A1: "#FFFF00" },
  conditionalFormat: { type: "Custom", address: "E8:E28", formula: "=E8>50000000", fill: "#C6EFCE" },
};

export async function buildSeed(): Promise<Seed> {
  const grids = await loadGrids(EXAMPLE);
  const sheets: SeedSheet[] = grids.map(seedFromGrid);
  const plan = sheets[0];
  plan.fills = { ...USER_FORMAT.fills };
  plan.conditionalFormats = [{ ...USER_FORMAT.conditionalFormat }];
  return { sheets, active: plan.name };
}
