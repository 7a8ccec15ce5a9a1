// The standard forms by kind: a data table from kind to builder, and the sheet-naming helper the add-in needs.
import { DEFAULT_PRESET_ID, presetById } from "../presets";
import type { FieldKey, FormKind } from "../types";
import { DE_CUONG } from "./de-cuong";
import { FIVE_W_ONE_H } from "./5w1h";
import { KHUNG_LOGIC } from "./khung-logic";
import type { FormLayout, FormLayoutKind, FormOptions } from "./layout";
import { buildTableForm } from "./table";
import { buildInfoForm } from "./thong-tin";

export * from "./layout";
export { INFO_KEYS, INFO_SHEET_NAME, readPlanInfo } from "./thong-tin";
export { TOTAL_LABEL, WORDS_LABEL, WORDS_NOTE } from "./table";

type Builder = (year: number, areas: readonly string[]) => FormLayout;

const BUILDERS: Record<FormLayoutKind, Builder> = {
  "khung-logic": (year, areas) => buildTableForm(KHUNG_LOGIC, year, areas),
  "de-cuong": (year, areas) => buildTableForm(DE_CUONG, year, areas),
  "5w1h": (year, areas) => buildTableForm(FIVE_W_ONE_H, year, areas),
  "thong-tin": (year) => buildInfoForm(year),
};

export const FORM_KINDS = Object.keys(BUILDERS) as FormLayoutKind[];

/** The columns each standard table form has by design, from its layout data; a plain table has no fixed set. */
export const FORM_COLUMNS: Record<FormKind, readonly FieldKey[] | null> = {
  "khung-logic": KHUNG_LOGIC.columns.map((column) => column.key as FieldKey),
  "de-cuong": DE_CUONG.columns.map((column) => column.key as FieldKey),
  "5w1h": FIVE_W_ONE_H.columns.map((column) => column.key as FieldKey),
  plain: null,
};

/** What each kind is called in the pane and in messages. */
export const FORM_NAMES: Record<FormLayoutKind, string> = {
  "khung-logic": "Khung logic",
  "de-cuong": "Đề cương kế hoạch triển khai",
  "5w1h": "Bảng 5W1H2C5M",
  "thong-tin": "Thông tin kế hoạch",
};

export function isFormKind(text: string): text is FormLayoutKind {
  return (FORM_KINDS as string[]).includes(text);
}

/** The blank form of a kind for a plan year, its rows ready under each area of the chosen preset. */
export function buildForm(kind: FormLayoutKind, options: FormOptions): FormLayout {
  const preset = presetById(options.presetId ?? DEFAULT_PRESET_ID);
  return BUILDERS[kind](options.year, preset.areas);
}

const SHEET_NAME_MAX = 31;

/** `name`, or "name (2)", "name (3)" … : the first not already in `existing` (Excel compares names case-blind). */
export function uniqueSheetName(name: string, existing: string[]): string {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase("vi")));
  if (!taken.has(name.toLocaleLowerCase("vi"))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = name.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!taken.has(candidate.toLocaleLowerCase("vi"))) return candidate;
  }
}
