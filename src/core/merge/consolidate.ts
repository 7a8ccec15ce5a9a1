// Drafts' analyses → one consolidated plan (Tổng hợp): byte-identical files read once, one draft per unit (the
// latest by its document properties, the choice stated), rows grouped by area (preset order, unknown titles kept
// and flagged) then unit, every row traced to its file, sheet and row, totals each money once. Pure.
import type { Analysis } from "../analyze";
import { presetForYear, matchArea, foldAreaTitle, type AreaPreset } from "../presets";
import { fold } from "../text";
import { buildRollup, computeTotals, type Rollup } from "../totals";
import type { Plan, PlanRow, TableInfo } from "../types";
import { scorecardOf } from "./scorecard";
import { MERGE_TEXT } from "./strings.vi";
import type { Consolidation, ConsolidatedArea, DraftFailure, DraftFile, DraftRead, DuplicateFile, MergeNote, RowOrigin } from "./types";
import { unitKey } from "./unit";

export const MERGED_SHEET = "Tổng hợp";

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A copy's name, as Windows, macOS and Zalo or mail downloads make it. */
const COPY_NAME = /(?: \(\d+\)| - (?:copy|bản sao)(?: \(\d+\))?| copy(?: \d+)?)\.[a-z]+$/i;

/** Which files to read: the first (by path) of each set of byte-identical files, an original before its copies; the
 *  rest are duplicates of it. */
export function planReads(files: DraftFile[]): { read: DraftFile[]; duplicates: DuplicateFile[] } {
  const firstByDigest = new Map<string, DraftFile>();
  const duplicates: DuplicateFile[] = [];
  // The original before its copies ("x (1).xlsx", "x - Copy.xlsx", "x - Bản sao.xlsx"), whatever the path order.
  const copy = (file: DraftFile) => Number(COPY_NAME.test(file.file));
  for (const file of [...files].sort((a, b) => copy(a) - copy(b) || byText(a.file, b.file))) {
    const first = firstByDigest.get(file.digest);
    if (first) duplicates.push({ file: file.file, sameAs: first.file });
    else firstByDigest.set(file.digest, file);
  }
  return { read: [...firstByDigest.values()], duplicates };
}

export interface ConsolidateOptions {
  /** The consolidated plan's year (contract: --year); else the year most drafts name. */
  year?: number;
  duplicates?: DuplicateFile[];
}

interface UnitDraft {
  key: string;
  unit: string;
  draft: DraftRead;
}

/** One draft per unit: the latest by dcterms:modified, ties (or no dates) broken by the later file name. */
function chooseDrafts(drafts: DraftRead[], notes: MergeNote[]): UnitDraft[] {
  const groups = new Map<string, DraftRead[]>();
  for (const draft of [...drafts].sort((a, b) => byText(a.file, b.file))) {
    const key = unitKey(draft.unit.name) || unitKey(draft.file);
    const group = groups.get(key);
    if (group) group.push(draft);
    else groups.set(key, [draft]);
  }
  const chosen: UnitDraft[] = [];
  for (const [key, group] of groups) {
    const ordered = [...group].sort((a, b) => byText(a.modified ?? "", b.modified ?? "") || revisionRank(a.file) - revisionRank(b.file) || byText(a.file, b.file));
    const pick = ordered[ordered.length - 1];
    const unit = pick.unit.name;
    chosen.push({ key, unit, draft: pick });
    if (group.length === 1) continue;
    const dates = new Set(group.map((d) => d.modified ?? ""));
    const byDate = !dates.has("") && dates.size === group.length;
    const byName = !byDate && group.every((d) => d === pick || revisionRank(d.file) < revisionRank(pick.file));
    const files = group.map((d) => ({ file: d.file, modified: d.modified, rows: countedRows(d.analysis), total: d.analysis.totals.total }));
    const message = MERGE_TEXT.notes.sameUnit(unit, files, pick.file, byDate ? "date" : byName ? "revision" : "name");
    for (const draft of group) notes.push({ kind: "same-unit", severity: "warning", unit, file: draft.file, message });
  }
  return chosen.sort((a, b) => byText(a.key, b.key) || byText(a.draft.file, b.draft.file));
}

