// One draft on disk → what the merge needs of it: its analysis, its unit, its document date. Runs in the main thread
// (--jobs 1) or in a worker (merge-worker.ts). The loader is the one `cchc check` uses: swapping it is this import.
import { analyze, PlanInputError } from "../core/analyze";
import { unitOf, type DraftFailure, type DraftRead } from "../core/merge";
import { loadFile, LoadError } from "./load";
import { msg } from "./messages";

export interface ReadRequest {
  path: string;
  /** The name shown in the workbook (relative, forward slashes). */
  file: string;
  digest: string;
  year?: number;
}

export type ReadResult = { ok: true; draft: DraftRead } | { ok: false; failure: DraftFailure };

export async function readDraft(request: ReadRequest): Promise<ReadResult> {
  const { path, file, digest, year } = request;
  try {
    const { grids, modified } = await loadFile(path);
    const analysis = analyze(grids, { year });
    if (analysis.plan.tables.length === 0) return { ok: false, failure: { file, reason: msg.noTable } };
    const unit = unitOf(file, grids, analysis);
    // The merge traces rows to their sheet and row; the cell of each field is the draft's own business.
    for (const row of analysis.plan.rows) row.cells = {};
    return { ok: true, draft: { file, digest, modified, unit, analysis } };
  } catch (error) {
    if (error instanceof LoadError) return { ok: false, failure: { file, reason: error.reason } };
    if (error instanceof PlanInputError) return { ok: false, failure: { file, reason: error.message } };
    return { ok: false, failure: { file, reason: msg.unexpectedReason } };
  }
}
