// The entry of every worker thread the built command line starts (isolate.ts, merge-pool.ts); process.argv[2] names
// the thread. It runs the thread's script, one file since the build bundles it (scripts/build-threads.js), with the
// V8 code cache the build made by running the thread on the bundled examples: a fresh thread then neither parses the
// script nor compiles the functions those runs compiled, which every command paid before it read a cell. A cache made
// from another script (code-cache.ts: its digest) or for another Node (V8 checks) is not used, and the script compiles
// as usual. This is what require() does (compile the file as a function and call it), with a cache. With
// CCHC_THREAD_CACHE=write (the build's runs) the thread writes its cache after each reply it posts.
import { readFileSync, renameSync, writeFileSync } from "fs";
import { createRequire } from "module";
import { join } from "path";
import { Script } from "vm";
import { parentPort, type TransferListItem } from "worker_threads";
import { openCache, sealCache } from "./code-cache";

const THREADS = new Set(["check-worker", "read-worker", "merge-worker"]);

const thread = process.argv[2];
if (!THREADS.has(thread)) throw new Error(`no thread named ${thread}`);
const file = join(__dirname, `${thread}.js`);
const cacheFile = join(__dirname, `${thread}.cache`);

function cached(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined; // none built: the script compiles as usual
  }
}

const source = readFileSync(file, "utf8");
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: file,
  cachedData: openCache(source, cached()),
});

/** The build's runs: the cache is written (whole, then renamed) before each reply leaves, so it holds what ran. */
function writeCacheOnReply(): void {
  const port = parentPort;
  if (!port) return;
  const post = port.postMessage.bind(port);
  port.postMessage = (value: unknown, transfer?: readonly TransferListItem[]) => {
    const partial = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(partial, sealCache(source, script.createCachedData()));
    renameSync(partial, cacheFile);
    post(value, transfer);
  };
}

if (process.env.CCHC_THREAD_CACHE === "write") writeCacheOnReply();
const bundle = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void).call(bundle.exports, bundle.exports, createRequire(file), bundle, file, __dirname);