/** How late a revision a file's name says it is: "bản cuối", "chính thức", "final" last; "sửa lần 2", "v3" by
 *  their number; "sửa", "bổ sung", "cập nhật" after a name that says nothing. */
function revisionRank(file: string): number {
  const name = fold(file.split(/[\\/]/).pop() ?? file).replace(/\.(xlsx|xlsm)$/, "").replace(/[_\-()[\].,]+/g, " ");
  if (/\b(?:ban cuoi|chinh thuc|final|hoan chinh)\b/.test(name)) return 1000;
  const numbered = /\b(?:lan|l|v|ver|version|ban)\s*(\d{1,2})\b/.exec(name);
  if (numbered) return 1 + Number(numbered[1]);
  return /\b(?:sua|bo sung|cap nhat|dieu chinh)\b/.test(name) ? 1 : 0;
}

function countedRows(analysis: Analysis): number {
  return analysis.plan.rows.filter((row) => !row.placeholder).length;
}

/** The year most drafts name (the later of two as common): a folder's leftovers of another year are set apart, and
 *  each is told how to compile its year instead. */
function mostCommonYear(drafts: DraftRead[]): number | null {
  const counts = new Map<number, number>();
  for (const draft of drafts) {
    const year = draft.analysis.plan.year;
    if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > counts.get(best)! || (count === counts.get(best)! && year > best)) best = year;
  return best;
}

interface AreaSlot {
  title: string;
  known: boolean;
  order: number;
  /** unit key → the draft's row indices in this area, in sheet order. */
  byUnit: Map<string, number[]>;
}

const NO_AREA_KEY = "\u0000none";

/** A draft row's area in the consolidated preset: its preset title, its own title (unknown), or none. */
function areaOf(title: string | null, preset: AreaPreset): { key: string; title: string; known: boolean } {
  if (title === null || title.trim() === "") return { key: NO_AREA_KEY, title: MERGE_TEXT.noArea, known: false };
  const matched = matchArea(title, preset);
  if (matched) return { key: `p:${preset.areas.indexOf(matched)}`, title: matched, known: true };
  return { key: `u:${foldAreaTitle(title)}`, title, known: false };
}

/**
 * The rows a draft brings, by area. The draft's own area rows are replaced by the area and unit rows of the merge;
 * one that states a budget of its own with nothing counted below it comes along as an ordinary row, so its money
 * still counts once.
 */
function slotRows(chosen: UnitDraft[], preset: AreaPreset, rollups: Map<string, Rollup>): Map<string, AreaSlot> {
  const slots = new Map<string, AreaSlot>();
  // A province's drafts name a few dozen distinct area titles over tens of thousands of rows: match each title once.
  const areas = new Map<string | null, ReturnType<typeof areaOf>>();
  for (const { key: unit, draft } of chosen) {
    const { plan } = draft.analysis;
    const rollup = rollups.get(unit)!;
    plan.rows.forEach((row, index) => {
      if (row.level === "area" && (row.budget === null || rollup.childSum[index] !== null)) return;
      // Blank-form text with no figure ("M/tiêu 1", "1.2…") is not a task: its placeholder-row finding says so.
      if (row.placeholder && row.budget === null) return;
      let area = areas.get(row.area);
      if (area === undefined) areas.set(row.area, (area = areaOf(row.area, preset)));
      let slot = slots.get(area.key);
      if (!slot) {
        const order = area.known ? preset.areas.indexOf(area.title) : area.key === NO_AREA_KEY ? 2e9 : 1e9 + slots.size;
        slot = { title: area.title, known: area.known, order, byUnit: new Map() };
        slots.set(area.key, slot);
      }
      const indices = slot.byUnit.get(unit);
      if (indices) indices.push(index);
      else slot.byUnit.set(unit, [index]);
    });
  }
  return slots;
}

