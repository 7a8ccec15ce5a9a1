// Node aborts the whole process ("close before init", node_zlib.cc) when a thread is ended while it creates a zlib
// stream; a reading thread ended at its time limit while inflating took the command (and once a CI run's jest) down
// with a native stack trace. Here threads inflate without pause and are ended at random moments through the gate
// (src/cli/zlib-gate.ts), as the command ends them: the process must live through every one. Ended with a bare
// terminate() instead, the same loop aborted within 29, 77 and 168 threads on the build machine.
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { transformSync } from "esbuild";

const THREADS = 300;

const child = (gateModule: string) => `
const { startGated, endThread } = require(${JSON.stringify(gateModule)});
const thread = \`
  const { parentPort, workerData } = require("worker_threads");
  const zlib = require("zlib");
  const { useGate, throughGate } = require(${JSON.stringify(gateModule)});
  useGate(workerData);
  const data = zlib.deflateRawSync(Buffer.alloc(1000, 97));
  parentPort.postMessage("inflating");
  for (;;) throughGate(() => zlib.inflateRawSync(data, { maxOutputLength: 1000 }));
\`;
(async () => {
  for (let i = 0; i < ${THREADS}; i++) {
    const worker = startGated(thread, { eval: true }, {});
    await new Promise((resolve) => worker.once("message", resolve));
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 4));
    await endThread(worker);
  }
  console.log("ended ${THREADS} threads");
})();
`;

it(`ends ${THREADS} threads at random moments of their zlib calls, and the process lives`, () => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-zlib-gate-"));
  try {
    const source = readFileSync(join(__dirname, "..", "..", "src", "cli", "zlib-gate.ts"), "utf8");
    const gateModule = join(dir, "zlib-gate.js");
    writeFileSync(gateModule, transformSync(source, { loader: "ts", format: "cjs" }).code);
    const run = spawnSync(process.execPath, ["-e", child(gateModule)], { encoding: "utf8", timeout: 120_000 });
    expect(run.stderr).not.toMatch(/Assertion failed|close before init/);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(`ended ${THREADS} threads`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 150_000);
