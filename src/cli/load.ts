// An .xlsx file on disk → the workbook's grids, through the one loader every shell uses (src/xlsx/load.ts),
// with Node's zlib as its inflater. The file is read once and never written.
import { readFile } from "fs/promises";
import { inflateRawSync } from "zlib";
import type { SheetGrid } from "../core/types";
import { LoadError, loadWorkbook, type LoadedWorkbook } from "../xlsx/load";
import type { RawInflate } from "../xlsx/zip";
import { msg } from "./messages";

export { LoadError };

/** zlib stops at maxOutputLength: an entry can never inflate past the size its zip directory declares. */
export const nativeInflate: RawInflate = (compressed, maxOutput) => inflateRawSync(compressed, { maxOutputLength: maxOutput });

export async function loadFile(file: string): Promise<LoadedWorkbook> {
  return loadWorkbook(await readBytes(file), { inflateRaw: nativeInflate });
}

export async function loadGrids(file: string): Promise<SheetGrid[]> {
  return (await loadFile(file)).grids;
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
