#!/usr/bin/env node
// Done-when of the template issue: `cchc template khung-logic` makes a form that computes its own totals correctly
// after someone types activities into it (and inserts a row inside an area) and LibreOffice recalculates it.
"use strict";
require("tsx/cjs");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const ExcelJS = require("exceljs");
const { convert } = require("./recalc");
const { runTemplate } = require("../../src/cli/template.ts");

const BUDGET_COL = 5; // E: Ngân sách (Đồng)
const quiet = { out: () => {}, err: (s) => console.error(s) };

/** The 1-based row whose column B (Nội dung) or A (TT) reads `text`. */
function findRow(sheet, text) {
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(1).value === text || row.getCell(2).value === text) return r;
  }
  throw new Error(`no row "${text}"`);
}

/**
 * Inserts an empty row before `at` as Excel or LibreOffice do when a user inserts one: rows below move down and
 * every formula reference to them follows (ExcelJS moves the cells but leaves formula text alone).
 */
function insertRowLikeExcel(sheet, at) {
  sheet.spliceRows(at, 0, []);
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (!cell.formula) return;
      const moved = cell.formula.replace(/([A-Z]+)(\d+)/g, (ref, col, n) => `${col}${Number(n) >= at ? Number(n) + 1 : n}`);
      cell.value = { formula: moved };
    }),
  );
}

function budgetAt(sheet, row) {
  const value = sheet.getRow(row).getCell(BUDGET_COL).value;
  // ExcelJS drops a cached result of 0 on read, so a formula without a result reads as 0.
  if (value && typeof value === "object" && "formula" in value) return value.result ?? 0;
  return value;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-recalc-"));
  const blank = path.join(dir, "khung-logic.xlsx");
  assert.equal(await runTemplate(["khung-logic", "-o", blank, "--year", "2026"], quiet), 0);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(blank);
  const sheet = workbook.getWorksheet("Khung logic");
  const typed = [
    ["1.1.1", 3000000],
    ["1.1.2", 2000000],
    ["2.1.1", 12000000],
    ["2.1.2", 8000000],
    ["7.1.2", 40000000],
  ];
  for (const [number, amount] of typed) sheet.getRow(findRow(sheet, number)).getCell(BUDGET_COL).value = amount;
  // A third activity inserted between 2.1.1 and 2.1.2, as an official adds one.
  const inserted = findRow(sheet, "2.1.2");
  insertRowLikeExcel(sheet, inserted);
  sheet.getRow(inserted).getCell(1).value = "2.1.3";
  sheet.getRow(inserted).getCell(BUDGET_COL).value = 5000000;
  // One more appended after the last activity of area 3, just above the next area's row.
  const appended = findRow(sheet, "Lĩnh vực 4: Cải cách tổ chức bộ máy hành chính nhà nước");
  insertRowLikeExcel(sheet, appended);
  sheet.getRow(appended).getCell(1).value = "3.1.3";
  sheet.getRow(appended).getCell(BUDGET_COL).value = 7000000;
  const filled = path.join(dir, "filled.xlsx");
  await workbook.xlsx.writeFile(filled);

  const outDir = path.join(dir, "out");
  fs.mkdirSync(outDir);
  const recalculated = convert(filled, "xlsx", outDir);
  const result = new ExcelJS.Workbook();
  await result.xlsx.readFile(recalculated);
  const calc = result.getWorksheet("Khung logic");

  const expect = [
    ["Lĩnh vực 1: Công tác chỉ đạo, điều hành cải cách hành chính", 5000000],
    ["1.1", 5000000],
    ["Lĩnh vực 2: Cải cách thể chế", 25000000],
    ["2.1", 25000000],
    ["Lĩnh vực 3: Cải cách thủ tục hành chính", 7000000],
    ["3.1", 7000000],
    ["Lĩnh vực 4: Cải cách tổ chức bộ máy hành chính nhà nước", 0],
    ["Lĩnh vực 7: Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", 40000000],
    ["Tổng kinh phí", 77000000],
  ];
  for (const [label, amount] of expect) {
    const got = budgetAt(calc, findRow(calc, label));
    console.log(`${label}: ${got} (expected ${amount})`);
    assert.equal(got, amount, `${label}: LibreOffice computed ${got}, expected ${amount}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  console.log("template-recalc: the form's SUBTOTALs count each typed amount once, inserted rows included, also one appended after an area's last activity");
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
