// Node aborts the whole process ("close before init", node_zlib.cc) when a thread is ended between the birth of a zlib
// stream and its initialisation, which every one-shot zlib call (inflateRawSync …) goes through: a reading thread ended
// at its time limit while it inflated would take the command down with a native stack trace. So each reading thread
// has a gate: its zlib calls pass through it, and the command ends a thread only once its gate is shut, never inside
// zlib. A shut gate keeps the thread waiting at its next zlib call until it is ended.
import { Worker, type WorkerOptions } from "worker_threads";

const OPEN = 0;
const IN_ZLIB = 1;
const SHUT = 2;

/** This thread's gate, where it is a reading thread (useGate); the main thread has none and calls zlib directly. */
let own: Int32Array | undefined;

/** The gate of each thread started with one. */
const gates = new WeakMap<Worker, Int32Array>();

/** What a gated thread finds in its workerData, beside what it was started with. */
export interface GatedData {
  gate: SharedArrayBuffer;
}

/** A thread with a gate, handed to it in its workerData (`data` and `gate`); endThread waits on it. */
export function startGated<T extends object>(script: string, options: WorkerOptions, data: T): Worker {
  const gate = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const worker = new Worker(script, { ...options, workerData: { ...data, gate } satisfies T & GatedData });
  gates.set(worker, new Int32Array(gate));
  return worker;
}

/** The thread's side: its zlib calls pass through the gate in its workerData from now on. */
export function useGate(data: Partial<GatedData> | null | undefined): void {
  own = data?.gate instanceof SharedArrayBuffer ? new Int32Array(data.gate) : undefined;
}

/** Runs one zlib call through this thread's gate; once the gate is shut, waits here to be ended. */
export function throughGate<T>(call: () => T): T {
  const gate = own;
  if (!gate) return call();
  while (Atomics.compareExchange(gate, 0, OPEN, IN_ZLIB) !== OPEN) Atomics.wait(gate, 0, SHUT);
  try {
    return call();
  } finally {
    Atomics.store(gate, 0, OPEN);
  }
}

/** Ends a thread once it is outside zlib: at once, or as soon as its zlib call returns (each is bounded). */
export function endThread(worker: Worker): Promise<void> {
  const gate = gates.get(worker);
  return new Promise((resolve) => {
    const attempt = () => {
      if (gate && Atomics.compareExchange(gate, 0, OPEN, SHUT) !== OPEN) return void setTimeout(attempt, 1);
      void worker.terminate().then(() => resolve(), () => resolve());
    };
    attempt();
  });
}
