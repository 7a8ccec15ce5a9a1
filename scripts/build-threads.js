// After `tsc`: each worker thread of the command line made one file (esbuild, in place of its compiled entry), then
// its V8 code cache made by running the built command line on the bundled examples (thread-loader.ts loads both).
// A fresh thread then compiles neither some eighty modules nor the functions those runs compiled: about 80 ms of
// every `cchc check` of a 10,000-row plan. npm packages stay outside the bundles, loaded as usual.
"use strict";
const { buildSync } = require("esbuild");
const { spawnSync } = require("child_process");
const { existsSync, mkdtempSync, rmSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");

const ROOT = join(__dirname, "..");
const CLI = join(ROOT, "build", "src", "cli");
const THREADS = ["check-worker", "read-worker", "merge-worker"];
const EXAMPLES = ["khung-logic-2026.xlsx", "so-gtvt-2014-5w1h.xlsx", "de-cuong-2019.xlsx"].map((name) => join("test", "fixtures", "examples", name));

for (const thread of THREADS) {
  const file = join(CLI, `${thread}.js`);
  buildSync({ entryPoints: [file], outfile: file, allowOverwrite: true, bundle: true, platform: "node", target: "node20", format: "cjs", packages: "external", logLevel: "warning" });
  rmSync(join(CLI, `${thread}.cache`), { force: true });
}

/** The runs that make the caches: each thread's cache grows with every run (a run starts from the one before). */
function trainingRuns(out) {
  const runs = [];
  for (const example of EXAMPLES) {
    runs.push(["check", example, "--json"], ["check", example, "--explain"]);
    runs.push(["build", example, "-o", join(out, "ke-hoach.docx"), "--force", "--schedule"]);
  }
  runs.push(["merge", join("test", "fixtures", "merge", "drafts"), "-o", join(out, "tong-hop.xlsx"), "--jobs", "2", "--force"]);
  return runs;
}

const out = mkdtempSync(join(tmpdir(), "cchc-threads-"));
try {
  for (const args of trainingRuns(out)) {
    const run = spawnSync(process.execPath, [join(ROOT, "bin", "cchc.js"), ...args], {
      cwd: ROOT,
      env: { ...process.env, CCHC_THREAD_CACHE: "write" },
      encoding: "utf8",
      stdio: ["ignore", "ignore", "pipe"],
    });
    // 1 is findings found (the examples have some on purpose); 2 would be a command that could not run.
    if (run.status !== 0 && run.status !== 1) {
      console.error(`build-threads: cchc ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
      process.exit(1);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
// A thread the runs never started would compile from scratch at every command: the build says so rather than pass.
const missing = THREADS.filter((thread) => !existsSync(join(CLI, `${thread}.cache`)));
if (missing.length > 0) {
  console.error(`build-threads: no code cache made for ${missing.join(", ")}`);
  process.exit(1);
}
