// The ExcelJS side of npm run corpus, in its own thread so a file it hangs on can be abandoned.
import { readFileSync } from "fs";
import { parentPort } from "worker_threads";
import { excelJsFacts } from "./compare";

const reply = (message: unknown) => {
  try {
    parentPort?.postMessage(message);
  } catch (error) {
    parentPort?.postMessage({ failed: `reply not cloneable: ${String(error)}`.slice(0, 80) });
  }
};

parentPort?.postMessage("ready");
parentPort?.on("message", (file: string) => {
  excelJsFacts(readFileSync(file)).then(
    (facts) => reply({ facts }),
    (error: unknown) => reply({ failed: String((error as Error)?.message ?? error).slice(0, 80) }),
  );
});
