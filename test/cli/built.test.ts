// The built command line, as `npx cchc` runs it (npm ci builds it: tsc, then scripts/build-threads.js): its worker
// threads run as one bundled file each, through thread-loader.js with the code cache the build made. The other suites
// run the TypeScript sources; this one checks that the build says the same and that this Node accepts its caches.
import { spawn, spawnSync } from "child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Script } from "vm";
import { makeKhungLogic } from "../../bench/make-workbook";
import { openCache, sealCache } from "../../src/cli/code-cache";
import { runCli } from "./run-cli";

const ROOT = join(__dirname, "..", "..");
const BUILT = join(ROOT, "build", "src", "cli");
const THREADS = ["check-worker", "read-worker", "merge-worker"];
const built = existsSync(join(BUILT, "main.js"));

// Skipped, saying why, only outside CI: npm ci builds the command line, so under CI=true a missing build fails.
if (!built && process.env.CI !== "true") console.log("No build/ (run npm run build:node): the built command line is not tested here");
const describeBuilt = built || process.env.CI === "true" ? describe : describe.skip;

function cchc(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  // A command that hangs is ended after 20 s and shows as code null.
  const run = spawnSync(process.execPath, [join(ROOT, "bin", "cchc.js"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 20_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describeBuilt("the built command line", () => {
  test.each(THREADS)("%s is one bundled file whose code cache this Node accepts", (thread) => {
    const file = join(BUILT, `${thread}.js`);
    const source = readFileSync(file, "utf8");
    expect(source).not.toMatch(/require\("\.{1,2}\//); // no module of ours left to resolve at run time
    const cachedData = openCache(source, readFileSync(join(BUILT, `${thread}.cache`)));
    expect(cachedData).toBeDefined(); // made from this very bundle
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
    expect(script.cachedDataRejected).toBe(false);
  });

  test.each(["khung-logic-2026.xlsx", "so-gtvt-2014-5w1h.xlsx"])("check --json of %s prints what the sources print", async (name) => {
    const example = join("test", "fixtures", "examples", name);
    const fromBuild = cchc("check", example, "--json");
    const fromSources = await runCli("check", example, "--json");
    expect(fromBuild.stderr).toBe("");
    expect(fromBuild.code).toBe(fromSources.code);
    expect(fromBuild.stdout).toBe(fromSources.stdout);
  });

  test("merge with two reading threads writes the same workbook as with none", () => {
    const out = mkdtempSync(join(tmpdir(), "cchc-built-"));
    try {
      const drafts = join("test", "fixtures", "merge", "drafts");
      const threads = cchc("merge", drafts, "-o", join(out, "two.xlsx"), "--jobs", "2");
      const none = cchc("merge", drafts, "-o", join(out, "one.xlsx"), "--jobs", "1");
      expect(threads.code).toBe(none.code);
      expect([0, 1]).toContain(threads.code);
      expect(readFileSync(join(out, "two.xlsx")).equals(readFileSync(join(out, "one.xlsx")))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  // `cchc check … --json | head`: the reader closes the pipe after a few lines. A 2,000-row report (1.5 MB) outgrows
  // the pipe's buffer, so the command is still writing when it does.
  test("a reader that closes the pipe early ends the command with its own exit code, no stack trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-pipe-"));
    try {
      const plan = await makeKhungLogic(2000, dir);
      const child = spawn(process.execPath, [join(ROOT, "bin", "cchc.js"), "check", plan, "--json"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once("data", () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(stderr).toBe("");
      const whole = spawnSync(process.execPath, [join(ROOT, "bin", "cchc.js"), "check", plan, "--json"], { cwd: ROOT, stdio: "ignore", timeout: 20_000 });
      expect([0, 1]).toContain(whole.status);
      expect(code).toBe(whole.status);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  test("a file the reading thread cannot read is still one plain line, exit 2", () => {
    const result = cchc("check", "package.json");
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^cchc: /);
  });

  // A named pipe would make a reader wait for a writer that never comes: it is refused at once (check used to print
  // the time limit's message, then wait for ever; merge waited), and a merge lists it among the files it could not read.
  (process.platform === "win32" ? test.skip : test)("a named pipe given as a workbook is refused at once, by check and by merge", () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-fifo-"));
    try {
      const pipe = join(dir, "ong-dan.xlsx");
      expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
      const check = cchc("check", pipe);
      expect(check.code).toBe(2);
      expect(check.stderr).toMatch(/^cchc: Không đọc được "[^"]+": đây không phải là tệp thông thường[^\n]*\n$/);
      const draft = join("test", "fixtures", "merge", "drafts", "so-gtvt.xlsx");
      const merge = cchc("merge", pipe, draft, "-o", join(dir, "tong-hop.xlsx"));
      expect([0, 1]).toContain(merge.code);
      expect(merge.stdout).toMatch(/ong-dan\.xlsx: đây không phải là tệp thông thường/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // A subfolder the user may not open (chmod 000) is listed, and the merge goes on. Root opens any folder through its
  // capabilities, so as root (CI's containers) the command runs without them (setpriv, util-linux, on every Debian):
  // still root, owner of everything else here, but held to the folder's mode. Windows has no such mode.
  (process.platform === "win32" ? test.skip : test)("merge lists a subfolder it may not open and goes on with the rest", () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-locked-"));
    try {
      const drafts = join(dir, "du-thao");
      const locked = join(drafts, "khoa");
      mkdirSync(locked, { recursive: true });
      copyFileSync(join(ROOT, "test", "fixtures", "merge", "drafts", "so-tai-chinh.xlsx"), join(drafts, "so-tai-chinh.xlsx"));
      copyFileSync(join(ROOT, "test", "fixtures", "merge", "drafts", "so-tu-phap.xlsx"), join(locked, "so-tu-phap.xlsx"));
      writeFileSync(join(drafts, "hong.xlsx"), "not a workbook"); // a file not read beside the folder not opened
      chmodSync(locked, 0o000);
      const args = [join(ROOT, "bin", "cchc.js"), "merge", drafts, "-o", join(dir, "tong-hop.xlsx")];
      const asRoot = process.getuid?.() === 0;
      const run = asRoot
        ? spawnSync("setpriv", ["--bounding-set=-all", "--inh-caps=-all", process.execPath, ...args], { cwd: dir, encoding: "utf8", timeout: 20_000 })
        : spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8", timeout: 20_000 });
      expect(run.error).toBeUndefined();
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/SỞ TÀI CHÍNH/);
      expect(run.stdout).toMatch(/\nKhông đọc được 1 tệp và 1 thư mục \(trang "Không đọc được"\):\n  hong\.xlsx: [^\n]+\n  khoa\/: không có quyền mở thư mục\n/);
    } finally {
      if (existsSync(join(dir, "du-thao", "khoa"))) chmodSync(join(dir, "du-thao", "khoa"), 0o755); // so that it can be removed
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("where the system refuses a thread, check says so in one plain line and exits 2, as before it started one early", () => {
    const example = join("test", "fixtures", "examples", "khung-logic-2026.xlsx");
    const run = spawnSync(process.execPath, ["-r", join(__dirname, "no-threads.cjs"), join(ROOT, "bin", "cchc.js"), "check", example], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cchc: [^\n]+\n$/);
  });

  test.each(["check", "check --bogus x.xlsx", "build x.xlsx", "schedule", "constructor", "toString x.xlsx"])(
    "cchc %s: a usage error ends the command at once, and any reading thread started for it with it",
    (command) => {
      const result = cchc(...command.split(" "));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^cchc: [^\n]+\n$/);
    },
  );
});

test("a code cache is used only with the script it was made from, never with another of the same length", () => {
  const made = "function f() { return 'OLD-VALUE'; }";
  const other = "function f() { return 'NEW-VALUE'; }";
  const data = new Script(made).createCachedData();
  // V8 alone would take it: it checks the script's length, not its text.
  expect(new Script(other, { cachedData: data }).cachedDataRejected).toBe(false);
  const stored = sealCache(made, data);
  expect(openCache(other, stored)).toBeUndefined();
  expect(openCache(made, stored)?.equals(data)).toBe(true);
  expect(openCache(made, undefined)).toBeUndefined();
  expect(openCache(made, stored.subarray(0, 10))).toBeUndefined();
});
