// Preloaded (node -r) by test/cli/built.test.ts: the system refuses every new thread, as Node does when it cannot
// create one (ERR_WORKER_INIT_FAILED, thrown at once by new Worker).
"use strict";
const threads = require("worker_threads");
class RefusedWorker {
  constructor() {
    const error = new Error("Worker initialization failure: EAGAIN");
    error.code = "ERR_WORKER_INIT_FAILED";
    throw error;
  }
}
Object.defineProperty(threads, "Worker", { value: RefusedWorker });
