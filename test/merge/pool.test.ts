// The reading workers of --jobs N: results in request order whatever finishes first, the workers of one merge wait
// (never holding the process open) to read the next merge's drafts, with the same results, and a worker that dies
// costs only the draft it was reading. The workers keep their drafts and draw them: the same pieces as drawn in the
// main thread, and a worker that dies before it draws costs nothing.
import { createHash } from "crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { closeDraftReaders, openDrafts, readDrafts, startDraftReaders, waitingReaders } from "../../src/cli/merge-pool";
import { digestOf, readDraft, slimDraft } from "../../src/cli/merge-read";
import { drawMergedRows, drawRuns } from "../../src/cli/merge-render";
import { consolidate, DEFAULT_SHEET_NAMES, mergeLayouts, type DraftRead, type MergedLayout } from "../../src/core/merge";
import type { DeflatedPiece } from "../../src/xlsx/write-layouts";
import { msg } from "../../src/cli/messages";
import { WORKER_LIMITS } from "../../src/cli/isolate";
import { limitText, reason } from "../../src/xlsx/strings.vi";
import type { FormLayout, LayoutCell } from "../../src/core/forms";
import { layoutsToXlsxBytes } from "../../src/xlsx/write-layouts";

const DRAFTS = join(__dirname, "..", "fixtures", "merge", "drafts");
const requests = readdirSync(DRAFTS, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".xlsx"))
  .sort()
  .map((file) => ({ path: join(DRAFTS, file), file, digest: createHash("sha256").update(readFileSync(join(DRAFTS, file))).digest("hex") }));

afterAll(() => closeDraftReaders());

it("reads in two workers what one thread reads, in request order, and keeps the two workers for the next merge", async () => {
  const inThread = await readDrafts(requests, 1);
  expect(waitingReaders()).toBe(0);
  const first = await readDrafts(requests, 2);
  expect(waitingReaders()).toBe(2);
  const second = await readDrafts(requests, 2);
  expect(waitingReaders()).toBe(2);
  expect(first).toEqual(inThread);
  expect(second).toEqual(inThread);
  expect(inThread.map((r) => (r.ok ? r.draft.file : r.failure.file))).toEqual(requests.map((r) => r.file));
  await closeDraftReaders();
  expect(waitingReaders()).toBe(0);
}, 60_000); // the workers compile the TypeScript sources through tsx on start

it("starts the workers ahead (as a merge does before it hashes the files), and reading uses those, no others", async () => {
  startDraftReaders(1);
  expect(waitingReaders()).toBe(0); // --jobs 1 reads in the main thread: nothing to start
  startDraftReaders(3);
  startDraftReaders(3);
  expect(waitingReaders()).toBe(3);
  const read = await readDrafts(requests, 3);
  expect(waitingReaders()).toBe(3);
  expect(read.map((r) => (r.ok ? r.draft.file : r.failure.file))).toEqual(requests.map((r) => r.file));
  await closeDraftReaders();
}, 60_000);

/** A workbook far larger than any draft: 60,000 rows of eight texts (built with the merge's own writer). */
function hugeWorkbook(): Uint8Array {
  const columns = Array.from({ length: 8 }, (_, i) => ({ key: `c${i}`, header: `Cột ${i + 1}`, width: 20 }));
  const cells: LayoutCell[] = [];
  for (let row = 0; row < 60_000; row++) for (let col = 0; col < 8; col++) cells.push({ row, col, value: `Nhiệm vụ ${row} cột ${col}`, style: "activity" });
  const layout: FormLayout = { kind: "khung-logic", sheetName: "Kế hoạch", columns, cells, headerRows: [0], freezeRows: 1, print: { landscape: true, fitToWidth: true, repeatRows: [0, 0] } };
  return layoutsToXlsxBytes([layout], { date: new Date(Date.UTC(2026, 0, 1)) });
}

