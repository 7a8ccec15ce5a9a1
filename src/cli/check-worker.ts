// The reading thread of `check` (isolate.ts): reads, analyses and renders; only the printed text comes back.
import { checkFile, type CheckRequest } from "./check";
import { serveInWorker } from "./isolate";

serveInWorker(
  (request: CheckRequest, read) => checkFile(request, read),
  (outcome) => [outcome.stdout.buffer as ArrayBuffer],
);
