// The work of `cchc check`, done inside the reading thread (check-worker.ts): read the workbook, analyse it and
// render the report, so that only the printed text crosses back to the command, not the grids or the analysis.
import { basename } from "path";
import { analyzeLoaded } from "./analyze-file";
import { EXIT_FINDINGS, EXIT_OK } from "./exit";
import { loadFile } from "./load";
import { explainReading, type ReadingOptions } from "./reading";
import { contentRowCount, readableReport, toReport } from "./report";
import { formatJson } from "./json";

export interface CheckRequest {
  file: string;
  year?: number;
  reading: ReadingOptions;
  json: boolean;
  explain: boolean;
}

export interface CheckOutcome {
  stdout: string;
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
  const rowCounts = analysis.plan.tables.map((_, i) => contentRowCount(analysis.plan, i));
  const stdout = request.json
    ? formatJson(report) + "\n"
    : (request.explain ? explainReading(analysis) : "") + readableReport(report, rowCounts);
  return { stdout, code: report.findings.some((finding) => finding.severity === "error") ? EXIT_FINDINGS : EXIT_OK };
}
