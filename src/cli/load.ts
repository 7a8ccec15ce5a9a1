// An .xlsx file on disk → the workbook's grids, through the one loader every shell uses (src/xlsx/load-with.ts),
// with Node's zlib as its inflater. The file is read once and never written. The command line reads inside a
// worker thread with a heap cap and a time limit (isolate.ts), on top of the loader's own bounds.
import { readFile } from "fs/promises";
import { inflateRawSync } from "zlib";
import type { SheetGrid } from "../core/types";
import { LoadError } from "../xlsx/load-error";
import { loadWorkbookWith, type LoadedWorkbook } from "../xlsx/load-with";
import { wholeEntries, type RawInflate } from "../xlsx/zip";
import { runIsolated } from "./isolate";
import { msg } from "./messages";

export { LoadError };
export { WORKER_LIMITS } from "./isolate";

/** zlib stops at maxOutputLength: an entry can never inflate past the size its zip directory declares. */
export const nativeInflate: RawInflate = (compressed, maxOutput) => inflateRawSync(compressed, { maxOutputLength: maxOutput });

const NATIVE_ENTRIES = wholeEntries(nativeInflate);

export async function loadFile(file: string): Promise<LoadedWorkbook> {
  return loadWorkbookWith(await readBytes(file), NATIVE_ENTRIES);
}

export async function loadGrids(file: string): Promise<SheetGrid[]> {
  return (await loadFile(file)).grids;
}

/** loadFile in the reading thread (isolate.ts): past its heap cap or time limit, a LoadError saying the file is too
 *  large or complex. */
export function readIsolated(file: string): Promise<LoadedWorkbook> {
  return runIsolated<LoadedWorkbook>("read-worker", { file });
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new LoadError(fileErrorReason((error as NodeJS.ErrnoException).code));
  }
}

function fileErrorReason(code: string | undefined): string {
  if (code === "ENOENT" || code === "ENOTDIR") return msg.notFound;
  if (code === "EISDIR") return msg.isDirectory;
  if (code === "EACCES" || code === "EPERM") return msg.noPermission;
  return msg.unreadable;
}
