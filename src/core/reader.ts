// Grid → plan: finds the tables, reads the plan-level text above them, and turns every data row into
// area → result → activity rows (contract: level), with cells parsed and ditto marks resolved.
import { parseBudget } from "./amount";
import { findTables, GridView, type FoundTable } from "./headers";
import {
  isDitto,
  isPlaceholderText,
  isTotalLabel,
  isWordsLine,
  labelLevel,
  readNumbering,
  splitLeadingNumber,
  stripLabel,
  type Numbering,
} from "./labels";
import { parsePeriod, yearsMentioned } from "./period";
import { matchArea, presetForYear, presetById, type AreaPreset } from "./presets";
import { a1, fold } from "./text";
import type { Budget, CellValue, FieldKey, Level, Period, Plan, PlanRow, SheetGrid, SheetTotal, TableInfo } from "./types";

export class PlanInputError extends Error {}

export interface ReadOptions {
  sheet?: string;
  year?: number;
  /** The year to use where no title states one (the "Thông tin kế hoạch" sheet's), before guessing from periods. */
  defaultYear?: number;
  /** Area preset id; by default the programme in force in the plan year. */
  preset?: string;
}

interface SheetTables {
  view: GridView;
  found: FoundTable[];
}

const TEXT_FIELDS = ["output", "indicator", "verification", "method", "note", "lead", "partners"] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export function readPlan(grids: SheetGrid[], options: ReadOptions = {}): Plan {
  const sheets = selectSheets(grids, options.sheet).map((grid) => {
    const view = new GridView(grid);
    return { view, found: findTables(view) };
  });
  const heading = readHeading(sheets);
  const year = options.year ?? heading.year ?? options.defaultYear ?? commonPeriodYear(sheets);
  const preset = options.preset ? presetById(options.preset) : presetForYear(year);
  const plan: Plan = {
    year,
    title: heading.title,
    goals: heading.goals,
    tables: [],
    rows: [],
    sheetTotals: [],
    info: {},
    preset: preset.id,
    legacySheets: sheets.flatMap(({ view, found }) =>
      view.legacy && found.length > 0 ? [{ sheet: view.grid.name, encoding: view.legacy }] : [],
    ),
  };
  const cells = new CellParsers();
  for (const { view, found } of sheets) {
    found.forEach((table, i) => {
      const end = i + 1 < found.length ? found[i + 1].headerRows[0] : view.endRow;
      new TableReader(plan, view, table, end, preset, cells).read();
    });
  }
  return plan;
}

/**
 * Period and budget parsing, remembered per text for one read: plans repeat the same cells ("Quý I/2026",
 * "Kinh phí thường xuyên") hundreds of times. Each row gets its own copy, so no two rows share an object.
 */
class CellParsers {
  private readonly periods = new Map<string, Period | null>();
  private readonly budgets = new Map<string, Budget | null>();

  period(value: CellValue, year: number | null): Period | null {
    if (typeof value !== "string") return parsePeriod(value, year);
    if (!this.periods.has(value)) this.periods.set(value, parsePeriod(value, year));
    const period = this.periods.get(value) ?? null;
    return period && { ...period };
  }

  budget(value: CellValue): Budget | null {
    if (typeof value !== "string") return parseBudget(value);
    if (!this.budgets.has(value)) this.budgets.set(value, parseBudget(value));
    const budget = this.budgets.get(value) ?? null;
    return budget && { ...budget };
  }
}

function selectSheets(grids: SheetGrid[], sheet: string | undefined): SheetGrid[] {
  if (sheet === undefined) return grids;
  const wanted = fold(sheet);
  const chosen = grids.filter((grid) => fold(grid.name) === wanted);
  if (chosen.length === 0) {
    const names = grids.map((grid) => `"${grid.name}"`).join(", ");
    throw new PlanInputError(`không có trang tính "${sheet}" (các trang có: ${names})`);
  }
  return chosen;
}

