// "Cách đọc bảng" through Office.js: a correction saved as a custom XML part changes the next reading in the pane,
// within the commands' sync limit, and reads the same as the command line reads the same part (issue 7).
import { readSheet } from "../../src/excel/readSheet";
import { saveReadingPart } from "../../src/excel/readingPart";
import { excelCommands } from "../../src/taskpane/commands";
import { correctionsToSave } from "../../src/taskpane/reading";
import { ALL_CAPABILITIES } from "../../src/office/capabilities";
import { READING_NAMESPACE, readingXml } from "../../src/xlsx/reading-correction";
import { createWorkbook, fakeContext, OfficeError, type FakeWorkbookData } from "../fakes/excel-fake";

/** A plan whose money sits under a header no wording names ("Số tiền"). */
function book(): FakeWorkbookData {
  return createWorkbook({
    sheets: [
      {
        name: "Kế hoạch",
        values: [
          ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026", null, null, null, null],
          ["TT", "Nội dung", "Thời gian", "Chủ trì", "Số tiền"],
          [1, "Rà soát thủ tục hành chính", "Quý I/2026", "Văn phòng", 4000000],
          [2, "Công khai thủ tục hành chính", "Quý II/2026", "Văn phòng", 6000000],
        ],
      },
    ],
    active: "Kế hoạch",
  });
}

function commandsOn(data: FakeWorkbookData, syncs: number[]) {
  return excelCommands(ALL_CAPABILITIES, async (command) => {
    const { fake, context } = fakeContext(data);
    const result = await command(context);
    syncs.push(fake.syncCount);
    return result;
  });
}

describe("Cách đọc bảng in Excel", () => {
  test("saving a column's field writes one custom XML part, and re-checking reads the table with it", async () => {
    const data = book();
    const syncs: number[] = [];
    const commands = commandsOn(data, syncs);
    const first = await commands.readAndAnalyze();
    expect(first.analysis.totals.total).toBe(0);
    expect(first.analysis.findings.map((f) => f.rule)).toContain("unread-column");
    const table = first.analysis.plan.tables[0];
    await commands.saveReading(correctionsToSave(first.corrections, table, { E: "budget" }));
    expect(data.customXmlParts).toHaveLength(1);
    expect(data.customXmlParts[0].xml).toContain(`xmlns="${READING_NAMESPACE}"`);

    const second = await commands.readAndAnalyze();
    expect(second.analysis.totals.total).toBe(10_000_000);
    expect(second.corrections).toEqual([{ sheet: "Kế hoạch", headerRow: 2, columns: { E: "budget" } }]);
    expect(second.analysis.plan.tables[0].reading?.find((c) => c.letter === "E")).toMatchObject({ field: "budget", source: "correction" });
    // Reading 2 syncs, saving 2, reading again 2: each command within the limit of 4, the part read in syncs made anyway.
    expect(syncs).toEqual([2, 2, 2]);
  });

  test("saving again replaces the one part, and the newer choice is the one read", async () => {
    const data = book();
    const commands = commandsOn(data, []);
    const first = await commands.readAndAnalyze();
    await commands.saveReading(correctionsToSave(first.corrections, first.analysis.plan.tables[0], { E: "budget" }));
    const second = await commands.readAndAnalyze();
    await commands.saveReading(correctionsToSave(second.corrections, second.analysis.plan.tables[0], { E: "none" }));
    expect(data.customXmlParts).toHaveLength(1);
    const third = await commands.readAndAnalyze();
    expect(third.analysis.totals.total).toBe(0);
    // "none" is how the header alone reads E, so nothing is left to correct but the explicit choice.
    expect(third.corrections).toEqual([{ sheet: "Kế hoạch", headerRow: 2, columns: { E: "none" } }]);
  });

  test("other add-ins' parts are left alone", async () => {
    const data = book();
    data.customXmlParts.push({ id: "{other}", xml: '<other xmlns="urn:someone-else"><x/></other>' });
    const { context } = fakeContext(data);
    await saveReadingPart(context, readingXml([{ columns: { E: "budget" } }]));
    expect(data.customXmlParts.map((p) => p.id)).toContain("{other}");
    const read = await readSheet(fakeContext(data).context);
    expect(read.customXmlParts).toHaveLength(1);
  });

  test("the fake refuses what Office refuses: XML that is not well-formed, and custom XML below ExcelApi 1.5", async () => {
    const { context } = fakeContext(book());
    context.workbook.customXmlParts.add("<reading");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const old = fakeContext(book(), { excelApi: "1.4" }).context;
    old.workbook.customXmlParts.getByNamespace(READING_NAMESPACE).load("items");
    await expect(old.sync()).rejects.toBeInstanceOf(OfficeError);
    // getXml's value is there only after the sync.
    const data = book();
    data.customXmlParts.push({ id: "{r}", xml: readingXml([]) });
    const ctx = fakeContext(data).context;
    const parts = ctx.workbook.customXmlParts.getByNamespace(READING_NAMESPACE).load("items/id");
    await ctx.sync();
    const xml = parts.items[0].getXml();
    expect(() => xml.value).toThrow(/not available/);
    await ctx.sync();
    expect(xml.value).toContain("reading");
  });
});
