// A worker thread of `cchc merge --jobs N`: reads the drafts it is sent, one at a time, and posts back plain data.
import { parentPort } from "worker_threads";
import { readDraft, type ReadRequest } from "./merge-read";

parentPort?.on("message", (message: { id: number; request: ReadRequest }) => {
  void readDraft(message.request).then((result) => parentPort?.postMessage({ id: message.id, result }));
});
