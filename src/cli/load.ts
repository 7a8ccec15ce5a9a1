// An .xlsx file on disk → SheetGrid[]: the Node part (reading the file) around the
// browser-safe zip guard and grid conversion.
import { readFile } from "fs/promises";
import { inflateRawSync } from "zlib";
import ExcelJS from "exceljs";
import type { SheetGrid } from "../core/types";
import { workbookToGrids } from "../xlsx/to-grids";
import { checkZip, type RawInflate } from "../xlsx/zip-guard";
import { msg } from "./messages";

/** The file cannot be read as a workbook; `reason` is a Vietnamese clause for msg.cannotRead. */
export class LoadError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Reads the file once (never writes it), checks the zip, then lets ExcelJS parse the bytes. */
export async function loadGrids(file: string): Promise<SheetGrid[]> {
  const bytes = await readBytes(file);
  const reason = await checkZip(bytes, inflateRaw);
  if (reason !== null) throw new LoadError(reason);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new LoadError(msg.unreadable);
  }
  return workbookToGrids(workbook);
}

/** Native zlib stops at maxOutputLength and keeps no JSZip objects: the guard's cost drops several times over. */
const inflateRaw: RawInflate = (compressed, maxOutput) => inflateRawSync(compressed, { maxOutputLength: maxOutput }).length;

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