interface Heading {
  title: string | null;
  year: number | null;
  goals: { general: string[]; specific: string[] };
}

/** Title, year and goals: the text above each sheet's first table. */
function readHeading(sheets: SheetTables[]): Heading {
  const heading: Heading = { title: null, year: null, goals: { general: [], specific: [] } };
  for (const { view, found } of sheets) {
    if (found.length === 0) continue;
    for (let row = view.firstRow; row < found[0].headerRows[0]; row += 1) readHeadingRow(view, row, heading);
  }
  return heading;
}

function readHeadingRow(view: GridView, row: number, heading: Heading): void {
  const cells = rowTexts(view, row);
  if (cells.length === 0) return;
  const [first, ...rest] = cells;
  const folded = fold(first);
  if (heading.title === null && /\bke hoach\b/.test(folded)) {
    heading.title = first;
    heading.year = titleYear(folded);
    return;
  }
  const goalKind = /^muc tieu chung\b/.test(folded) ? "general" : /^muc tieu cu the\b/.test(folded) ? "specific" : null;
  if (!goalKind) return;
  const afterColon = first.includes(":") ? first.slice(first.indexOf(":") + 1).trim() : "";
  const text = afterColon || rest.join("\n");
  heading.goals[goalKind].push(...splitLines(text));
}

function titleYear(foldedTitle: string): number | null {
  const match = /\bnam (\d{4})\b/.exec(foldedTitle);
  if (match) return Number(match[1]);
  const years = yearsMentioned(foldedTitle);
  return years.length > 0 ? years[years.length - 1] : null;
}

function rowTexts(view: GridView, row: number): string[] {
  const texts: string[] = [];
  for (let col = view.firstCol; col < view.endCol; col += 1) {
    const text = view.text(row, col);
    if (text) texts.push(text);
  }
  return texts;
}

/** Bullet lines of a multi-line cell, bullets removed. */
export function splitLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/^\s*[-+•*–]\s*/, "").trim())
    .filter((line) => line.length > 0);
}

/** The most common year named in the period cells, where no title states it. */
function commonPeriodYear(sheets: SheetTables[]): number | null {
  const counts = new Map<number, number>();
  for (const { view, found } of sheets) {
    for (const [i, table] of found.entries()) {
      const col = table.columns.period;
      if (col === undefined) continue;
      const end = i + 1 < found.length ? found[i + 1].headerRows[0] : view.endRow;
      for (let row = lastHeaderRow(table) + 1; row < end; row += 1) {
        const value = view.value(row, col);
        const years = value instanceof Date ? [value.getUTCFullYear()] : yearsMentioned(view.text(row, col));
        for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
      }
    }
  }
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = year;
  return best;
}

function lastHeaderRow(table: FoundTable): number {
  return table.headerRows[table.headerRows.length - 1];
}

interface Entry {
  source: "goal" | "content" | "none";
  text: string;
  numbering: Numbering | null;
  col: number | undefined;
}

/** Numbering shape of a whole table, to tell "1" = area (1 / 1.1 / 1.1.1) from "1" = result (I / 1 / 1.1). */
interface NumberingShape {
  romanAreas: boolean;
  maxDepth: number;
}

const EMPTY_ROWS_ENDING_A_TABLE = 3;

class TableReader {
  private readonly tableIndex: number;
  private readonly info: TableInfo;
  private readonly shape: NumberingShape;
  /** First and last column the table's header names. */
  private readonly span: [number, number];
  /** Each row's entries, read once (indexed from the first data row): the numbering pass and the reading pass both need them. */
  private readonly entriesByRow: (Entry[] | undefined)[] = [];
  private readonly lastText = new Map<FieldKey, string>();
  private lastPeriod: CellValue = null;
  private area: { index: number; title: string } | null = null;
  private result: { index: number; goal: string } | null = null;

