// The worker thread the command line reads a workbook in (see load.ts): a file that would exhaust the heap or
// run too long kills this thread, never the command.
import { parentPort, workerData } from "worker_threads";
import { loadFile, LoadError } from "./load";

export type WorkerReply =
  | { started: true }
  | { ok: true; workbook: Awaited<ReturnType<typeof loadFile>> }
  | { ok: false; reason: string }
  | { ok: false; unexpected: true };

// The time limit runs from here: loading the thread's modules (compiling them, under tsx) is not the file's doing.
parentPort?.postMessage({ started: true } satisfies WorkerReply);
loadFile((workerData as { file: string }).file).then(
  (workbook) => parentPort?.postMessage({ ok: true, workbook } satisfies WorkerReply),
  (error: unknown) =>
    parentPort?.postMessage(
      (error instanceof LoadError ? { ok: false, reason: error.reason } : { ok: false, unexpected: true }) satisfies WorkerReply,
    ),
);
