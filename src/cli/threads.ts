// Starting the command line's reading threads (isolate.ts runs them), kept apart from everything else so that
// bin/cchc.js can start the thread `check`, `build` or `schedule` will need before it loads the command's modules:
// Node spends some 40 ms starting a thread, which then pass while the command loads and reads its arguments. The
// thread waits for its request (serveInWorker); one never asked for (a usage error) is ended when the command ends
// (endEarly: its drained output streams would keep the process alive).
import { join } from "path";
import type { Worker } from "worker_threads";
import { endThread, startGated, type GatedData } from "./zlib-gate";

/**
 * The reading thread's bounds (README, "Reading workbooks"): far above a 20,000-row plan (about 0.3 s and 150 MB),
 * well inside the 1 GB and 10 s a hostile file may cost the command.
 */
export const WORKER_LIMITS = { heapMb: 640, youngMb: 48, timeMs: 8000 };

export type Entry = "read-worker" | "check-worker";

/** The commands whose reading thread bin/cchc.js starts at once. */
const ENTRY_OF = new Map<string, Entry>([
  ["check", "check-worker"],
  ["build", "read-worker"],
  ["schedule", "read-worker"],
]);

/** A reading thread's workerData: its request, or that it comes by message; and its zlib gate (zlib-gate.ts). */
type Request = { byMessage: false; request: unknown } | { byMessage: true };
export type ThreadData = Request & GatedData;

/** A thread running `entry` on `request`; without one, it waits for it ({ request }) by message (a thread started early). */
export function startThread(entry: Entry, ...request: [unknown] | []): Worker {
  const data: Request = request.length === 1 ? { byMessage: false, request: request[0] } : { byMessage: true };
  const options = {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_LIMITS.heapMb, maxYoungGenerationSizeMb: WORKER_LIMITS.youngMb },
    stderr: true,
    stdout: true,
  };
  // Run from the TypeScript sources (jest, tsx): the worker registers tsx before loading its module.
  if (__filename.endsWith(".ts")) {
    const code = `require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(join(__dirname, `${entry}.ts`))});`;
    return drained(startGated(code, { ...options, eval: true }, data));
  }
  return drained(startGated(join(__dirname, "thread-loader.js"), { ...options, argv: [entry] }, data));
}

/** The thread's own output (a V8 report as it dies) is read and dropped: the command prints its one line. */
function drained(worker: Worker): Worker {
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}

let early: { entry: Entry; worker: Worker; exited: boolean } | undefined;

/**
 * bin/cchc.js: starts the reading thread the command in `argv` will ask for, unless it asks only for help. Where no
 * thread can be started now (the system refuses one), the command starts it when it needs it, as it always did, and
 * says so in its one line if it still cannot.
 */
export function startEarly(argv: string[]): void {
  const entry = ENTRY_OF.get(argv[0] ?? "");
  if (entry === undefined || argv.some((arg) => arg === "--help" || arg === "-h")) return;
  let worker: Worker;
  try {
    worker = startThread(entry);
  } catch {
    return;
  }
  const started = { entry, worker, exited: false };
  // A thread that fails before it is asked for anything is simply not used: the command starts another.
  worker.once("error", () => (started.exited = true));
  worker.once("exit", () => (started.exited = true));
  early = started;
}

/** The thread started early for `entry`, if one is still there: the caller sends it its request. Taken once. */
export function takeEarly(entry: Entry): Worker | undefined {
  if (!early || early.entry !== entry || early.exited) return undefined;
  const { worker } = early;
  early = undefined;
  return worker;
}

/** bin/cchc.js, once the command has ended: a thread started early and never asked for (a usage error) is ended. */
export function endEarly(): void {
  if (early && !early.exited) void endThread(early.worker);
  early = undefined;
}
