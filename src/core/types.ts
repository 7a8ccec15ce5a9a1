// The shapes shared by the engine and every shell around it (CLI, Excel, Word, pane).
// Pure data: no Office, DOM or Node types. The report's shapes are inferred from its one zod schema.
import type { z } from "zod";
import type { budgetSchema, FIELD_KEYS, findingSchema, FORM_KINDS, LETTERS, LEVELS, periodSchema, reportRowSchema, reportSchema, ROW_KINDS, RULE_IDS, SEVERITIES, tableSchema, totalsSchema } from "./report-schema";

/** A budget cell read: whole units of the currency (null where only a funding source is named or not understood). */
export type Budget = z.infer<typeof budgetSchema>;
export type Period = z.infer<typeof periodSchema>;
export type PeriodKind = Period["kind"];
export type Finding = z.infer<typeof findingSchema>;
export type Totals = z.infer<typeof totalsSchema>;
/** What `cchc check --json` prints (contract.md). */
export type Report = z.infer<typeof reportSchema>;
export type ReportRow = z.infer<typeof reportRowSchema>;
export type ReportTable = z.infer<typeof tableSchema>;

/** An Excel error value such as #REF! or #DIV/0!. */
export interface CellError {
  error: string;
}

/** One cell's value as a shell hands it to the engine. Dates are real Date objects (UTC midnight). */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A date cell shown as a month or a year alone, or as a day without its year, at its 0-based sheet row and column. */
export interface CoarseDate {
  row: number;
  col: number;
  shows: "month" | "year" | "day-month";
}

/** A rectangle in 0-based sheet coordinates, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One sheet as a grid of values. values[r][c] is the cell at sheet row originRow + r,
 * column originCol + c (0-based), so a used range that starts at C5 needs no padding.
 */
export interface SheetGrid {
  name: string;
  values: CellValue[][];
  /** Formula text without the leading "=", where the cell holds one; same shape as values. */
  formulas?: (string | null)[][];
  originRow?: number;
  originCol?: number;
  merges?: CellRange[];
  /** 0-based sheet rows the workbook hides (a file reader fills these; the engine reads hidden rows too). */
  hiddenRows?: number[];
  /** Inclusive 0-based column spans the workbook hides. */
  hiddenCols?: { first: number; last: number }[];
  /** Date cells whose format shows less than day and year ("Jun-26" for 6/2026 typed: a month, not its first day). */
  coarseDates?: CoarseDate[];
  /** Where the workbook hides the whole sheet; absent for a visible one. */
  state?: "hidden" | "veryHidden";
}

export type FormKind = (typeof FORM_KINDS)[number];
export type Level = (typeof LEVELS)[number];
export type Severity = (typeof SEVERITIES)[number];

/** The columns a plan table may have (domain brief §2.5). */
export type FieldKey = (typeof FIELD_KEYS)[number];

/** What part of a field a column under a parent holds: a period's start or end, a budget's total or one source. */
/** source: a funding source's money under Kinh phí; source-name: each row's source named in words ("Nguồn kinh phí"
 *  beside the Kinh phí column: "Ngân sách tỉnh", "Kinh phí thường xuyên"). */
export type ColumnPart = "start" | "end" | "source" | "source-name" | "total" | "month";

/** How one header column was read (shown by `check --explain` and in the JSON report's tables[].columns). */
export interface ColumnReading {
  /** 0-based sheet column. */
  col: number;
  letter: string;
  /** The header text, parents first ("Kinh phí › Ngân sách tỉnh"). */
  header: string;
  /** The field the column is read as; null where it is not read. */
  field: FieldKey | null;
  part?: ColumnPart;
  /** Multiplier to đồng of a money column (a unit in its header or a unit line above the table); null elsewhere. */
  unit: number | null;
  /** A money column whose header names a foreign currency ("Vốn ODA (USD)"): its figures are in it. */
  currency?: string;
  /** Where the reading came from: the header's words, or a correction the official saved. */
  source: "header" | "correction";
  /** The funding source a budget sub-column names. */
  fundingSource?: string;
  /** A second column for a field already read: not read. */
  duplicate?: boolean;
  /** An unread column that holds text in the table's rows (unread-column names it). */
  hasContent?: boolean;
}

/** What a row below a header is (the reader's decision table, reader.ts). */
export type RowKind = (typeof ROW_KINDS)[number];

/**
 * A reading correction an official saved (or gave as `--column E=budget`): the field of a column, or "none"
 * (not read), and the header row of a table. Sheet and header row narrow where it applies.
 */
export interface ReadingCorrection {
  sheet?: string;
  /** 1-based sheet row of the table's (first) header row. */
  headerRow?: number;
  /** Column letter → field, or "none". */
  columns?: Record<string, FieldKey | "none">;
}

export interface TableInfo {
  sheet: string;
  form: FormKind;
  /** 1-based sheet rows of the header (one or two). */
  headerRows: number[];
  /** 0-based sheet column of each field the table has. */
  columns: Partial<Record<FieldKey, number>>;
  /** 1-based sheet rows of the first and last data row. */
  firstRow: number;
  lastRow: number;
  /** How each header column was read. */
  reading?: ColumnReading[];
  /** Rows below the header read as no plan row, and why. */
  skipped?: { row: number; kind: RowKind }[];
  /** Rows by kind, plan rows and skipped ones alike. */
  kinds?: Partial<Record<RowKind, number>>;
  /** 1-based sheet rows the workbook hides that were read as plan rows (hidden-row). */
  hiddenRows?: number[];
  /** Plan rows whose money is a SUM taking in a subtotal row of the table (sum-over-subtotal): 1-based rows. */
  sumsOverSubtotals?: { row: number; formula: string; subtotalRow: number }[];
}




