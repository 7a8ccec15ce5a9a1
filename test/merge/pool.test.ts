// The reading workers of --jobs N: results in request order whatever finishes first, and the workers of one merge
// wait (never holding the process open) to read the next merge's drafts, with the same results.
import { readdirSync } from "fs";
import { join } from "path";
import { closeDraftReaders, readDrafts, startDraftReaders, waitingReaders } from "../../src/cli/merge-pool";

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
