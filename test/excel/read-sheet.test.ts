import * as path from "path";
import ExcelJS from "exceljs";
import { analyze } from "../../src/core/analyze";
import type { SheetGrid } from "../../src/core/types";
import { UserFacingError } from "../../src/excel/errors";
import { readSheet, splitRows } from "../../src/excel/readSheet";
import { workbookToGrids } from "../xlsx/exceljs-grids";
import { createWorkbook, fakeContext, OfficeError } from "../fakes/excel-fake";
import { seedFromGrid, syntheticPlanSheet, SYNTHETIC_HEADER } from "../fakes/seed";

async function exampleGrids(file: string): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(__dirname, "../fixtures/examples", file));
  return workbookToGrids(workbook);
}

describe("readSheet", () => {
  test.each(["khung-logic-2026.xlsx", "de-cuong-2019.xlsx", "so-gtvt-2014-5w1h.xlsx"])(
    "%s read through Office.js gives the same plan, findings and totals as the file read by the CLI",
    async (file) => {
      const grids = await exampleGrids(file);
      const planSheet = analyze(grids).plan.tables[0].sheet;
      const { context } = fakeContext(createWorkbook({ sheets: grids.map(seedFromGrid), active: planSheet }));
      const read = await readSheet(context);
      const viaExcel = analyze([read.grid, ...(read.info ? [read.info] : [])]);
      const viaFile = analyze(grids.filter((g) => g.name === planSheet || g.name === "Thông tin kế hoạch"));
      expect(viaExcel.totals).toEqual(viaFile.totals);
      expect(viaExcel.findings).toEqual(viaFile.findings);
      expect(viaExcel.plan.rows.length).toBe(viaFile.plan.rows.length);
    },
  );

  test("khung-logic-2026 totals 149 000 000 đồng counted once, as the contract states", async () => {
    const grids = await exampleGrids("khung-logic-2026.xlsx");
    const { context } = fakeContext(createWorkbook({ sheets: grids.map(seedFromGrid), active: "Khung logic" }));
    const read = await readSheet(context);
    expect(analyze([read.grid]).totals.total).toBe(149_000_000);
  });

  test("dates from date-formatted serials, error codes, formulas without '=', origin and merges", async () => {
    const book = createWorkbook({
      sheets: [
        {
          name: "KH",
          originRow: 4,
          originCol: 2,
          values: [
            ["Thời gian", "Kinh phí", "Lỗi"],
            [46053, 1500000, "#REF!"],
          ],
          numberFormat: [
            [null, null, null],
            ["dd/mm/yyyy", "#,##0", null],
          ],
          formulas: [
            [null, null, null],
            [null, "=SUM(D7:D9)", null],
          ],
          merges: ["C5:D5"],
        },
      ],
    });
    const { context } = fakeContext(book);
    const { grid } = await readSheet(context);
    expect(grid.originRow).toBe(4);
    expect(grid.originCol).toBe(2);
    expect(grid.values[1][0]).toEqual(new Date(Date.UTC(2026, 0, 31)));
    expect(grid.values[1][1]).toBe(1500000);
    expect(grid.values[1][2]).toEqual({ error: "#REF!" });
    expect(grid.formulas?.[1][1]).toBe("SUM(D7:D9)");
    expect(grid.formulas?.[0][0]).toBeNull();
    expect(grid.merges).toEqual([{ top: 4, left: 2, bottom: 4, right: 3 }]);
  });

  test("a period typed 6/2026, which Excel keeps as 1 June shown 'Jun-26', is the whole of June; '15/11' is the plan year's", async () => {
    const header = ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành", "Kinh phí (đồng)"];
    const book = createWorkbook({
      sheets: [
        {
          name: "KH",
          values: [
            ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
            header,
            ["1", "Rà soát thủ tục hành chính", "Văn phòng", 46174, 1_000_000],
            ["2", "Khảo sát sự hài lòng", "Văn phòng", 46266, 1_000_000],
            ["3", "Tổng kết công tác", "Văn phòng", 45976, 1_000_000],
          ],
          numberFormat: [[null], header.map(() => null), [null, null, null, "mmm-yy", "#,##0"], [null, null, null, "mm/yyyy", "#,##0"], [null, null, null, "dd/mm", "#,##0"]],
        },
      ],
    });
    const { grid } = await readSheet(fakeContext(book).context);
    const periods = analyze([grid]).plan.rows.map((row) => [row.period?.start, row.period?.end]);
    expect(periods).toEqual([
      ["2026-06-01", "2026-06-30"],
      ["2026-09-01", "2026-09-30"],
      // A day alone under "Thời gian hoàn thành" is the task's deadline.
      [undefined, "2026-11-15"],
    ]);
  });

  test("reads the 'Thông tin kế hoạch' sheet in the same command when it exists", async () => {
    const book = createWorkbook({
      sheets: [syntheticPlanSheet(10), { name: "Thông tin kế hoạch", values: [["Mục", "Nội dung"], ["Cơ quan ban hành", "SỞ NỘI VỤ"]] }],
    });
    const { fake, context } = fakeContext(book);
    const read = await readSheet(context);
    expect(read.info?.name).toBe("Thông tin kế hoạch");
    expect(read.info?.values[1]).toEqual(["Cơ quan ban hành", "SỞ NỘI VỤ"]);
    expect(fake.syncCount).toBe(2);
  });

  test("an empty active sheet is refused with one Vietnamese sentence naming the sheet", async () => {
    const { context } = fakeContext(createWorkbook({ sheets: [{ name: "Trống" }] }));
    await expect(readSheet(context)).rejects.toThrow(UserFacingError);
    await expect(readSheet(fakeContext(createWorkbook({ sheets: [{ name: "Trống" }] })).context)).rejects.toThrow(/Trang tính "Trống" đang trống/);
  });

  test.each([100, 1000, 10000])("at %i activity rows: every row read, at most 4 syncs", async (rows) => {
    const { fake, context } = fakeContext(createWorkbook({ sheets: [syntheticPlanSheet(rows)] }));
    const sync = jest.spyOn(fake, "sync");
    const { grid } = await readSheet(context);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(4);
    expect(grid.values[2]).toEqual(SYNTHETIC_HEADER);
    const activities = grid.values.filter((r) => typeof r[0] === "string" && r[0].includes("."));
    expect(activities).toHaveLength(rows);
  });

  test("row parts cover every row exactly once", () => {
    const parts = splitRows(3, 10008, 4000);
    expect(parts.map((p) => [p.top, p.bottom])).toEqual([
      [3, 4002],
      [4003, 8002],
      [8003, 10008],
    ]);
  });

  test("50,000 activity rows: every row read, each response under 5 MB", async () => {
    const { fake, context } = fakeContext(createWorkbook({ sheets: [syntheticPlanSheet(50000)] }));
    const read = await readSheet(context);
    expect(read.grid.values.filter((r) => typeof r[0] === "string" && r[0].includes("."))).toHaveLength(50000);
    expect(read.syncs).toBe(fake.syncCount);
    expect(fake.largestResponse).toBeLessThan(5 * 1024 * 1024);
  });
});