class PlanBuilder {
  readonly rows: PlanRow[] = [];
  readonly origins: (RowOrigin | null)[] = [];
  readonly units: (string | null)[] = [];
  readonly unitRows: boolean[] = [];

  add(row: PlanRow, origin: RowOrigin | null, unit: string | null, isUnitRow = false): number {
    this.rows.push(row);
    this.origins.push(origin);
    this.units.push(unit);
    this.unitRows.push(isUnitRow);
    return this.rows.length - 1;
  }
}

function groupRow(level: PlanRow["level"], content: string, area: string, parent: number | null): PlanRow {
  return { sheet: MERGED_SHEET, row: 0, level, number: null, content, area, budget: null, period: null, cells: {}, table: 0, parent, placeholder: false };
}

/** A draft row as a consolidated row: its fields and budget as read, its parent inside the merged plan. */
function copyRow(row: PlanRow, area: string, parent: number): PlanRow {
  const copy: PlanRow = { ...row, cells: {}, table: 0, area, parent, sheet: MERGED_SHEET, row: 0 };
  if (row.level === "area") copy.level = "result";
  return copy;
}

/** Whether any of a plan's tasks runs in `year`. */
function hasTaskIn(plan: Plan, year: number): boolean {
  const inYear = (iso: string | undefined) => iso !== undefined && Number(iso.slice(0, 4)) === year;
  return plan.rows.some((row) => row.period !== null && (inYear(row.period.start) || inYear(row.period.end)));
}

/** The drafts of the year being compiled: a plan of another year (last year's, left in the folder) is set apart and
 *  said so, never added; one whose year is unknown is kept. */
function ofYear(drafts: DraftRead[], year: number | null, notes: MergeNote[]): DraftRead[] {
  if (year === null) return drafts;
  return drafts.filter((draft) => {
    const own = draft.analysis.plan.year;
    // A title may name a year its tasks do not (a date in it read as the year): a draft with tasks in the year
    // compiled is kept.
    if (own === null || own === year || hasTaskIn(draft.analysis.plan, year)) return true;
    notes.push({ kind: "other-year", severity: "warning", unit: draft.unit.name, file: draft.file, message: MERGE_TEXT.notes.otherYear(draft.unit.name, own, year) });
    return false;
  });
}

/** The drafts with a plan in them: a blank form sent back unfilled (empty-plan) is no unit's plan, and is said so. */
function filledDrafts(drafts: DraftRead[], notes: MergeNote[]): DraftRead[] {
  return drafts.filter((draft) => {
    if (!draft.analysis.findings.some((finding) => finding.rule === "empty-plan")) return true;
    notes.push({ kind: "blank-form", severity: "warning", unit: draft.unit.name, file: draft.file, message: MERGE_TEXT.notes.blankForm(draft.unit.name) });
    return false;
  });
}

