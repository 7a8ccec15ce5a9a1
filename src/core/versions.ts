// Two versions of one plan in one workbook: the draft kept beside the final, an old copy hidden, Excel's "KH (2)".
// Read together they count the plan's money twice. Sheets whose tasks are mostly the same texts, under no two
// different bodies, are versions of one plan; one marked as a draft or old copy (in its name or above its table) or
// hidden is set apart where an unmarked version remains, which is read. Unmarked versions are both read, and said.
import { stripLabel } from "./labels";
import { bodyAbove, unitKey } from "./merge/unit";
import { a1, cellText, fold } from "./text";
import type { Plan, SheetGrid, SheetVersion, VersionMark } from "./types";
import { VERSION_MARKS } from "./vocabulary";

/** Of the smaller sheet's tasks, the share the other must hold too. */
const SHARED_SHARE = 0.6;
/** Fewer shared tasks than this is two plans with a task in common. */
const SHARED_MIN = 2;

interface SheetFacts {
  grid: SheetGrid;
  /** 1-based row of its first table's header, and the A1 cell of that header's content column. */
  headerRow: number;
  headerCell: string;
  tasks: Set<string>;
  mark: VersionMark | null;
  /** Its name and title with any mark taken out: equal for two versions of one plan. */
  name: string;
  title: string;
  body: string | null;
}

/** Folded and free of marks, copy numbers and punctuation: "KH 2026 (dự thảo)", "KH 2026 (2)" → "kh 2026". */
function unmarked(text: string): string {
  let folded = fold(text);
  for (const word of [...VERSION_MARKS.draft.folded, ...VERSION_MARKS.old.folded, ...VERSION_MARKS.draft.accented, ...VERSION_MARKS.old.accented]) {
    folded = folded.replace(new RegExp(`(?<![\\p{L}\\p{N}])${fold(word)}(?![\\p{L}\\p{N}])`, "gu"), " ");
  }
  return folded.replace(/\(\d+\)\s*$/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function hasWord(text: string, words: readonly string[]): boolean {
  return words.some((word) => new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, "u").test(text));
}

/** The mark a text carries: "dự thảo", "nháp" (a draft) or "cũ" (an old copy). */
function markIn(text: string): VersionMark | null {
  const lower = text.toLocaleLowerCase("vi");
  const folded = fold(text);
  if (hasWord(folded, VERSION_MARKS.draft.folded) || hasWord(lower, VERSION_MARKS.draft.accented)) return "draft";
  if (hasWord(folded, VERSION_MARKS.old.folded) || hasWord(lower, VERSION_MARKS.old.accented)) return "old";
  return null;
}

/** The texts above a table: its title, the body, a "DỰ THẢO" in a corner. */
function textsAbove(grid: SheetGrid, headerRow: number): string[] {
  const rows = grid.values.slice(0, Math.max(0, headerRow - 1 - (grid.originRow ?? 0)));
  return rows.flatMap((row) => row.map(cellText).filter((text) => text !== ""));
}

/** A draft mark above the table stands alone ("DỰ THẢO", "(Dự thảo lần 2)") or in the title, not in a sentence. */
const MARK_LINE_MAX = 40;

function sheetFacts(plan: Plan, grid: SheetGrid): SheetFacts | null {
  const table = plan.tables.find((t) => t.sheet === grid.name);
  if (!table) return null;
  const tasks = new Set<string>();
  for (const row of plan.rows) {
    if (row.sheet !== grid.name || row.level === "area") continue;
    const key = fold(stripLabel(row.content));
    if (key !== "") tasks.add(key);
  }
  const headerRow = table.headerRows[0];
  const above = textsAbove(grid, headerRow);
  const title = above.find((text) => /\bke hoach\b/.test(fold(text)) && !/^\(?\s*kem theo\b/.test(fold(text))) ?? "";
  const marked = [grid.name, ...above.filter((text) => text === title || text.length <= MARK_LINE_MAX)].map(markIn).find((mark) => mark !== null);
  const contentCol = table.columns.content ?? Object.values(table.columns)[0] ?? 0;
  return {
    grid,
    headerRow,
    headerCell: a1(headerRow - 1, contentCol),
    tasks,
    mark: grid.state ? "hidden" : (marked ?? null),
    name: unmarked(grid.name),
    title: unmarked(title),
    body: bodyAbove(grid, headerRow),
  };
}

function sharedTasks(a: SheetFacts, b: SheetFacts): { shared: number; of: number } | null {
  const [small, large] = a.tasks.size <= b.tasks.size ? [a.tasks, b.tasks] : [b.tasks, a.tasks];
  let shared = 0;
  for (const task of small) if (large.has(task)) shared += 1;
  return shared >= SHARED_MIN && shared >= SHARED_SHARE * small.size ? { shared, of: small.size } : null;
}

/** Two bodies named, and not the same: two units' plans from one template. */
const differentBodies = (a: SheetFacts, b: SheetFacts) => a.body !== null && b.body !== null && unitKey(a.body) !== unitKey(b.body);

/** A marked version is set apart only where it is surely this plan's: hidden, or named or titled as the other. */
function sameName(marked: SheetFacts, kept: SheetFacts): boolean {
  if (marked.mark === "hidden") return true;
  if (marked.name !== "" && marked.name === kept.name) return true;
  return marked.title !== "" && marked.title === kept.title && marked.body !== null && marked.body === kept.body;
}

/**
 * The sheets of `grids` read into `plan` that are versions of another: each marked one set apart where an unmarked
 * version of the same plan remains (`setApart`), each later unmarked one said (`setApart: null`), once per sheet.
 */
export function sheetVersions(plan: Plan, grids: SheetGrid[]): SheetVersion[] {
  // One sheet of tables, as nearly every plan: nothing to compare, and no task text folded for it.
  if (new Set(plan.tables.map((table) => table.sheet)).size < 2) return [];
  const sheets = grids.map((grid) => sheetFacts(plan, grid)).filter((facts): facts is SheetFacts => facts !== null && facts.tasks.size >= SHARED_MIN);
  const versions: SheetVersion[] = [];
  const said = new Set<string>();
  const note = (sheet: SheetFacts, of: SheetFacts, setApart: VersionMark | null, shared: { shared: number; of: number }) => {
    said.add(sheet.grid.name);
    versions.push({ sheet: sheet.grid.name, of: of.grid.name, setApart, shared: shared.shared, tasks: shared.of, headerRow: sheet.headerRow, headerCell: sheet.headerCell });
  };
  for (const marked of sheets.filter((sheet) => sheet.mark !== null)) {
    for (const kept of sheets.filter((sheet) => sheet.mark === null)) {
      const shared = differentBodies(marked, kept) ? null : sharedTasks(marked, kept);
      if (shared && sameName(marked, kept)) {
        note(marked, kept, marked.mark, shared);
        break;
      }
    }
  }
  const setApart = new Set(versions.map((version) => version.sheet));
  sheets.forEach((later, i) => {
    if (said.has(later.grid.name)) return;
    for (const earlier of sheets.slice(0, i)) {
      const shared = setApart.has(earlier.grid.name) || differentBodies(later, earlier) ? null : sharedTasks(later, earlier);
      if (shared) return note(later, earlier, null, shared);
    }
  });
  return versions;
}