const LONG = "Rà soát, đánh giá, cắt giảm, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của Sở; công khai kết quả. ";

/** A plan of long Vietnamese task texts: ~4 KB a row, 20 MB in all. */
function longTextSheet(rows: number, heavyFrom = 0) {
  const sheet = syntheticPlanSheet(rows);
  sheet.values = sheet.values!.map((row, r) => (r > 3 && r >= heavyFrom && row[2] ? [row[0], row[1], LONG.repeat(12), LONG.repeat(12), ...row.slice(4)] : row));
  return sheet;
}

describe("requests sized in bytes", () => {
  // Caught: the old read split by cell count (35,000 cells a sync), ~14 MB of long Vietnamese text in one
  // response; Excel on the web refuses above 5 MB (ResponsePayloadSizeLimitExceeded).
  test("a sheet of long Vietnamese text reads whole, every response under 5 MB", async () => {
    const { fake, context } = fakeContext(createWorkbook({ sheets: [longTextSheet(5000)] }));
    const read = await readSheet(context);
    expect(read.grid.values.filter((r) => r[2] === LONG.repeat(12))).toHaveLength(5000);
    expect(fake.largestResponse).toBeLessThan(5 * 1024 * 1024);
  });

  test("a part heavier than the first part foretold is refused by Excel and read again in halves", async () => {
    const { fake, context } = fakeContext(createWorkbook({ sheets: [longTextSheet(6000, 400)] }));
    const sync = jest.spyOn(fake, "sync");
    const read = await readSheet(context);
    expect(read.grid.values.filter((r) => r[2] === LONG.repeat(12)).length).toBeGreaterThan(5000);
    const refused = (await Promise.allSettled(sync.mock.results.map((r) => r.value))).filter((r) => r.status === "rejected");
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(refused.map(() => "ResponsePayloadSizeLimitExceeded"));
  });

  test.each(["1.8", "latest"])("ExcelApi %s: formulas beyond the first part are read (only where a cell has one from 1.9)", async (excelApi) => {
    const sheet = syntheticPlanSheet(3000);
    const formulas = sheet.values!.map((row, r) => row.map((_, c) => (c === 4 && r > 3 && typeof row[0] === "string" && !row[0].includes(".") ? `=SUBTOTAL(9,E${r + 2}:E${r + 400})` : null)));
    const book = createWorkbook({ sheets: [{ ...sheet, formulas }] });
    const { fake, context } = fakeContext(book, { excelApi });
    const { grid } = await readSheet(context, fake.capabilities);
    const expected = formulas.flatMap((row, r) => row.map((f, c) => (f ? [r, c, f.slice(1)] : null))).filter(Boolean);
    const found = grid.formulas!.flatMap((row, r) => row.map((f, c) => (f ? [r, c, f] : null))).filter(Boolean);
    expect(found).toEqual(expected);
    expect(fake.syncCount).toBeLessThanOrEqual(4);
  });

  test("ExcelApi 1.12: no merged areas (the call is 1.13), and the pane is told which check is weaker", async () => {
    const book = createWorkbook({ sheets: [{ ...syntheticPlanSheet(10), merges: ["A1:H1"] }] });
    const { fake, context } = fakeContext(book, { excelApi: "1.12" });
    const read = await readSheet(context, fake.capabilities);
    expect(read.grid.merges).toBeUndefined();
    expect(read.weaker).toEqual([expect.stringMatching(/ô gộp.*ExcelApi 1\.13/)]);
  });

  // Caught: the old read asked for every merge of the used range at once; Excel fails above 512 merged areas.
  test("a sheet with 2,000 merged area rows reads its merges in calls Excel accepts", async () => {
    const sheet = syntheticPlanSheet(2000);
    const merges = Array.from({ length: 2000 }, (_, i) => `B${i + 5}:C${i + 5}`);
    const { grid } = await readSheet(fakeContext(createWorkbook({ sheets: [{ ...sheet, merges }] })).context);
    expect(grid.merges).toHaveLength(2000);
  });
});

