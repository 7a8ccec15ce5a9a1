// Renders the formal plan document through LibreOffice to PDF, the way an official would print it:
// the demo workbook (khung-logic-2026.xlsx), the two other examples as `cchc build` writes them, and a 2,000-row plan. Reads the text back with pdftotext,
// checks the page counts with pdfinfo, and keeps PNGs of page 1 and the first appendix page in
// artifacts/render/ (copied to docs/img/ by hand after looking at them). Exit 0 = pass.
"use strict";
require("tsx/cjs");
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { convert } = require("./recalc");

const ROOT = path.join(__dirname, "..", "..");
const OUT = path.join(ROOT, "artifacts", "render");
const { loadGrids } = require(path.join(ROOT, "src/cli/load.ts"));
const { analyze } = require(path.join(ROOT, "src/core/analyze.ts"));
const { buildPlanDocx } = require(path.join(ROOT, "src/docx/index.ts"));
const { largeAnalysis, FULL_INFO } = require(path.join(ROOT, "test/docx/plan-fixture.ts"));
const { runBuild } = require(path.join(ROOT, "src/cli/build.ts"));

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

function pageCount(pdf) {
  return Number(/Pages:\s+(\d+)/.exec(tool("pdfinfo", [pdf]))[1]);
}

/** pdftotext joins lines; collapse whitespace so assertions read like the printed page. */
function pdfText(pdf, first, last) {
  const range = first ? ["-f", String(first), "-l", String(last ?? first)] : [];
  return tool("pdftotext", [...range, "-layout", pdf, "-"]).replace(/\s+/g, " ");
}

/** The first page whose text starts the appendix. */
function appendixPage(pdf, pages) {
  for (let page = 1; page <= pages; page++) if (/Phụ lục/.test(pdfText(pdf, page)) && /Kèm theo/.test(pdfText(pdf, page))) return page;
  return null;
}

function png(pdf, page, name) {
  const prefix = path.join(OUT, name);
  tool("pdftoppm", ["-png", "-r", "80", "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix]);
  return `${prefix}.png`;
}

async function render(name, analysis) {
  const docx = path.join(OUT, `${name}.docx`);
  fs.writeFileSync(docx, await buildPlanDocx(analysis));
  return convert(docx, "pdf", OUT);
}

async function demo() {
  const workbook = path.join(ROOT, "test/fixtures/examples/khung-logic-2026.xlsx");
  const analysis = analyze(await loadGrids(workbook));
  analysis.plan.info = { ...FULL_INFO, ...analysis.plan.info };
  const pdf = await render("plan-demo", analysis);
  const pages = pageCount(pdf);
  const text = pdfText(pdf);
  check(pages >= 3 && pages <= 15, `demo plan: ${pages} pages (3–15 expected)`);
  for (const expected of [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "KẾ HOẠCH",
    "I. MỤC TIÊU",
    "II. NHIỆM VỤ, SẢN PHẨM, TIẾN ĐỘ VÀ TRÁCH NHIỆM THỰC HIỆN",
    "III. KINH PHÍ",
    "IV. TỔ CHỨC THỰC HIỆN",
    "149.000.000 đồng",
    "Một trăm bốn mươi chín triệu đồng",
    "Nơi nhận:",
    "Phụ lục",
  ]) {
    check(text.includes(expected), `demo plan shows "${expected}"`);
  }
  check(!/^\s*1\s/.test(pdfText(pdf, 1)), "no page number above the header on page 1");
  check(/^\s*2\s/.test(pdfText(pdf, 2)), "page 2 starts with its number");
  const first = appendixPage(pdf, pages);
  check(first !== null, `the appendix starts on page ${first}`);
  if (first) {
    const size = /Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)/.exec(tool("pdfinfo", ["-f", String(first), "-l", String(first), pdf]));
    check(size && Number(size[1]) > Number(size[2]), `appendix page is landscape (${size && size[1]} × ${size && size[2]} pt)`);
    console.log(`     PNGs: ${png(pdf, 1, "plan-page1")}, ${png(pdf, first, "plan-appendix")}`);
  }
}

/** The other examples through `cchc build`, each in its own form's appendix columns, with its own total. */
async function examples() {
  const cases = [
    { file: "de-cuong-2019.xlsx", total: "1.280.000.000", column: "Nhiệm vụ cụ thể", task: "Nâng cấp cổng thông tin điện tử của Sở" },
    { file: "so-gtvt-2014-5w1h.xlsx", total: "3.500.000", column: "Phân công", task: "Nâng cấp website để tiếp nhận hồ sơ trực tuyến" },
  ];
  for (const { file, total, column, task } of cases) {
    const name = path.basename(file, ".xlsx");
    const docx = path.join(OUT, `${name}.docx`);
    fs.rmSync(docx, { force: true });
    const quiet = { out: () => {}, err: (line) => console.error(line) };
    const code = await runBuild([path.join(ROOT, "test/fixtures/examples", file), "-o", docx], quiet);
    check(code === 0, `cchc build ${file}: exit ${code}`);
    const pdf = convert(docx, "pdf", OUT);
    const pages = pageCount(pdf);
    const text = pdfText(pdf);
    check(pages >= 3 && pages <= 15, `${file}: ${pages} pages (3–15 expected)`);
    check(text.includes(`${total} đồng`), `${file}: the total ${total} đồng is printed`);
    check(text.includes(task), `${file}: a task of the workbook reaches the document`);
    const first = appendixPage(pdf, pages);
    check(first !== null && pdfText(pdf, first, pages).includes(column), `${file}: the appendix keeps the form's column "${column}"`);
    if (first) console.log(`     PNG: ${png(pdf, first, `${name}-appendix`)}`);
  }
}

async function large() {
  const pdf = await render("plan-2000-rows", largeAnalysis(2000));
  const pages = pageCount(pdf);
  check(pages > 20 && pages < 400, `2,000-row plan: ${pages} pages (fewer than 400)`);
  const first = appendixPage(pdf, pages);
  check(first !== null, `2,000-row appendix starts on page ${first}`);
  const lastPage = pdfText(pdf, pages);
  check(lastPage.includes("Hai tỷ đồng"), "the total in words closes the last page");
  check(/Trách nhiệm/.test(pdfText(pdf, pages - 1)), "the header row repeats on a late appendix page");
}

(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  await demo();
  await examples();
  await large();
  console.log(failures === 0 ? "plan.render.js: all checks passed" : `plan.render.js: ${failures} failed`);
  process.exit(failures === 0 ? 0 : 1);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
