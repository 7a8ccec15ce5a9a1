// Reads the active sheet (and the plan-information sheet) through Excel and runs the engine on it.
import { analyze, type Analysis } from "../core/analyze";
import { readSheet } from "../excel/readSheet";
import { runExcel } from "../excel/run";

export interface Checked {
  /** The sheet that was read: where highlights go. */
  sheet: string;
  analysis: Analysis;
}

export async function readAndAnalyze(): Promise<Checked> {
  const read = await runExcel(readSheet);
  const analysis = analyze(read.info ? [read.grid, read.info] : [read.grid]);
  return { sheet: read.grid.name, analysis };
}
