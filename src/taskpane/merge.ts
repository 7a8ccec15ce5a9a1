// The pane's Tổng hợp: the drafts the official picked, read in the browser with the one loader every shell uses,
// analysed and consolidated by the same core as `cchc merge`; the view inserts it through its commands. The loader and
// the engine load on first use.
import type { Consolidation, DraftFailure, DraftRead } from "../core/merge";
import { S } from "./strings.vi";

const T = S.merge;

export type FileState = "waiting" | "reading" | "read" | "duplicate" | "failed";

export interface FileProgress {
  name: string;
  state: FileState;
  /** The reason a file failed, or the file a duplicate repeats. */
  detail?: string;
}

export interface PickedFile {
  name: string;
  bytes(): Promise<Uint8Array>;
}

/** SHA-256 of the bytes (hex), where the browser offers it; else a 64-bit FNV-1a, which still tells copies apart. */
async function digestOf(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const hash = new Uint8Array(await subtle.digest("SHA-256", bytes as unknown as ArrayBuffer));
    return Array.from(hash, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  let h = 0xcbf29ce484222325n;
  for (const byte of bytes) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16);
}

/** Lets React paint the progress between files. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function readDrafts(files: PickedFile[], onProgress: (index: number, progress: FileProgress) => void): Promise<Consolidation | null> {
  const [{ loadWorkbook, LoadError }, { analyze, PlanInputError }, merge] = await Promise.all([
    import("../xlsx/load"),
    import("../core/analyze"),
    import("../core/merge"),
  ]);
  const loaded = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: await file.bytes() })));
  const digests = await Promise.all(loaded.map((file) => digestOf(file.bytes)));
  const { read, duplicates } = merge.planReads(loaded.map((file, i) => ({ file: file.name, digest: digests[i] })));
  const indexOf = new Map(loaded.map((file, i) => [file.name, i]));
  for (const duplicate of duplicates) onProgress(indexOf.get(duplicate.file)!, { name: duplicate.file, state: "duplicate", detail: duplicate.sameAs });
  const drafts: DraftRead[] = [];
  const failures: DraftFailure[] = [];
  for (const entry of read) {
    const index = indexOf.get(entry.file)!;
    const { bytes } = loaded[index];
    onProgress(index, { name: entry.file, state: "reading" });
    await nextFrame();
    try {
      const { grids: sheets, modified } = loadWorkbook(bytes);
      const grids = merge.draftSheets(sheets);
      const analysis = analyze(grids);
      if (analysis.plan.tables.length === 0) throw new PlanInputError(merge.noDraftReason(sheets, grids, T.noTable));
      drafts.push({ ...entry, modified, unit: merge.unitOf(entry.file, grids, analysis), analysis });
      onProgress(index, { name: entry.file, state: "read" });
    } catch (error) {
      const reason = error instanceof LoadError ? error.reason : error instanceof PlanInputError ? error.message : T.unexpected;
      failures.push({ file: entry.file, reason });
      onProgress(index, { name: entry.file, state: "failed", detail: reason });
    }
  }
  if (drafts.length === 0) return null;
  return merge.consolidate(drafts, failures, { duplicates });
}
