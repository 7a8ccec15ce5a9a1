// The command line's reading thread: a workbook is read (and, for `check`, analysed) in a worker with a heap cap and
// a time limit, on top of the loader's own bounds, so a file that would exhaust memory or run too long kills that
// thread, never the command. Each side's half lives here: runIsolated (the command) and serveInWorker (the thread).
import { parentPort, workerData, type TransferListItem } from "worker_threads";
import { LoadError } from "../xlsx/load-error";
import { limitText, reason } from "../xlsx/strings.vi";
import { UsageError } from "./args";
import type { CheckOutcome, CheckRequest } from "./check";
import { startThread, takeEarly, WORKER_LIMITS, type Entry, type ThreadData } from "./threads";
import { endThread, useGate } from "./zlib-gate";

export { WORKER_LIMITS };

/** A failure inside the worker that is neither a LoadError nor a UsageError (a bug): reported as unexpected. */
export class UnexpectedReadError extends Error {}

type Reply<T> =
  | { started: true }
  | { read: true }
  | { ok: true; value: T }
  | { ok: false; reason: string }
  | { ok: false; usage: string }
  | { ok: false; unexpected: true };

/** `check` whole in the reading thread: only its printed text and exit code come back. */
export function checkIsolated(request: CheckRequest): Promise<CheckOutcome> {
  return runIsolated<CheckOutcome>("check-worker", request);
}

/** Runs a worker entry on `data`: its value, or the LoadError / UsageError it raised, or "too large or complex". */
export function runIsolated<T>(entry: Entry, data: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    // A thread bin/cchc.js started at once is sent its request; otherwise one starts with it.
    const early = takeEarly(entry);
    const worker = early ?? startThread(entry, data);
    early?.postMessage({ request: data });
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Past its time the thread may be inflating: ended only outside zlib, which would otherwise abort the process.
      void endThread(worker);
      outcome();
    };
    const startClock = () => {
      timer = setTimeout(() => settle(() => reject(new LoadError(reason.tooComplex(limitText.time)))), WORKER_LIMITS.timeMs);
    };
    worker.on("message", (reply: Reply<T>) => {
      if ("started" in reply) return startClock();
      // The limit bounds reading the file; the engine's work on what was read is bounded by the heap cap alone.
      if ("read" in reply) return clearTimeout(timer);
      settle(() => {
        if (reply.ok) resolve(reply.value);
        else if ("reason" in reply) reject(new LoadError(reply.reason));
        else if ("usage" in reply) reject(new UsageError(reply.usage));
        else reject(new UnexpectedReadError());
      });
    });
    // ERR_WORKER_OUT_OF_MEMORY, or a thread that died otherwise: either way the file asked too much of it.
    worker.once("error", () => settle(() => reject(new LoadError(reason.tooComplex(limitText.memory)))));
    worker.once("exit", () => settle(() => reject(new LoadError(reason.tooComplex(limitText.memory)))));
  });
}

/**
 * The worker's side: takes its request (its workerData, or the first message of a thread started early), signals
 * that it starts on it (the clock starts then), runs `task`, replies once. A task that goes on after reading the file
 * calls `read()` then, which stops the clock. `moved` names the buffers of the value that are handed over rather
 * than copied.
 */
export function serveInWorker<T>(task: (data: never, read: () => void) => Promise<T>, moved: (value: T) => TransferListItem[] = () => []): void {
  const post = (reply: Reply<T>, transfer: TransferListItem[] = []) => parentPort?.postMessage(reply, transfer);
  const serve = (request: unknown) => {
    // Loading the thread's modules (compiling them, under tsx) is not the file's doing: the time limit starts here.
    post({ started: true });
    task(request as never, () => post({ read: true })).then(
      (value) => post({ ok: true, value }, moved(value)),
      (error: unknown) => {
        if (error instanceof LoadError) post({ ok: false, reason: error.reason });
        else if (error instanceof UsageError) post({ ok: false, usage: error.message });
        else post({ ok: false, unexpected: true });
      },
    );
  };
  const data = workerData as ThreadData;
  useGate(data);
  if (!data.byMessage) serve(data.request);
  else parentPort?.once("message", (message: { request: unknown }) => serve(message.request));
}
