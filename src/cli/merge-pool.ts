// Reads drafts in worker threads (--jobs N), each worker one file at a time, results in request order. A worker that
// dies (out of memory on a huge file) costs only its file, reported with a plain reason; a new worker takes over.
//
// Workers outlive a merge: they wait, unreferenced (they never keep the process alive), for the next merge of the
// same process. A fresh thread compiles the reader and the engine again before it runs them at full speed (about a
// second of CPU on the first few dozen drafts); a process that merges again (the bench, a long-running host) should
// not pay that at every merge, as the main thread of --jobs 1 does not. Within a merge a worker keeps the drafts it
// read (up to a bound, merge-worker.ts) to draw their rows of Tổng hợp; it forgets them when the merge ends.
import { existsSync } from "fs";
import { join } from "path";
import type { Worker } from "worker_threads";
import type { DeflatedPiece } from "../xlsx/write-layouts";
import { drawRuns, type DrawRequest } from "./merge-render";
import { UsageError } from "./args";
import { readRegularFile } from "./load";
import { digestOf, readDraft, type ReadRequest, type ReadResult } from "./merge-read";
import type { WorkerMessage, WorkerReply } from "./merge-worker";
import { msg } from "./messages";
import { WORKER_LIMITS } from "./isolate";
import { limitText, reason } from "../xlsx/strings.vi";
import { endThread, startGated } from "./zlib-gate";

/** A worker's heap ceiling: a draft is a few hundred kilobytes, and a worker keeps 500 at most (0.2 MB each for 300
 *  rows); a file that needs more than the rest is not a draft. */
const WORKER_HEAP_MB = 1536;

export type Progress = (done: number, total: number) => void;

function workerScript(): { file: string; execArgv: string[]; argv: string[] } {
  if (existsSync(join(__dirname, "merge-worker.js"))) return { file: join(__dirname, "thread-loader.js"), execArgv: [], argv: ["merge-worker"] };
  // Run from the TypeScript sources (jest, tsx): the worker compiles them through tsx as well.
  return { file: join(__dirname, "merge-worker.ts"), execArgv: ["--require", "tsx/cjs"], argv: [] };
}

/** Workers waiting for the next merge, each with what ends its wait if it dies meanwhile. */
const idle = new Map<Worker, () => void>();

function takeWorker(heapMb: number): Worker {
  if (heapMb !== WORKER_HEAP_MB) return newWorker(heapMb);
  const [waiting] = idle;
  if (waiting) {
    const [worker, onExit] = waiting;
    idle.delete(worker);
    worker.off("exit", onExit);
    worker.ref();
    return worker;
  }
  return newWorker(heapMb);
}

/** Workers whose modules are loaded: the time a draft may take counts from then, never from the thread's start. */
const started = new WeakSet<Worker>();

function newWorker(heapMb = WORKER_HEAP_MB): Worker {
  const script = workerScript();
  const worker = startGated(script.file, { execArgv: script.execArgv, argv: script.argv, resourceLimits: { maxOldGenerationSizeMb: heapMb } }, {});
  const onStarted = (reply: WorkerReply) => {
    if (!("started" in reply)) return;
    started.add(worker);
    worker.off("message", onStarted);
  };
  return worker.on("message", onStarted);
}

/**
 * Starts reading workers (up to `jobs` waiting) before the drafts are found and hashed: a thread takes about a quarter
 * of a second to start and load its modules, time the main thread spends listing and hashing the files meanwhile.
 */
export function startDraftReaders(jobs: number): void {
  while (jobs > 1 && idle.size < jobs) giveBack(newWorker());
}

/** A worker of the usual heap waits for the next merge; one of another heap (a test's) ends here. */
function release(worker: Worker, heapMb: number): void {
  if (heapMb === WORKER_HEAP_MB) giveBack(worker);
  else void endThread(worker);
}

function giveBack(worker: Worker): void {
  const onExit = () => idle.delete(worker);
  worker.once("exit", onExit);
  worker.unref();
  idle.set(worker, onExit);
}

/** How many workers wait for the next merge. */
export function waitingReaders(): number {
  return idle.size;
}

