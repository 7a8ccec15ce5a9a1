// The whole route an official takes: insert the "Thông tin kế hoạch" sheet next to the plan table, fill it once, and
// the Word plan carries those details (header, number, date, goals, recipients, signature) instead of "…" blanks.
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { renderLayout } from "../../src/cli/xlsx-writer";
import { analyze } from "../../src/core/analyze";
import { buildInfoForm, INFO_KEYS } from "../../src/core/forms/thong-tin";
import { buildPlanDocx } from "../../src/docx";
import { workbookToGrids } from "../xlsx/exceljs-grids";

const FILLED: Record<string, string> = {
  "Cơ quan chủ quản": "UBND TỈNH NINH THUẬN",
  "Cơ quan ban hành": "SỞ GIAO THÔNG VẬN TẢI",
  "Số ký hiệu": "12/KH-SGTVT",
  "Địa danh": "Ninh Thuận",
  "Ngày ban hành": "05/01/2026",
  "Nơi nhận": "UBND tỉnh (b/c)\nSở Nội vụ\nLưu: VT, VP",
  "Quyền hạn ký": "KT. GIÁM ĐỐC",
  "Chức vụ người ký": "PHÓ GIÁM ĐỐC",
  "Họ tên người ký": "Trần Thị Bình",
};

async function documentText(workbook: ExcelJS.Workbook): Promise<string> {
  const bytes = await buildPlanDocx(analyze(workbookToGrids(workbook)));
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  // A no-break space (the signature block keeps its lines whole with them) reads as a space.
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("").replace(/\u00a0/g, " ");
}

async function exampleWithInfoSheet(fill: boolean): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(__dirname, "..", "fixtures", "examples", "khung-logic-2026.xlsx"));
  const sheet = renderLayout(workbook, buildInfoForm(2026));
  if (!fill) return workbook;
  sheet.eachRow((row) => {
    const label = row.getCell(1).text;
    if (label in FILLED) row.getCell(2).value = FILLED[label];
  });
  return workbook;
}

test("the labels filled here are the sheet's own labels", () => {
  const labels = INFO_KEYS.map((key) => key.label);
  for (const label of Object.keys(FILLED)) expect(labels).toContain(label);
});

test("a filled Thông tin kế hoạch sheet reaches the Word plan", async () => {
  const text = await documentText(await exampleWithInfoSheet(true));
  expect(text).toContain("SỞ GIAO THÔNG VẬN TẢI");
  expect(text).toContain("UBND TỈNH NINH THUẬN");
  expect(text).toContain("Số: 12/KH-SGTVT");
  expect(text).toContain("Ninh Thuận, ngày 05 tháng 01 năm 2026");
  expect(text).toContain("Trần Thị Bình");
  expect(text).toContain("PHÓ GIÁM ĐỐC");
  expect(text).toContain("Sở Nội vụ;");
  expect(text).toContain("Lưu: VT, VP.");
  expect(text).not.toContain("Số: …/KH-…");
});

test("a blank Thông tin kế hoạch sheet leaves visible blanks, not invented details", async () => {
  const text = await documentText(await exampleWithInfoSheet(false));
  expect(text).toContain("Số: …/KH-…");
  expect(text).not.toContain("SỞ GIAO THÔNG VẬN TẢI");
  expect(text).not.toContain("05/KH-SNV"); // the sheet's example column is a hint, never data
  expect(text).toContain("KẾ HOẠCH");
});
