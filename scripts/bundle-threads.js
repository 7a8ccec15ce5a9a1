// The command line's worker threads, each made one file after `tsc` (in place of its compiled entry): a fresh thread
// then compiles one script instead of resolving, reading and wrapping some eighty modules, about 40 ms of every
// `cchc check`. npm packages stay outside (loaded as usual); the main thread keeps its modules, most loaded on demand.
const { buildSync } = require("esbuild");
const { join } = require("path");

const CLI = join(__dirname, "..", "build", "src", "cli");
const THREADS = ["check-worker", "read-worker", "merge-worker"];

for (const thread of THREADS) {
  const file = join(CLI, `${thread}.js`);
  buildSync({ entryPoints: [file], outfile: file, allowOverwrite: true, bundle: true, platform: "node", target: "node20", format: "cjs", packages: "external", logLevel: "warning" });
}
