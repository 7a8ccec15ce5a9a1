// Reads drafts in worker threads (--jobs N), each worker one file at a time, results in request order. A worker that
// dies (out of memory on a huge file) costs only its file, reported with a plain reason; a new worker takes over.
import { existsSync } from "fs";
import { join } from "path";
import { Worker } from "worker_threads";
import { readDraft, type ReadRequest, type ReadResult } from "./merge-read";
import type { WorkerReply } from "./merge-worker";
import { msg } from "./messages";

/** A worker's heap ceiling: a draft is a few hundred kilobytes; a file that needs more is not a draft. */
const WORKER_HEAP_MB = 1536;

export type Progress = (done: number, total: number) => void;

function workerScript(): { file: string; execArgv: string[] } {
  const built = join(__dirname, "merge-worker.js");
  if (existsSync(built)) return { file: built, execArgv: [] };
  // Run from the TypeScript sources (jest, tsx): the worker compiles them through tsx as well.
  return { file: join(__dirname, "merge-worker.ts"), execArgv: ["--require", "tsx/cjs"] };
}

export async function readDrafts(requests: ReadRequest[], jobs: number, progress?: Progress): Promise<ReadResult[]> {
  const results: ReadResult[] = new Array(requests.length);
  let done = 0;
  const finish = (index: number, result: ReadResult) => {
    results[index] = result;
    progress?.(++done, requests.length);
  };
  if (jobs <= 1 || requests.length <= 1) {
    for (let i = 0; i < requests.length; i++) finish(i, await readDraft(requests[i]));
    return results;
  }
  let next = 0;
  const script = workerScript();
  const runWorker = (): Promise<void> =>
    new Promise((resolve) => {
      const worker = new Worker(script.file, { execArgv: script.execArgv, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      let current = -1;
      let ended = false;
      const send = () => {
        if (next >= requests.length) {
          ended = true;
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage({ id: current, request: requests[current] });
      };
      worker.on("message", (message: WorkerReply) => {
        finish(message.id, JSON.parse(message.json) as ReadResult);
        current = -1;
        send();
      });
      const died = () => {
        if (ended) return;
        ended = true;
        if (current >= 0 && results[current] === undefined) {
          finish(current, { ok: false, failure: { file: requests[current].file, reason: msg.tooLargeToRead } });
          current = -1;
          // The rest of the queue goes on in a fresh worker.
          void runWorker().then(resolve);
        } else resolve();
      };
      worker.on("error", died);
      worker.on("exit", (code) => {
        if (code !== 0 || current >= 0) died();
      });
      send();
    });
  await Promise.all(Array.from({ length: Math.min(jobs, requests.length) }, runWorker));
  return results;
}
