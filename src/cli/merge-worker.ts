// A worker thread of `cchc merge --jobs N`: reads the drafts it is sent, one at a time, and posts back each result as
// JSON text (the main thread parses a draft's plan rows about twice as fast as it would take them structured-cloned),
// its rows' texts left out (slimDraft). It keeps each draft it read until the merge ends, to draw that draft's rows of
// Tổng hợp when asked (merge-render.ts): the rows are drawn by the threads that read them, in parallel.
import { parentPort, workerData } from "worker_threads";
import type { DraftRead } from "../core/merge";
import { drawRuns, type DrawRequest } from "./merge-render";
import { readDraft, slimDraft, type ReadRequest, type ReadResult } from "./merge-read";
import { msg } from "./messages";
import type { DeflatedPiece } from "../xlsx/write-layouts";
import { useGate, type GatedData } from "./zlib-gate";

export type WorkerMessage = { id: number; request: ReadRequest } | { id: number; draw: DrawRequest } | { forget: true };

export type WorkerReply =
  | { /** Its modules loaded: the time limit of the draft it reads starts no sooner (merge-pool.ts). */ started: true }
  | { id: number; /** JSON of a ReadResult: plain data only. */ json: string; /** The worker keeps the draft and draws it. */ kept: boolean }
  | { id: number; /** Empty where the worker could not draw them: the main thread draws them. */ drawn: DeflatedPiece[] };

/** Drafts a worker keeps at most (0.2 MB of heap for a 300-row draft: 500 of those about 100 MB); past that it sends
 *  them whole. */
const KEPT_AT_MOST = 500;

const kept = new Map<number, DraftRead>();

useGate(workerData as GatedData);

async function handle(message: WorkerMessage): Promise<void> {
  if ("forget" in message) return kept.clear();
  if ("draw" in message) {
    // Nothing drawn where the draft is not kept here: the main thread draws it (and meets any fault of ours there).
    const draft = kept.get(message.id);
    const drawn = draft ? drawRuns(draft, message.draw) : [];
    parentPort?.postMessage({ id: message.id, drawn } satisfies WorkerReply, drawn.map((piece) => piece.deflated.buffer as ArrayBuffer));
    return;
  }
  const result = await readDraft(message.request);
  const keep = result.ok && message.request.slim === true && kept.size < KEPT_AT_MOST;
  if (keep) kept.set(message.id, result.draft);
  const sent = keep ? { ...result, draft: slimDraft(result.draft) } : result;
  parentPort?.postMessage({ id: message.id, json: JSON.stringify(sent), kept: keep } satisfies WorkerReply);
}

/** The answer to a message whose handling failed (a fault of ours): the draft unread, or its rows not drawn here. */
function failed(message: WorkerMessage): void {
  if ("forget" in message) return;
  if ("draw" in message) return parentPort?.postMessage({ id: message.id, drawn: [] } satisfies WorkerReply);
  const failure: ReadResult = { ok: false, failure: { file: message.request.file, reason: msg.unexpectedReason } };
  parentPort?.postMessage({ id: message.id, json: JSON.stringify(failure), kept: false } satisfies WorkerReply);
}

// Messages are handled one at a time, in the order sent: a worker that dies was busy with the oldest. Every read and
// draw is answered, whatever happens in it, so the main thread never waits for an answer that will not come.
let busy: Promise<void> = Promise.resolve();
parentPort?.on("message", (message: WorkerMessage) => {
  busy = busy.then(() => handle(message)).catch(() => failed(message));
});
parentPort?.postMessage({ started: true } satisfies WorkerReply);
