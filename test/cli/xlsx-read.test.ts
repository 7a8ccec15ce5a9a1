// The workbook reader through the CLI loader: cells as the engine sees them, and packages that are not workbooks.
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadGrids, LoadError } from "../../src/cli/load";
import { loadWorkbook } from "../../src/xlsx/load";
import { reason } from "../../src/xlsx/strings.vi";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cchc-read-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function roundTrip(fill: (sheet: ExcelJS.Worksheet) => void) {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet("Kế hoạch"));
  const file = join(dir, `t${Math.random().toString(36).slice(2)}.xlsx`);
  await workbook.xlsx.writeFile(file);
  const grids = await loadGrids(file);
  expect(grids).toHaveLength(1);
  return grids[0];
}

describe("loadGrids", () => {
  it("turns rich text and hyperlinks into their plain text", async () => {
    const grid = await roundTrip((sheet) => {
      sheet.getCell("A1").value = { richText: [{ text: "Cải cách " }, { font: { bold: true }, text: "thể chế" }] };
      sheet.getCell("B1").value = { text: "Cổng dịch vụ công", hyperlink: "https://dichvucong.gov.vn" };
    });
    expect(grid.values[0]).toEqual(["Cải cách thể chế", "Cổng dịch vụ công"]);
  });

  it("keeps formulas with their cached results: shared formulas, a result of 0, and no result", async () => {
    const grid = await roundTrip((sheet) => {
      sheet.getCell("A1").value = 5;
      sheet.getCell("A2").value = 7;
      sheet.getCell("B1").value = { formula: "A1*2", result: 10 };
      sheet.getCell("B2").value = { sharedFormula: "B1", result: 14 };
      sheet.getCell("C1").value = { formula: "A1-A1", result: 0 };
      sheet.getCell("D1").value = { formula: "A1+1" } as ExcelJS.CellFormulaValue;
    });
    expect(grid.values[0]).toEqual([5, 10, 0, null]);
    expect(grid.values[1]).toEqual([7, 14, null, null]);
    expect(grid.formulas?.[0]).toEqual([null, "A1*2", "A1-A1", "A1+1"]);
    expect(grid.formulas?.[1]).toEqual([null, "A2*2", null, null]);
  });

  it("reads error cells as {error} and dates as UTC midnight", async () => {
    const grid = await roundTrip((sheet) => {
      sheet.getCell("A1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
      sheet.getCell("B1").value = new Date(Date.UTC(2026, 2, 31, 15, 30));
      sheet.getCell("B1").numFmt = "dd/mm/yyyy";
    });
    expect(grid.values[0][0]).toEqual({ error: "#REF!" });
    expect(grid.values[0][1]).toEqual(new Date(Date.UTC(2026, 2, 31)));
  });

  it("reports merges 0-based and leaves covered cells empty", async () => {
    const grid = await roundTrip((sheet) => {
      sheet.getCell("B2").value = "Trách nhiệm";
      sheet.mergeCells("B2:C2");
      sheet.getCell("B3").value = "Cơ quan đầu mối";
      sheet.getCell("C3").value = "Cơ quan phối hợp";
    });
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    expect(grid.values[1]).toEqual([null, "Trách nhiệm", null]);
    expect(grid.values[2]).toEqual([null, "Cơ quan đầu mối", "Cơ quan phối hợp"]);
    expect(grid.values[0]).toEqual([null, null, null]);
  });

  it("keeps every Vietnamese character of a long sheet intact (a reader decoding chunk by chunk splits some)", async () => {
    const texts = Array.from({ length: 3000 }, (_, i) => `Hoạt động ${i}: Triển khai nhiệm vụ cải cách thủ tục hành chính số ${i}`);
    const grid = await roundTrip((sheet) => texts.forEach((text, i) => (sheet.getCell(i + 1, 1).value = text)));
    expect(grid.values.map((row) => row[0])).toEqual(texts);
  });

  it("says why a file cannot be read, as a LoadError", async () => {
    const file = join(dir, "x.xlsx");
    writeFileSync(file, "PK");
    await expect(loadGrids(file)).rejects.toBeInstanceOf(LoadError);
  });
});

describe("loadWorkbook", () => {
  it("accepts a real workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("A").getCell("A1").value = 1;
    expect(loadWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer())).grids[0].values).toEqual([[1]]);
  });

  it("refuses a zip with no workbook part", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    expect(() => loadWorkbook(bytes)).toThrow(reason.notXlsx);
  });
});
