// One draft on disk → what the merge needs of it: its analysis, its unit, its document date. Runs in the main thread
// (--jobs 1) or in a worker (merge-worker.ts). The loader is the one `cchc check` uses: swapping it is this import.
import { createHash } from "crypto";
import { analyze, PlanInputError } from "../core/analyze";
import { draftSheets, noDraftReason, scorecardOf, unitOf, type DraftFailure, type DraftRead } from "../core/merge";
import type { PlanRow } from "../core/types";
import { loadBytes, LoadError, readRegularFile } from "./load";
import { msg } from "./messages";

export interface ReadRequest {
  path: string;
  /** The name shown in the workbook (relative, forward slashes). */
  file: string;
  digest: string;
  year?: number;
  /** The worker may keep the draft to draw its rows itself, and send it back without their texts (slimDraft). */
  slim?: boolean;
}

export type ReadResult = { ok: true; draft: DraftRead } | { ok: false; failure: DraftFailure };

/** SHA-256 of a file's bytes, hex: the digest a merge lists each draft under and finds duplicates by. */
export function digestOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * The draft whose bytes the merge hashed as `digest`: bytes read since are hashed again, and a file saved in between
 * is refused rather than read under the digest of its earlier version (duplicates were found by that digest).
 */
export async function readDraft(request: ReadRequest): Promise<ReadResult> {
  const { path, file, digest, year } = request;
  try {
    const bytes = readRegularFile(path);
    if (digestOf(bytes) !== digest) return { ok: false, failure: { file, reason: msg.changedReason } };
    const { grids: sheets, modified } = await loadBytes(bytes);
    const grids = draftSheets(sheets);
    // --year names the compiled plan's year: a draft keeps the year it states, so one of another year is told apart.
    const analysis = analyze(grids, { defaultYear: year });
    if (analysis.plan.tables.length === 0) return { ok: false, failure: { file, reason: noDraftReason(sheets, grids, msg.noTable) } };
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

/** The fields of a plan row that only drawing it (draftRowCells) and its scorecard read. */
const DRAWN_FIELDS = ["goal", "output", "indicator", "verification", "method", "note", "partners", "lead"] as const;

/**
 * A draft as the main thread needs it when the worker that read it keeps it and draws its rows: its scorecard counted
 * here, its rows without what only drawing and counting read (content, number, period and the other fields; the
 * totals read the budget), so half as much crosses between the threads.
 */
export function slimDraft(draft: DraftRead): DraftRead {
  const scorecard = scorecardOf(draft.unit.name, draft);
  const rows = draft.analysis.plan.rows.map((row) => {
    const slim: PlanRow = { ...row, content: "", number: null, period: null };
    for (const key of DRAWN_FIELDS) delete slim[key];
    return slim;
  });
  return { ...draft, scorecard, analysis: { ...draft.analysis, plan: { ...draft.analysis.plan, rows } } };
}
