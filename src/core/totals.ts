// Totals that count each money once (domain brief §5): a parent's own figure is an envelope,
// counted only where none of its descendants states an amount in the same currency.
import { fold } from "./text";
import type { Plan, PlanRow, Totals } from "./types";
import { FUNDING_SOURCE_SHORT } from "./vocabulary";
import { amountInWords } from "./words";

export const VND = "VND";
/** The byArea key for rows that belong to no area. */
export const NO_AREA = "Khác";

/** Computed once per plan; every array is indexed like plan.rows. */
export interface Rollup {
  /** Indices of each row's children, in sheet order. */
  children: number[][];
  /** VND counted for the row (its children's counted sum, or its own amount); null where nothing is counted. */
  counted: (number | null)[];
  /** Sum of the children's counted VND; null where no child counts anything. */
  childSum: (number | null)[];
}

interface CurrencyRollup {
  counted: (number | null)[];
  childSum: (number | null)[];
}

export function buildRollup(plan: Plan): Rollup {
  const children = childrenOf(plan.rows);
  return { children, ...rollupInCurrency(plan.rows, children, VND) };
}

function childrenOf(rows: PlanRow[]): number[][] {
  const children: number[][] = rows.map(() => []);
  rows.forEach((row, index) => {
    if (row.parent !== null && row.parent >= 0 && row.parent < rows.length) children[row.parent].push(index);
  });
  return children;
}

/** The amount a row states in this currency, or null (no budget, source only, not understood, other currency).
 *  A funding source in another currency beside đồng ones (a grant in USD) is the row's money in that currency. */
export function ownAmount(row: PlanRow, currency: string): number | null {
  const budget = row.budget;
  if (budget === null) return null;
  if (budget.currency === currency) return budget.amount;
  let inSources: number | null = null;
  for (const source of budget.sources ?? []) if (source.currency === currency && source.amount !== null) inSources = (inSources ?? 0) + source.amount;
  return inSources;
}

function rollupInCurrency(rows: PlanRow[], children: number[][], currency: string): CurrencyRollup {
  const counted: (number | null)[] = rows.map(() => null);
  const childSum: (number | null)[] = rows.map(() => null);
  const done: boolean[] = rows.map(() => false);
  const visit = (index: number): number | null => {
    if (done[index]) return counted[index];
    done[index] = true; // set before descending so a malformed parent cycle cannot recurse forever
    let sum: number | null = null;
    const own = children[index];
    for (let i = 0; i < own.length; i += 1) {
      const amount = visit(own[i]);
      if (amount !== null) sum = (sum ?? 0) + amount;
    }
    childSum[index] = sum;
    counted[index] = sum ?? ownAmount(rows[index], currency);
    return counted[index];
  };
  rows.forEach((_, index) => visit(index));
  return { counted, childSum };
}

function isTopLevel(row: PlanRow): boolean {
  return row.parent === null;
}

function sumTopLevel(rows: PlanRow[], counted: (number | null)[], keep: (row: PlanRow) => boolean): number {
  let total = 0;
  rows.forEach((row, index) => {
    if (isTopLevel(row) && keep(row)) total += counted[index] ?? 0;
  });
  return total;
}

/** The VND a table's rows count, each money once (the figure its own total row should show). */
export function tableTotal(plan: Plan, rollup: Rollup, tableIndex: number): number {
  return sumTopLevel(plan.rows, rollup.counted, (row) => row.table === tableIndex);
}

/** Per area in order of first appearance; every area that has rows is listed, with 0 where nothing is counted. */
function totalsByArea(rows: PlanRow[], counted: (number | null)[]): Totals["byArea"] {
  const byArea = new Map<string, number>();
  rows.forEach((row, index) => {
    const area = row.area ?? NO_AREA;
    const amount = isTopLevel(row) ? (counted[index] ?? 0) : 0;
    byArea.set(area, (byArea.get(area) ?? 0) + amount);
  });
  return [...byArea].map(([area, amount]) => ({ area, amount }));
}

function foreignCurrencies(rows: PlanRow[]): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    if (row.budget !== null && row.budget.amount !== null && row.budget.currency !== VND) seen.add(row.budget.currency);
    for (const source of row.budget?.sources ?? []) if (source.currency !== undefined && source.amount !== null) seen.add(source.currency);
  }
  return [...seen];
}

/** What names a funding source whatever its spelling: folded, punctuation as spaces, short forms written out. */
export function sourceKey(name: string): string {
  return fold(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => FUNDING_SOURCE_SHORT[word] ?? word)
    .join(" ");
}

/**
 * The đồng counted under each funding source (sub-columns under a Kinh phí parent), each money once, in order of first
 * appearance: the sources of the rows counted by their own figure (a parent's only where none of its children counts
 * money). Of one table where `table` is given. Empty where no row has sources. Spellings of one source ("NSNN",
 * "Ngân sách nhà nước", as a merge of units' drafts brings them) make one line, named as first written.
 */
export function totalsBySource(plan: Plan, rollup: Rollup = buildRollup(plan), table?: number): { source: string; amount: number }[] {
  const bySource = new Map<string, { source: string; amount: number }>();
  plan.rows.forEach((row, index) => {
    if ((table !== undefined && row.table !== table) || row.placeholder) return;
    if (rollup.childSum[index] !== null || rollup.counted[index] === null) return;
    for (const source of row.budget?.sources ?? []) {
      if (source.currency !== undefined) continue;
      const key = sourceKey(source.source);
      const line = bySource.get(key);
      if (line) line.amount += source.amount ?? 0;
      else bySource.set(key, { source: source.source, amount: source.amount ?? 0 });
    }
  });
  return [...bySource.values()];
}

/**
 * The đồng total split by funding source, each money once: a line per source column (totalsBySource), then what no
 * source column holds (a row's Tổng số alone) under `source: null`, where it is not zero. Empty where no row names a
 * source, so a plan without source columns shows no split.
 */
export function sourceBreakdown(plan: Plan, rollup: Rollup, total: number): Totals["bySource"] {
  const sources: Totals["bySource"] = totalsBySource(plan, rollup);
  if (sources.length === 0) return sources;
  const unattributed = total - sources.reduce((sum, s) => sum + s.amount, 0);
  if (Math.abs(unattributed) >= 0.5) sources.push({ source: null, amount: unattributed });
  return sources;
}

export function computeTotals(plan: Plan, rollup: Rollup = buildRollup(plan)): Totals {
  const total = sumTopLevel(plan.rows, rollup.counted, () => true);
  const otherCurrencies = foreignCurrencies(plan.rows).map((currency) => {
    const { counted } = rollupInCurrency(plan.rows, rollup.children, currency);
    return { currency, amount: sumTopLevel(plan.rows, counted, () => true) };
  });
  return {
    currency: VND,
    total,
    totalInWords: amountInWords(Math.round(total)), // words need a whole number; a fractional đồng cannot be read
    byArea: totalsByArea(plan.rows, rollup.counted),
    bySource: sourceBreakdown(plan, rollup, total),
    otherCurrencies,
  };
}