describe("the fake catches seam bugs as Office does", () => {
  test("reading values before load and sync throws PropertyNotLoaded", async () => {
    const { context } = fakeContext(createWorkbook({ sheets: [syntheticPlanSheet(3)] }));
    const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2");
    expect(() => range.values).toThrow(OfficeError);
    range.load("values");
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.values[0][0]).toBe("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026");
  });
});

describe("hidden columns", () => {
  test("of last year's money kept in a hidden column beside this year's, the pane reads the visible one, as the file reader does", async () => {
    const book = createWorkbook({
      sheets: [
        {
          name: "KH 2026",
          values: [
            ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
            ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Kinh phí dự kiến (đồng)", "Kinh phí (đồng)"],
            ["1", "Rà soát thủ tục hành chính", "Văn phòng", "Quý I/2026", 5_000_000, 6_000_000],
            ["2", "Công bố thủ tục hành chính", "Văn phòng", "Quý II/2026", 3_000_000, null],
          ],
          hiddenCols: ["E"],
        },
      ],
    });
    const { fake, context } = fakeContext(book);
    const { grid } = await readSheet(context);
    expect(grid.hiddenCols).toEqual([{ first: 4, last: 4 }]);
    const analysis = analyze([grid]);
    expect(analysis.totals.total).toBe(6_000_000);
    expect(analysis.findings.filter((f) => f.rule === "missing-budget").map((f) => f.cell)).toEqual(["F4"]);
    expect(fake.syncCount).toBe(2);
  });
});
