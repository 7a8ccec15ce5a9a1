// The pane's Tổng hợp insert: four new sheets named around the workbook's own, formulas pointing at the names they got,
// and requests that stay under Excel on the web's 5 MB whatever the size.
import { analyze } from "../../src/core/analyze";
import { consolidate, mergeLayouts, unitOf, type DraftRead } from "../../src/core/merge";
import type { CellValue, SheetGrid } from "../../src/core/types";
import { estimateBytes, REQUEST_BYTES_LIMIT } from "../../src/excel/batch";
import { insertLayouts, requests } from "../../src/excel/insertSheets";
import { createWorkbook, fakeContext } from "../fakes/excel-fake";

const HEADER: CellValue[] = ["TT", "Nội dung", "Chỉ số thành công", "Phương tiện xác minh", "Ngân sách (Đồng)", "Thời gian thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp"];

function draft(unit: number, activities: number): DraftRead {
  const rows: CellValue[][] = [[`UBND XÃ SỐ ${unit}`], ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"], HEADER, ["1", "Lĩnh vực 1: Cải cách thể chế"]];
  for (let i = 1; i <= activities; i++) rows.push([`1.${i}`, `Rà soát văn bản số ${i} của xã ${unit}`, `Rà soát ${i} văn bản`, "Báo cáo", 1_000_000, "Quý I/2026", "Văn phòng", "Tư pháp"]);
  const grids: SheetGrid[] = [{ name: "KH", values: rows }];
  const analysis = analyze(grids);
  const file = `xa-${unit}.xlsx`;
  return { file, digest: file, modified: null, unit: unitOf(file, grids, analysis), analysis };
}

const WANTED = ["Tổng hợp", "Kinh phí theo đơn vị", "Kiểm tra", "Không đọc được"];

describe("insertLayouts", () => {
  it("adds the four sheets beside an existing 'Tổng hợp', the matrix pointing at 'Tổng hợp (2)', in two syncs for a few drafts", async () => {
    const book = createWorkbook({ sheets: [{ name: "Tổng hợp", values: [["của tôi"]] }] });
    const { fake, context } = fakeContext(book);
    const c = consolidate([draft(1, 3), draft(2, 2)], []);
    const result = await insertLayouts(context, WANTED, ([merged, byUnit, check, failed]) => mergeLayouts(c, "khung-logic", { merged, byUnit, check, failed }));
    expect(result.names).toEqual(["Tổng hợp (2)", "Kinh phí theo đơn vị", "Kiểm tra", "Không đọc được"]);
    expect(fake.syncCount).toBe(2);
    expect(book.sheet("Tổng hợp").valueAt("A1")).toBe("của tôi");
    const matrix = book.sheet("Kinh phí theo đơn vị");
    expect(matrix.formulaAt("C5")).toMatch(/^='Tổng hợp \(2\)'!E\d+$/);
    expect(book.activeSheet).toBe("Tổng hợp (2)");
  });

  it("splits a province's worth of rows into requests each under the limit", async () => {
    const c = consolidate(Array.from({ length: 80 }, (_, i) => draft(i + 1, 300)), []);
    const layouts = mergeLayouts(c, "khung-logic");
    const { fake, context } = fakeContext(createWorkbook({ sheets: [] }));
    const result = await insertLayouts(context, WANTED, () => layouts);
    const cells = layouts.reduce((sum, l) => sum + l.cells.length, 0);
    expect(cells).toBeGreaterThan(200_000);
    // Several write requests, each under the 4 MB budget (5 MB is where Excel on the web refuses one).
    expect(fake.syncCount).toBe(result.syncs);
    expect(result.requestBytes.length).toBeGreaterThan(1);
    for (const bytes of result.requestBytes) expect(bytes).toBeLessThanOrEqual(REQUEST_BYTES_LIMIT);
    const written = estimateBytes(layouts.flatMap((l) => [l.cells.map((cell) => cell.value ?? cell.formula ?? "")]));
    expect(result.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(written);
  });

  it("never lets a request pass the limit unless one piece alone does", () => {
    const pieces = [3, 3, 3, 9, 1].map((bytes) => ({ bytes }));
    expect(requests(pieces, 6).map((batch) => batch.map((p) => p.bytes))).toEqual([[3, 3], [3], [9], [1]]);
  });
});
