// A worker thread of `cchc merge --jobs N`: reads the drafts it is sent, one at a time, and posts back each result as
// JSON text (the main thread parses a draft's plan rows about twice as fast as it would take them structured-cloned),
// its rows' texts left out (slimDraft). It keeps each draft it read until the merge ends, to draw that draft's rows of
// Tổng hợp when asked (merge-render.ts): the rows are drawn by the threads that read them, in parallel.
import { parentPort } from "worker_threads";
import type { DraftRead } from "../core/merge";
import { drawRuns, type DrawRequest } from "./merge-render";
import { readDraft, slimDraft, type ReadRequest } from "./merge-read";
import type { DeflatedPiece } from "../xlsx/write-layouts";

export type WorkerMessage = { id: number; request: ReadRequest } | { id: number; draw: DrawRequest } | { forget: true };

export type WorkerReply = { id: number; /** JSON of a ReadResult: plain data only. */ json: string } | { id: number; drawn: DeflatedPiece[] };

const kept = new Map<number, DraftRead>();

// Messages are handled one at a time, in the order sent: a worker that dies was busy with the oldest.
let busy: Promise<void> = Promise.resolve();
parentPort?.on("message", (message: WorkerMessage) => {
  busy = busy.then(async () => {
    if ("forget" in message) return kept.clear();
    if ("draw" in message) {
      const draft = kept.get(message.id);
      const drawn = draft ? drawRuns(draft, message.draw) : [];
      parentPort?.postMessage({ id: message.id, drawn } satisfies WorkerReply, drawn.map((piece) => piece.deflated.buffer as ArrayBuffer));
      return;
    }
    const result = await readDraft(message.request);
    if (result.ok) kept.set(message.id, result.draft);
    const sent = result.ok && !message.request.rowsInFull ? { ...result, draft: slimDraft(result.draft) } : result;
    parentPort?.postMessage({ id: message.id, json: JSON.stringify(sent) } satisfies WorkerReply);
  });
});
