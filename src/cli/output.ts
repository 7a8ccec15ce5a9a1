// The one policy for the files `build`, `template`, `schedule` and `merge` write: the right extension, never over an
// existing file without --force (the message names the flag), never over an input, a folder that is missing or
// closed to writing refused before any work, never half a file under the real name, and a failure worded the same
// way whichever command hit it.
import { accessSync, closeSync, constants, existsSync, linkSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from "fs";
import { basename, dirname, extname, join, resolve } from "path";
import { UsageError } from "./args";

export const outputText = {
  wrongExtension: (file: string, extension: string) => `Tệp kết quả "${file}" phải có đuôi ${extension}, ví dụ ke-hoach${extension}.`,
  exists: (file: string) => `Tệp "${file}" đã có; hãy chọn tên khác, xóa tệp cũ hoặc thêm --force để ghi đè.`,
  sameAsInput: (file: string) => `Tệp kết quả "${file}" trùng với tệp Excel đầu vào; hãy chọn tên khác để không ghi đè lên bảng kế hoạch.`,
  isDraft: (file: string) => `Tệp kết quả "${file}" là một trong các dự thảo đầu vào; hãy chọn tên khác.`,
  cannotWrite: (file: string, reason: string) => `Không ghi được "${file}": ${reason}.`,
  noDirectory: "thư mục chứa tệp không tồn tại",
  noPermission: "không có quyền ghi vào thư mục này",
  isDirectory: "đây là một thư mục",
  notAFolder: "đây là một tệp, không phải thư mục",
  writeFailed: "ổ đĩa báo lỗi khi ghi",
};

/** Same path after resolving symlinks where the files exist. */
function samePath(a: string, b: string): boolean {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  return real(a) === real(b);
}

/** Refuses, before any work is done, an output with the wrong extension or one that is the input file. */
export function checkOutputName(output: string, extension: ".docx" | ".xlsx", input?: string): void {
  if (input !== undefined && samePath(input, output)) throw new UsageError(outputText.sameAsInput(output));
  if (extname(output).toLowerCase() !== extension) throw new UsageError(outputText.wrongExtension(output, extension));
}

/**
 * Everything refused before any work is done: checkOutputName, an existing file without --force, a folder that does
 * not exist or cannot be written to (a merge of a hundred drafts would otherwise read them all first).
 */
export function checkOutput(output: string, extension: ".docx" | ".xlsx", force: boolean, input?: string): void {
  checkOutputName(output, extension, input);
  checkNotExisting(output, force);
  checkOutputFolder(output);
}

/** The folder an output goes into exists and this user may write there; said as writeOutput would say it. */
export function checkOutputFolder(output: string): void {
  checkWritableFolder(dirname(resolve(output)), output, outputText.noDirectory);
}

/**
 * A folder outputs will be written into, perhaps not made yet (`merge --feedback`): it is a folder this user may write
 * to, or the nearest folder above it that exists is.
 */
export function checkOutputFolderToMake(folder: string): void {
  let at = resolve(folder);
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  checkWritableFolder(at, folder, outputText.notAFolder);
}

/** `folder` is a folder this user may write to; else a UsageError naming `output`, `notFolder` where it is no folder. */
function checkWritableFolder(folder: string, output: string, notFolder: string): void {
  try {
    if (!statSync(folder).isDirectory()) throw new UsageError(outputText.cannotWrite(output, notFolder));
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw error instanceof UsageError ? error : cannotWriteError(output, error);
  }
}

/** The one line for an output (file or folder) that could not be written, from the system's error. */
export function cannotWriteError(output: string, error: unknown): UsageError {
  return new UsageError(outputText.cannotWrite(output, reason((error as NodeJS.ErrnoException).code)));
}

function reason(code: string | undefined): string {
  if (code === "ENOENT" || code === "ENOTDIR") return outputText.noDirectory;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return outputText.noPermission;
  if (code === "EISDIR") return outputText.isDirectory;
  if (code === "EEXIST") return outputText.notAFolder; // mkdir over a file
  return outputText.writeFailed;
}

/**
 * Never half a file under the real name: the bytes go to a temporary file beside the target first. Without --force it
 * is then linked to the real name, which fails if the name exists, even one that appeared since the check; with
 * --force it is renamed over the target, so the old file stays whole until the new one is. Where the file system has
 * no links (FAT and exFAT, as on USB sticks), the file is created exclusively and written in place, removed again if
 * the write fails.
 */
export function writeOutput(output: string, bytes: Uint8Array, force: boolean): void {
  if (force) return replace(output, bytes);
  const temporary = temporaryBeside(output);
  try {
    writeFileSync(temporary, bytes, { flag: "wx" });
    linkSync(temporary, output);
  } catch (error) {
    if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? "")) throw refusal(output, error);
    return writeInPlace(output, bytes);
  } finally {
    unlinkQuietly(temporary);
  }
}

/** What link() answers on a file system that has no links. */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"]);

function writeInPlace(output: string, bytes: Uint8Array): void {
  let created = false;
  try {
    const fd = openSync(output, "wx");
    created = true;
    try {
      writeSync(fd, bytes);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (created) unlinkQuietly(output);
    throw refusal(output, error);
  }
}

function refusal(output: string, error: unknown): UsageError {
  return (error as NodeJS.ErrnoException).code === "EEXIST" ? new UsageError(outputText.exists(output)) : cannotWriteError(output, error);
}

const temporaryBeside = (output: string) => join(dirname(output), `.${basename(output)}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);

function replace(output: string, bytes: Uint8Array): void {
  const temporary = temporaryBeside(output);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, output);
  } catch (error) {
    unlinkQuietly(temporary);
    throw cannotWriteError(output, error);
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/** Refuses an existing output without --force, before any work is done. */
export function checkNotExisting(output: string, force: boolean): void {
  if (!force && existsSync(output)) throw new UsageError(outputText.exists(output));
}
