// The shapes of a merge (cchc merge, the pane's Tổng hợp tab): drafts as the shells read them, and the
// consolidated plan the core builds from them. Pure data.
import type { Analysis } from "../analyze";
import type { Rollup } from "../totals";
import type { Plan, Severity, Totals } from "../types";

/** Which source named a draft's unit, in the order they are tried. */
export type UnitSource = "thong-tin" | "heading" | "file";

export interface UnitName {
  name: string;
  source: UnitSource;
}

/** A file offered to the merge: its display path (forward slashes) and a digest of its bytes. */
export interface DraftFile {
  file: string;
  digest: string;
}

/** A draft the shell read and analysed. */
export interface DraftRead extends DraftFile {
  /** dcterms:modified of the workbook's document properties (ISO), or null where it has none. */
  modified: string | null;
  unit: UnitName;
  analysis: Analysis;
  /** Its scorecard, where the thread that read it counted it: its rows then come without the fields it counts. */
  scorecard?: Scorecard;
}

/** A file that could not be read as a plan, with a one-line Vietnamese reason. */
export interface DraftFailure {
  file: string;
  reason: string;
}

export interface DuplicateFile {
  file: string;
  /** The byte-identical file that was read instead. */
  sameAs: string;
}

export type NoteKind = "duplicate-file" | "same-unit" | "other-year" | "blank-form" | "unknown-area" | "no-area" | "unreadable";

/** What the merge itself reports (beside each draft's own findings). */
export interface MergeNote {
  kind: NoteKind;
  severity: Severity;
  unit: string | null;
  file: string;
  message: string;
}

/** Where a consolidated row came from. */
export interface RowOrigin {
  unit: string;
  file: string;
  sheet: string;
  /** 1-based sheet row in the draft. */
  row: number;
  /** The row's index in the draft's plan.rows. */
  index: number;
}

export interface Scorecard {
  unit: string;
  unitSource: UnitSource;
  file: string;
  rowsRead: number;
  errors: number;
  warnings: number;
  infos: number;
  tasks: number;
  budgetStated: number;
  budgetMissing: number;
  noLead: number;
  noPeriod: number;
  /** VND the unit's draft counts, each money once. */
  total: number;
  otherCurrencies: { currency: string; amount: number }[];
}

export interface ConsolidatedArea {
  title: string;
  /** A title of the preset; false for a title kept as typed, or for rows under no area. */
  known: boolean;
  /** Index of the area row in plan.rows. */
  row: number;
  /** Units with rows in this area, in unit order, each with the index of its unit row in plan.rows. */
  units: { unit: string; row: number; amount: number }[];
  amount: number;
}

export interface Consolidation {
  year: number | null;
  preset: string;
  /**
   * The consolidated plan: area rows, under each a unit row per unit, under it that unit's rows in its own order.
   * Rows keep the draft's level, fields and budget; parent indices point inside this plan. It totals with the
   * same engine (computeTotals) as any draft.
   */
  plan: Plan;
  /** The consolidated plan's rollup (what each row counts, each money once), computed once for the sheets too. */
  rollup: Rollup;
  /** Indexed like plan.rows: the draft row each came from, null for the area and unit rows the merge added. */
  origins: (RowOrigin | null)[];
  /** Indexed like plan.rows: the unit a row belongs to (null on area rows). */
  units: (string | null)[];
  /** Indexed like plan.rows: this is a unit row the merge added. */
  unitRows: boolean[];
  areas: ConsolidatedArea[];
  /** Units in order, their chosen draft's scorecard. */
  scorecards: Scorecard[];
  /** The chosen drafts' findings, each with its unit and file. */
  findings: { unit: string; file: string; finding: Analysis["findings"][number] }[];
  notes: MergeNote[];
  failures: DraftFailure[];
  totals: Totals;
  /** Units whose chosen draft has an error-severity finding. */
  unitsWithErrors: string[];
}
