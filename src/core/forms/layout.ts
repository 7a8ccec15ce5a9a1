// A standard form as plain data: every cell, merge, width and print setting, so the ExcelJS writer (CLI) and the
// Office.js writer (add-in) render the same sheet without knowing which form it is. Pure: no Office, DOM or Node.

export type FormLayoutKind = "khung-logic" | "de-cuong" | "5w1h" | "thong-tin";

export type StyleName =
  | "title"
  | "subtitle"
  | "goalLabel"
  | "goalText"
  | "header"
  | "area"
  | "result"
  | "activity"
  | "total"
  | "words"
  | "key"
  | "value"
  | "hint";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points; FONT_SIZE where absent. */
  size?: number;
  /** Background, hex RGB without "#", e.g. "DDEBF7". */
  fill?: string;
  align?: "left" | "center" | "right";
  /** Vertical alignment; "top" where absent (multi-line cells read from the top). */
  valign?: "top" | "middle";
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  numberFormat?: string;
}

/** Every form is Times New Roman (Nghị định 30/2020), body 12 pt. */
export const FONT_NAME = "Times New Roman";
export const FONT_SIZE = 12;
export const BUDGET_FORMAT = "#,##0";

const HEADER_FILL = "DDEBF7";
const AREA_FILL = "FCE4D6";
const TOTAL_FILL = "F2F2F2";

export const STYLES: Record<StyleName, CellStyle> = {
  title: { bold: true, size: 14, align: "center", valign: "middle", wrap: true },
  subtitle: { italic: true, align: "center", valign: "middle", wrap: true },
  goalLabel: { bold: true, wrap: true },
  goalText: { wrap: true },
  header: { bold: true, fill: HEADER_FILL, align: "center", valign: "middle", wrap: true, border: true },
  area: { bold: true, fill: AREA_FILL, wrap: true, border: true },
  result: { bold: true, wrap: true, border: true },
  activity: { wrap: true, border: true },
  total: { bold: true, fill: TOTAL_FILL, wrap: true, border: true },
  words: { italic: true, wrap: true },
  key: { bold: true, wrap: true, border: true },
  value: { wrap: true, border: true },
  hint: { italic: true, wrap: true, border: true },
};

export interface LayoutColumn {
  /** The engine's field for the column (FieldKey), or "key"/"value"/"hint" on the info sheet. */
  key: string;
  /** Header text; for a grouped column, the sub-header text (row two). */
  header: string;
  /** Merged parent header over consecutive columns sharing it (e.g. "Trách nhiệm"). */
  group?: string;
  /** The second header row's text under an ungrouped header (the 5W1H letters). */
  subHeader?: string;
  /** Excel character widths. */
  width: number;
  /** Format of the column's data cells (budget columns: BUDGET_FORMAT). */
  numberFormat?: string;
  /** Horizontal alignment of the column's data cells, over their style's (amounts: right). */
  align?: "left" | "center" | "right";
  wrap?: boolean;
}

/** One written cell. Rows and columns are 0-based sheet coordinates. */
export interface LayoutCell {
  row: number;
  col: number;
  value?: string | number;
  /** Formula text WITHOUT the leading "=" (as SheetGrid.formulas holds it); A1 references. */
  formula?: string;
  style: StyleName;
  /** The cell is the top-left of a merged block this many rows and columns large. */
  merge?: { rows: number; cols: number };
  /** Number format of this cell, overriding its style and column. */
  numberFormat?: string;
}

export interface CellRef {
  row: number;
  col: number;
}

export interface FormLayout {
  kind: FormLayoutKind;
  sheetName: string;
  columns: LayoutColumn[];
  /** Every written cell, header and data alike, in row order; blank input cells are listed so they get borders. */
  cells: LayoutCell[];
  /** 0-based rows of the header: one row, or two. */
  headerRows: [number, number?];
  /** Panes frozen above this many rows (the title and header stay in view). */
  freezeRows: number;
  print: { landscape: boolean; fitToWidth: true; repeatRows: [number, number] };
  /** 0-based rows of the data area (areas, results, activities), inclusive; absent on the info sheet. */
  dataRows?: { first: number; last: number };
  /** The "Tổng kinh phí" figure, a SUBTOTAL over the data rows. */
  totalCell?: CellRef;
  /**
   * Where the total goes in words. The ExcelJS file leaves it empty (CCHC.BANGCHU exists only in the add-in);
   * the add-in writer may put `CCHC.BANGCHU(<totalCell>)` there.
   */
  wordsCell?: CellRef;
  /** Rows taller than one line (wrapped area titles), in points: Excel does not grow a row for text a file brings. */
  rowHeights?: { row: number; points: number }[];
}

export interface FormOptions {
  year: number;
  /** An AREA_PRESETS id; DEFAULT_PRESET_ID where absent. */
  presetId?: string;
}