it("loses only the draft a worker dies on: the drafts queued behind it are read by the worker that takes over", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-pool-"));
  try {
    const huge = join(dir, "qua-lon.xlsx");
    writeFileSync(huge, hugeWorkbook());
    const list = [requests[0], { path: huge, file: "qua-lon.xlsx", digest: digestOf(readFileSync(huge)) }, ...requests.slice(1)];
    const inThread = await readDrafts(requests, 1);
    // A 48 MB heap reads a draft and dies on the huge workbook.
    const read = await readDrafts(list, 2, undefined, 48);
    expect(read[1]).toEqual({ ok: false, failure: { file: "qua-lon.xlsx", reason: msg.tooLargeToRead } });
    expect([read[0], ...read.slice(2)]).toEqual(inThread);
    expect(waitingReaders()).toBe(0); // workers of another heap are not kept
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

it("ends a worker whose draft takes past the time limit and reports that draft, never waiting for it", async () => {
  const three = requests.slice(0, 3);
  const saved = WORKER_LIMITS.timeMs;
  WORKER_LIMITS.timeMs = 1;
  try {
    const read = await readDrafts(three, 2);
    const late = reason.tooComplex(limitText.time);
    expect(read).toEqual(three.map((r) => ({ ok: false, failure: { file: r.file, reason: late } })));
    expect(late).toBe("tệp quá lớn hoặc quá phức tạp (đọc quá thời gian cho phép)");
  } finally {
    WORKER_LIMITS.timeMs = saved;
  }
  // Past a timeout the pool goes on: at the usual limit, fresh workers read what one thread reads.
  expect(await readDrafts(three, 2)).toEqual(await readDrafts(three, 1));
}, 120_000);

it("sends a draft without its rows' texts unless asked, and keeps them to draw its rows as the main thread would", async () => {
  const slimRequests = requests.map((r) => ({ ...r, slim: true }));
  const inThread = await readDrafts(requests, 1);
  const session = await openDrafts(slimRequests, 2);
  try {
    expect(session.results).toEqual(inThread.map((r) => (r.ok ? { ...r, draft: slimDraft(r.draft) } : r)));
    const drafts = inThread.flatMap((r): DraftRead[] => (r.ok ? [r.draft] : []));
    const c = consolidate(drafts, []);
    const [merged] = mergeLayouts(c, "khung-logic", DEFAULT_SHEET_NAMES, { rowsApart: true });
    const indexOf = (file: string) => requests.findIndex((r) => r.file === file);
    const here = await drawMergedRows(merged as MergedLayout, "khung-logic", indexOf, async (wanted) => {
      const out = new Map<number, DeflatedPiece[]>();
      for (const [index, request] of wanted) out.set(index, drawRuns((inThread[index] as { draft: DraftRead }).draft, request));
      return out;
    });
    const inWorkers = await drawMergedRows(merged as MergedLayout, "khung-logic", indexOf, session.draw);
    expect(inWorkers.renderedRows!.length).toBeGreaterThan(drafts.length);
    expect(inWorkers.renderedRows).toEqual(here.renderedRows);
  } finally {
    session.close();
  }
  expect(waitingReaders()).toBe(2);
  await closeDraftReaders();
}, 60_000);

it("draws in the main thread, from the file read again, the drafts of a worker that died after reading them", async () => {
  const session = await openDrafts(requests.map((r) => ({ ...r, slim: true })), 2);
  const full = await readDrafts(requests, 1);
  try {
    const drafts = full.flatMap((r): DraftRead[] => (r.ok ? [r.draft] : []));
    const [merged] = mergeLayouts(consolidate(drafts, []), "de-cuong", DEFAULT_SHEET_NAMES, { rowsApart: true });
    const indexOf = (file: string) => requests.findIndex((r) => r.file === file);
    const alive = await drawMergedRows(merged as MergedLayout, "de-cuong", indexOf, session.draw);
    const [dying, ...others] = session.holding();
    expect(others).toHaveLength(1);
    await dying.terminate();
    const afterDeath = await drawMergedRows(merged as MergedLayout, "de-cuong", indexOf, session.draw);
    expect(afterDeath.renderedRows).toEqual(alive.renderedRows);
  } finally {
    session.close();
  }
  expect(waitingReaders()).toBe(1); // the dead one is not kept
  await closeDraftReaders();
}, 60_000);

it("refuses, naming the file, to draw a draft read again that changed since it was read", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-pool-changed-"));
  try {
    const copies = requests.map((r) => {
      const path = join(dir, r.file.replace(/\//g, "_"));
      writeFileSync(path, readFileSync(r.path));
      return { ...r, path, slim: true };
    });
    const session = await openDrafts(copies, 2);
    try {
      const drafts = (await readDrafts(copies, 1)).flatMap((r): DraftRead[] => (r.ok ? [r.draft] : []));
      const [merged] = mergeLayouts(consolidate(drafts, []), "khung-logic", DEFAULT_SHEET_NAMES, { rowsApart: true });
      const [dying] = session.holding();
      await dying.terminate();
      // Each file now holds the next one's draft: every one still a valid workbook, none the one that was read.
      const bytes = copies.map((copy) => readFileSync(copy.path));
      copies.forEach((copy, i) => writeFileSync(copy.path, bytes[(i + 1) % bytes.length]));
      const indexOf = (file: string) => copies.findIndex((r) => r.file === file);
      await expect(drawMergedRows(merged as MergedLayout, "khung-logic", indexOf, session.draw)).rejects.toThrow(/đã thay đổi trong khi tổng hợp/);
    } finally {
      session.close();
    }
    await closeDraftReaders();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

it("refuses a draft saved between the merge's hashing and its reading, rather than trace its rows to the old digest", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-pool-saved-"));
  try {
    const [first, second] = requests;
    const path = join(dir, "dang-luu.xlsx");
    writeFileSync(path, readFileSync(first.path));
    const hashed = { path, file: "dang-luu.xlsx", digest: digestOf(readFileSync(path)) };
    const asHashed = await readDraft(hashed);
    expect(asHashed.ok && asHashed.draft.digest).toBe(first.digest);
    // Saved over with another valid draft: read whole, it would pass for the first under the first's digest.
    writeFileSync(path, readFileSync(second.path));
    expect(await readDraft(hashed)).toEqual({ ok: false, failure: { file: "dang-luu.xlsx", reason: msg.changedReason } });
    // The same in a worker: the draft is listed as not read, the others are read.
    const read = await readDrafts([hashed, ...requests.slice(2, 4)], 2);
    expect(read[0]).toEqual({ ok: false, failure: { file: "dang-luu.xlsx", reason: msg.changedReason } });
    expect(read.slice(1).every((r) => r.ok)).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await closeDraftReaders();
}, 60_000);
