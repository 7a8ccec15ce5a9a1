// The budget summary sheet as data: which plan cells the engine's total counted (each money once) and every cell of
// the "Tổng hợp kinh phí" sheet, as formulas and values. Pure: src/excel/summary.ts only writes it.
// The per-area figures are SUMs over each area's block of the detail list, not SUMIF over area titles: SUMIF reads
// *, ? and ~ in a title as wildcards and refuses criteria longer than 255 characters.
import { buildRollup, NO_AREA, ownAmount, VND } from "./totals";
import type { Plan, PlanRow, Totals } from "./types";

const CONTENT_MAX = 100;

export interface CountedCell {
  sheet: string;
  /** A1 address of the budget cell. */
  cell: string;
  row: number;
  area: string;
  content: string;
  amount: number;
}

/** The words the sheet carries (Vietnamese, from the adapter's strings module). */
export interface SummaryText {
  title: (year: number | null) => string;
  subtitle: string;
  areaHeader: readonly string[];
  total: string;
  inWords: string;
  otherCurrencies: string;
  /** Above the split by funding source; its figures are the engine's, as written at insertion. */
  bySource: string;
  noSource: string;
  bySourceNote: string;
  detailHeader: readonly string[];
  textAmountNote: string;
  /** Beside an amount the engine summed from several funding-source columns of its row. */
  sourcesAmountNote: string;
  /** Under the words, where they are written as text: they do not follow later edits. */
  wordsAsTextNote: string;
}

export interface SummaryOptions {
  /** Spell the total with =CCHC.BANGCHU (only where the add-in's custom functions run); else the words as text. */
  wordsFormula: boolean;
}

function topArea(rows: PlanRow[], index: number): string {
  let row = rows[index];
  for (let hops = 0; row.parent !== null && hops < rows.length; hops++) row = rows[row.parent];
  return row.area ?? NO_AREA;
}

/** The budget cells the engine's total counts: a row's own VND figure where no descendant states one. */
export function countedCells(plan: Plan): CountedCell[] {
  const rollup = buildRollup(plan);
  const cells: CountedCell[] = [];
  plan.rows.forEach((row, index) => {
    const amount = ownAmount(row, VND);
    if (amount === null || rollup.childSum[index] !== null || !row.cells.budget) return;
    cells.push({ sheet: row.sheet, cell: row.cells.budget, row: row.row, area: topArea(plan.rows, index), content: row.content, amount });
  });
  return cells;
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > CONTENT_MAX ? `${line.slice(0, CONTENT_MAX - 1)}…` : line;
}

export type SummaryRow = (string | number)[];

export const SUMMARY_WIDTH = 6;
export const MONEY_FORMAT = "#,##0";
/** Excel's Text format: a title such as "1/2" or "1.10" stays as written instead of becoming a date or a number. */
export const TEXT_FORMAT = "@";

export interface SummaryLayout {
  rows: SummaryRow[];
  /** 0-based rows: the header of the area table, its first and last area rows, the total, the detail header. */
  areaHeader: number;
  firstArea: number;
  lastArea: number;
  totalRow: number;
  /** The rows of the split by funding source (none: first > last). */
  firstSource: number;
  lastSource: number;
  detailHeader: number;
  constants: number;
  /** Number format of every cell, same shape as rows padded to SUMMARY_WIDTH. */
  numberFormat: string[][];
}

/** Counted cells ordered by the area table, so each area's cells form one block of the detail list. */
function byAreaOrder(cells: CountedCell[], totals: Totals): CountedCell[] {
  const rank = new Map(totals.byArea.map((a, i) => [a.area, i]));
  const at = (c: CountedCell): number => rank.get(c.area) ?? totals.byArea.length;
  return cells.map((c, i) => ({ c, i })).sort((a, b) => at(a.c) - at(b.c) || a.i - b.i).map(({ c }) => c);
}

/**
 * What a counted plan cell holds now: a number that, times `scale` (1, or 1,000 … for a column in nghìn, triệu, tỷ
 * đồng), is the engine's amount, so the summary references it live; or text, or one of several funding-source columns
 * the engine summed (its amount is then written as a constant, with a note).
 */
export type CellReading = { live: true; scale: number } | { live: false; why: "text" | "sources" };

/** The reading of a cell whose current value is `value`, for the engine's amount `amount` in đồng. */
export function readingOf(value: unknown, amount: number): CellReading {
  if (typeof value !== "number") return { live: false, why: "text" };
  for (const scale of [1, 1e3, 1e6, 1e9]) if (Math.abs(value * scale - amount) < 0.5) return { live: true, scale };
  return { live: false, why: "sources" };
}

