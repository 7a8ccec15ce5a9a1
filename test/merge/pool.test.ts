// The reading workers of --jobs N: results in request order whatever finishes first, the workers of one merge wait
// (never holding the process open) to read the next merge's drafts, with the same results, and a worker that dies
// costs only the draft it was reading.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { closeDraftReaders, readDrafts, startDraftReaders, waitingReaders } from "../../src/cli/merge-pool";
import { msg } from "../../src/cli/messages";
import type { FormLayout, LayoutCell } from "../../src/core/forms";
import { layoutsToXlsxBytes } from "../../src/xlsx/write-layouts";

const DRAFTS = join(__dirname, "..", "fixtures", "merge", "drafts");
const requests = readdirSync(DRAFTS, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".xlsx"))
  .sort()
  .map((file) => ({ path: join(DRAFTS, file), file, digest: file }));

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
    const list = [requests[0], { path: huge, file: "qua-lon.xlsx", digest: "huge" }, ...requests.slice(1)];
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
