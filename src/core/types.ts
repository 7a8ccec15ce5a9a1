// The shapes shared by the engine and every shell around it (CLI, Excel, Word, pane).
// Pure data: no Office, DOM or Node types.

/** An Excel error value such as #REF! or #DIV/0!. */
export interface CellError {
  error: string;
}

/** One cell's value as a shell hands it to the engine. Dates are real Date objects (UTC midnight). */
export type CellValue = string | number | boolean | Date | CellError | null;

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
  /** Where the workbook hides the whole sheet; absent for a visible one. */
  state?: "hidden" | "veryHidden";
}

export type FormKind = "khung-logic" | "de-cuong" | "5w1h" | "plain";
export type Level = "area" | "result" | "activity";
export type Severity = "error" | "warning" | "info";

/** The columns a plan table may have (domain brief §2.5). */
export type FieldKey =
  | "number"
  | "content"
  | "goal"
  | "output"
  | "indicator"
  | "verification"
  | "budget"
  | "period"
  | "lead"
  | "partners"
  | "assignment"
  | "method"
  | "note";

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
}

export interface Budget {
  /** Whole units of the currency; null where the cell names a funding source only, or is not understood. */
  amount: number | null;
  currency: string;
  /** The cell as typed. */
  text: string;
  /** A funding source is stated ("Kinh phí thường xuyên"), with or without a figure. */
  source?: boolean;
  unparsed?: boolean;
  /** The cell holds a formula (a form's SUBTOTAL): its figure was computed, not typed, so it is no envelope. */
  formula?: boolean;
}

export type PeriodKind = "range" | "deadline" | "ongoing" | "placeholder" | "unparsed";

export interface Period {
  kind: PeriodKind;
  /** ISO dates, inclusive. range: both; deadline: end only; ongoing: the plan year. */
  start?: string;
  end?: string;
  /** The cell as typed. */
  text: string;
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
  info: PlanInfo;
  /** The area preset the plan's areas were matched against. */
  preset: string;
  /** Sheets typed in a legacy encoding (TCVN3, VNI), converted to Unicode on read. */
  legacySheets?: { sheet: string; encoding: "tcvn3" | "vni" }[];
}

export type RuleId =
  | "missing-objective"
  | "missing-task"
  | "missing-output"
  | "missing-lead"
  | "missing-period"
  | "missing-method"
  | "missing-budget"
  | "missing-indicator"
  | "missing-verification"
  | "smart-specific"
  | "smart-measurable"
  | "smart-time-bound"
  | "period-unparsed"
  | "period-placeholder"
  | "period-outside-year"
  | "budget-unparsed"
  | "budget-currency"
  | "budget-negative"
  | "budget-rollup"
  | "budget-unallocated"
  | "total-mismatch"
  | "form-missing-column"
  | "placeholder-row"
  | "legacy-encoding"
  | "budget-as-text"
  | "empty-area"
  | "empty-plan";

/** The 5W1H / SMART letter a finding speaks to, for grouping in the pane. */
/** 2C is the training method's control and check: how a task is verified (the means of verification). */
export type Letter = "Why" | "What" | "When" | "Who" | "How" | "2C" | "5M" | "S" | "M" | "A" | "R" | "T";

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** 1-based sheet row; null for a plan-level finding. */
  row: number | null;
  /** A1 address, or null where no single cell is at fault. */
  cell: string | null;
  message: string;
  letter?: Letter;
}

export interface AreaTotal {
  area: string;
  amount: number;
}

export interface Totals {
  currency: "VND";
  total: number;
  totalInWords: string;
  byArea: AreaTotal[];
  otherCurrencies: { currency: string; amount: number }[];
}

/** What `cchc check --json` prints (contract.md). */
export interface Report {
  file: string;
  year: number | null;
  tables: { sheet: string; form: FormKind; headerRows: number[] }[];
  rows: ReportRow[];
  findings: Finding[];
  totals: Totals;
}

export interface ReportRow {
  sheet: string;
  row: number;
  level: Level;
  number: string | null;
  content: string;
  area: string | null;
  indicator: string | null;
  lead: string | null;
  partners: string | null;
  budget: Budget | null;
  period: Period | null;
}