  constructor(
    private readonly plan: Plan,
    private readonly view: GridView,
    private readonly table: FoundTable,
    private readonly end: number,
    private readonly preset: AreaPreset,
    private readonly cells: CellParsers,
  ) {
    this.tableIndex = plan.tables.length;
    this.info = {
      sheet: view.grid.name,
      form: table.form,
      headerRows: table.headerRows.map((row) => row + 1),
      columns: table.columns,
      firstRow: lastHeaderRow(table) + 2,
      lastRow: lastHeaderRow(table) + 1,
    };
    plan.tables.push(this.info);
    const cols = Object.values(table.columns) as number[];
    this.span = [Math.min(...cols), Math.max(...cols)];
    this.shape = this.numberingShape();
  }

  read(): void {
    let emptyRun = 0;
    let hasRows = false;
    for (let row = lastHeaderRow(this.table) + 1; row < this.end; row += 1) {
      const outcome = this.readRow(row);
      if (outcome === "end") break;
      emptyRun = outcome === "empty" ? emptyRun + 1 : 0;
      // Empty rows right under the header do not end the table; after its rows they do.
      if (emptyRun >= EMPTY_ROWS_ENDING_A_TABLE && hasRows) break;
      if (outcome === "row") {
        hasRows = true;
        this.info.lastRow = row + 1;
      }
    }
  }

  private text(row: number, field: FieldKey): string {
    const col = this.table.columns[field];
    return col === undefined ? "" : this.view.text(row, col);
  }

  private numberingShape(): NumberingShape {
    const shape: NumberingShape = { romanAreas: false, maxDepth: 0 };
    for (let row = lastHeaderRow(this.table) + 1; row < this.end; row += 1) {
      const entries = this.entries(row);
      for (let i = 0; i < entries.length; i += 1) {
        const entry = entries[i];
        if (!entry.numbering) continue;
        if (entry.numbering.kind === "roman") shape.romanAreas = true;
        if (entry.numbering.kind === "arabic") shape.maxDepth = Math.max(shape.maxDepth, entry.numbering.depth);
      }
    }
    return shape;
  }

  /** The texts a row holds, each a plan row: a 5W1H or Đề cương row may carry a goal and a task side by side. */
  private entries(row: number): Entry[] {
    const at = row - lastHeaderRow(this.table) - 1;
    return (this.entriesByRow[at] ??= this.readEntries(row));
  }

  private readEntries(row: number): Entry[] {
    const { goal: goalCol, content: contentCol } = this.table.columns;
    const tt = readNumbering(this.text(row, "number"));
    const entries: Entry[] = [];
    this.addEntry(entries, row, "goal", goalCol, tt);
    this.addEntry(entries, row, "content", contentCol, tt);
    return entries;
  }

  private addEntry(entries: Entry[], row: number, source: "goal" | "content", col: number | undefined, tt: Numbering | null): void {
    if (col === undefined) return;
    const text = this.view.text(row, col);
    // A cell holding only its numbering ("1.", "1.1.") is a blank form row waiting to be filled.
    if (!text || readNumbering(text)) return;
    const numbering = entries.length === 0 && tt ? tt : splitLeadingNumber(text).numbering;
    entries.push({ source, text, numbering, col });
  }

  private readRow(row: number): "row" | "empty" | "skip" | "end" {
    const first = this.firstText(row);
    if (!first) return "empty";
    if (isTotalLabel(first)) {
      this.addSheetTotal(row);
      return "end";
    }
    if (isWordsLine(first)) return "skip";
    let entries = this.entries(row);
    if (entries.length === 0) {
      if (!this.hasFigures(row)) return "skip";
      entries = [{ source: "none", text: "", numbering: readNumbering(this.text(row, "number")), col: this.table.columns.content }];
    }
    for (let i = 0; i < entries.length; i += 1) this.addRow(row, entries[i], i === entries.length - 1);
    return "row";
  }

  private firstText(row: number): string {
    for (let col = this.span[0]; col <= this.span[1]; col += 1) {
      const text = this.view.text(row, col);
      if (text) return text;
    }
    return "";
  }