export function consolidate(drafts: DraftRead[], failures: DraftFailure[], options: ConsolidateOptions = {}): Consolidation {
  const notes: MergeNote[] = [];
  for (const duplicate of options.duplicates ?? []) {
    notes.push({ kind: "duplicate-file", severity: "info", unit: null, file: duplicate.file, message: MERGE_TEXT.notes.duplicateFile(duplicate.file, duplicate.sameAs) });
  }
  const sortedFailures = [...failures].sort((a, b) => byText(a.file, b.file));
  for (const failure of sortedFailures) {
    notes.push({ kind: "unreadable", severity: "error", unit: null, file: failure.file, message: MERGE_TEXT.notes.unreadable(failure.reason) });
  }
  const filled = filledDrafts(drafts, notes);
  const year = options.year ?? mostCommonYear(filled);
  const chosen = chooseDrafts(ofYear(filled, year, notes), notes);
  const preset = presetForYear(year);
  const rollups = new Map(chosen.map((c) => [c.key, buildRollup(c.draft.analysis.plan)]));
  const slots = [...slotRows(chosen, preset, rollups).values()].sort((a, b) => a.order - b.order);
  const unitName = new Map(chosen.map((c) => [c.key, c.unit]));
  const draftOf = new Map(chosen.map((c) => [c.key, c.draft]));

  const out = new PlanBuilder();
  const areas: ConsolidatedArea[] = [];
  for (const slot of slots) {
    const areaIndex = out.add(groupRow("area", slot.title, slot.title, null), null, null);
    const area: ConsolidatedArea = { title: slot.title, known: slot.known, row: areaIndex, units: [], amount: 0 };
    for (const c of chosen) {
      const indices = slot.byUnit.get(c.key);
      if (!indices) continue;
      const unit = unitName.get(c.key)!;
      const draft = draftOf.get(c.key)!;
      const unitIndex = out.add(groupRow("result", MERGE_TEXT.unitRow(unit), slot.title, areaIndex), null, unit, true);
      area.units.push({ unit, row: unitIndex, amount: 0 });
      const mapped = new Map<number, number>();
      for (const index of indices) {
        const row = draft.analysis.plan.rows[index];
        const parent = row.parent !== null && mapped.has(row.parent) ? mapped.get(row.parent)! : unitIndex;
        const origin = { unit, file: draft.file, sheet: row.sheet, row: row.row, index };
        mapped.set(index, out.add(copyRow(row, slot.title, parent), origin, unit));
      }
      if (!slot.known) {
        const kind = slot.title === MERGE_TEXT.noArea ? "no-area" : "unknown-area";
        const message = kind === "no-area" ? MERGE_TEXT.notes.noArea(indices.length) : MERGE_TEXT.notes.unknownArea(slot.title, indices.length, preset.id);
        notes.push({ kind, severity: "warning", unit, file: draft.file, message });
      }
    }
    areas.push(area);
  }

  const plan = mergedPlan(out.rows, year, preset, chosen);
  const rollup = buildRollup(plan);
  for (const area of areas) {
    area.amount = rollup.counted[area.row] ?? 0;
    for (const unit of area.units) unit.amount = rollup.counted[unit.row] ?? 0;
  }
  const scorecards = chosen.map((c) => c.draft.scorecard ?? scorecardOf(c.unit, c.draft, rollups.get(c.key)));
  const findings = chosen.flatMap((c) => c.draft.analysis.findings.map((finding) => ({ unit: c.unit, file: c.draft.file, finding })));
  return {
    year,
    preset: preset.id,
    plan,
    rollup,
    origins: out.origins,
    units: out.units,
    unitRows: out.unitRows,
    areas,
    scorecards,
    findings,
    notes: sortNotes(notes),
    failures: sortedFailures,
    totals: computeTotals(plan, rollup),
    unitsWithErrors: scorecards.filter((s) => s.errors > 0).map((s) => s.unit),
  };
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

function sortNotes(notes: MergeNote[]): MergeNote[] {
  return [...notes].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || byText(a.kind, b.kind) || byText(a.file, b.file) || byText(a.message, b.message),
  );
}

function mergedPlan(rows: PlanRow[], year: number | null, preset: AreaPreset, chosen: UnitDraft[]): Plan {
  const table: TableInfo = { sheet: MERGED_SHEET, form: "khung-logic", headerRows: [1], columns: {}, firstRow: 1, lastRow: rows.length };
  return {
    year,
    title: null,
    goals: { general: [], specific: [] },
    tables: [table],
    rows,
    sheetTotals: [],
    info: year === null ? {} : { year },
    preset: preset.id,
    legacySheets: chosen.flatMap((c) => c.draft.analysis.plan.legacySheets ?? []),
  };
}
