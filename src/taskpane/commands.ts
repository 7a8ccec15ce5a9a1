// The commands the views receive as props: each one runs an adapter inside Excel.run (or Word.run) with the host's
// capabilities, so no view imports an adapter or touches Office, and tests can hand a view any commands they like.
import { analyze, type Analysis } from "../core/analyze";
import type { FormLayout } from "../core/forms";
import type { Finding, Plan, ReadingCorrection, Totals } from "../core/types";
import { saveReadingPart } from "../excel/readingPart";
import { correctionsInParts, readingXml } from "../xlsx/reading-correction";
import { clearHighlight, highlight, type SheetRef } from "../excel/highlight";
import { insertForm } from "../excel/insertForm";
import type { Consolidation, MergeForm } from "../core/merge";
import { readSheet } from "../excel/readSheet";
import { runExcel, type ExcelCommand } from "../excel/run";
import { selectCell } from "../excel/selectCell";
import { EXCEL_TEXT } from "../excel/strings.vi";
import { insertSummarySheet } from "../excel/summary";
import { insertScheduleSheet, showSheet, type ScheduleInsertResult } from "../excel/scheduleSheet";
import type { ScheduleSheetLayout } from "../core/schedule-sheet";
import { UserFacingError } from "../excel/errors";
import { EXCEL_API, type Capabilities } from "../office/capabilities";
import { insertIntoThisDocument, openAsNewDocument, type WordOutcome } from "../word/plan-document";
import { runWord, type WordCommand } from "../word/run";
import { S } from "./strings.vi";
import { isMergeReportSheet } from "../core/merge/own-output";

export interface Checked {
  /** The sheet that was read: where highlights go. */
  sheet: string;
  /** Its worksheet id, unchanged by a rename. */
  sheetId: string;
  analysis: Analysis;
  /** Checks that were weaker on this host, in Vietnamese (shown under the results). */
  weaker: string[];
  /** The sheet read is one a merge wrote beside Tổng hợp (Kinh phí theo đơn vị, Kiểm tra…), which holds no plan. */
  mergeReport?: boolean;
  /** The reading corrections saved in the workbook, applied to this reading (Cách đọc bảng). */
  corrections: ReadingCorrection[];
}

export interface Inserted {
  sheet: string;
  /** What this host could not do for the form (print setup below ExcelApi 1.9, words as text). */
  notes: string[];
}

export interface SummaryInserted {
  sheetName: string;
  constants: number;
  notes: string[];
}

export interface ExcelCommands {
  capabilities: Capabilities;
  readAndAnalyze(): Promise<Checked>;
  highlight(sheet: SheetRef, findings: Finding[]): Promise<number>;
  clearHighlight(sheet: SheetRef): Promise<number>;
  selectCell(sheet: string, address: string): Promise<void>;
  insertForm(layout: FormLayout): Promise<Inserted>;
  insertSummary(plan: Plan, totals: Totals): Promise<SummaryInserted>;
  /** Brings a sheet to the front. */
  showSheet(sheet: string): Promise<void>;
  insertScheduleSheet(layout: ScheduleSheetLayout): Promise<ScheduleInsertResult>;
  /** The Tổng hợp workbook's four sheets, added as new sheets; the names they got. */
  insertConsolidation(consolidation: Consolidation, form: MergeForm): Promise<string[]>;
  /** Saves the reading corrections into the workbook (a custom XML part), replacing the saved ones. */
  saveReading(corrections: ReadingCorrection[]): Promise<void>;
}

type Runner = <T>(command: ExcelCommand<T>) => Promise<T>;

export function excelCommands(caps: Capabilities, run: Runner = runExcel): ExcelCommands {
  const wordsFormula = caps.customFunctions;
  return {
    capabilities: caps,
    async readAndAnalyze() {
      const read = await run((context) => readSheet(context, caps));
      const corrections = correctionsInParts(read.customXmlParts);
      const analysis = analyze(read.info ? [read.grid, read.info] : [read.grid], { corrections });
      return { sheet: read.grid.name, sheetId: read.sheetId, analysis, weaker: read.weaker, corrections, mergeReport: isMergeReportSheet(read.grid) };
    },
    highlight: (sheet, findings) => run((context) => highlight(context, sheet, findings, caps)),
    clearHighlight: (sheet) => run((context) => clearHighlight(context, sheet.id)),
    selectCell: (sheet, address) => run((context) => selectCell(context, sheet, address)),
    async insertForm(layout) {
      const sheet = await run((context) => insertForm(context, layout, { wordsFormula, capabilities: caps }));
      const notes = [
        ...(caps.excelApi < EXCEL_API.rangeAreas ? [EXCEL_TEXT.weaker.printSetup] : []),
        ...(!wordsFormula && layout.wordsCell ? [S.insert.noCustomFunctions] : []),
      ];
      return { sheet, notes };
    },
    showSheet: (sheet) => run((context) => showSheet(context, sheet)),
    async saveReading(corrections) {
      await run((context) => saveReadingPart(context, readingXml(corrections)));
    },
    async insertScheduleSheet(layout) {
      // The schedule sheet's styles and patterns are multi-area (ExcelApi 1.9); below that, say so plainly.
      if (caps.excelApi < EXCEL_API.rangeAreas) throw new UserFacingError(S.needsRangeAreas);
      return run((context) => insertScheduleSheet(context, layout));
    },
    async insertConsolidation(consolidation, form) {
      // The merge's layouts and writer load with the drafts, not in the pane's first load.
      const [{ insertLayouts }, { DEFAULT_SHEET_NAMES, mergeLayouts }] = await Promise.all([import("../excel/insertSheets"), import("../core/merge")]);
      const { merged, byUnit, check, failed } = DEFAULT_SHEET_NAMES;
      const build = ([m, b, k, f]: string[]) => mergeLayouts(consolidation, form, { merged: m, byUnit: b, check: k, failed: f });
      const inserted = await run((context) => insertLayouts(context, [merged, byUnit, check, failed], build, { wordsFormula, capabilities: caps }));
      return inserted.names;
    },
    async insertSummary(plan, totals) {
      const result = await run((context) => insertSummarySheet(context, plan, totals, { wordsFormula }));
      return { sheetName: result.sheetName, constants: result.constants, notes: wordsFormula ? [] : [EXCEL_TEXT.summary.wordsAsTextNote] };
    },
  };
}

export interface WordCommands {
  capabilities: Capabilities;
  openAsNewDocument(base64: string): Promise<WordOutcome>;
  insertIntoThisDocument(base64: string): Promise<WordOutcome>;
}

type WordRunner = <T>(command: WordCommand<T>) => Promise<T>;

export function wordCommands(caps: Capabilities, run: WordRunner = runWord): WordCommands {
  return {
    capabilities: caps,
    openAsNewDocument: (base64) => run((context) => openAsNewDocument(context, base64, caps)),
    insertIntoThisDocument: (base64) => run((context) => insertIntoThisDocument(context, base64, caps)),
  };
}
