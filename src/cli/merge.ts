// `cchc merge DIR|FILE… -o OUT.xlsx [--form khung-logic|de-cuong] [--year YYYY] [--docx OUT.docx] [--feedback DIR]
// [--jobs N] [--json] [--force]` (alias `tong-hop`): many units' drafts into one traced plan workbook.
// Exit 0; 1 when a unit's draft has errors; 2 when no input could be read (or the arguments are wrong).
// Inputs are only ever read; an existing output is replaced only with --force.
import { realpathSync } from "fs";
import { mkdir, readdir, stat } from "fs/promises";
import { availableParallelism } from "os";
import { join, relative, resolve, sep } from "path";
import {
  consolidate,
  DEFAULT_SHEET_NAMES,
  feedbackLayout,
  MERGE_FORMS,
  mergeLayouts,
  mergedAnalysis,
  mergedLayout,
  planReads,
  UNIT_SOURCE_NAMES,
  type Consolidation,
  type DraftFailure,
  type DraftRead,
  type DuplicateFile,
  type MergedLayout,
  type MergeForm,
} from "../core/merge";
import { parseArgs, parseYear, UsageError } from "./args";
import { folderErrorReason, LoadError } from "./load";
import { fileDigest, openDrafts, startDraftReaders, type DraftSession } from "./merge-pool";
import { drawMergedRows } from "./merge-render";
import type { ReadRequest } from "./merge-read";
import { layoutsToXlsx } from "./merge-write";
import { msg } from "./messages";
import { cannotWriteError, checkNotExisting, checkOutputFolder, checkOutputFolderToMake, checkOutputName, outputText, writeOutput } from "./output";
import { formatAmount } from "./report";

export interface MergeIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr is a terminal: a progress line is drawn there. */
  progress?: boolean;
}

const text = {
  missingInput: "Thiếu thư mục hoặc tệp dự thảo, ví dụ: cchc merge du-thao/ -o tong-hop.xlsx",
  missingOutput: "Thiếu tệp kết quả: thêm -o TÊN-TỆP.xlsx",
  badForm: (form: string) => `Không có biểu mẫu tổng hợp "${form}": chọn ${MERGE_FORMS.join(" hoặc ")}.`,
  badJobs: (jobs: string) => `Số luồng "${jobs}" không hợp lệ: cần một số nguyên từ 1 đến 64, ví dụ --jobs 2.`,
  notFound: (path: string) => `Không tìm thấy "${path}".`,
  nothingRead: (count: number, first: string) =>
    count > 0
      ? `Không đọc được dự thảo nào trong ${count} tệp (${first}).`
      : first
        ? `Không có tệp bảng tính nào đọc được để tổng hợp (${first}).`
        : "Không có tệp bảng tính nào (.xlsx, .xlsm, .xls…) để tổng hợp.",
  progress: (done: number, total: number) => `\rĐang đọc dự thảo ${done}/${total}…`,
  written: (out: string, units: number, files: number, rows: number, total: string, words: string) =>
    `Đã tổng hợp ${units} đơn vị (${files} tệp) vào "${out}": ${rows} dòng, tổng kinh phí ${total} đồng (${words}).`,
  unitLine: (unit: string, source: string, file: string, rows: number, errors: number, warnings: number) =>
    `  ${unit} (tên lấy từ ${source}; ${file}): ${rows} dòng, ${errors} lỗi, ${warnings} cảnh báo`,
  notes: (warnings: number, infos: number) => `Ghi chú khi tổng hợp: ${warnings} cảnh báo, ${infos} lưu ý (trang "Kiểm tra").`,
  unreadable: (files: number, folders: number) =>
    `Không đọc được ${[files > 0 ? `${files} tệp` : "", folders > 0 ? `${folders} thư mục` : ""].filter(Boolean).join(" và ")} (trang "Không đọc được"):`,
  unreadableLine: (file: string, reason: string) => `  ${file}: ${reason}`,
  otherYear: (count: number) => `Không tổng hợp ${count} dự thảo của năm khác (trang "Kiểm tra"):`,
  blankForms: (count: number) => `Không tổng hợp ${count} biểu mẫu chưa được điền (trang "Kiểm tra"):`,
  docx: (out: string) => `Đã viết văn bản kế hoạch tổng hợp "${out}".`,
  feedback: (dir: string, count: number) => `Đã viết ${count} tệp góp ý cho từng đơn vị vào "${dir}".`,
};