/** Every cell of the summary sheet; `readCell` tells what each counted plan cell holds now. */
export function summaryLayout(
  plan: Plan,
  totals: Totals,
  counted: CountedCell[],
  readCell: (c: CountedCell) => CellReading,
  text: SummaryText,
  options: SummaryOptions,
): SummaryLayout {
  const cells = byAreaOrder(counted, totals);
  const areaHeader = 2;
  const firstArea = areaHeader + 1;
  const lastArea = firstArea + totals.byArea.length - 1;
  const totalRow = lastArea + 1;
  const wordsRows = options.wordsFormula ? 1 : 2;
  const foreignRows = totals.otherCurrencies.length > 0 ? 1 : 0;
  // A heading, a line per source, and the note that the figures do not follow later edits.
  const sourceRows = totals.bySource.length > 0 ? totals.bySource.length + 2 : 0;
  const firstSource = totalRow + wordsRows + foreignRows + 2;
  const lastSource = firstSource + totals.bySource.length - 1;
  const detailHeader = totalRow + wordsRows + 2 + foreignRows + sourceRows;
  const firstDetail = detailHeader + 1;

  const rows: SummaryRow[] = [[text.title(plan.year)], [text.subtitle], [...text.areaHeader]];
  totals.byArea.forEach((area, i) => {
    const first = cells.findIndex((c) => c.area === area.area);
    const count = cells.filter((c) => c.area === area.area).length;
    const sum = count > 0 ? `=SUM(E${firstDetail + first + 1}:E${firstDetail + first + count})` : 0;
    rows.push([i + 1, area.area, sum]);
  });
  rows.push(["", text.total, totals.byArea.length > 0 ? `=SUM(C${firstArea + 1}:C${lastArea + 1})` : 0]);
  if (options.wordsFormula) rows.push(["", text.inWords, `=CCHC.BANGCHU(C${totalRow + 1})`]);
  else rows.push(["", text.inWords, totals.totalInWords], ["", "", text.wordsAsTextNote]);
  if (totals.otherCurrencies.length > 0) {
    const others = totals.otherCurrencies.map((o) => `${o.amount.toLocaleString("vi-VN")} ${o.currency}`).join("; ");
    rows.push(["", text.otherCurrencies, others]);
  }
  if (totals.bySource.length > 0) {
    rows.push(["", text.bySource]);
    for (const line of totals.bySource) rows.push(["", line.source ?? text.noSource, line.amount]);
    rows.push(["", "", text.bySourceNote]);
  }
  rows.push([]);
  rows.push([...text.detailHeader]);
  let constants = 0;
  for (const c of cells) {
    const reading = readCell(c);
    if (!reading.live) constants += 1;
    const amount = reading.live ? `=${quoteSheet(c.sheet)}!${c.cell}${reading.scale === 1 ? "" : `*${reading.scale}`}` : c.amount;
    const note = reading.live ? "" : reading.why === "text" ? text.textAmountNote : text.sourcesAmountNote;
    rows.push([c.sheet, c.row, c.area, shorten(c.content), amount, note]);
  }
  const padded = rows.map((row) => [...row, ...Array<string>(SUMMARY_WIDTH - row.length).fill("")]);
  const layout = { areaHeader, firstArea, lastArea, totalRow, firstSource, lastSource, detailHeader, constants };
  return { ...layout, rows: padded, numberFormat: numberFormats(padded, layout) };
}

/**
 * Money in C (areas to total, funding sources) and E (detail amounts). Every other text cell is Text, so Excel never
 * re-reads it as typed; only the formulas this layout puts in C (areas, total, words) and E (references) stay General.
 */
function numberFormats(rows: SummaryRow[], layout: Omit<SummaryLayout, "rows" | "numberFormat">): string[][] {
  return rows.map((row, r) =>
    row.map((value, c) => {
      const areaMoney = c === 2 && r >= layout.firstArea && r <= layout.totalRow;
      const sourceMoney = c === 2 && r >= layout.firstSource && r <= layout.lastSource;
      const detailMoney = c === 4 && r > layout.detailHeader;
      if (areaMoney || sourceMoney || detailMoney) return MONEY_FORMAT;
      const formula = (c === 2 && r >= layout.firstArea && r <= layout.totalRow + 1) || (c === 4 && r > layout.detailHeader);
      return typeof value === "string" && value !== "" && !(formula && value.startsWith("=")) ? TEXT_FORMAT : "General";
    }),
  );
}

/** A sheet name as a formula reference needs it: quoted, with inner quotes doubled. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
