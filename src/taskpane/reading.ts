// "Cách đọc bảng": what the view shows of a reading and how the official's choices become corrections. Pure.
import { FIELD_KEYS, ROW_KINDS } from "../core/report-keys";
import type { FieldKey, ReadingCorrection, RowKind, TableInfo } from "../core/types";

export type Choice = FieldKey | "none";

/** The choice a column's drop-down starts at: its field as read, or "none". */
export function currentChoice(field: FieldKey | null, duplicate?: boolean): Choice {
  return field === null || duplicate ? "none" : field;
}

/** Every field a column can be read as, in the drop-down's order, then "none". */
export const CHOICES: readonly Choice[] = [...FIELD_KEYS, "none"];

function sameTable(correction: ReadingCorrection, table: TableInfo): boolean {
  return (correction.sheet === undefined || correction.sheet === table.sheet) && (correction.headerRow === undefined || correction.headerRow === table.headerRows[0]);
}

/**
 * The corrections to save: the saved ones of other tables kept, and for this table every column whose choice differs
 * from how the header alone reads it, or that a saved correction had set (so undoing it is saving the header's field).
 */
export function correctionsToSave(saved: readonly ReadingCorrection[], table: TableInfo, choices: Readonly<Record<string, Choice>>): ReadingCorrection[] {
  const others = saved.filter((c) => !sameTable(c, table));
  const columns: Record<string, Choice> = {};
  for (const column of table.reading ?? []) {
    const choice = choices[column.letter] ?? currentChoice(column.field, column.duplicate);
    if (column.source === "correction" || choice !== currentChoice(column.field, column.duplicate)) columns[column.letter] = choice;
  }
  if (Object.keys(columns).length === 0) return others;
  return [...others, { sheet: table.sheet, headerRow: table.headerRows[0], columns }];
}

/** The table's rows by kind, in a fixed order, leaving out kinds it has none of. */
export function kindCounts(table: TableInfo): { kind: RowKind; count: number }[] {
  const kinds = table.kinds ?? {};
  return ROW_KINDS.filter((kind) => (kinds[kind] ?? 0) > 0).map((kind) => ({ kind, count: kinds[kind] ?? 0 }));
}
