// The Check view's marks over a check of another sheet, through the pane's real commands on the strict Excel fake:
// the marks follow the sheet checked and leave the one they were on, and the switch clears them wherever they are.
import type { FakeScalar } from "../fakes/excel-fake";
import { createWorkbook, fakeContext, type FakeWorkbookData } from "../fakes/excel-fake";
import { syntheticPlanSheet } from "../fakes/seed";
import { MARKED_FORMULA } from "../../src/excel/highlight";
import { ALL_CAPABILITIES } from "../../src/office/capabilities";
import { excelCommands } from "../../src/taskpane/commands";
import { marksAfterCheck, sheetOf } from "../../src/taskpane/marks";

/** A plan sheet whose activity on `row` (1-based) has no lead: an error finding there. */
function planWithoutLead(name: string, row: number) {
  const sheet = syntheticPlanSheet(12, name);
  const values = (sheet.values ?? []).map((r) => [...r]) as (FakeScalar | null)[][];
  values[row - 1][6] = null;
  return { name, values };
}

function markedRows(book: FakeWorkbookData, sheet: string): number[] {
  return book
    .sheet(sheet)
    .conditionalFormats.filter((cf) => cf.formula === MARKED_FORMULA)
    .flatMap((cf) => cf.ranges.map((r) => r.top + 1));
}

function setUp() {
  const book = createWorkbook({
    sheets: [planWithoutLead("Sở A", 6), planWithoutLead("Sở B", 9), { name: "Ghi chú", values: [["Không có bảng kế hoạch ở đây"]] }],
    active: "Sở A",
  });
  const commands = excelCommands(ALL_CAPABILITIES, (command) => command(fakeContext(book).context));
  return { book, commands };
}

describe("marks after a check", () => {
  test("checking another sheet with the switch on moves the marks there, and the first sheet keeps none", async () => {
    const { book, commands } = setUp();
    const first = await commands.readAndAnalyze();
    await commands.highlight(sheetOf(first), first.analysis.findings);
    expect(markedRows(book, "Sở A")).toContain(6);

    book.activeSheet = "Sở B";
    const second = await commands.readAndAnalyze();
    expect(await marksAfterCheck(commands, sheetOf(first), second, true)).toEqual(sheetOf(second));
    expect(second.sheet).toBe("Sở B");
    expect(markedRows(book, "Sở A")).toEqual([]);
    expect(markedRows(book, "Sở B")).toContain(9);
    expect(markedRows(book, "Sở B")).not.toContain(6);
  });

  test("a sheet with no plan gets no marks, and the sheet that had them is cleared", async () => {
    const { book, commands } = setUp();
    const first = await commands.readAndAnalyze();
    await commands.highlight(sheetOf(first), first.analysis.findings);
    book.activeSheet = "Ghi chú";
    const notes = await commands.readAndAnalyze();
    expect(await marksAfterCheck(commands, sheetOf(first), notes, false)).toBeNull();
    expect(markedRows(book, "Sở A")).toEqual([]);
    expect(book.sheet("Ghi chú").conditionalFormats).toEqual([]);
  });

  test("with the switch off a check marks nothing", async () => {
    const { book, commands } = setUp();
    const first = await commands.readAndAnalyze();
    expect(await marksAfterCheck(commands, null, first, true)).toBeNull();
    expect(markedRows(book, "Sở A")).toEqual([]);
  });

  test("clearing the marks of a sheet deleted since is nothing to clear, not an error", async () => {
    const { book, commands } = setUp();
    const first = await commands.readAndAnalyze();
    await commands.highlight(sheetOf(first), first.analysis.findings);
    book.activeSheet = "Sở B";
    book.sheets.splice(book.sheets.findIndex((s) => s.name === "Sở A"), 1);
    expect(await commands.clearHighlight(sheetOf(first))).toBe(0);
  });

  test("a sheet renamed since it was marked is still found by its id: the switch clears it, a check elsewhere moves its marks", async () => {
    const { book, commands } = setUp();
    const first = await commands.readAndAnalyze();
    await commands.highlight(sheetOf(first), first.analysis.findings);
    book.sheet("Sở A").name = "Sở A - 2026";
    book.activeSheet = "Sở A - 2026";
    expect(markedRows(book, "Sở A - 2026")).toContain(6);
    expect(await commands.clearHighlight(sheetOf(first))).toBeGreaterThan(0);
    expect(markedRows(book, "Sở A - 2026")).toEqual([]);

    await commands.highlight(sheetOf(first), first.analysis.findings);
    expect(markedRows(book, "Sở A - 2026")).toContain(6);
    book.activeSheet = "Sở B";
    const second = await commands.readAndAnalyze();
    await marksAfterCheck(commands, sheetOf(first), second, true);
    expect(markedRows(book, "Sở A - 2026")).toEqual([]);
    expect(markedRows(book, "Sở B")).toContain(9);
  });
});
