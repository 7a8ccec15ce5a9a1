// The fake refuses what Excel refuses. Each block names the Excel behaviour and, where it caught one, the bug in our
// adapters it exposed (those tests fail against the adapters as they were before the fake became strict).
import { analyze } from "../../src/core/analyze";
import { buildForm } from "../../src/core/forms";
import { a1 } from "../../src/core/text";
import { insertForm } from "../../src/excel/insertForm";
import { readSheet } from "../../src/excel/readSheet";
import { insertSummarySheet, SUMMARY_SHEET } from "../../src/excel/summary";
import { coerceTyped, createWorkbook, fakeContext, MERGED_AREAS_LIMIT, OfficeError, PAYLOAD_LIMIT_BYTES, type FakeWorkbookData } from "../fakes/excel-fake";
import { criteriaTest, evaluateFormula } from "../fakes/formula";
import { syntheticPlanSheet } from "../fakes/seed";

const code = (error: unknown): string | undefined => (error instanceof OfficeError ? error.code : undefined);

async function syncError(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
  } catch (error) {
    return code(error);
  }
  return undefined;
}

describe("errors and writes happen at sync(), as in Office", () => {
  test("a write whose shape differs from the range is accepted at the call and refused at sync", async () => {
    const book = createWorkbook({ sheets: [{ name: "A" }] });
    const { context } = fakeContext(book);
    const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2");
    range.values = [[1, 2, 3]];
    await expect(context.sync()).rejects.toThrow(/doesn't match/);
  });

  test("nothing is written before sync; the batch stops at the first failure, keeping what ran before it", async () => {
    const book = createWorkbook({ sheets: [{ name: "A" }] });
    const { context } = fakeContext(book);
    const sheet = context.workbook.worksheets.getItem("A");
    sheet.getRange("A1").values = [["trước"]];
    expect(book.sheet("A").valueAt("A1")).toBeUndefined();
    context.workbook.worksheets.getItem("Không có").getRange("A1").values = [["x"]];
    sheet.getRange("A2").values = [["sau"]];
    expect(await syncError(() => context.sync())).toBe("ItemNotFound");
    expect(book.sheet("A").valueAt("A1")).toBe("trước");
    expect(book.sheet("A").valueAt("A2")).toBeUndefined();
  });

  test("adding a sheet whose name is taken fails at sync with ItemAlreadyExists", async () => {
    const { context } = fakeContext(createWorkbook({ sheets: [{ name: "Khung logic" }] }));
    context.workbook.worksheets.add("khung logic");
    expect(await syncError(() => context.sync())).toBe("ItemAlreadyExists");
  });
});

describe("requirement sets are declared per test; an API above them fails with ApiNotFound", () => {
  test.each([
    ["1.12", "getMergedAreasOrNullObject (1.13)", (c: Excel.RequestContext) => c.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").getMergedAreasOrNullObject().load("address")],
    ["1.8", "getRanges (1.9)", (c: Excel.RequestContext) => c.workbook.worksheets.getActiveWorksheet().getRanges("A1,B2").load("address")],
    ["1.8", "pageLayout (1.9)", (c: Excel.RequestContext) => void (c.workbook.worksheets.getActiveWorksheet().pageLayout.orientation = "Landscape")],
    ["1.6", "getRangeByIndexes (1.7)", (c: Excel.RequestContext) => c.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 1, 1).load("values")],
  ])("ExcelApi %s: %s", async (version, _what, queue) => {
    const { context } = fakeContext(createWorkbook({ sheets: [{ name: "A" }] }), { excelApi: version });
    queue(context);
    expect(await syncError(() => context.sync())).toBe("ApiNotFound");
  });

  test("the same calls run on the latest set", async () => {
    const { context } = fakeContext(createWorkbook({ sheets: [{ name: "A", merges: ["A1:B1"] }] }));
    const merged = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").getMergedAreasOrNullObject().load("address");
    await context.sync();
    expect(merged.address).toBe("'A'!A1:B1");
  });
});

describe("5 MB request and response payloads, measured in UTF-8", () => {
  const longText = "Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết của Sở ".repeat(4);

  test("a write above 5 MB fails with RequestPayloadSizeLimitExceeded and writes nothing", async () => {
    const book = createWorkbook({ sheets: [{ name: "A" }] });
    const { context } = fakeContext(book);
    const rows = Math.ceil(PAYLOAD_LIMIT_BYTES / 300);
    context.workbook.worksheets.getItem("A").getRangeByIndexes(0, 0, rows, 1).values = Array.from({ length: rows }, () => [longText]);
    expect(await syncError(() => context.sync())).toBe("RequestPayloadSizeLimitExceeded");
    expect(book.sheet("A").cells.size).toBe(0);
  });

  test("a read above 5 MB fails with ResponsePayloadSizeLimitExceeded and delivers nothing", async () => {
    const values = Array.from({ length: 20000 }, () => [longText]);
    const { context } = fakeContext(createWorkbook({ sheets: [{ name: "A", values }] }));
    const range = context.workbook.worksheets.getItem("A").getRangeByIndexes(0, 0, 20000, 1).load("values");
    expect(await syncError(() => context.sync())).toBe("ResponsePayloadSizeLimitExceeded");
    expect(() => range.values).toThrow(/not available/);
  });

  test("Vietnamese text weighs its UTF-8 bytes, not its characters", async () => {
    const { fake, context } = fakeContext(createWorkbook({ sheets: [{ name: "A", values: [["Đổi mới"]] }] }));
    context.workbook.worksheets.getItem("A").getRange("A1").load("values");
    await context.sync();
    expect(fake.largestResponse).toBe(new TextEncoder().encode(JSON.stringify([["Đổi mới"]])).length);
    expect(fake.largestResponse).toBeGreaterThan(JSON.stringify([["Đổi mới"]]).length);
  });
});

describe("merged areas by Excel's rule", () => {
  test("only merges whose top-left cell lies in the range are returned", async () => {
    const { context } = fakeContext(createWorkbook({ sheets: [{ name: "A", merges: ["A1:B2", "C3:D3"] }] }));
    const merged = context.workbook.worksheets.getItem("A").getRange("B2:D4").getMergedAreasOrNullObject().load("address");
    await context.sync();
    expect(merged.address).toBe("'A'!C3:D3");
  });

  test(`more than ${MERGED_AREAS_LIMIT} merged areas in one call fail`, async () => {
    const merges = Array.from({ length: MERGED_AREAS_LIMIT + 1 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const { context } = fakeContext(createWorkbook({ sheets: [{ name: "A", merges }] }));
    context.workbook.worksheets.getItem("A").getRange("A1:B600").getMergedAreasOrNullObject().load("address");
    await expect(context.sync()).rejects.toThrow(/512/);
  });
});

describe("a string written to a General cell is parsed as if typed", () => {
  test.each([
    ["1.1", 1.1],
    ["1.10", 1.1],
    ["1", 1],
    ["1,500", 1500],
    ["TRUE", true],
    ["1.1.1", "1.1.1"],
    ["I", "I"],
    ["Lĩnh vực 1: Cải cách thể chế", "Lĩnh vực 1: Cải cách thể chế"],
  ])("%j → %j", (typed, stored) => expect(coerceTyped(typed).value).toEqual(stored));

  test('"1/2" becomes a date serial with a date format; "@" keeps it as text', async () => {
    const book = createWorkbook({ sheets: [{ name: "A" }] });
    const { context } = fakeContext(book);
    const sheet = context.workbook.worksheets.getItem("A");
    sheet.getRange("B1").numberFormat = [["@"]];
    sheet.getRange("A1:B1").values = [["1/2", "1/2"]];
    await context.sync();
    expect(typeof book.sheet("A").valueAt("A1")).toBe("number");
    expect(book.sheet("A").numberFormatAt("A1")).toMatch(/d/);
    expect(book.sheet("A").valueAt("B1")).toBe("1/2");
  });

  // Caught: insertForm wrote the TT numbering ("1.1", "1.1.1") and the info sheet's dates as General strings, so
  // Excel turned "1.1" into the number 1.1 (and "1.10" into 1.1) and "05/11/2025" into a serial.
  test("an inserted form's TT numbering and texts read back exactly as the layout wrote them", async () => {
    for (const kind of ["khung-logic", "5w1h", "thong-tin"] as const) {
      const book = createWorkbook({ sheets: [{ name: "Của tôi" }] });
      const layout = buildForm(kind, { year: 2026 });
      const name = await insertForm(fakeContext(book).context, layout, { wordsFormula: true });
      for (const cell of layout.cells.filter((c) => typeof c.value === "string" && c.value !== "" && c.formula === undefined)) {
        if (layout.wordsCell?.row === cell.row && layout.wordsCell.col === cell.col) continue;
        expect(book.sheet(name).valueAt(a1(cell.row, cell.col))).toBe(cell.value);
      }
    }
  });
});

describe("formulas are evaluated, so form totals are tested inside the fake", () => {
  async function filledForm(customFunctions: boolean): Promise<{ book: FakeWorkbookData; name: string; total: string; words: string; activities: number }> {
    const book = createWorkbook({ sheets: [{ name: "Của tôi" }] });
    const layout = buildForm("khung-logic", { year: 2026 });
    const name = await insertForm(fakeContext(book, { customFunctions }).context, layout, { wordsFormula: customFunctions });
    const budget = layout.columns.findIndex((c) => c.key === "budget");
    const activityRows = [...new Set(layout.cells.filter((c) => c.style === "activity").map((c) => c.row))];
    const { context } = fakeContext(book, { customFunctions });
    const sheet = context.workbook.worksheets.getItem(name);
    activityRows.forEach((row) => (sheet.getRangeByIndexes(row, budget, 1, 1).values = [[1_000_000]]));
    await context.sync();
    return { book, name, total: a1(layout.totalCell!.row, layout.totalCell!.col), words: a1(layout.wordsCell!.row, layout.wordsCell!.col), activities: activityRows.length };
  }

  test("SUBTOTAL counts each activity once through results and areas", async () => {
    const { book, name, total, activities } = await filledForm(true);
    expect(book.sheet(name).valueAt(total)).toBe(activities * 1_000_000);
  });

  test("CCHC.BANGCHU spells the total where custom functions run, and is #NAME? where they do not", async () => {
    const running = await filledForm(true);
    expect(running.book.sheet(running.name).valueAt(running.words)).toMatch(/triệu đồng$/);
    const { book } = await filledForm(true);
    const { context } = fakeContext(book, { customFunctions: false });
    const cell = context.workbook.worksheets.getItem("Khung logic").getRange(running.words).load("values");
    await context.sync();
    expect(cell.values[0][0]).toBe("#NAME?");
  });

  test("SUM adds what SUBTOTAL skips", () => {
    const host = {
      sheet: "A",
      value: (_s: string, r: number) => [5, 7, 12][r],
      isSubtotal: (_s: string, r: number) => r === 2,
    };
    expect(evaluateFormula("=SUM(A1:A3)", host)).toBe(24);
    expect(evaluateFormula("=SUBTOTAL(9,A1:A3)", host)).toBe(12);
  });
});

describe("SUMIF reads *, ? and ~ as wildcards and refuses criteria over 255 characters", () => {
  test.each([
    ["Cải cách*", "Cải cách thể chế", true],
    ["Cải cách*", "Cải cách TTHC", true],
    ["Cải cách ~*", "Cải cách *", true],
    ["Cải cách ~*", "Cải cách thể chế", false],
    ["C?i", "Cải", true],
    ["cải CÁCH", "Cải cách", true],
  ])("%j matches %j: %s", (criteria, value, expected) => {
    const test = criteriaTest(criteria);
    expect(typeof test).toBe("function");
    expect((test as (v: string) => boolean)(value)).toBe(expected);
  });

  test("criteria of 256 characters is #VALUE!", () => expect(criteriaTest("a".repeat(256))).toEqual({ error: "#VALUE!" }));

  // Caught: the summary sheet summed each area with SUMIF over the area titles, so an area typed as
  // "Cải cách*" took the money of every area starting "Cải cách", and a title over 255 characters showed #VALUE!.
  test("the summary sheet's area figures stay right when a title holds * or runs past 255 characters", async () => {
    const plan = syntheticPlanSheet(12);
    const star = "Cải cách*";
    const long = `Cải cách ${"rất dài ".repeat(40)}`.trim();
    const values = plan.values!.map((row) => [...row]);
    const areaRows = values.map((row, i) => (typeof row[1] === "string" && row[1].startsWith("Lĩnh vực") ? i : -1)).filter((i) => i >= 0);
    values[areaRows[1]][1] = `Lĩnh vực 2: ${star}`;
    values[areaRows[2]][1] = `Lĩnh vực 3: ${long}`;
    const book = createWorkbook({ sheets: [{ ...plan, values }] });
    const { grid } = await readSheet(fakeContext(book).context);
    const { plan: read, totals } = analyze([grid]);
    expect(totals.byArea.map((a) => a.area)).toEqual(expect.arrayContaining([star, long]));
    await insertSummarySheet(fakeContext(book).context, read, totals);
    const summary = book.sheet(SUMMARY_SHEET);
    for (const area of totals.byArea) {
      let row = 4;
      while (summary.valueAt(`B${row}`) !== area.area) row += 1;
      expect([area.area, summary.valueAt(`C${row}`)]).toEqual([area.area, area.amount]);
    }
  });
});
