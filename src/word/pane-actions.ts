// What the Word pane does with the official's workbook, kept out of the React component: read it in the
// browser through the one loader every shell uses (src/xlsx/load.ts), analyse it, and build the document.
// The reader, the engine and docx are imported lazily so none of them is in the pane's first load.
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
  const [{ loadWorkbook, LoadError }, { analyze, PlanInputError }] = await Promise.all([import("../xlsx/load"), import("../core/analyze")]);
  let grids;
  try {
    grids = loadWorkbook(bytes).grids;
  } catch (error) {
    if (error instanceof LoadError) return { error: panelText.cannotRead(fileName, error.reason) };
    return { error: panelText.unexpected(fileName) };
  }
  try {
    const analysis = analyze(grids);
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