  private hasFigures(row: number): boolean {
    const fields: FieldKey[] = ["budget", "period", "lead", "partners", "assignment", "output", "indicator", "verification", "method"];
    const budgetCol = this.table.columns.budget;
    // A formula-only budget (a blank form's SUBTOTAL) is not something the official typed.
    const typed = (field: FieldKey) => !(field === "budget" && budgetCol !== undefined && this.view.formula(row, budgetCol));
    return fields.some((field) => typed(field) && this.text(row, field) !== "");
  }

  private addSheetTotal(row: number): void {
    const col = this.table.columns.budget;
    if (col === undefined) return;
    const value = this.view.value(row, col);
    const total: SheetTotal = {
      sheet: this.info.sheet,
      row: row + 1,
      cell: a1(row, col),
      amount: typeof value === "number" ? value * this.table.budgetUnit : (parseBudget(value)?.amount ?? null),
      formula: this.view.formula(row, col),
      table: this.tableIndex,
    };
    this.plan.sheetTotals.push(total);
  }

  private levelOf(entry: Entry): Level {
    const labelled = labelLevel(entry.text);
    if (labelled) return labelled;
    const n = entry.numbering;
    if (n?.kind === "roman") return "area";
    if (entry.source === "goal") return "result";
    if (this.table.columns.goal !== undefined) return "activity";
    if (n?.kind === "arabic") return this.depthLevel(n.depth, entry.text);
    if (n?.kind === "letter") return "activity";
    return matchArea(entry.text, this.preset) && !this.shape.maxDepth ? "area" : "activity";
  }

  private depthLevel(depth: number, text: string): Level {
    const { romanAreas, maxDepth } = this.shape;
    if (romanAreas) return depth >= 2 || maxDepth < 2 ? "activity" : "result";
    if (maxDepth >= 3) return depth === 1 ? "area" : depth === 2 ? "result" : "activity";
    if (maxDepth === 2) return depth === 1 ? (matchArea(stripLabel(text), this.preset) ? "area" : "result") : "activity";
    return matchArea(stripLabel(text), this.preset) ? "area" : "activity";
  }

