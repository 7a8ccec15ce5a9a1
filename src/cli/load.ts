// An .xlsx file on disk → the workbook's grids, through the one loader every shell uses (src/xlsx/load-with.ts),
// with Node's zlib as its inflater. The file is read once and never written. The command line reads inside a
// worker thread with a heap cap and a time limit (isolate.ts), on top of the loader's own bounds.
import { closeSync, constants, fstatSync, openSync, readFileSync } from "fs";
import { inflateRawSync } from "zlib";
import type { SheetGrid } from "../core/types";
import { LoadError } from "../xlsx/load-error";
import { loadWorkbookWith, type LoadedWorkbook } from "../xlsx/load-with";
import { wholeEntries, type RawInflate } from "../xlsx/zip";
import { runIsolated } from "./isolate";
import { msg } from "./messages";
import { throughGate } from "./zlib-gate";

export { LoadError };
export { WORKER_LIMITS } from "./isolate";

/** zlib stops at maxOutputLength: an entry can never inflate past the size its zip directory declares. */
export const nativeInflate: RawInflate = (compressed, maxOutput) => throughGate(() => inflateRawSync(compressed, { maxOutputLength: maxOutput }));

const NATIVE_ENTRIES = wholeEntries(nativeInflate);

export async function loadFile(file: string): Promise<LoadedWorkbook> {
  return loadBytes(readRegularFile(file));
}

/** A workbook's bytes already read (readRegularFile), as loadFile reads them. */
export async function loadBytes(bytes: Uint8Array): Promise<LoadedWorkbook> {
  return loadWorkbookWith(bytes, NATIVE_ENTRIES);
}

export async function loadGrids(file: string): Promise<SheetGrid[]> {
  return (await loadFile(file)).grids;
}

/** loadFile in the reading thread (isolate.ts): past its heap cap or time limit, a LoadError saying the file is too
 *  large or complex. */
export function readIsolated(file: string): Promise<LoadedWorkbook> {
  return runIsolated<LoadedWorkbook>("read-worker", { file });
}

/** Node reads no file larger than this at once (2 GiB less a byte); said as such, not as a damaged file. */
export const MAX_FILE_BYTES = 2 ** 31 - 1;

/**
 * The bytes of a regular file, or a LoadError saying why not. Opened without waiting: a named pipe would wait for a
 * writer, and a device may never end; both are refused once open. Read at once: a merge reads drafts one after
 * another, and each step of fs/promises (open, stat, read, close) waits for the thread pool, about a millisecond a file.
 */
export function readRegularFile(file: string): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new LoadError(fileErrorReason((error as NodeJS.ErrnoException).code));
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new LoadError(msg.isDirectory);
    if (!info.isFile()) throw new LoadError(msg.notAFile);
    if (info.size > MAX_FILE_BYTES) throw new LoadError(msg.fileTooLarge);
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(fileErrorReason((error as NodeJS.ErrnoException).code));
  } finally {
    closeSync(fd);
  }
}

const isDenied = (code: string | undefined) => code === "EACCES" || code === "EPERM";

/** Why the system would not open or read a file, by its error code: never called a damaged workbook, which it is not. */
const FILE_ERROR_REASONS: Record<string, string> = {
  ENOENT: msg.notFound,
  ENOTDIR: msg.notFound,
  EISDIR: msg.isDirectory,
  EACCES: msg.noPermission,
  EPERM: msg.noPermission,
  ELOOP: msg.linkLoop,
  EBUSY: msg.fileBusy,
  ETXTBSY: msg.fileBusy,
  EIO: msg.diskError,
  ENAMETOOLONG: msg.nameTooLong,
};

function fileErrorReason(code: string | undefined): string {
  return FILE_ERROR_REASONS[code ?? ""] ?? (code ? msg.systemError(code) : msg.unreadable);
}

/** Why a folder a merge walks could not be listed, as fileErrorReason says it of a file. */
export function folderErrorReason(code: string | undefined): string {
  return isDenied(code) ? msg.folderNoPermission : msg.folderUnreadable;
}
