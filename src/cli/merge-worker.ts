// A worker thread of `cchc merge --jobs N`: reads the drafts it is sent, one at a time, and posts back each result as
// JSON text: the main thread parses a draft's plan rows about twice as fast as it would take them structured-cloned.
import { parentPort } from "worker_threads";
import { readDraft, type ReadRequest } from "./merge-read";

export interface WorkerReply {
  id: number;
  /** JSON of a ReadResult: plain data only (strings, numbers, booleans, null, arrays, objects). */
  json: string;
}

// Drafts queued ahead are read one at a time, in the order sent: a worker that dies was reading the oldest.
let reading: Promise<void> = Promise.resolve();
parentPort?.on("message", (message: { id: number; request: ReadRequest }) => {
  reading = reading.then(async () => {
    const result = await readDraft(message.request);
    parentPort?.postMessage({ id: message.id, json: JSON.stringify(result) } satisfies WorkerReply);
  });
});
