// insertScheduleSheet against the typed Excel fake, on the khung-logic example read as the pane reads it. Facts by hand
// from the sheet's period column (F): 1.1 "Quý I/2026" is row 9, 1.1.2 "Trước ngày 31/3/2026" row 11, 2.1.2
// "Thường xuyên" row 15, 6.1.2 "Quý I/2027" row 28.
import path from "node:path";
import { analyze } from "../../src/core/analyze";
import { buildSchedule } from "../../src/core/schedule";
import { scheduleSheetLayout } from "../../src/core/schedule-sheet";
import { loadGrids } from "../../src/cli/load";
import { readSheet } from "../../src/excel/readSheet";
import { insertScheduleSheet } from "../../src/excel/scheduleSheet";
import { createWorkbook, fakeContext, type FakeSheetData, type FakeWorkbookData } from "../fakes/excel-fake";
import { seedFromGrid } from "../fakes/seed";

const EXAMPLE = path.join(__dirname, "../fixtures/examples/khung-logic-2026.xlsx");
/** 10 March 2026, local time: March is the current month. */
const MARCH = new Date(2026, 2, 10, 9, 5);

async function exampleBook(): Promise<FakeWorkbookData> {
  const grids = await loadGrids(EXAMPLE);
  return createWorkbook({ sheets: grids.map(seedFromGrid) });
}

async function insert(book: FakeWorkbookData, now = MARCH): Promise<{ name: string; syncs: number }> {
  const { grid } = await readSheet(fakeContext(book).context);
  const layout = scheduleSheetLayout(buildSchedule(analyze([grid]).plan), { now, liveCheck: true });
  const { fake, context } = fakeContext(book);
  const { sheetName } = await insertScheduleSheet(context, layout);
  return { name: sheetName, syncs: fake.syncCount };
}

/** The sheet row (1-based) whose TT cell holds `number`. */
function rowOf(sheet: FakeSheetData, number: string): number {
  for (let r = 4; r < 60; r++) if (sheet.cell(r, 0)?.value === number) return r + 1;
  throw new Error(`no row ${number}`);
}

const MONTH_COLUMNS = ["F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q"];

describe("insertScheduleSheet", () => {
  test("adds 'Tiến độ' in two syncs, then 'Tiến độ (2)', and leaves the plan sheet as it was", async () => {
    const book = await exampleBook();
    const plan = book.sheet("Khung logic");
    const before = JSON.stringify([...plan.cells]);
    expect(await insert(book)).toEqual({ name: "Tiến độ", syncs: 2 });
    book.activeSheet = "Khung logic";
    expect((await insert(book)).name).toBe("Tiến độ (2)");
    expect(book.sheets.map((s) => s.name)).toEqual(["Khung logic", "Tiến độ", "Tiến độ (2)"]);
    expect(JSON.stringify([...plan.cells])).toBe(before);
    expect(book.activeSheet).toBe("Tiến độ (2)");
  });

  test("months T1…T12 under Quý I–IV, the snapshot stated with its time, panes frozen, A4 landscape", async () => {
    const book = await exampleBook();
    await insert(book);
    const sheet = book.sheet("Tiến độ");
    expect(sheet.valueAt("A1")).toBe("TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026");
    expect(String(sheet.valueAt("A2"))).toMatch(/^Ảnh chụp tiến độ lúc 09:05 ngày 10\/03\/2026 từ cột thời gian/);
    expect(MONTH_COLUMNS.map((c) => sheet.valueAt(`${c}4`))).toEqual(["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"]);
    expect(["F3", "I3", "L3", "O3"].map((a) => sheet.valueAt(a))).toEqual(["Quý I", "Quý II", "Quý III", "Quý IV"]);
    const merged = sheet.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`);
    expect(merged).toEqual(expect.arrayContaining(["2,5,2,7", "2,8,2,10", "2,11,2,13", "2,14,2,16"]));
    expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([4, 2]);
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$3:$4", zoom: { horizontalFitToPages: 1 } });
  });

  test("fills come from the theme's accent styles: active Accent1, ongoing Accent1_40 hatched, the deadline Accent2_40 with its marker", async () => {
    const book = await exampleBook();
    await insert(book);
    const sheet = book.sheet("Tiến độ");
    const styles = (number: string) => MONTH_COLUMNS.map((c) => sheet.formatAt(`${c}${rowOf(sheet, number)}`, "style") ?? "-");
    expect(styles("1.1")).toEqual(["Accent1", "Accent1", "Accent1", "-", "-", "-", "-", "-", "-", "-", "-", "-"]);
    expect(styles("2.1.2")).toEqual(Array(12).fill("Accent1_40"));
    expect(MONTH_COLUMNS.map((c) => sheet.formatAt(`${c}${rowOf(sheet, "2.1.2")}`, "fill.pattern"))).toEqual(Array(12).fill("LightUp"));
    expect(styles("1.1.2")[2]).toBe("Accent2_40");
    expect(sheet.valueAt(`H${rowOf(sheet, "1.1.2")}`)).toBe("♦");
    expect(styles("6.1.2")).toEqual(Array(12).fill("-"));
    expect(sheet.valueAt(`R${rowOf(sheet, "6.1.2")}`)).toBe("►");
  });

  test("the current month (March) is outlined; in a year other than the plan's nothing is", async () => {
    const book = await exampleBook();
    await insert(book);
    const sheet = book.sheet("Tiến độ");
    const last = rowOf(sheet, "6.1.2");
    for (const row of [4, 9, last]) expect(sheet.formatAt(`H${row}`, "borders.EdgeLeft.weight")).toBe("Thick");
    expect(sheet.formatAt(`G${last}`, "borders.EdgeLeft.weight")).toBeUndefined();

    const later = await exampleBook();
    await insert(later, new Date(2027, 2, 10));
    const other = later.sheet("Tiến độ");
    expect(other.formatAt(`H${rowOf(other, "6.1.2")}`, "borders.EdgeLeft.weight")).toBeUndefined();
  });

  test("numbers and periods are written as Text, so '1.1' and 'Tháng 1-2/2026' stay as typed", async () => {
    const book = await exampleBook();
    await insert(book);
    const sheet = book.sheet("Tiến độ");
    const row = rowOf(sheet, "1.1.1");
    expect(sheet.cell(row - 1, 0)).toMatchObject({ value: "1.1.1", numberFormat: "@" });
    expect(sheet.cell(row - 1, 2)).toMatchObject({ value: "Tháng 1-2/2026", numberFormat: "@" });
  });

  test("the 'Theo dõi thay đổi' column reads the plan's own period cell of each row", async () => {
    const book = await exampleBook();
    await insert(book);
    const sheet = book.sheet("Tiến độ");
    const row = rowOf(sheet, "1.1");
    expect(sheet.valueAt(`S3`)).toBe("Theo dõi thay đổi");
    expect(sheet.formulaAt(`S${row}`)).toBe(`=IF(TRIM('Khung logic'!F9&"")=TRIM($C${row}),"","Thời gian đã sửa thành: "&'Khung logic'!F9)`);
    expect(sheet.formulaAt(`S${rowOf(sheet, "6.1.2")}`)).toContain("'Khung logic'!F28");
  });
});
