#!/usr/bin/env node
// The merged workbook's formulas, recalculated by LibreOffice, give the engine's totals (and the hand-worked ones of
// test/fixtures/merge/expected.ts): every unit × area cell, the unit and area totals, the grand total on both sheets.
"use strict";
require("tsx/cjs");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const ExcelJS = require("exceljs");
const { convert } = require("./recalc");
const { runMerge } = require("../../src/cli/merge.ts");
const expected = require("../fixtures/merge/expected.ts");

const quiet = { stdout: () => {}, stderr: (s) => process.stderr.write(s) };
const DRAFTS = path.join(__dirname, "..", "fixtures", "merge", "drafts");

/** A formula cell's recalculated value (ExcelJS drops a cached 0, so a formula without a result is 0). */
function valueOf(cell) {
  const v = cell.value;
  if (v && typeof v === "object" && "formula" in v) return v.result ?? 0;
  return v ?? 0;
}

async function main_() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-merge-recalc-"));
  const merged = path.join(dir, "tong-hop.xlsx");
  assert.equal(await runMerge([DRAFTS, "-o", merged, "--jobs", "1"], quiet), 1);
  const outDir = path.join(dir, "out");
  fs.mkdirSync(outDir);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(convert(merged, "xlsx", outDir));

  const byUnit = workbook.getWorksheet("Kinh phí theo đơn vị");
  const areas = expected.AREAS.length;
  expected.UNITS.forEach((unit, i) => {
    const row = byUnit.getRow(5 + i);
    assert.equal(row.getCell(2).value, unit.unit);
    const got = unit.byArea.map((_, a) => valueOf(row.getCell(3 + a)));
    assert.deepEqual(got, unit.byArea, `${unit.unit}: LibreOffice gives ${got}, expected ${unit.byArea}`);
    assert.equal(valueOf(row.getCell(3 + areas)), expected.SCORECARDS[unit.unit].total, `${unit.unit}: row total`);
  });
  const totalRow = byUnit.getRow(5 + expected.UNITS.length);
  const areaTotals = expected.AREAS.map((_, a) => valueOf(totalRow.getCell(3 + a)));
  assert.deepEqual(areaTotals, expected.AREA_TOTALS);
  assert.equal(valueOf(totalRow.getCell(3 + areas)), expected.GRAND_TOTAL);
  console.log(`Kinh phí theo đơn vị: ${expected.UNITS.length} units × ${areas} areas as computed; areas ${areaTotals.join(", ")}; total ${expected.GRAND_TOTAL}`);

  const sheet = workbook.getWorksheet("Tổng hợp");
  let total = null;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === "Tổng kinh phí") total = valueOf(row.getCell(5));
  });
  assert.equal(total, expected.GRAND_TOTAL, `Tổng hợp's SUBTOTAL total is ${total}`);
  let checked = null;
  byUnit.eachRow((row) => {
    if (String(row.getCell(1).value).startsWith("Đối chiếu")) checked = valueOf(row.getCell(3));
  });
  assert.equal(checked, expected.GRAND_TOTAL);
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`merge-recalc: Tổng hợp's SUBTOTALs and the unit × area formulas give ${expected.GRAND_TOTAL} đồng, as the engine and the hand count`);
}

main_().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