interface MergeRequest {
  inputs: string[];
  output: string;
  form: MergeForm;
  year?: number;
  docx?: string;
  feedback?: string;
  jobs: number;
  json: boolean;
  force: boolean;
}

/**
 * One core is left to the main thread, which parses what the workers send and consolidates: on two cores one
 * `cchc merge` reads faster in the main thread alone (a median 1.8 s against 2.1 s for the bench's 120 drafts, 12
 * paired runs), since every fresh worker runs the reader and the engine through unoptimized code anew. At most 4:
 * more only adds memory.
 */
export function defaultJobs(cores = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores - 1));
}

function parseRequest(args: string[]): MergeRequest {
  const parsed = parseArgs(args, {
    command: "merge",
    valued: ["-o", "--output", "--form", "--year", "--docx", "--feedback", "--jobs"],
    flags: ["--json", "--force"],
  });
  if (parsed.positionals.length === 0) throw new UsageError(text.missingInput);
  const output = parsed.values["-o"] ?? parsed.values["--output"];
  if (!output) throw new UsageError(text.missingOutput);
  const form = parsed.values["--form"] ?? "khung-logic";
  if (!(MERGE_FORMS as string[]).includes(form)) throw new UsageError(text.badForm(form));
  const docx = parsed.values["--docx"];
  const jobsText = parsed.values["--jobs"];
  const jobs = jobsText === undefined ? defaultJobs() : Number(jobsText);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(text.badJobs(jobsText ?? ""));
  return {
    inputs: parsed.positionals,
    output,
    form: form as MergeForm,
    year: parseYear(parsed.values["--year"]),
    docx,
    feedback: parsed.values["--feedback"],
    jobs,
    json: parsed.flags.has("--json"),
    force: parsed.flags.has("--force"),
  };
}

interface Candidate {
  path: string;
  file: string;
}

/** A folder is listed among the files not read under its name and a slash. */
const isFolderName = (file: string) => file.endsWith("/");

/** A path as the workbook and the summary name it: forward slashes on every system. */
const slashed = (path: string) => path.split(sep).join("/");

/**
 * A file a unit may have sent as its draft: the workbooks the reader reads (.xlsx, .xlsm), and the spreadsheets it
 * cannot (.xls, .xlsb, .ods, .csv), which are listed with their reason and how to save them as .xlsx, never passed over
 * without a word. Excel's lock files (~$…) and the AppleDouble files macOS leaves on USB drives (._…) are no drafts.
 */
const isDraftName = (name: string) => /\.(xlsx|xlsm|xls|xlsb|ods|csv)$/i.test(name) && !name.startsWith("~$") && !name.startsWith("._");

/**
 * Every draft under `dir`, links followed: a link to a folder is walked, once however many links lead to it (a link
 * back up ends there), and a link to a file is a file. A broken link with a draft's name is kept, to be listed as not
 * found with the files that could not be read, never passed over without a word.
 */
async function walk(dir: string, root: string, out: Candidate[], failures: DraftFailure[], walked = new Set<string>()): Promise<void> {
  const key = real(dir);
  if (walked.has(key)) return;
  walked.add(key);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    // Listed with the files that could not be read, named as the folder it is; the merge goes on with the rest.
    failures.push({ file: `${slashed(relative(root, dir) || dir)}/`, reason: folderErrorReason((error as NodeJS.ErrnoException).code) });
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const target = entry.isSymbolicLink() ? await stat(path).catch(() => null) : entry;
    if (target?.isDirectory()) await walk(path, root, out, failures, walked);
    else if ((target === null || target.isFile()) && isDraftName(entry.name)) out.push({ path, file: slashed(relative(root, path)) });
  }
}

/** Every draft under a folder (recursively, isDraftName) or named; the display name is relative to the folder, or as typed. A
 *  folder that cannot be opened is added to `failures`. */
