import * as path from "path";
import ExcelJS from "exceljs";
import { analyze } from "../../src/core/analyze";
import type { SheetGrid } from "../../src/core/types";
import { UserFacingError } from "../../src/excel/errors";
import { MAX_DATA_SYNCS, readSheet, rowParts, CELLS_PER_SYNC } from "../../src/excel/readSheet";
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

  test("row parts stay under the cell budget and cover every row exactly once", () => {
    const parts = rowParts(3, 10006, 8);
    expect(parts.length).toBeLessThanOrEqual(MAX_DATA_SYNCS);
    expect(parts[0].top).toBe(3);
    expect(parts[parts.length - 1].bottom).toBe(3 + 10006 - 1);
    parts.forEach((p, i) => {
      expect((p.bottom - p.top + 1) * 8).toBeLessThanOrEqual(CELLS_PER_SYNC);
      if (i > 0) expect(p.top).toBe(parts[i - 1].bottom + 1);
    });
  });

  test("a sheet too large for four syncs is refused plainly rather than half read", async () => {
    const wide = { name: "Lớn", values: Array.from({ length: 20000 }, (_, r) => Array.from({ length: 8 }, (_, c) => `${r}-${c}`)) };
    const { context } = fakeContext(createWorkbook({ sheets: [wide] }));
    await expect(readSheet(context)).rejects.toThrow(/quá lớn để đọc một lần/);
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

  test("a write whose shape differs from the range is refused", () => {
    const { context } = fakeContext(createWorkbook({ sheets: [{ name: "A" }] }));
    const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2");
    expect(() => {
      range.values = [[1, 2, 3]];
    }).toThrow(/doesn't match/);
  });
});
