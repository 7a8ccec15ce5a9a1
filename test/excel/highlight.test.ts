import type { Finding, Severity } from "../../src/core/types";
import { clearHighlight, highlight, MARKED_FORMULA, SEVERITY_FILL } from "../../src/excel/highlight";
import { selectCell } from "../../src/excel/selectCell";
import { createWorkbook, fakeContext, type FakeWorkbookData } from "../fakes/excel-fake";
import { syntheticPlanSheet } from "../fakes/seed";

function finding(row: number, severity: Severity, sheet = "Khung logic"): Finding {
  return { rule: "missing-lead", severity, sheet, row, cell: `G${row}`, message: "x" };
}

const USER_FORMATS = [
  { type: "Custom", address: "A1:H3", formula: "=$E1>1000000", fill: "#C6EFCE" },
  { type: "DataBar", address: "E4:E40" },
];

function planBook(rows = 30): FakeWorkbookData {
  const plan = { ...syntheticPlanSheet(rows), conditionalFormats: USER_FORMATS, fills: { "B5:B6": "#FFFF00", E9: "#FF0000" } };
  return createWorkbook({ sheets: [plan, { name: "Khác", values: [["x"]], conditionalFormats: [{ type: "Custom", address: "A1", formula: MARKED_FORMULA }] }] });
}

/** worksheets.getItem takes a sheet's name as well as its id. */
function named(name: string) {
  return { id: name, name };
}

function snapshotFormatting(book: FakeWorkbookData) {
  const sheet = book.sheet("Khung logic");
  return {
    fills: [...sheet.cells.entries()].map(([k, c]) => [k, c.format?.["fill.color"]]),
    formats: JSON.stringify(sheet.conditionalFormats),
  };
}

describe("highlight and clearHighlight", () => {
  test("marks each finding row once with the colour of its worst severity, as conditional formats carrying the marker", async () => {
    const book = planBook();
    const marked = await highlight(fakeContext(book).context, named("Khung logic"), [
      finding(5, "warning"),
      finding(5, "error"),
      finding(6, "error"),
      finding(9, "info"),
      finding(12, "warning", "Khác"),
      { ...finding(1, "warning"), row: null },
    ]);
    expect(marked).toBe(3);
    const ours = book.sheet("Khung logic").conditionalFormats.filter((cf) => cf.formula === MARKED_FORMULA);
    const byFill = Object.fromEntries(ours.map((cf) => [cf.fill, cf.ranges.map((r) => [r.top + 1, r.bottom + 1])]));
    expect(byFill).toEqual({ [SEVERITY_FILL.error]: [[5, 6]], [SEVERITY_FILL.info]: [[9, 9]] });
  });

  test("highlight then clear leaves the user's fills and conditional formats exactly as they were", async () => {
    const book = planBook();
    const before = snapshotFormatting(book);
    await highlight(fakeContext(book).context, named("Khung logic"), [finding(5, "error"), finding(9, "warning"), finding(20, "info")]);
    expect(snapshotFormatting(book).fills).toEqual(before.fills);
    const removed = await clearHighlight(fakeContext(book).context, "Khung logic");
    expect(removed).toBe(3);
    expect(snapshotFormatting(book)).toEqual(before);
    expect(book.sheet("Khác").conditionalFormats).toHaveLength(1);
  });

  test("highlighting again replaces the previous marks instead of piling them up", async () => {
    const book = planBook();
    await highlight(fakeContext(book).context, named("Khung logic"), [finding(5, "error"), finding(9, "warning")]);
    await highlight(fakeContext(book).context, named("Khung logic"), [finding(7, "warning")]);
    const ours = book.sheet("Khung logic").conditionalFormats.filter((cf) => cf.formula === MARKED_FORMULA);
    expect(ours.map((cf) => cf.ranges[0].top + 1)).toEqual([7]);
    expect(book.sheet("Khung logic").conditionalFormats).toHaveLength(USER_FORMATS.length + 1);
  });

  test.each([100, 10000])("with a finding on every one of %i rows: at most 4 syncs each way", async (rows) => {
    const book = planBook(rows);
    const findings = Array.from({ length: rows }, (_, i) => finding(4 + i, i % 3 === 0 ? "error" : "warning"));
    const highlightRun = fakeContext(book);
    expect(await highlight(highlightRun.context, named("Khung logic"), findings)).toBe(rows);
    expect(highlightRun.fake.syncCount).toBeLessThanOrEqual(4);
    const clearRun = fakeContext(book);
    expect(await clearHighlight(clearRun.context, "Khung logic")).toBeGreaterThan(0);
    expect(clearRun.fake.syncCount).toBeLessThanOrEqual(4);
    expect(book.sheet("Khung logic").conditionalFormats).toHaveLength(USER_FORMATS.length);
  });
});

describe("selectCell", () => {
  test("activates the finding's sheet and selects its cell in one sync", async () => {
    const book = planBook();
    const { fake, context } = fakeContext(book);
    await selectCell(context, "Khác", "A1");
    expect(book.activeSheet).toBe("Khác");
    expect(book.selection).toEqual({ sheet: "Khác", address: "A1" });
    expect(fake.syncCount).toBe(1);
  });
});
