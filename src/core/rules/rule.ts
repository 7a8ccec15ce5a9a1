// The shape every rule module has (like an ESLint rule), and the small helpers they share.
import { fold } from "../text";
import type { Rollup } from "../totals";
import type { FieldKey, Finding, FormKind, Letter, Level, Plan, PlanRow, RuleId, Severity, TableInfo } from "../types";

export interface RuleContext {
  plan: Plan;
  /** Computed once per plan (totals.ts). */
  rollup: Rollup;
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  letter?: Letter;
  check(ctx: RuleContext): Finding[];
}

/** What each form calls a row at each level (domain brief §2); a plain list is all "Nội dung". */
const LEVEL_WORDS: Record<FormKind, Record<Level, string>> = {
  "khung-logic": { area: "Lĩnh vực", result: "Kết quả", activity: "Hoạt động" },
  "5w1h": { area: "Lĩnh vực", result: "Mục tiêu", activity: "Nhiệm vụ" },
  "de-cuong": { area: "Lĩnh vực", result: "Nhiệm vụ chung", activity: "Nhiệm vụ cụ thể" },
  plain: { area: "Nội dung", result: "Nội dung", activity: "Nội dung" },
};

/** Column names used in "điền cột …"; a form's own wording overrides the default. */
const COLUMN_NAMES: Partial<Record<FieldKey, string>> = {
  content: "Nội dung",
  goal: "Mục tiêu",
  output: "Sản phẩm",
  indicator: "Chỉ số thành công",
  verification: "Phương tiện xác minh",
  budget: "Kinh phí",
  period: "Thời gian thực hiện",
  lead: "Cơ quan chủ trì",
  partners: "Cơ quan phối hợp",
  assignment: "Phân công",
  method: "Cách thức thực hiện",
};
const FORM_COLUMN_NAMES: Record<FormKind, Partial<Record<FieldKey, string>>> = {
  "khung-logic": { lead: "Cơ quan đầu mối", partners: "Cơ quan phối hợp", budget: "Ngân sách (Đồng)" },
  "5w1h": { content: "Nhiệm vụ", period: "Tiến độ" },
  "de-cuong": { content: "Nhiệm vụ cụ thể", budget: "Kinh phí dự kiến" },
  plain: { lead: "Đơn vị chủ trì", period: "Thời gian" },
};

export function tableOf(plan: Plan, row: PlanRow): TableInfo | undefined {
  return plan.tables[row.table];
}

function formOf(plan: Plan, row: PlanRow): FormKind {
  return tableOf(plan, row)?.form ?? "plain";
}

export function levelWord(plan: Plan, row: PlanRow): string {
  return LEVEL_WORDS[formOf(plan, row)][row.level];
}

/** The number of the area (mục) a row sits in, or null. */
function areaNumber(plan: Plan, row: PlanRow): string | null {
  let index = row.parent;
  for (let depth = 0; index !== null && depth < 4; depth += 1) {
    const parent = plan.rows[index];
    if (!parent) return null;
    if (parent.level === "area") return parent.number?.trim().replace(/[.:)]+$/, "") || null;
    index = parent.parent;
  }
  return null;
}

/** "Hoạt động 2.1.2", "Mục tiêu 1", or "Hoạt động ở dòng 15" where the row has no number. An Đề cương numbers its
 *  tasks again from 1 in every section, so its rows name the section too: "Nhiệm vụ cụ thể 1 của mục II". */
export function label(plan: Plan, row: PlanRow): string {
  const number = row.number?.trim().replace(/[.:)]+$/, "");
  if (!number) return `${levelWord(plan, row)} ở dòng ${row.row}`;
  const section = formOf(plan, row) === "de-cuong" && row.level !== "area" ? areaNumber(plan, row) : null;
  return section ? `${levelWord(plan, row)} ${number} của mục ${section}` : `${levelWord(plan, row)} ${number}`;
}

/** The column that holds a field: lead and partners live in the 'Phân công' column where the table has one. */
export function columnFor(table: TableInfo, field: FieldKey): FieldKey | null {
  if (table.columns[field] !== undefined) return field;
  if ((field === "lead" || field === "partners") && table.columns.assignment !== undefined) return "assignment";
  return null;
}

export function hasColumn(table: TableInfo | undefined, field: FieldKey): boolean {
  return table !== undefined && columnFor(table, field) !== null;
}

/** A column as the official headed it ("Cơ quan chủ trì", the header's own line under its parents), or the form's
 *  name for it where the table has no such column (the message then asks for one). */
export function columnName(form: FormKind, table: TableInfo | undefined, field: FieldKey): string {
  const column = (table && columnFor(table, field)) ?? field;
  const header = table ? ownHeader(table, column) : undefined;
  return header ?? FORM_COLUMN_NAMES[form][column] ?? COLUMN_NAMES[column] ?? column;
}