export interface PlanRow {
  sheet: string;
  /** 1-based sheet row of the row's first line. */
  row: number;
  level: Level;
  /** As typed, or null. */
  number: string | null;
  content: string;
  /** The area (lĩnh vực) the row belongs to: the preset's title where it matched one. */
  area: string | null;
  /** Fields the form has; null where the form has the column and the cell is empty, undefined where the form lacks it. */
  goal?: string | null;
  output?: string | null;
  indicator?: string | null;
  verification?: string | null;
  method?: string | null;
  note?: string | null;
  /** Ditto marks resolved. */
  lead?: string | null;
  partners?: string | null;
  budget: Budget | null;
  period: Period | null;
  /** A1 address of each field's cell, for pointing at it. */
  cells: Partial<Record<FieldKey, string>>;
  /** Index into Plan.tables. */
  table: number;
  /** Index into Plan.rows of the parent, or null for a top-level row. */
  parent: number | null;
  /** Still holds blank-form text ("M/tiêu 1", "1.2…"). */
  placeholder: boolean;
  /** In a compiled plan read back (a Tổng hợp), the unit the row comes under: the name on the unit row above it
   *  ("Đơn vị: SỞ TƯ PHÁP", a row the reader passes over), that row's 1-based sheet row, and the index of the plan row
   *  it sits under (its area, or the result it opens inside), or null. */
  unit?: { name: string; row: number; under: number | null };
}

/** A total row the sheet itself carries ("Tổng kinh phí", "Tổng cộng"). */
export interface SheetTotal {
  sheet: string;
  row: number;
  cell: string;
  /** The cached value; null where the cell is empty or not a number. */
  amount: number | null;
  formula: string | null;
  table: number;
  /** Under funding-source columns, the total row's own figure for each source (đồng; null where empty or not đồng). */
  sources?: { source: string; cell: string; amount: number | null }[];
}

/** A subtotal row ("Cộng", "Cộng lĩnh vực I"): never counted; compared with the rows of its group. */
export interface Subtotal {
  sheet: string;
  row: number;
  cell: string;
  amount: number | null;
  table: number;
  /** Indices into Plan.rows of its group: [first, end). */
  first: number;
  end: number;
  /** In a plan compiled unit first, the first row of the unit it sits in: a figure that is the unit's sum is right too. */
  unitFirst?: number;
}

/** The "Thông tin kế hoạch" key/value sheet (Word issue); every field optional. */
export interface PlanInfo {
  parentBody?: string;
  issuingBody?: string;
  number?: string;
  place?: string;
  date?: string;
  year?: number;
  subject?: string;
  /** Mục tiêu chung and Mục tiêu cụ thể (one per line) as the info sheet states them. */
  generalGoal?: string;
  specificGoals?: string[];
  legalBases?: string[];
  implementation?: string[];
  recipients?: string[];
  signingAuthority?: string;
  signerTitle?: string;
  signerName?: string;
  fundingSource?: string;
}

export interface Plan {
  year: number | null;
  title: string | null;
  goals: { general: string[]; specific: string[] };
  tables: TableInfo[];
  rows: PlanRow[];
  sheetTotals: SheetTotal[];
  /** Absent in plans built by hand (tests); the reader always fills it. */
  subtotals?: Subtotal[];
  info: PlanInfo;
  /** The area preset the plan's areas were matched against. */
  preset: string;
  /** Sheets typed in a legacy encoding (TCVN3, VNI), converted to Unicode on read. */
  legacySheets?: { sheet: string; encoding: "tcvn3" | "vni" }[];
  /** Tables that list areas and their money alone beside a table of tasks (an appendix "Tổng hợp kinh phí"): not
   *  read into the plan, whose tasks they sum again, and compared with it by area. */
  summaries?: SummaryTable[];
  /** Sheets holding another version of a plan another sheet holds (versions.ts): set apart, or read and said. */
  versions?: SheetVersion[];
}

/** How a sheet is marked as a version beside the plan: named or titled a draft (dự thảo) or old copy (cũ), or hidden. */
export type VersionMark = "draft" | "old" | "hidden";

export interface SheetVersion {
  sheet: string;
  /** The sheet whose plan it is a version of (read). */
  of: string;
  /** Why it was not read; null where both were read, neither being marked. */
  setApart: VersionMark | null;
  /** Tasks the two share, of the smaller one's. */
  shared: number;
  tasks: number;
  /** 1-based row and A1 cell of its table's header. */
  headerRow: number;
  headerCell: string;
}

export interface SummaryTable {
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** A1 address of its content header. */
  headerCell: string;
  rows: { row: number; area: string; amount: number | null; cell: string | null; text: string | null }[];
}

export type RuleId = (typeof RULE_IDS)[number];

/** The 5W1H / SMART letter a finding speaks to, for grouping in the pane; 2C is the training method's control and
 * check: how a task is verified (the means of verification). */
export type Letter = (typeof LETTERS)[number];


export interface AreaTotal {
  area: string;
  amount: number;
}