async function collect(inputs: string[], failures: DraftFailure[]): Promise<Candidate[]> {
  const found: Candidate[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new UsageError(text.notFound(input));
    }
    if (info.isDirectory()) await walk(input, input, found, failures);
    else found.push({ path: input, file: slashed(input) });
  }
  const seen = new Set<string>();
  return found.filter((c) => {
    const key = real(c.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function digests(candidates: Candidate[], failures: DraftFailure[]): (Candidate & { digest: string })[] {
  const out: (Candidate & { digest: string })[] = [];
  for (const candidate of candidates) {
    try {
      out.push({ ...candidate, digest: fileDigest(candidate.path) });
    } catch (error) {
      failures.push({ file: candidate.file, reason: error instanceof LoadError ? error.reason : msg.unreadable });
    }
  }
  return out;
}

/** The document date of every output: the latest date among the drafts used, so the bytes depend on inputs only. */
function documentDate(drafts: DraftRead[]): Date {
  const latest = drafts.map((d) => d.modified ?? "").sort().pop();
  return latest ? new Date(latest) : new Date(Date.UTC(2000, 0, 1));
}

function fileSlug(unit: string): string {
  return (
    unit
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, (d) => (d === "đ" ? "d" : "D"))
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .toLowerCase() || "don-vi"
  );
}

interface FeedbackTarget {
  unit: string;
  path: string;
}

/** One workbook per unit in `dir`, named from the unit (gop-y-so-tai-chinh.xlsx), two units never under one name: each
 *  unit merged, and each whose draft was set apart (another year's, a blank form), which most needs telling. */
function feedbackTargets(c: Consolidation, dir: string): FeedbackTarget[] {
  const taken = new Set<string>();
  const merged = c.scorecards.map((card) => card.unit);
  const setApart = c.notes.flatMap((note) => ((note.kind === "other-year" || note.kind === "blank-form") && note.unit !== null && !merged.includes(note.unit) ? [note.unit] : []));
  return [...new Set([...merged, ...setApart])].map((unit) => {
    let name = fileSlug(unit);
    for (let n = 2; taken.has(name); n++) name = `${fileSlug(unit)}-${n}`;
    taken.add(name);
    return { unit, path: join(dir, `gop-y-${name}.xlsx`) };
  });
}

async function writeFeedback(c: Consolidation, dir: string, targets: FeedbackTarget[], date: Date, force: boolean): Promise<number> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw cannotWriteError(dir, error);
  }
  for (const target of targets) writeOutput(target.path, await layoutsToXlsx([feedbackLayout(c, target.unit)], date), force);
  return targets.length;
}

function summaryLines(c: Consolidation, request: MergeRequest, files: number): string[] {
  const rows = c.scorecards.reduce((sum, s) => sum + s.rowsRead, 0);
  const lines = [text.written(request.output, c.scorecards.length, files, rows, formatAmount(c.totals.total), c.totals.totalInWords)];
  for (const s of c.scorecards) lines.push(text.unitLine(s.unit, UNIT_SOURCE_NAMES[s.unitSource], s.file, s.rowsRead, s.errors, s.warnings));
  const count = (severity: string) => c.notes.filter((n) => n.severity === severity && n.kind !== "unreadable").length;
  lines.push(text.notes(count("warning"), count("info")));
  // A draft of another year is money left out: named here, not only on the Kiểm tra sheet.
  const otherYear = c.notes.filter((n) => n.kind === "other-year");
  if (otherYear.length > 0) {
    lines.push(text.otherYear(otherYear.length));
    for (const n of otherYear) lines.push(text.unreadableLine(n.file, n.message));
  }
  const blank = c.notes.filter((n) => n.kind === "blank-form");
  if (blank.length > 0) {
    lines.push(text.blankForms(blank.length));
    for (const n of blank) lines.push(text.unreadableLine(n.file, n.message));
  }
  if (c.failures.length > 0) {
    const folders = c.failures.filter((f) => isFolderName(f.file)).length;
    lines.push(text.unreadable(c.failures.length - folders, folders));
    for (const f of c.failures) lines.push(text.unreadableLine(f.file, f.reason));
  }
  return lines;
}

function jsonSummary(c: Consolidation, request: MergeRequest): object {
  return {
    output: request.output,
    form: request.form,
    year: c.year,
    units: c.scorecards,
    areas: c.areas.map((a) => ({ area: a.title, known: a.known, amount: a.amount, byUnit: a.units.map((u) => ({ unit: u.unit, amount: u.amount })) })),
    totals: c.totals,
    notes: c.notes,
    unreadable: c.failures,
  };
}