/** Each table's own header line per field, looked up once: every finding of a 10,000-row plan names a column. */
const OWN_HEADERS = new WeakMap<TableInfo, Map<FieldKey, string | undefined>>();

function ownHeader(table: TableInfo, field: FieldKey): string | undefined {
  let headers = OWN_HEADERS.get(table);
  if (!headers) OWN_HEADERS.set(table, (headers = new Map()));
  if (!headers.has(field)) {
    const col = table.columns[field];
    const entry = col === undefined ? undefined : table.reading?.find((reading) => reading.col === col);
    // A sub-column ("Ngân sách tỉnh" under Kinh phí, "Bắt đầu" under Thời gian) is part of the field, not its name.
    const header = entry && !entry.part ? entry.header.split(" › ").pop()?.trim() : undefined;
    headers.set(field, header && header.length <= 40 && !header.includes("\n") ? header : undefined);
  }
  return headers.get(field);
}

/** The column name for a row's field, as its own form words it. */
export function rowColumnName(plan: Plan, row: PlanRow, field: FieldKey): string {
  return columnName(formOf(plan, row), tableOf(plan, row), field);
}

/** A1 address of the cell that holds a field for this row, or null. */
export function cellOf(plan: Plan, row: PlanRow, field: FieldKey): string | null {
  const table = tableOf(plan, row);
  const column = table ? columnFor(table, field) : field;
  return (column && row.cells[column]) ?? row.cells[field] ?? null;
}

export function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === "";
}

/** Row lists most rules scan, built once per context: runRules makes one context per run and shares it. */
const rowLists = new WeakMap<RuleContext, RowLists>();

interface RowLists {
  checked?: PlanRow[];
  tasks?: PlanRow[];
  outputs?: PlanRow[];
}

function listsOf(ctx: RuleContext): RowLists {
  let lists = rowLists.get(ctx);
  if (!lists) rowLists.set(ctx, (lists = {}));
  return lists;
}

/** Placeholder rows are reported once by placeholder-row and skipped by every other rule. */
export function checkedRows(ctx: RuleContext): PlanRow[] {
  const lists = listsOf(ctx);
  return (lists.checked ??= ctx.plan.rows.filter((row) => !row.placeholder));
}

/** Tasks: activities, plus results with no child rows (they are the work itself). */
export function isTask(ctx: RuleContext, index: number): boolean {
  const row = ctx.plan.rows[index];
  if (row.level === "activity") return true;
  return row.level === "result" && ctx.rollup.children[index].length === 0;
}

/** Non-placeholder result and activity rows (the rows that produce something), in sheet order. */
export function outputRows(ctx: RuleContext): PlanRow[] {
  const lists = listsOf(ctx);
  return (lists.outputs ??= checkedRows(ctx).filter((row) => row.level === "result" || row.level === "activity"));
}

/** Non-placeholder task rows, in sheet order. */
export function taskRows(ctx: RuleContext): PlanRow[] {
  const lists = listsOf(ctx);
  return (lists.tasks ??= ctx.plan.rows.filter((row, index) => !row.placeholder && isTask(ctx, index)));
}

/** "65.000.000": Vietnamese thousands grouping with dots. */
export function formatAmount(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  const digits = String(Math.round(Math.abs(amount)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

const MEMO_LIMIT = 10_000;

/**
 * A test of a cell's text, remembered per text: a plan repeats its indicators ("Hoàn thành 100% …") row after row,
 * and the SMART tests fold and match each one. Forgotten wholesale past MEMO_LIMIT texts.
 */
export function memoized(test: (text: string) => boolean): (text: string) => boolean {
  const known = new Map<string, boolean>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) {
      result = test(text);
      if (known.size >= MEMO_LIMIT) known.clear();
      known.set(text, result);
    }
    return result;
  };
}

/** Words of a text as one space-separated string, for whole-word phrase matching. */
function words(text: string): string {
  return (text.match(/[\p{L}\p{N}%]+/gu) ?? []).join(" ");
}

/** A whole-word matcher for a fixed phrase list, prepared once; `accents: false` compares folded (accent-free) text. */
export function phraseMatcher(phrases: readonly string[], accents: boolean): (text: string) => boolean {
  const prepare = (s: string): string => (accents ? words(s.normalize("NFC").toLowerCase()) : words(fold(s)));
  const needles = phrases.map((phrase) => ` ${prepare(phrase)} `);
  return (text) => {
    const haystack = ` ${prepare(text)} `;
    return needles.some((needle) => haystack.includes(needle));
  };
}

/** Findings keyed to a row; the rule fills rule/severity/letter. */
export function finding(rule: Rule, row: PlanRow, cell: string | null, message: string): Finding {
  const result: Finding = { rule: rule.id, severity: rule.severity, sheet: row.sheet, row: row.row, cell, message };
  if (rule.letter) result.letter = rule.letter;
  return result;
}
