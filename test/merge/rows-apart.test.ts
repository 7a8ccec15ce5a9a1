// The command line writes Tổng hợp's rows one at a time (rowsApart) instead of holding a cell object for each, and
// has them drawn by the threads that read their drafts (drawMergedRows): the workbook must say the same, part for part,
// as the one written from every cell of the layout the pane inserts.
import { readdirSync, readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { readDrafts } from "../../src/cli/merge-pool";
import { digestOf } from "../../src/cli/merge-read";
import { drawMergedRows, drawRuns } from "../../src/cli/merge-render";
import { layoutsToXlsx } from "../../src/cli/merge-write";
import { consolidate, DEFAULT_SHEET_NAMES, MERGE_FORMS, mergeLayouts, planReads, type DraftRead, type DraftFailure, type MergedLayout } from "../../src/core/merge";
import type { DeflatedPiece } from "../../src/xlsx/write-layouts";

const DRAFTS = join(__dirname, "..", "fixtures", "merge", "drafts");

async function partsOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) out[name] = await zip.file(name)!.async("string");
  return out;
}

it.each(MERGE_FORMS)("writes the same %s workbook from rows given apart, or drawn by draft, as from the layout's cells", async (form) => {
  const files = readdirSync(DRAFTS, { recursive: true }).map(String).filter((f) => f.endsWith(".xlsx")).sort();
  const { read } = planReads(files.map((file) => ({ file, digest: digestOf(readFileSync(join(DRAFTS, file))) })));
  const requests = read.map((r) => ({ path: join(DRAFTS, r.file), file: r.file, digest: r.digest }));
  const results = await readDrafts(requests, 1);
  const drafts = results.flatMap((r): DraftRead[] => (r.ok ? [r.draft] : []));
  const failures = results.flatMap((r): DraftFailure[] => (r.ok ? [] : [r.failure]));
  const c = consolidate(drafts, failures);
  expect(c.plan.rows.length).toBeGreaterThan(30);
  const date = new Date(Date.UTC(2026, 9, 1));
  const whole = Buffer.from(await layoutsToXlsx(mergeLayouts(c, form), date));
  const apart = mergeLayouts(c, form, DEFAULT_SHEET_NAMES, { rowsApart: true });
  expect(apart[0].cells.length).toBeLessThan(mergeLayouts(c, form)[0].cells.length);
  expect(Buffer.from(await layoutsToXlsx(apart, date)).equals(whole)).toBe(true);

  const [merged, ...others] = apart;
  const indexOf = (file: string) => requests.findIndex((r) => r.file === file);
  const drawn = await drawMergedRows(merged as MergedLayout, form, indexOf, async (wanted) => {
    const out = new Map<number, DeflatedPiece[]>();
    for (const [index, request] of wanted) out.set(index, drawRuns((results[index] as { draft: DraftRead }).draft, request));
    return out;
  });
  // One piece per run of a draft's rows, and the rows below the last run.
  expect(drawn.renderedRows!.length).toBe((merged as MergedLayout).rows!.runs().length + 1);
  expect(await partsOf(await layoutsToXlsx([drawn, ...others], date))).toEqual(await partsOf(whole));
});
