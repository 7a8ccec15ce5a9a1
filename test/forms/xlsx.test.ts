import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runTemplate } from "../../src/cli/template";
import { readPlanInfo } from "../../src/core/forms";
import type { CellValue, SheetGrid } from "../../src/core/types";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-template-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function capture() {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, io: { out: (s: string) => lines.out.push(s), err: (s: string) => lines.err.push(s) } };
}

async function template(args: string[]) {
  const { lines, io } = capture();
  const code = await runTemplate(args, io);
  return { code, ...lines };
}

async function readSheet(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets[0];
}

/** A worksheet as the engine sees it: plain values, formula results. */
function toGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    values[r - 1] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value;
      values[r - 1][c - 1] = v === null || typeof v !== "object" ? (v as CellValue) : null;
    });
  });
  return { name: sheet.name, values: Array.from(values, (row) => Array.from(row ?? [], (v) => v ?? null)) };
}

describe("cchc template", () => {
  test("writes a khung logic form Excel reads back with its merges, panes, print setup and formats", async () => {
    const file = path.join(dir, "khung-logic.xlsx");
    const result = await template(["khung-logic", "-o", file, "--year", "2026"]);
    expect(result).toMatchObject({ code: 0, err: [] });
    const sheet = await readSheet(file);
    expect(sheet.name).toBe("Khung logic");
    expect(sheet.getCell("A1").value).toBe("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026");
    expect(sheet.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(["A1:H1", "G6:H6", "B6:B7"]));
    expect(sheet.getCell("G6").value).toBe("Trách nhiệm");
    expect(sheet.getCell("G7").value).toBe("Cơ quan đầu mối");
    expect(sheet.getCell("B6").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFDDEBF7" } });
    expect(sheet.getCell("B6").border?.top?.style).toBe("thin");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 7 });
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe("6:7");
    expect(sheet.getCell("E8").value).toEqual({ formula: "SUBTOTAL(9,E9:E12)" });
    expect(sheet.getCell("E10").numFmt).toBe("#,##0");
    expect(sheet.getCell("E10").alignment?.horizontal).toBe("right");
    expect(sheet.getCell("E36").alignment?.horizontal).toBe("right");
    // "Lĩnh vực 1: Công tác chỉ đạo, điều hành cải cách hành chính" wraps in the 42-wide Nội dung column: two lines.
    expect(sheet.getRow(8).height).toBe(32);
    expect(sheet.getRow(12).height ?? 15).toBeLessThan(20);
    expect(sheet.getCell("A36").value).toBe("Tổng kinh phí");
    expect(sheet.getCell("E36").value).toEqual({ formula: "SUBTOTAL(9,E8:E35)" });
    expect(sheet.getCell("A37").value).toBe("Bằng chữ:");
  });

  test("writes the other forms under their own sheet names", async () => {
    const names: string[] = [];
    for (const kind of ["de-cuong", "5w1h", "thong-tin"]) {
      const file = path.join(dir, `${kind}.xlsx`);
      expect((await template([kind, "-o", file, "--year", "2026", "--areas", "2011-2020"])).code).toBe(0);
      names.push((await readSheet(file)).name);
    }
    expect(names).toEqual(["Đề cương", "5W1H", "Thông tin kế hoạch"]);
  });

  test("refuses to overwrite an existing file, leaving it untouched", async () => {
    const file = path.join(dir, "existing.xlsx");
    fs.writeFileSync(file, "mine");
    const result = await template(["khung-logic", "-o", file]);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([expect.stringContaining("đã có")]);
    expect(fs.readFileSync(file, "utf8")).toBe("mine");
  });

  test.each([
    [["bang-la", "-o", "x.xlsx"], "Không có biểu mẫu \"bang-la\""],
    [["khung-logic"], "Thiếu tệp kết quả"],
    [["khung-logic", "-o", "x.docx"], "phải có đuôi .xlsx"],
    [["khung-logic", "-o", "x.xlsx", "--areas", "2016-2020"], "Không có bộ lĩnh vực"],
    [["khung-logic", "-o", "x.xlsx", "--year", "26"], "không hợp lệ"],
    [[], "Thiếu loại biểu mẫu"],
  ])("bad arguments %j: exit 2 with one Vietnamese line", async (args, message) => {
    const result = await template(args);
    expect(result.code).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toContain(message);
    expect(fs.existsSync("x.xlsx")).toBe(false);
  });
});

describe("the plan-info sheet", () => {
  test("a blank sheet reads back as only its year", async () => {
    const file = path.join(dir, "info-blank.xlsx");
    await template(["thong-tin", "-o", file, "--year", "2027"]);
    expect(readPlanInfo([toGrid(await readSheet(file))])).toEqual({ year: 2027 });
  });

  test("filled values read back, multi-line ones as lists, labels matched without accents", async () => {
    const file = path.join(dir, "info.xlsx");
    await template(["thong-tin", "-o", file, "--year", "2026"]);
    const sheet = await readSheet(file);
    const fill: Record<string, string> = {
      "Cơ quan ban hành": "SỞ NỘI VỤ",
      "Số ký hiệu": "05/KH-SNV",
      "Nơi nhận": "- UBND tỉnh (b/c);\n- Sở Tư pháp;\n- Lưu: VT, VP.",
      "Căn cứ": "Nghị quyết số 76/NQ-CP\nQuyết định số 1/QĐ-UBND",
      "Họ tên người ký": "Nguyễn Văn A",
      "Nguồn kinh phí": "…",
    };
    sheet.eachRow((row) => {
      const label = row.getCell(1).value as string;
      if (label in fill) row.getCell(2).value = fill[label];
    });
    const grid = toGrid(sheet);
    grid.values[3][0] = "CO QUAN CHU QUAN:";
    grid.values[3][1] = "UBND TỈNH NINH THUẬN";
    expect(readPlanInfo([{ name: "Khác", values: [["TT", "Nội dung"]] }, grid])).toEqual({
      parentBody: "UBND TỈNH NINH THUẬN",
      issuingBody: "SỞ NỘI VỤ",
      number: "05/KH-SNV",
      year: 2026,
      legalBases: ["Nghị quyết số 76/NQ-CP", "Quyết định số 1/QĐ-UBND"],
      recipients: ["UBND tỉnh (b/c)", "Sở Tư pháp", "Lưu: VT, VP."],
      signerName: "Nguyễn Văn A",
    });
  });

  test("no sheet with the labels gives no information", () => {
    expect(readPlanInfo([{ name: "Khung logic", values: [["Mục tiêu chung", "Nâng cao"]] }])).toEqual({});
  });
});