  private addRow(row: number, entry: Entry, carriesFields: boolean): void {
    const level = this.levelOf(entry);
    const content = entry.text ? stripLabel(entry.text) : "";
    const index = this.plan.rows.length;
    const planRow: PlanRow = {
      sheet: this.info.sheet,
      row: row + 1,
      level,
      number: entry.numbering ? entry.numbering.text.replace(/[.)]+$/, "") : null,
      content,
      area: null,
      budget: null,
      period: null,
      cells: {},
      table: this.tableIndex,
      parent: null,
      placeholder: entry.text !== "" && isPlaceholderText(entry.text),
    };
    if (entry.col !== undefined) planRow.cells[entry.source === "goal" ? "goal" : "content"] = a1(row, entry.col);
    this.placeInTree(planRow, index, content);
    if (carriesFields) this.readFields(row, planRow);
    else this.markFieldsAbsent(planRow);
    // Only the 5W1H "Mục tiêu" column states goals; Đề cương's "Nhiệm vụ chung" are general tasks.
    if (this.table.form === "5w1h") planRow.goal = level === "area" ? null : (this.result?.goal ?? null);
    this.plan.rows.push(planRow);
  }

  private placeInTree(planRow: PlanRow, index: number, content: string): void {
    if (planRow.level === "area") {
      const title = matchArea(content, this.preset) ?? content;
      this.area = { index, title };
      this.result = null;
    } else if (planRow.level === "result") {
      planRow.parent = this.area?.index ?? null;
      this.result = { index, goal: content };
    } else {
      planRow.parent = this.result?.index ?? this.area?.index ?? null;
    }
    planRow.area = this.area?.title ?? null;
  }

  /** A goal row that shares its sheet row with a task: the figures belong to the task. */
  private markFieldsAbsent(planRow: PlanRow): void {
    for (const field of TEXT_FIELDS) if (this.hasColumn(field)) planRow[field] = null;
  }

  private hasColumn(field: TextField): boolean {
    const { columns } = this.table;
    if (field === "lead" || field === "partners") return columns[field] !== undefined || columns.assignment !== undefined;
    return columns[field] !== undefined;
  }

  private readFields(row: number, planRow: PlanRow): void {
    const { columns } = this.table;
    // Indexed loops in the per-row paths: they run cold after every full collection, where for…of costs an iterator.
    for (let i = 0; i < TEXT_FIELDS.length; i += 1) {
      const field = TEXT_FIELDS[i];
      const col = columns[field];
      if (col === undefined) continue;
      planRow[field] = this.resolved(field, this.view.text(row, col));
      planRow.cells[field] = a1(row, col);
    }
    if (columns.assignment !== undefined && columns.lead === undefined) this.readAssignment(row, columns.assignment, planRow);
    if (columns.budget !== undefined) {
      planRow.budget = this.budget(row, columns.budget);
      planRow.cells.budget = a1(row, columns.budget);
    }
    if (columns.period !== undefined) {
      planRow.period = this.period(row, columns.period);
      planRow.cells.period = a1(row, columns.period);
    }
  }

  /** Ditto marks ("nt", "như trên") take the value of the row above in the same column. */
  private resolved(field: FieldKey, text: string): string | null {
    if (!text) return null;
    if (isDitto(text)) return this.lastText.get(field) ?? text;
    this.lastText.set(field, text);
    return text;
  }

  private readAssignment(row: number, col: number, planRow: PlanRow): void {
    const text = this.resolved("assignment", this.view.text(row, col));
    const { lead, partners } = splitAssignment(text ?? "");
    planRow.lead = lead;
    planRow.partners = partners;
    planRow.cells.lead = a1(row, col);
    planRow.cells.partners = a1(row, col);
  }

  private budget(row: number, col: number): Budget | null {
    const value = this.view.value(row, col);
    const budget = this.cells.budget(value);
    if (budget && typeof value === "number" && budget.amount !== null) budget.amount = Math.round(budget.amount * this.table.budgetUnit);
    if (budget && this.view.formula(row, col)) budget.formula = true;
    return budget;
  }

  private period(row: number, col: number) {
    let value = this.view.value(row, col);
    if (typeof value === "string" && isDitto(value)) value = this.lastPeriod;
    else if (value !== null && value !== "") this.lastPeriod = value;
    return this.cells.period(value, this.plan.year);
  }
}

const LEAD_LABEL = /^(?:chủ trì|cơ quan chủ trì|đơn vị chủ trì|đầu mối|cơ quan đầu mối|thực hiện)\s*[:：-]?\s*/iu;
const PARTNER_LABEL = /^(?:phối hợp|cơ quan phối hợp|đơn vị phối hợp)\s*[:：-]?\s*/iu;

/** "- Chủ trì: VP. Sở\n- Phối hợp: Trung tâm CNTT" → lead and partners. Unlabelled: the first line leads. */
export function splitAssignment(text: string): { lead: string | null; partners: string | null } {
  const lines = text
    .split(/\n|;(?=\s*(?:[-+•]\s*)?(?:phối hợp|chủ trì))/iu)
    .map((line) => line.replace(/^\s*[-+•*]\s*/, "").trim())
    .filter(Boolean);
  const lead: string[] = [];
  const partners: string[] = [];
  let unlabelled = 0;
  for (const line of lines) {
    if (PARTNER_LABEL.test(line)) partners.push(line.replace(PARTNER_LABEL, "").trim());
    else if (LEAD_LABEL.test(line)) lead.push(line.replace(LEAD_LABEL, "").trim());
    else (unlabelled++ === 0 && lead.length === 0 ? lead : partners).push(line);
  }
  const join = (parts: string[]) => (parts.filter(Boolean).length > 0 ? parts.filter(Boolean).join("; ") : null);
  return { lead: join(lead), partners: join(partners) };
}
