// A workbook file → the engine's analysis, as `check`, `build` and `schedule` all take it: the reading correction
// saved in the workbook with the command line's on top, the engine's input errors and an empty result as one
// Vietnamese line naming the file.
import { analyze, PlanInputError, type Analysis } from "../core/analyze";
import type { LoadedWorkbook } from "../xlsx/load-with";
import { UsageError } from "./args";
import { LoadError, readIsolated } from "./load";
import { msg } from "./messages";
import { corrections, type ReadingOptions } from "./reading";

/** A workbook already read (in this thread or the reading thread). */
export function analyzeLoaded(file: string, workbook: LoadedWorkbook, year: number | undefined, reading: ReadingOptions): Analysis {
  let analysis: Analysis;
  try {
    analysis = analyze(workbook.grids, { sheet: reading.sheet, year, corrections: corrections(workbook.customXmlParts, reading) });
  } catch (error) {
    // e.g. --sheet naming no sheet: the engine's own clause.
    if (error instanceof PlanInputError) throw new UsageError(msg.cannotRead(file, error.message));
    throw error;
  }
  if (analysis.plan.tables.length === 0) throw new UsageError(msg.cannotRead(file, msg.noTable));
  return analysis;
}

/** Reads `file` in the reading thread (isolate.ts), then analyses it here. */
export async function analyzeFile(file: string, year: number | undefined, reading: ReadingOptions): Promise<Analysis> {
  let workbook: LoadedWorkbook;
  try {
    workbook = await readIsolated(file);
  } catch (error) {
    if (error instanceof LoadError) throw new UsageError(msg.cannotRead(file, error.reason));
    throw error;
  }
  return analyzeLoaded(file, workbook, year, reading);
}
