// What the Word pane does with the official's workbook, kept out of the React component: read it in the
// browser (zip guard, ExcelJS, grids), analyse it, and build the document. ExcelJS, the engine and docx
// are imported lazily so none of them is in the pane's first load.
import type { Analysis } from "../core/analyze";
import { panelText } from "./strings.vi";

export type ReadOutcome = { analysis: Analysis } | { error: string };

export interface PlanSummary {
  tables: number;
  rows: number;
  errors: number;
  warnings: number;
  total: number;
  totalInWords: string;
}

/** The workbook's plan, or one Vietnamese sentence naming the file and what is wrong with it. */
export async function readPlanWorkbook(fileName: string, bytes: Uint8Array): Promise<ReadOutcome> {
  const { checkZip } = await import("../xlsx/zip-guard");
  const reason = await checkZip(bytes);
  if (reason !== null) return { error: panelText.cannotRead(fileName, reason) };
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return { error: panelText.cannotRead(fileName, panelText.unreadable) };
  }
  const [{ workbookToGrids }, { analyze, PlanInputError }] = await Promise.all([import("../xlsx/to-grids"), import("../core/analyze")]);
  try {
    const analysis = analyze(workbookToGrids(workbook));
    if (analysis.plan.tables.length === 0) return { error: panelText.cannotRead(fileName, panelText.noTable) };
    return { analysis };
  } catch (error) {
    if (error instanceof PlanInputError) return { error: panelText.cannotRead(fileName, error.message) };
    return { error: panelText.unexpected(fileName) };
  }
}

export function summarise(analysis: Analysis): PlanSummary {
  const count = (severity: string) => analysis.findings.filter((finding) => finding.severity === severity).length;
  return {
    tables: analysis.plan.tables.length,
    rows: analysis.plan.rows.filter((row) => !row.placeholder).length,
    errors: count("error"),
    warnings: count("warning"),
    total: analysis.totals.total,
    totalInWords: analysis.totals.totalInWords,
  };
}

/** The document as base64, the form Word's createDocument and insertFileFromBase64 take. */
export async function planDocumentBase64(analysis: Analysis, options: { schedule?: boolean } = {}): Promise<string> {
  const { buildPlanDocxBase64 } = await import("../docx");
  return buildPlanDocxBase64(analysis, options);
}
