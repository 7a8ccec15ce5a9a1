// The Word section: building the formal plan document for a 2,000-row plan (body prose, closing, landscape
// appendix) against the docx library packing the same text unformatted, in the same run: a plain table of the
// appendix rows, plus (since the document also states every task in section II) one plain paragraph per task.
// Floor: ours ≤ 1.5 × that. The ratio to the bare table alone is printed too. Memory: rss and heapUsed
// high-water, sampled while building.
import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import type { Analysis } from "../src/core/analyze";
import type { PlanRow } from "../src/core/types";
import { buildPlanDocx } from "../src/docx";
import { largeAnalysis } from "../test/docx/plan-fixture";
import type { SectionResult } from "./run";

export const name = "word";

const ROWS = 2000;
const RUNS = 7;
const MAX_RATIO = 1.5;

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The same cells the appendix prints, as one plain table with default styles; with `prose`, section II's
 *  text too, one plain paragraph per task. */
async function plainTable(analysis: Analysis, prose: boolean): Promise<Uint8Array> {
  const rows = analysis.plan.rows.map(
    (row) =>
      new TableRow({
        children: [
          row.number ?? "",
          row.content,
          row.indicator ?? "",
          row.verification ?? "",
          row.budget?.text ?? "",
          row.period?.text ?? "",
          row.lead ?? "",
          row.partners ?? "",
        ].map((text) => new TableCell({ children: [new Paragraph(text)] })),
      }),
  );
  const paragraphs = prose ? analysis.plan.rows.filter((row) => row.level !== "area").map(proseOf) : [];
  const document = new Document({ sections: [{ children: [...paragraphs, new Table({ rows })] }] });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function proseOf(row: PlanRow): Paragraph {
  const parts = [row.content, `Chỉ số: ${row.indicator ?? ""}`, `Thời gian: ${row.period?.text ?? ""}`];
  return new Paragraph(`- ${parts.join(". ")}. Chủ trì: ${row.lead ?? ""}; phối hợp: ${row.partners ?? ""}.`);
}

async function timeMs(task: () => Promise<unknown>): Promise<number> {
  collectGarbage();
  const start = process.hrtime.bigint();
  await task();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs `task` while sampling memory every 5 ms; returns the high-water marks in MB. */
async function peakMemory(task: () => Promise<unknown>): Promise<{ rss: number; heap: number }> {
  collectGarbage();
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  };
  const timer = setInterval(sample, 5);
  try {
    await task();
  } finally {
    clearInterval(timer);
    sample();
  }
  return { rss: rss / 1024 / 1024, heap: heap / 1024 / 1024 };
}

export async function run(): Promise<SectionResult> {
  const analysis = largeAnalysis(ROWS);
  await buildPlanDocx(analysis);
  await plainTable(analysis, true);
  await plainTable(analysis, false);
  const ours: number[] = [];
  const plain: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(await timeMs(() => buildPlanDocx(analysis)));
    plain.push(await timeMs(() => plainTable(analysis, true)));
    bare.push(await timeMs(() => plainTable(analysis, false)));
  }
  const memory = await peakMemory(() => buildPlanDocx(analysis));
  const size = (await buildPlanDocx(analysis)).byteLength;
  const ratio = round(median(ours) / median(plain), 2);
  return {
    figures: {
      "word.build_2000_rows_ms": round(median(ours), 1),
      "word.plain_text_2000_rows_ms": round(median(plain), 1),
      "word.plain_table_only_2000_rows_ms": round(median(bare), 1),
      "word.ratio": ratio,
      "word.ratio_to_table_only": round(median(ours) / median(bare), 2),
      "word.docx_kb": round(size / 1024, 1),
      "word.peak_rss_mb": round(memory.rss, 1),
      "word.peak_heap_mb": round(memory.heap, 1),
    },
    floors: [{ name: "word.ratio (build ÷ same text unformatted)", value: ratio, max: MAX_RATIO }],
  };
}
