// The command line writes Tổng hợp's rows one at a time (rowsApart) instead of holding a cell object for each; the
// workbook must be the same, byte for byte, as the one written from every cell of the layout the pane inserts.
import { readdirSync } from "fs";
import { join } from "path";
import { readDrafts } from "../../src/cli/merge-pool";
import { layoutsToXlsx } from "../../src/cli/merge-write";
import { consolidate, DEFAULT_SHEET_NAMES, MERGE_FORMS, mergeLayouts, planReads, type DraftRead, type DraftFailure } from "../../src/core/merge";

const DRAFTS = join(__dirname, "..", "fixtures", "merge", "drafts");

it.each(MERGE_FORMS)("writes the same %s workbook from rows given apart as from the layout's cells", async (form) => {
  const files = readdirSync(DRAFTS, { recursive: true }).map(String).filter((f) => f.endsWith(".xlsx")).sort();
  const { read } = planReads(files.map((file) => ({ file, digest: file })));
  const results = await readDrafts(read.map((r) => ({ path: join(DRAFTS, r.file), file: r.file, digest: r.digest })), 1);
  const drafts = results.flatMap((r): DraftRead[] => (r.ok ? [r.draft] : []));
  const failures = results.flatMap((r): DraftFailure[] => (r.ok ? [] : [r.failure]));
  const c = consolidate(drafts, failures);
  expect(c.plan.rows.length).toBeGreaterThan(30);
  const date = new Date(Date.UTC(2026, 9, 1));
  const whole = Buffer.from(await layoutsToXlsx(mergeLayouts(c, form), date));
  const apart = mergeLayouts(c, form, DEFAULT_SHEET_NAMES, { rowsApart: true });
  expect(apart[0].cells.length).toBeLessThan(mergeLayouts(c, form)[0].cells.length);
  expect(Buffer.from(await layoutsToXlsx(apart, date)).equals(whole)).toBe(true);
});
