// An .xlsx file on disk → the workbook's grids, through the one loader every shell uses (src/xlsx/load.ts),
// with Node's zlib as its inflater. The file is read once and never written. The command line reads inside a
// worker thread with a heap cap and a time limit (readIsolated), on top of the loader's own bounds.
import { readFile } from "fs/promises";
import { join } from "path";
import { Worker } from "worker_threads";
import { inflateRawSync } from "zlib";
import type { SheetGrid } from "../core/types";
import { LoadError, loadWorkbook, type LoadedWorkbook } from "../xlsx/load";
import type { RawInflate } from "../xlsx/zip";
import { limitText, reason } from "../xlsx/strings.vi";
import { msg } from "./messages";
import type { WorkerReply } from "./read-worker";

export { LoadError };

/** zlib stops at maxOutputLength: an entry can never inflate past the size its zip directory declares. */
export const nativeInflate: RawInflate = (compressed, maxOutput) => inflateRawSync(compressed, { maxOutputLength: maxOutput });

export async function loadFile(file: string): Promise<LoadedWorkbook> {
  return loadWorkbook(await readBytes(file), { inflateRaw: nativeInflate });
}

export async function loadGrids(file: string): Promise<SheetGrid[]> {
  return (await loadFile(file)).grids;
}

/**
 * The reading thread's bounds (README, "Reading workbooks"): far above a 20,000-row plan (about 0.3 s and 150 MB),
 * well inside the 1 GB and 10 s a hostile file may cost the command.
 */
export const WORKER_LIMITS = { heapMb: 640, youngMb: 48, timeMs: 8000 };

/** A failure inside the worker that is not a LoadError (a bug): the caller reports it as unexpected. */
export class UnexpectedReadError extends Error {}

/** loadFile in a worker thread: past its heap cap or time limit, a LoadError saying the file is too large or complex. */
export function readIsolated(file: string): Promise<LoadedWorkbook> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(file);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const startClock = () => {
      timer = setTimeout(() => settle(() => reject(new LoadError(reason.tooComplex(limitText.time)))), WORKER_LIMITS.timeMs);
    };
    worker.on("message", (reply: WorkerReply) => {
      if ("started" in reply) return startClock();
      settle(() => {
        if (reply.ok) resolve(reply.workbook);
        else if ("reason" in reply) reject(new LoadError(reply.reason));
        else reject(new UnexpectedReadError());
      });
    });
    // ERR_WORKER_OUT_OF_MEMORY, or a thread that died otherwise: either way the file asked too much of it.
    worker.once("error", () => settle(() => reject(new LoadError(reason.tooComplex(limitText.memory)))));
    worker.once("exit", () => settle(() => reject(new LoadError(reason.tooComplex(limitText.memory)))));
  });
}

function startWorker(file: string): Worker {
  const options = {
    workerData: { file },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_LIMITS.heapMb, maxYoungGenerationSizeMb: WORKER_LIMITS.youngMb },
    stderr: true,
    stdout: true,
  };
  // Run from the TypeScript sources (jest, tsx): the worker registers tsx before loading its module.
  if (__filename.endsWith(".ts")) {
    const code = `require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(join(__dirname, "read-worker.ts"))});`;
    return drained(new Worker(code, { ...options, eval: true }));
  }
  return drained(new Worker(join(__dirname, "read-worker.js"), options));
}

/** The thread's own output (a V8 report as it dies) is read and dropped: the command prints its one line. */
function drained(worker: Worker): Worker {
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new LoadError(fileErrorReason((error as NodeJS.ErrnoException).code));
  }
}

function fileErrorReason(code: string | undefined): string {
  if (code === "ENOENT" || code === "ENOTDIR") return msg.notFound;
  if (code === "EISDIR") return msg.isDirectory;
  if (code === "EACCES" || code === "EPERM") return msg.noPermission;
  return msg.unreadable;
}
