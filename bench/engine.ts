// The engine section: `cchc check` in-process (reading thread, own reader, analyze, JSON report; the built command
// line, as users run it) against ExcelJS merely reading the same file, in the same run; and `analyze()` alone on its first call in a fresh process (what a
// command pays: the engine's code still cold), against ExcelJS's first read in a fresh process, for the 10,000-row
// plan and for the drafts of a merge (summed).
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";
import ExcelJS from "exceljs";
import { loadMain, type Main } from "./built-cli";
import { makeDrafts } from "./make-drafts";
import { makeKhungLogic } from "./make-workbook";
import type { SectionResult } from "./run";

export const name = "engine";

const SIZES = [10000, 20000] as const;
const ROOT = join(__dirname, "..");
const FRESH_RUNS = 5;
/** Enough drafts for all five layouts several times, few enough that ExcelJS reads them in seconds. */
const DRAFTS = { count: 40, rows: 300 };
const RUNS = 9;
const WARM_UPS = 2;
const silent = { stdout: () => undefined, stderr: () => undefined };

// Each timed run starts from a collected heap, so one run's garbage is not billed to the next.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

async function timeMs(task: () => Promise<unknown>): Promise<number> {
  collectGarbage();
  const start = process.hrtime.bigint();
  await task();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

async function check(main: Main, file: string): Promise<void> {
  const code = await main(["check", file, "--json"], silent);
  if (code === 2) throw new Error(`cchc check could not read ${file}`);
}

const read = (file: string) => new ExcelJS.Workbook().xlsx.readFile(file);

/** Median read and check times for one file, runs interleaved so drift hits both alike. */
async function measure(main: Main, file: string): Promise<{ read: number; check: number }> {
  for (let warm = 0; warm < WARM_UPS; warm++) {
    await read(file);
    await check(main, file);
  }
  const reads: number[] = [];
  const checks: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    reads.push(await timeMs(() => read(file)));
    checks.push(await timeMs(() => check(main, file)));
  }
  return { read: median(reads), check: median(checks) };
}

/**
 * Milliseconds a fresh `node` process spends in `task` over every file, timed inside the process (start-up and the
 * reading before it are not counted). `prepare` runs first per file, untimed. Runs on the compiled build/, as the
 * command does.
 */
function freshProcessMs(files: string[], prepare: string, task: string): number {
  const script = `
    const { loadGrids } = require("./build/src/cli/load.js");
    const { analyze } = require("./build/src/core/analyze.js");
    const ExcelJS = require("exceljs");
    (async () => {
      const inputs = [];
      for (const file of ${JSON.stringify(files)}) inputs.push(await (${prepare})(file));
      const start = process.hrtime.bigint();
      for (const input of inputs) await (${task})(input);
      process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6));
    })();`;
  const child = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
  if (child.status !== 0) throw new Error(`fresh process failed: ${child.stderr}`);
  return Number(child.stdout);
}

/** First-call analyze ÷ ExcelJS's first read, each in its own fresh process, medians of runs interleaved. */
function firstCallRatio(files: string[]): { analyze: number; read: number } {
  const analyzeMs: number[] = [];
  const readMs: number[] = [];
  for (let run = 0; run < FRESH_RUNS; run++) {
    analyzeMs.push(freshProcessMs(files, "loadGrids", "(grids) => analyze(grids, {})"));
    readMs.push(freshProcessMs(files, "(file) => file", "(file) => new ExcelJS.Workbook().xlsx.readFile(file)"));
  }
  return { analyze: median(analyzeMs), read: median(readMs) };
}

export async function run(): Promise<SectionResult> {
  const dir = mkdtempSync(join(tmpdir(), "cchc-bench-"));
  try {
    const { main, built } = await loadMain();
    const figures: Record<string, number> = { "engine.built_cli": built ? 1 : 0 };
    const plans = new Map<number, string>();
    for (const size of SIZES) {
      plans.set(size, await makeKhungLogic(size, dir));
      const { read: readMs, check: checkMs } = await measure(main, plans.get(size) as string);
      figures[`engine.read.${size}.ms`] = round(readMs, 1);
      figures[`engine.check.${size}.ms`] = round(checkMs, 1);
    }
    const plan = firstCallRatio([plans.get(10000) as string]);
    figures["engine.analyze.firstCall.10000.ms"] = round(plan.analyze, 1);
    figures["engine.ratio.analyzeVsExcelJsRead.10000"] = round(plan.analyze / plan.read, 2);
    const drafts = firstCallRatio(await makeDrafts(join(dir, "drafts"), DRAFTS.count, DRAFTS.rows));
    figures[`engine.analyze.freshSum.drafts${DRAFTS.count}x${DRAFTS.rows}.ms`] = round(drafts.analyze, 1);
    figures[`engine.ratio.analyzeVsExcelJsRead.drafts${DRAFTS.count}x${DRAFTS.rows}`] = round(drafts.analyze / drafts.read, 2);
    figures["engine.ratio.checkVsRead.10000"] = round(figures["engine.check.10000.ms"] / figures["engine.read.10000.ms"], 2);
    figures["engine.ratio.linear.20000vs10000"] = round(figures["engine.check.20000.ms"] / figures["engine.check.10000.ms"], 2);
    return {
      figures,
      floors: [
        { name: "engine.ratio.checkVsRead.10000", value: figures["engine.ratio.checkVsRead.10000"], max: 1.6 },
        { name: "engine.ratio.linear.20000vs10000", value: figures["engine.ratio.linear.20000vs10000"], max: 2.1 },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