/** Ends the waiting workers (a host that merges no more, or a test). */
export async function closeDraftReaders(): Promise<void> {
  const workers = [...idle.keys()];
  idle.clear();
  await Promise.all(workers.map(endThread));
}

/** SHA-256 of a file's bytes (hex); a LoadError where it cannot be read, saying why (readRegularFile). */
export function fileDigest(path: string): string {
  return digestOf(readRegularFile(path));
}

/** Drafts a worker is sent ahead of the one it reads: its next file waits in its queue, never for the main thread. */
const QUEUED_PER_WORKER = 2;

/** The drafts of one merge, read, and the workers that hold them until `close`. */
export interface DraftSession {
  /** In request order. */
  results: ReadResult[];
  /**
   * Tổng hợp's rows of each draft (by request index) drawn by the worker that read it, the workers in parallel; here,
   * in the main thread, for a draft read here or whose worker has died since.
   */
  draw(requests: Map<number, DrawRequest>): Promise<Map<number, DeflatedPiece[]>>;
  /** The workers forget their drafts and wait for the next merge. Call it once, whatever happened. */
  close(): void;
  /** The workers holding drafts now (a test ends one to see its drafts drawn here). */
  holding(): Worker[];
}

/** `heapMb`: each worker's heap ceiling (a test lowers it to see a worker die). */
export async function openDrafts(requests: ReadRequest[], jobs: number, progress?: Progress, heapMb = WORKER_HEAP_MB): Promise<DraftSession> {
  const results: ReadResult[] = new Array(requests.length);
  /** The worker holding each draft it read. */
  const holders: (Worker | undefined)[] = new Array(requests.length);
  /** Workers holding drafts, each with what forgets it if it dies meanwhile. */
  const held = new Map<Worker, () => void>();
  let done = 0;
  const finish = (index: number, result: ReadResult) => {
    results[index] = result;
    progress?.(++done, requests.length);
  };
  /**
   * Drawn in this thread: from the draft read here (or sent whole), or read again where the worker that kept it died;
   * a file changed since it was read is refused, never drawn into rows placed for its first version.
   */
  const drawHere = async (index: number, request: DrawRequest): Promise<DeflatedPiece[]> => {
    const { file } = requests[index];
    const again = holders[index] !== undefined;
    // readDraft refuses a file whose bytes are no longer those hashed.
    const result = again ? await readDraft(requests[index]) : results[index];
    if (!result.ok) throw new UsageError(msg.changedWhileMerging(file));
    return drawRuns(result.draft, request);
  };
  const session: DraftSession = {
    results,
    draw: async (wanted) => {
      const out = new Map<number, DeflatedPiece[]>();
      const byWorker = new Map<Worker, number[]>();
      const here: number[] = [];
      for (const index of wanted.keys()) {
        const worker = holders[index];
        if (worker && held.has(worker)) byWorker.set(worker, [...(byWorker.get(worker) ?? []), index]);
        else here.push(index);
      }
      const asked = [...byWorker].map(([worker, indices]) => drawIn(worker, indices, wanted, out));
      // Meanwhile this thread draws what no worker holds; then whatever a worker could not.
      for (const index of here) out.set(index, await drawHere(index, wanted.get(index)!));
      for (const index of (await Promise.all(asked)).flat()) out.set(index, await drawHere(index, wanted.get(index)!));
      return out;
    },
    close: () => {
      for (const [worker, onExit] of held) {
        worker.off("exit", onExit);
        worker.postMessage({ forget: true } satisfies WorkerMessage);
        release(worker, heapMb);
      }
      held.clear();
    },
    holding: () => [...held.keys()],
  };
  if (jobs <= 1 || requests.length <= 1) {
    for (let i = 0; i < requests.length; i++) finish(i, await readDraft(requests[i]));
    return session;
  }
  let next = 0;
  /** Drafts sent to a worker that died while reading an earlier one: read again by its successor. */
  const resent: number[] = [];
  const take = (): number | undefined => resent.shift() ?? (next < requests.length ? next++ : undefined);
  const runWorker = (): Promise<void> =>
    new Promise((resolve) => {
      const worker = takeWorker(heapMb);
      // In the order sent; a worker reads them in that order, one at a time.
      const sent: number[] = [];
      let ended = false;
      // The draft at the head of its queue may take WORKER_LIMITS.timeMs, as `check` allows one file: past that the
      // thread is ended, and the draft reported, never waited for.
      let deadline: ReturnType<typeof setTimeout> | undefined;
      let timedOut = false;
      const startClock = () => {
        clearTimeout(deadline);
        if (sent.length === 0 || !started.has(worker)) return;
        deadline = setTimeout(() => {
          timedOut = true;
          void endThread(worker); // past its time it may be inflating: ended outside zlib (zlib-gate.ts)
        }, WORKER_LIMITS.timeMs);
      };
      const stop = () => {
        ended = true;
        clearTimeout(deadline);
        worker.off("message", onMessage).off("error", died).off("exit", died);
      };
      // Its queue done, the worker holds its drafts until the session closes.
      const finished = () => {
        stop();
        const onExit = () => held.delete(worker);
        worker.once("exit", onExit);
        held.set(worker, onExit);
        resolve();
      };
      const send = () => {
        const index = take();
        if (index === undefined) return;
        sent.push(index);
        worker.postMessage({ id: index, request: requests[index] } satisfies WorkerMessage);
      };
      const onMessage = (message: WorkerReply) => {
        // Past its time the worker is being ended: a late answer would send it more, and blame the next draft.
        if (timedOut) return;
        if ("started" in message) return startClock();
        if (!("json" in message)) return;
        const at = sent.indexOf(message.id);
        if (at < 0) return; // not this merge's (never expected): ignored rather than mistaken for another draft
        sent.splice(at, 1);
        send();
        const result = JSON.parse(message.json) as ReadResult;
        if (message.kept) holders[message.id] = worker;
        finish(message.id, result);
        if (sent.length === 0) finished();
        else startClock();
      };
      const died = () => {
        if (ended) return;
        stop();
        const [reading, ...waiting] = sent;
        if (reading === undefined) return resolve();
        const why = timedOut ? reason.tooComplex(limitText.time) : msg.tooLargeToRead;
        finish(reading, { ok: false, failure: { file: requests[reading].file, reason: why } });
        resent.push(...waiting);
        // The rest of the queue goes on in a fresh worker.
        void runWorker().then(resolve);
      };
      worker.on("message", onMessage).on("error", died).on("exit", died);
      for (let i = 0; i < QUEUED_PER_WORKER; i++) send();
      if (sent.length === 0) finished();
      else startClock();
    });
  await Promise.all(Array.from({ length: Math.min(jobs, requests.length) }, runWorker));
  return session;
}

