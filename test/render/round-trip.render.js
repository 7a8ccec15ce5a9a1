#!/usr/bin/env node
// Done-when of the round-trip issue: from a filled `cchc template` to the plan a văn thư signs. The form of
// test/fixtures/filled-form.ts (a few activities in two of seven areas, a partly filled Thông tin sheet) is
// recalculated by LibreOffice (real SUBTOTAL results, as Excel would save them), checked, built with `cchc build`,
// rendered to PDF and read back with pdftotext. PNGs of page 1 and the appendix in artifacts/render/. Exit 0 = pass.
"use strict";
require("tsx/cjs");
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { convert } = require("./recalc");

const ROOT = path.join(__dirname, "..", "..");
const OUT = path.join(ROOT, "artifacts", "render");
const { writeFilledForm, FILLED } = require(path.join(ROOT, "test/fixtures/filled-form.ts"));
const { main } = require(path.join(ROOT, "src/cli/main.ts"));
// `main` loads build lazily with import(), which plain node cannot resolve to a .ts file: call it directly.
const { runBuild } = require(path.join(ROOT, "src/cli/build.ts"));
const { presetById } = require(path.join(ROOT, "src/core/presets.ts"));

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures += 1;
}

function tool(name, args) {
  const result = spawnSync(name, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${name} ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

async function cli(...argv) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** The filled form, recalculated by LibreOffice into `dir`. */
async function recalculated(dir, name, options) {
  const typed = path.join(dir, "typed", `${name}.xlsx`);
  fs.mkdirSync(path.dirname(typed), { recursive: true });
  await writeFilledForm(typed, options);
  return convert(typed, "xlsx", dir);
}

(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-round-trip-"));

  // 1. One amount typed as text, SUBTOTALs computed by LibreOffice: one finding, at that cell.
  const withText = await recalculated(dir, "text-amount", { textAmount: true });
  const textReport = JSON.parse((await cli("check", withText, "--json")).stdout);
  const money = textReport.findings.filter((f) => f.letter === "5M");
  check(money.length === 1 && money[0].rule === "budget-as-text" && money[0].cell === FILLED.textCell,
    `amount typed as text: one finding at ${FILLED.textCell} (${money.map((f) => `${f.rule}@${f.cell}`).join(", ")})`);
  check(/hàm SUBTOTAL/.test(money[0]?.message ?? ""), "it names the sheet's own function, SUBTOTAL");

  // 2. Typed as numbers: check and build agree, nothing about money, no column asked for.
  const workbook = await recalculated(dir, "filled", {});
  const checked = await cli("check", workbook);
  const report = JSON.parse((await cli("check", workbook, "--json")).stdout);
  check(report.findings.every((f) => f.letter !== "5M"), "typed as numbers: no finding about money");
  check(!report.findings.some((f) => f.rule === "form-missing-column"), "the inserted form is never told to add a column");
  check(report.findings.filter((f) => f.rule === "empty-area").length === FILLED.emptyAreas, `${FILLED.emptyAreas} empty areas warned`);
  check(report.totals.total === FILLED.total, `total ${report.totals.total} = ${FILLED.total}`);
  const docx = path.join(OUT, "round-trip.docx");
  fs.rmSync(docx, { force: true });
  const built = { code: 0, stdout: "", stderr: "" };
  built.code = await runBuild([workbook, "-o", docx], { out: (s) => (built.stdout += s), err: (s) => (built.stderr += s) });
  check(built.code === 0, `cchc build: exit ${built.code} ${built.stderr.trim()}`);
  const rows = (text) => /(\d+) dòng nội dung/.exec(text)?.[1];
  check(rows(checked.stdout) !== undefined && rows(checked.stdout) === rows(built.stdout), `check and build count the same rows (${rows(checked.stdout)}, ${rows(built.stdout)})`);
  check(/Văn bản để trống "…" ở: Ngày ban hành, Họ tên người ký\./.test(built.stdout), "build names the blank Thông tin fields");

  // 3. The PDF, read back.
  const pdf = convert(docx, "pdf", OUT);
  const pages = Number(/Pages:\s+(\d+)/.exec(tool("pdfinfo", [pdf]))[1]);
  const layout = tool("pdftotext", ["-layout", pdf, "-"]);
  const flat = layout.replace(/\s+/g, " ");
  let appendixPage = null;
  for (let page = 1; page <= pages && appendixPage === null; page++) {
    const text = tool("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"]);
    if (/Phụ lục/.test(text) && /Kèm theo/.test(text)) appendixPage = page;
  }
  check(appendixPage !== null, `the appendix starts on page ${appendixPage} of ${pages}`);
  const appendix = tool("pdftotext", ["-f", String(appendixPage ?? 1), "-l", String(pages), "-layout", pdf, "-"]);

  // No broken figure: every amount whole on its line, and no token that is a figure cut short ("149.000.00").
  for (const figure of ["149.000.000", "15.000.000", "1.250.000.000", "164.000.000", "1.414.000.000"]) {
    check(new RegExp(`(^|\\s)${figure.replace(/\./g, "\\.")}(\\s|$)`, "m").test(appendix), `appendix prints ${figure} whole`);
  }
  // A figure cut at a line end leaves a short last group ("149.000.00" over "0"); row numbers (1.1.2) have no
  // three-digit group, so they are not mistaken for one.
  const cut = appendix.match(/(?<![\d.])\d{1,3}(\.\d{3})+\.\d{1,2}(?![\d.])|(?<![\d.])\d{1,3}(\.\d{3})*\.(?=\s*$)/gm) ?? [];
  check(cut.length === 0, `no figure broken inside itself (${cut.join(", ") || "none"})`);

  // No empty area: the five areas with no task appear nowhere, neither as a heading nor as a shaded band.
  const empty = presetById("2021-2030").areas.filter((area) => !FILLED.filledAreas.includes(area));
  for (const area of empty) check(!flat.includes(area), `no heading or band for the empty area "${area}"`);
  check(flat.includes("1. Công tác chỉ đạo, điều hành cải cách hành chính") && flat.includes("2. Cải cách thủ tục hành chính"),
    "section II numbers the two filled areas 1 and 2");

  // Legal bases as the decree shows them.
  check(flat.includes("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021") && flat.includes("giai đoạn 2021 - 2030;"), "first basis: Căn cứ …;");
  check(flat.includes("Căn cứ Kế hoạch số 120/KH-UBND") && flat.includes("về cải cách hành chính năm 2026."), "the basis typed without Căn cứ gets it, and the last ends with a full stop");

  // The Kèm theo line names the body in normal case, though the sheet says SỞ NỘI VỤ.
  check(flat.includes("(Kèm theo Kế hoạch số 05/KH-SNV ngày … tháng … năm 2026 của Sở Nội vụ)"), "Kèm theo … của Sở Nội vụ");
  check(!flat.includes("của SỞ NỘI VỤ"), "never 'của SỞ NỘI VỤ'");

  // Goals of the Thông tin sheet win; Section IV keeps the user's line and the standard items.
  check(flat.includes(FILLED.generalGoal) && !flat.includes(FILLED.aboveTableGoal), "the Thông tin sheet's goal, not the one above the table");
  check(flat.includes("Văn phòng Sở chủ trì, theo dõi, đôn đốc các phòng thực hiện Kế hoạch.") && flat.includes("Chế độ báo cáo") && flat.includes("Kiểm tra, giám sát") && flat.includes("Sơ kết, tổng kết"),
    "Section IV: the user's line, then reporting, inspection, review");

  const prefix = (name) => path.join(OUT, name);
  tool("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, prefix("round-trip-page1")]);
  if (appendixPage) tool("pdftoppm", ["-png", "-r", "80", "-f", String(appendixPage), "-l", String(appendixPage), "-singlefile", pdf, prefix("round-trip-appendix")]);
  console.log(`     PNGs: ${prefix("round-trip-page1")}.png, ${prefix("round-trip-appendix")}.png`);
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(failures === 0 ? "round-trip.render.js: all checks passed" : `round-trip.render.js: ${failures} failed`);
  process.exit(failures === 0 ? 0 : 1);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
