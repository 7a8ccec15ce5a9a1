// The e2e page's entry: installs the Office stand-ins seeded with the khung-logic example (and the user's own
// formatting), exposes a read-only view of their state for the scenarios, and only THEN loads the real pane.
import { a1 } from "../../src/core/text";
import { areaAddress, LAST_COL } from "../../src/excel/address";
import type { Seed, FakeSheetData } from "../fakes/excel-fake";
import { installStandIns, optionsFromQuery } from "./standin";

/** Filled in at build time by build.js (DefinePlugin) from make-seed.ts: ?seed=sources picks the second. */
declare const __E2E_SEEDS__: Record<"plan" | "sources", Seed>;

/** A sheet as plain JSON for page.evaluate. */
export interface SheetView {
  name: string;
  cells: Record<string, { value: unknown; formula?: string; fill?: unknown; style?: unknown; pattern?: unknown; outline?: unknown }>;
  conditionalFormats: { type: string; formula?: string; fill?: string; ranges: string[] }[];
  charts: { type: string; source: string; title?: string }[];
}

function viewOf(sheet: FakeSheetData): SheetView {
  const cells: SheetView["cells"] = {};
  for (const [key, cell] of sheet.cells) {
    const address = a1(Math.floor(key / (LAST_COL + 1)), key % (LAST_COL + 1));
    const row = Math.floor(key / (LAST_COL + 1));
    cells[address] = { value: sheet.displayed(row, key % (LAST_COL + 1)), formula: cell.formula, fill: cell.format?.["fill.color"] };
    if (cell.format?.style !== undefined) cells[address].style = cell.format.style;
    if (cell.format?.["fill.pattern"] !== undefined) cells[address].pattern = cell.format["fill.pattern"];
    if (cell.format?.["borders.EdgeLeft.weight"] !== undefined) cells[address].outline = cell.format["borders.EdgeLeft.weight"];
  }
  return {
    name: sheet.name,
    cells,
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({ type: cf.type, formula: cf.formula, fill: cf.fill, ranges: cf.ranges.map(areaAddress) })),
    charts: sheet.charts.map((c) => ({ type: c.type, source: c.source, title: c.title })),
  };
}

const seedName = new URLSearchParams(window.location.search).get("seed") === "sources" ? "sources" : "plan";
const standIns = installStandIns(optionsFromQuery(window.location.search), __E2E_SEEDS__[seedName]);

const inspect = {
  sheetNames: (): string[] => standIns.excel.workbook.sheets.map((s) => s.name),
  selection: (): { sheet: string; address: string } | null => standIns.excel.workbook.selection,
  sheet: (name: string): SheetView | null => {
    const sheet = standIns.excel.workbook.find(name);
    return sheet ? viewOf(sheet) : null;
  },
  /** Stored values and formulas, nothing evaluated: the merged sheets' SUBTOTAL chains are slow to evaluate in the fake. */
  rawSheet: (name: string): Pick<SheetView, "name" | "cells"> | null => {
    const sheet = standIns.excel.workbook.find(name);
    if (!sheet) return null;
    const cells: SheetView["cells"] = {};
    for (const [key, cell] of sheet.cells) cells[a1(Math.floor(key / (LAST_COL + 1)), key % (LAST_COL + 1))] = { value: cell.value, formula: cell.formula };
    return { name: sheet.name, cells };
  },
  wordCalls: () => standIns.word.calls,
  customXmlParts: (): string[] => standIns.excel.workbook.customXmlParts.map((part) => part.xml),
};
(window as unknown as { __e2e: typeof inspect }).__e2e = inspect;

void import("../../src/taskpane/index");