export async function runMerge(args: string[], io: MergeIO): Promise<number> {
  const request = parseRequest(args);
  // The names and folders first; whether the files exist only once the drafts are listed: an output that is one of
  // them is said as such, never as a file to delete or overwrite.
  checkOutputName(request.output, ".xlsx");
  checkOutputFolder(request.output);
  if (request.docx !== undefined) {
    checkOutputName(request.docx, ".docx");
    checkOutputFolder(request.docx);
  }
  if (request.feedback !== undefined) checkOutputFolderToMake(request.feedback);
  startDraftReaders(request.jobs);
  const failures: DraftFailure[] = [];
  const candidates = await collect(request.inputs, failures);
  const inputs = new Set(candidates.map((c) => real(c.path)));
  for (const output of [request.output, request.docx]) if (output !== undefined && inputs.has(real(output))) throw new UsageError(outputText.isDraft(output));
  checkNotExisting(request.output, request.force);
  if (request.docx !== undefined) checkNotExisting(request.docx, request.force);

  const hashed = digests(candidates, failures);
  const { read, duplicates } = planReads(hashed.map(({ file, digest }) => ({ file, digest })));
  const byFile = new Map(hashed.map((h) => [h.file, h]));
  // The workers keep their drafts and draw Tổng hợp's rows; the rows' texts cross to this thread only for the Word
  // plan, which is written here.
  const slim = request.docx === undefined;
  const requests: ReadRequest[] = read.map((r) => ({ path: byFile.get(r.file)!.path, file: r.file, digest: r.digest, year: request.year, slim }));
  const progress = io.progress ? (done: number, total: number) => io.stderr(text.progress(done, total) + (done === total ? "\n" : "")) : undefined;
  const session = await openDrafts(requests, request.jobs, progress);
  // The workers hold their drafts until the session closes, whatever happens here.
  try {
    return await consolidateAndWrite(request, session, { requests, failures, duplicates, candidates: candidates.length }, io);
  } finally {
    session.close();
  }
}

interface ReadDrafts {
  requests: ReadRequest[];
  /** Files that could not be read or hashed so far; the drafts that fail to read are added. */
  failures: DraftFailure[];
  duplicates: DuplicateFile[];
  /** How many files were offered. */
  candidates: number;
}

async function consolidateAndWrite(request: MergeRequest, session: DraftSession, read: ReadDrafts, io: MergeIO): Promise<number> {
  const { requests, failures, duplicates, candidates } = read;
  const drafts: DraftRead[] = [];
  for (const result of session.results) {
    if (result.ok) drafts.push(result.draft);
    else failures.push(result.failure);
  }
  if (drafts.length === 0) {
    const first = failures[0] ? `${failures[0].file}: ${failures[0].reason}` : "";
    throw new UsageError(text.nothingRead(candidates, first));
  }
  const c = consolidate(drafts, failures, { year: request.year, duplicates });
  // The feedback files are named from the units, known only now: an existing one refuses the merge before it writes.
  const feedback = request.feedback === undefined ? [] : feedbackTargets(c, request.feedback);
  for (const target of feedback) checkNotExisting(target.path, request.force);
  const date = documentDate(drafts);
  // Tổng hợp's rows are drawn by the threads that read their drafts, and go straight from there to the file's XML.
  const [merged, ...others] = mergeLayouts(c, request.form, DEFAULT_SHEET_NAMES, { rowsApart: true });
  const indexOf = new Map(requests.map((r, i) => [r.file, i]));
  const written = await drawMergedRows(merged as MergedLayout, request.form, (file) => indexOf.get(file)!, session.draw);
  writeOutput(request.output, await layoutsToXlsx([written, ...others], date), request.force);
  const lines = request.json ? [] : summaryLines(c, request, candidates);
  if (request.docx) {
    const { buildPlanDocx } = await import("../docx");
    writeOutput(request.docx, await buildPlanDocx(mergedAnalysis(c, request.form, mergedLayout(c, request.form))), request.force);
    lines.push(text.docx(request.docx));
  }
  if (request.feedback) lines.push(text.feedback(request.feedback, await writeFeedback(c, request.feedback, feedback, date, request.force)));
  io.stdout(request.json ? JSON.stringify(jsonSummary(c, request), null, 2) + "\n" : lines.join("\n") + "\n");
  return c.unitsWithErrors.length > 0 ? 1 : 0;
}
