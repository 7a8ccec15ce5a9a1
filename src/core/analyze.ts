// The engine's one entry point: grids in, plan + findings + totals out.
import type { Finding, Plan, SheetGrid, Totals } from "./types";

export interface AnalyzeOptions {
  /** Read only this sheet (contract: --sheet). */
  sheet?: string;
  /** Overrides the plan year found in the title or periods (contract: --year). */
  year?: number;
}

export interface Analysis {
  plan: Plan;
  findings: Finding[];
  totals: Totals;
}

export function analyze(grids: SheetGrid[], options: AnalyzeOptions = {}): Analysis {
  void grids;
  void options;
  throw new Error("analyze: being written (reader, rules, totals)");
}
