// The reader's documented bounds (README, "Reading workbooks"). Each is far above any plan an official keeps
// (the 20,000-row bench plan has 300,000 cells and about 120,000 distinct strings) and far below what
// would exhaust a browser tab or the command line's worker.
import { limitText } from "./strings.vi";

export const LIMITS = {
  sheets: 1000,
  cellsPerSheet: 2_000_000,
  cellsPerWorkbook: 5_000_000,
  sharedStrings: 2_000_000,
  /** Characters in the shared-string table. */
  sharedText: 100_000_000,
  /** Characters the cells reference in all: many cells pointing at one huge string count each time. */
  cellText: 200_000_000,
  /** Cells a sheet region may span (rows × columns) once far-apart cells are split into their own regions. */
  regionArea: 16_000_000,
} as const;

/** A documented bound was passed; `detail` says which, in Vietnamese. */
export class LimitError extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

const count = (n: number) => n.toLocaleString("vi-VN");

export const limitDetail = {
  sheets: () => limitText.sheets(count(LIMITS.sheets)),
  cells: () => limitText.cells(count(LIMITS.cellsPerSheet)),
  workbookCells: () => limitText.cells(count(LIMITS.cellsPerWorkbook)).replace("trong một trang tính", "trong sổ làm việc"),
  sharedStrings: () => limitText.sharedStrings(count(LIMITS.sharedStrings)),
  sharedText: () => limitText.text(count(LIMITS.sharedText)),
  cellText: () => limitText.text(count(LIMITS.cellText)),
};
