// highlight / clearHighlight: marks finding rows with conditional formats, never with cell fills, so the user's
// formatting is untouched and clearing removes exactly what was added: only custom formats whose formula carries
// MARKER. Three syncs to mark: list the sheet's formats, read the custom ones' formulas, then delete and add; four
// to clear, the first learning whether the sheet is still there.
// From ExcelApi 1.9 one format covers many row spans (getRanges); below it, one format per span, still one sync.
import type { Finding, Severity } from "../core/types";
import { ALL_CAPABILITIES, EXCEL_API, type Capabilities } from "../office/capabilities";
import { addressChunks, rowSpans } from "./batch";

export const MARKER = "CCHC-KIEMTRA";
/** Always true; the quoted marker is what identifies the format as ours. */
export const MARKED_FORMULA = `=AND(TRUE,"${MARKER}"<>"")`;

export const SEVERITY_FILL: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Each finding row once, under its most severe finding, for one sheet. */
export function rowsBySeverity(sheetName: string, findings: Finding[]): Map<Severity, number[]> {
  const worst = new Map<number, Severity>();
  for (const f of findings) {
    if (f.row === null || f.sheet !== sheetName) continue;
    const current = worst.get(f.row);
    if (current === undefined || RANK[f.severity] < RANK[current]) worst.set(f.row, f.severity);
  }
  const groups = new Map<Severity, number[]>();
  for (const [row, severity] of worst) groups.set(severity, [...(groups.get(severity) ?? []), row]);
  return groups;
}

/** Queues deletion of our formats on the sheet; needs two syncs before the one that commits it. */
async function queueClear(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<number> {
  const formats = sheet.getRange().conditionalFormats;
  formats.load("items/type");
  await context.sync();
  const custom = formats.items.filter((cf) => cf.type === "Custom");
  const rules = custom.map((cf) => cf.custom.rule.load("formula"));
  await context.sync();
  const ours = custom.filter((_, i) => rules[i].formula.includes(`"${MARKER}"`));
  for (const cf of ours) cf.delete();
  return ours.length;
}

function queueMarks(sheet: Excel.Worksheet, groups: Map<Severity, number[]>, caps: Capabilities): void {
  const multiArea = caps.excelApi >= EXCEL_API.rangeAreas;
  for (const [severity, rows] of groups) {
    const spans = rowSpans(rows);
    const targets = multiArea ? addressChunks(spans).map((a) => sheet.getRanges(a)) : spans.map((a) => sheet.getRange(a));
    for (const target of targets) {
      const cf = target.conditionalFormats.add("Custom");
      cf.custom.rule.formula = MARKED_FORMULA;
      cf.custom.format.fill.color = SEVERITY_FILL[severity];
    }
  }
}

/** A sheet as the pane keeps it: its id finds it after a rename, its name (as read) picks its findings. */
export interface SheetRef {
  id: string;
  name: string;
}

/** Replaces our marks on the sheet with one per finding row, coloured by its worst severity; returns rows marked. */
export async function highlight(context: Excel.RequestContext, target: SheetRef, findings: Finding[], caps: Capabilities = ALL_CAPABILITIES): Promise<number> {
  const sheet = context.workbook.worksheets.getItem(target.id);
  await queueClear(context, sheet);
  const groups = rowsBySeverity(target.name, findings);
  queueMarks(sheet, groups, caps);
  await context.sync();
  return [...groups.values()].reduce((n, rows) => n + rows.length, 0);
}

/**
 * Removes every mark highlight added on the sheet (its id, or its name), and nothing else; returns how many formats
 * were removed. A sheet deleted since it was marked has none left: 0, not an error (one more sync to learn it).
 */
export async function clearHighlight(context: Excel.RequestContext, sheetKey: string): Promise<number> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetKey);
  await context.sync();
  if (sheet.isNullObject) return 0;
  const removed = await queueClear(context, sheet);
  await context.sync();
  return removed;
}
