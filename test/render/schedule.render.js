// Renders "Phụ lục II: Tiến độ thực hiện" (cchc build --schedule) and the "Tiến độ" sheet (cchc schedule -o) through
// LibreOffice, as an official would print them. Reads the PDF text back with pdftotext, checks page orientation and
// per-appendix page numbers with pdfinfo, keeps PNGs in artifacts/render/ (copied to docs/img/ after looking).
"use strict";
require("tsx/cjs");
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { convert } = require("./recalc");

const ROOT = path.join(__dirname, "..", "..");
const OUT = path.join(ROOT, "artifacts", "render");
const EXAMPLES = path.join(ROOT, "test/fixtures/examples");
const { runBuild } = require(path.join(ROOT, "src/cli/build.ts"));
const { runSchedule } = require(path.join(ROOT, "src/cli/schedule.ts"));
const ExcelJS = require("exceljs");
const os = require("node:os");
const { loadGrids } = require(path.join(ROOT, "src/cli/load.ts"));
const { analyze } = require(path.join(ROOT, "src/core/analyze.ts"));
const { buildSchedule } = require(path.join(ROOT, "src/core/schedule.ts"));
const { scheduleSheetLayout } = require(path.join(ROOT, "src/core/schedule-sheet.ts"));
const { renderScheduleSheet } = require(path.join(ROOT, "src/cli/schedule-xlsx.ts"));

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

const pageCount = (pdf) => Number(/Pages:\s+(\d+)/.exec(tool("pdfinfo", [pdf]))[1]);
/** Text in reading order (each cell's lines together), whitespace collapsed. */
const pageText = (pdf, page) => tool("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"]).replace(/\s+/g, " ");

function pageSize(pdf, page) {
  const size = /Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)/.exec(tool("pdfinfo", ["-f", String(page), "-l", String(page), pdf]));
  return size ? { width: Number(size[1]), height: Number(size[2]) } : null;
}

function png(pdf, page, name) {
  const prefix = path.join(OUT, name);
  tool("pdftoppm", ["-png", "-r", "80", "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix]);
  return `${prefix}.png`;
}

const quiet = { out: () => {}, err: (line) => console.error(line) };

async function wordAppendix() {
  const docx = path.join(OUT, "plan-schedule.docx");
  fs.rmSync(docx, { force: true });
  const code = await runBuild([path.join(EXAMPLES, "khung-logic-2026.xlsx"), "-o", docx, "--schedule"], quiet);
  check(code === 0, `cchc build --schedule: exit ${code}`);
  const pdf = convert(docx, "pdf", OUT);
  const pages = pageCount(pdf);
  const texts = Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1));
  const first = texts.findIndex((t) => /Phụ lục I\b/.test(t) && /Kèm theo/.test(t)) + 1;
  const second = texts.findIndex((t) => /Phụ lục II\b/.test(t) && /TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026/.test(t)) + 1;
  check(first > 0, `the plan table is "Phụ lục I" (page ${first})`);
  check(second > first, `the schedule is "Phụ lục II" after it (page ${second} of ${pages})`);
  check(/tiến độ chi tiết tại Phụ lục II/.test(texts.slice(0, first - 1).join(" ")), 'section II says "tiến độ chi tiết tại Phụ lục II"');
  if (second === 0) return;
  const size = pageSize(pdf, second);
  check(size && size.width > size.height, `Phụ lục II is landscape (${size && size.width} × ${size && size.height} pt)`);
  const schedule = texts.slice(second - 1).join(" ");
  for (const expected of ["Quý I", "Quý IV", "T1", "T12", "Năm trước", "Năm sau", "Chú giải", "đang thực hiện", "thường xuyên, định kỳ", "tháng đến hạn", "♦", "►"]) {
    check(schedule.includes(expected), `Phụ lục II shows "${expected}"`);
  }
  check(schedule.includes("Trình UBND tỉnh công bố danh"), "a task of the workbook is on Phụ lục II");
  if (second < pages) {
    check(/^\s*2\s/.test(texts[second]) && /T12/.test(texts[second]), "Phụ lục II's second page is numbered 2 and repeats the month header");
  }
  console.log(`     PNG: ${png(pdf, second, "plan-schedule")}`);
}

async function sheet() {
  const xlsx = path.join(OUT, "tien-do-2026.xlsx");
  fs.rmSync(xlsx, { force: true });
  const code = await runSchedule([path.join(EXAMPLES, "khung-logic-2026.xlsx"), "-o", xlsx], quiet);
  check(code === 0, `cchc schedule -o: exit ${code}`);
  const pdf = convert(xlsx, "pdf", OUT);
  const size = pageSize(pdf, 1);
  check(size && size.width > size.height && Math.round(size.width) === 842, `the sheet prints on A4 landscape (${size && size.width} × ${size && size.height} pt)`);
  const text = pageText(pdf, 1);
  for (const expected of ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026", "Ảnh chụp tiến độ lúc", "Quý III", "T10", "Chú giải"]) {
    check(text.includes(expected), `the sheet shows "${expected}"`);
  }
  console.log(`     PNG: ${png(pdf, 1, "schedule-sheet")}`);
}

/** The add-in's sheet beside its plan: after an official edits one period cell, LibreOffice recalculates and only that
 *  row's "Theo dõi thay đổi" cell names the new text (the same layout data the pane writes, through ExcelJS here). */
async function liveCheck() {
  const example = path.join(EXAMPLES, "khung-logic-2026.xlsx");
  const layout = scheduleSheetLayout(buildSchedule(analyze(await loadGrids(example)).plan), { now: new Date(), liveCheck: true });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(example);
  renderScheduleSheet(book, layout);
  book.getWorksheet("Khung logic").getCell("F10").value = "Quý II/2026"; // 1.1.1 was "Tháng 1-2/2026"
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-schedule-"));
  const edited = path.join(dir, "edited.xlsx");
  await book.xlsx.writeFile(edited);
  const outDir = path.join(dir, "recalculated");
  fs.mkdirSync(outDir);
  const recalculated = new ExcelJS.Workbook();
  await recalculated.xlsx.readFile(convert(edited, "xlsx", outDir));
  const sheet = recalculated.getWorksheet("Tiến độ");
  const notes = [];
  for (let r = 5; r <= sheet.rowCount; r++) {
    const cell = sheet.getCell(r, 19).value;
    const result = cell && typeof cell === "object" && "formula" in cell ? cell.result : cell;
    if (result) notes.push(`${sheet.getCell(r, 1).value}: ${result}`);
  }
  check(JSON.stringify(notes) === JSON.stringify(["1.1.1: Thời gian đã sửa thành: Quý II/2026"]), `after editing F10, only 1.1.1 is flagged (${JSON.stringify(notes)})`);
  fs.rmSync(dir, { recursive: true, force: true });
}

(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  await wordAppendix();
  await sheet();
  await liveCheck();
  console.log(failures === 0 ? "schedule.render.js: all checks passed" : `schedule.render.js: ${failures} failed`);
  process.exit(failures === 0 ? 0 : 1);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
