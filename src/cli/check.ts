// The work of `cchc check`, done inside the reading thread (check-worker.ts): read the workbook, analyse it and
// render the report, so that only the printed text crosses back to the command, not the grids or the analysis.
import { basename } from "path";
import type { Analysis } from "../core/analyze";
import type { Report } from "../core/types";
import { analyzeLoaded } from "./analyze-file";
import { EXIT_FINDINGS, EXIT_OK } from "./exit";
import { loadFile } from "./load";
import { explainReading, type ReadingOptions } from "./reading";
import { contentRowCount, readableReport, toReport } from "./report";

export interface CheckRequest {
  file: string;
  year?: number;
  reading: ReadingOptions;
  json: boolean;
  explain: boolean;
}

export interface CheckOutcome {
  /** The printed text as UTF-8: a 10,000-row report is 7 MB of JSON, moved to the command without a copy. */
  stdout: Uint8Array;
  code: number;
}

/** The report as `check` prints it and its exit code; a LoadError, or a UsageError naming the file. `read` is
 *  told when the file has been read. */
export async function checkFile(request: CheckRequest, read: () => void = () => undefined): Promise<CheckOutcome> {
  const { file, reading } = request;
  const workbook = await loadFile(file);
  read();
  const analysis = analyzeLoaded(file, workbook, request.year, reading);
  const report = toReport(basename(file), analysis);
  const stdout = request.json ? JSON.stringify(report, null, 2) + "\n" : readable(analysis, report, request.explain);
  const code = report.findings.some((finding) => finding.severity === "error") ? EXIT_FINDINGS : EXIT_OK;
  return { stdout: utf8(stdout), code };
}

/** The plain Vietnamese report, with how each table was read before it where asked. */
function readable(analysis: Analysis, report: Report, explain: boolean): string {
  const rowCounts = analysis.plan.tables.map((_, i) => contentRowCount(analysis.plan, i));
  return (explain ? explainReading(analysis) : "") + readableReport(report, rowCounts);
}

/** UTF-8 in a buffer of its own (never Node's shared pool, which cannot be moved), a third faster than TextEncoder. */
function utf8(text: string): Uint8Array {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  return bytes;
}