/** The drafts read, whole, their workers free again at once (what a caller that draws nothing needs). */
export async function readDrafts(requests: ReadRequest[], jobs: number, progress?: Progress, heapMb = WORKER_HEAP_MB): Promise<ReadResult[]> {
  const session = await openDrafts(requests.map((request) => ({ ...request, slim: false })), jobs, progress, heapMb);
  session.close();
  return session.results;
}

/**
 * Asks one worker to draw the rows of the drafts it holds; fills `out` as its replies come. Resolves with the drafts it
 * did not draw (it died, or no longer holds them), for the main thread to draw.
 */
function drawIn(worker: Worker, indices: number[], wanted: Map<number, DrawRequest>, out: Map<number, DeflatedPiece[]>): Promise<number[]> {
  return new Promise((resolve) => {
    const waiting = new Set(indices);
    const end = (lost: number[]) => {
      worker.off("message", onMessage).off("error", died).off("exit", died);
      resolve(lost);
    };
    const onMessage = (message: WorkerReply) => {
      if (!("drawn" in message) || !waiting.has(message.id)) return;
      waiting.delete(message.id);
      const request = wanted.get(message.id)!;
      // A worker that no longer holds the draft draws nothing: drawn here instead.
      if (message.drawn.length === request.runs.length) out.set(message.id, message.drawn);
      else return end([message.id, ...waiting]);
      if (waiting.size === 0) end([]);
    };
    const died = () => end([...waiting]);
    worker.on("message", onMessage).on("error", died).on("exit", died);
    for (const index of indices) worker.postMessage({ id: index, draw: wanted.get(index)! } satisfies WorkerMessage);
  });
}
