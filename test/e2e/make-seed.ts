// Node side of the harness build: the khung-logic example as the fake workbook's seed (read with the CLI's own
// loader), plus the user's own formatting that highlight/clear must never touch; and a plan whose Kinh phí stands
// over funding-source columns (layout 02 of test/layouts, its split worked out by hand there), opened with ?seed=sources.
import * as path from "path";
import { loadGrids } from "../../src/cli/load";
import type { Seed, SeedSheet } from "../fakes/excel-fake";
import { seedFromGrid } from "../fakes/seed";
import { LAYOUTS } from "../layouts/layouts";

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

/** The name of the layout the ?seed=sources workbook holds. */
export const SOURCES_LAYOUT = "02 two-row header: Thời gian over start/end, Kinh phí (triệu đồng) over three sources";

export async function buildSeeds(): Promise<Record<"plan" | "sources", Seed>> {
  const layout = LAYOUTS.find((l) => l.name === SOURCES_LAYOUT);
  if (!layout) throw new Error(`no layout "${SOURCES_LAYOUT}"`);
  const sources = layout.sheets.map(seedFromGrid);
  return { plan: await buildSeed(), sources: { sheets: sources, active: sources[0].name } };
}
