// The engine section: `cchc check` in-process (reading thread, own reader, analyze, JSON report) against ExcelJS
// merely reading the same file, in the same run.
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { makeKhungLogic } from "./make-workbook";
import type { SectionResult } from "./run";

export const name = "engine";

const SIZES = [10000, 20000] as const;
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

async function check(file: string): Promise<void> {
  const code = await main(["check", file, "--json"], silent);
  if (code === 2) throw new Error(`cchc check could not read ${file}`);
}

const read = (file: string) => new ExcelJS.Workbook().xlsx.readFile(file);

/** Median read and check times for one file, runs interleaved so drift hits both alike. */
async function measure(file: string): Promise<{ read: number; check: number }> {
  for (let warm = 0; warm < WARM_UPS; warm++) {
    await read(file);
    await check(file);
  }
  const reads: number[] = [];
  const checks: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    reads.push(await timeMs(() => read(file)));
    checks.push(await timeMs(() => check(file)));
  }
  return { read: median(reads), check: median(checks) };
}

export async function run(): Promise<SectionResult> {
  const dir = mkdtempSync(join(tmpdir(), "cchc-bench-"));
  try {
    const figures: Record<string, number> = {};
    for (const size of SIZES) {
      const { read: readMs, check: checkMs } = await measure(await makeKhungLogic(size, dir));
      figures[`engine.read.${size}.ms`] = round(readMs, 1);
      figures[`engine.check.${size}.ms`] = round(checkMs, 1);
    }
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
