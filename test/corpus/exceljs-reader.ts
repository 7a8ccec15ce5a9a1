// ExcelJS reading a workbook in a worker thread (20 s and 1.5 GB per file), since ExcelJS hangs on some files or
// exhausts its heap: used by npm run corpus for the originals and by the LibreOffice check for LibreOffice's copies.
import { join } from "path";
import { Worker } from "worker_threads";
import type { WorkbookFacts } from "./compare";

const EXCELJS_TIME_MS = 20_000;

export type ExcelJsOutcome = { facts: WorkbookFacts } | { failed: string };

/** One long-lived ExcelJS thread, replaced whenever a file makes it overrun its time. */
export class ExcelJsReader {
  private worker: Promise<Worker> | null = null;

  /** A new thread, once it has loaded ExcelJS: its start-up is not billed to the file's time. */
  private start(): Promise<Worker> {
    const code = `require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(join(__dirname, "exceljs-worker.ts"))});`;
    const worker = new Worker(code, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 1536 }, stdout: true, stderr: true });
    // ExcelJS warns on some files; an unread pipe would stall the thread.
    worker.stdout.resume();
    worker.stderr.resume();
    // A thread abandoned at its time limit may still die of its heap cap before terminate() lands; that death is
    // expected and must not take the whole run down as an unhandled 'error'.
    worker.on("error", () => undefined);
    return new Promise((resolve) => worker.once("message", () => resolve(worker)));
  }

  async read(file: string): Promise<ExcelJsOutcome> {
    const worker = await (this.worker ??= this.start());
    return new Promise((resolve) => {
      const onMessage = (reply: { facts?: WorkbookFacts; failed?: string }) =>
        done(reply.facts ? { facts: reply.facts } : { failed: reply.failed ?? "error" }, false);
      const onError = () => done({ failed: "crashed (out of memory)" }, true);
      const done = (outcome: ExcelJsOutcome, restart: boolean) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        if (restart) {
          void worker.terminate();
          this.worker = null;
        }
        resolve(outcome);
      };
      const timer = setTimeout(() => done({ failed: "timeout" }, true), EXCELJS_TIME_MS);
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.postMessage(file);
    });
  }

  stop(): void {
    void this.worker?.then((worker) => worker.terminate());
  }
}
