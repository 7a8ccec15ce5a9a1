// The six task-pane scenarios. Each drives the pane as a user would (labels, not CSS classes) and asserts both what
// the user sees and what the stand-ins recorded (the fake workbook, the Word call log).
"use strict";
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");

const PLAN_SHEET = "Khung logic";
const EXAMPLE = path.resolve(__dirname, "../fixtures/examples/khung-logic-2026.xlsx");

/** Every cell value of a sheet view, as text. */
const texts = (view) => Object.values(view.cells).map((c) => String(c.value));

/** Picks an option of the Fluent Dropdown under the field labelled `label`. */
async function choose(page, label, option) {
  await page.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

async function insertScenario(h) {
  const { page } = h;
  await h.open("", "#insert");
  const before = await h.state("sheet", PLAN_SHEET);
  await choose(page, "Mẫu biểu", "Khung logic");
  await choose(page, "Bộ lĩnh vực", "Chương trình tổng thể CCHC 2021–2030 (Nghị quyết 76/NQ-CP)");
  await page.getByRole("textbox", { name: "Năm kế hoạch" }).fill("2027");
  await h.axe("insert-filled");
  await h.shot("insert-filled");
  await page.getByRole("button", { name: "Chèn mẫu" }).click();
  await h.notice('Đã chèn mẫu vào trang tính "Khung logic (2)".');
  await h.focusKept("Chèn mẫu");
  await h.axe("insert-done");
  await h.shot("insert-done");

  const inserted = await h.state("sheet", "Khung logic (2)");
  assert.ok(inserted, "không thấy trang tính mới Khung logic (2)");
  const values = texts(inserted);
  assert.ok(values.includes("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027"), "trang mới thiếu tiêu đề năm 2027");
  for (const header of ["TT", "Nội dung", "Chỉ số thành công", "Phương tiện xác minh", "Ngân sách (Đồng)", "Trách nhiệm", "Cơ quan đầu mối", "Cơ quan phối hợp"]) {
    assert.ok(values.includes(header), `trang mới thiếu tiêu đề cột "${header}"`);
  }
  assert.ok(values.some((v) => v.includes("Cải cách chế độ công vụ")), "trang mới không theo bộ lĩnh vực 2021–2030");
  assert.ok(!values.some((v) => v.includes("Xây dựng và nâng cao chất lượng đội ngũ")), "trang mới lẫn lĩnh vực 2011–2020");

  await page.getByRole("button", { name: "Chèn mẫu" }).click();
  await h.notice('Đã chèn mẫu vào trang tính "Khung logic (3)".');
  assert.deepEqual(await h.state("sheetNames"), [PLAN_SHEET, "Khung logic (2)", "Khung logic (3)"]);
  assert.deepEqual(await h.state("sheet", PLAN_SHEET), before, "trang kế hoạch gốc đã bị thay đổi");
  const tt = inserted.cells.A8 ?? Object.values(inserted.cells).find((c) => /^\d+\.\d+$/.test(String(c.value)));
  assert.equal(typeof tt.value, "string", "số TT của mẫu bị Excel đổi thành số");
}

const MARKER = "CCHC-KIEMTRA";
const ours = (view) => view.conditionalFormats.filter((cf) => (cf.formula ?? "").includes(MARKER));
const theirs = (view) => view.conditionalFormats.filter((cf) => !(cf.formula ?? "").includes(MARKER));

/** Sheet rows (1-based) an A1 range list covers, e.g. ["A13:H13", "A15:H15"] → [13, 15]. */
function rowsOf(ranges) {
  const rows = new Set();
  for (const range of ranges) {
    const [first, last = first] = range.split(":").map((a) => Number(a.replace(/^[A-Z]+/, "")));
    for (let r = first; r <= last; r++) rows.add(r);
  }
  return [...rows].sort((a, b) => a - b);
}

/** Runs "Kiểm tra trang tính" on the open #check view; returns the summary line and the rows the pane lists. */
async function runCheck(h) {
  const { page } = h;
  await page.getByRole("button", { name: "Kiểm tra trang tính" }).click();
  const summary = await page.getByText(/^\d+ lỗi, \d+ cảnh báo, \d+ lưu ý\.$/).textContent();
  const groups = await page.getByRole("region").evaluateAll((sections) => sections.map((s) => s.getAttribute("aria-label")));
  const rows = groups.map((label) => Number((/^Dòng (\d+)/.exec(label) ?? [])[1])).filter((n) => n > 0);
  return { summary, rows };
}

async function checkScenario(h) {
  const { page } = h;
  await h.open("", "#check");
  const { summary } = await runCheck(h);
  const [errors, warnings, infos] = summary.match(/\d+/g).map(Number);
  const listed = await page.locator("button.finding").count();
  assert.equal(listed, errors + warnings + infos, `tóm tắt "${summary}" không khớp ${listed} mục trong danh sách`);
  // The letter is said once, in its badge: the text beside it no longer repeats "(Who)".
  const lead = page.getByRole("button", { name: /Who\s*Hoạt động 2\.1\.2 chưa có cơ quan đầu mối: / });
  const indicator = page.getByRole("button", { name: /Hoạt động 5\.1\.1 chưa có chỉ số thành công/ });
  await lead.waitFor();
  await indicator.waitFor();
  assert.match(await page.getByRole("region", { name: /^Dòng 15 · 2\.1\.2/ }).innerText(), /Lỗi/);
  await page.getByText("Who – trách nhiệm").waitFor();
  await h.focusKept("Kiểm tra trang tính");
  await h.axe("check-findings");
  await h.shot("check-findings");

  await lead.click();
  await h.until("ô G15 được chọn", () => h.state("selection"), (s) => s && s.address === "G15");
  assert.deepEqual(await h.state("selection"), { sheet: PLAN_SHEET, address: "G15" });
  await indicator.click();
  await h.until("ô C24 được chọn", () => h.state("selection"), (s) => s && s.address === "C24");
}

async function highlightScenario(h) {
  const { page } = h;
  await h.open("", "#check");
  const before = await h.state("sheet", PLAN_SHEET);
  const { rows } = await runCheck(h);
  const toggle = page.getByRole("switch", { name: "Đánh dấu trên trang tính" });
  await toggle.check();
  const { bar: notice } = await h.notice(/^Đã đánh dấu \d+ dòng\.$/);
  assert.equal(await toggle.isChecked(), true, "công tắc đánh dấu không bật");
  const marked = await h.state("sheet", PLAN_SHEET);
  const added = ours(marked);
  assert.ok(added.length > 0, "không có định dạng có điều kiện nào được thêm");
  assert.deepEqual(rowsOf(added.flatMap((cf) => cf.ranges)), [...new Set(rows)].sort((a, b) => a - b), "dòng được đánh dấu khác dòng có phát hiện");
  assert.equal(Number(notice.match(/\d+/)[0]), new Set(rows).size);
  const row15 = added.find((cf) => rowsOf(cf.ranges).includes(15));
  assert.equal(row15.fill, "#FFC7CE", "dòng 15 (có lỗi) không tô màu lỗi");
  assert.deepEqual(theirs(marked), theirs(before), "định dạng có điều kiện của người dùng bị thay đổi");
  await h.axe("check-highlighted");
  await h.shot("check-highlighted");

  // A visit to another tab does not make the pane forget marks still on the sheet: the switch still says so.
  await page.getByRole("tab", { name: "Kinh phí", exact: true }).click();
  await page.getByRole("tab", { name: "Kiểm tra", exact: true }).click();
  assert.equal(await toggle.isChecked(), true, "về lại thẻ Kiểm tra, công tắc tắt dù dòng vẫn đang đánh dấu");
  await toggle.uncheck();
  await h.notice(`Đã xóa ${added.length} vùng đánh dấu.`);
  const cleared = await h.state("sheet", PLAN_SHEET);
  assert.deepEqual(cleared.conditionalFormats, before.conditionalFormats, "sau khi xóa, định dạng có điều kiện không trở về như cũ");
  assert.deepEqual(cleared.cells, before.cells, "ô của người dùng (giá trị, màu tô) bị thay đổi");
  assert.equal(cleared.cells.G15.fill, "#FFF2CC", "màu tô của người dùng ở G15 bị mất");
  assert.equal(await toggle.isChecked(), false, "công tắc đánh dấu vẫn bật sau khi xóa");
}

async function budgetScenario(h) {
  const { page } = h;
  await h.open("", "#budget");
  await h.axe("budget-empty");
  const plan = await h.state("sheet", PLAN_SHEET);
  const areas = texts(plan).filter((t) => /^Lĩnh vực \d+: /.test(t)).map((t) => t.replace(/^Lĩnh vực \d+: /, ""));
  await page.getByRole("button", { name: "Đọc trang tính" }).click();
  await page.getByText("Tổng kinh phí: 149.000.000 đồng").waitFor();
  await h.focusKept("Đọc trang tính");
  assert.equal(await page.getByRole("button", { name: "Đọc trang tính" }).count(), 1, "nút đọc đổi tên sau khi đọc");
  await page.getByText("Bằng chữ: Một trăm bốn mươi chín triệu đồng").waitFor();
  const bars = await page.getByRole("list", { name: "Lĩnh vực" }).getByRole("listitem").allInnerTexts();
  assert.equal(bars.length, areas.length, `${bars.length} thanh cho ${areas.length} lĩnh vực`);
  areas.forEach((area, i) => assert.ok(bars[i].includes(area), `thanh ${i + 1} không phải lĩnh vực "${area}"`));
  await h.axe("budget");
  await h.shot("budget");

  await page.getByRole("button", { name: "Chèn bảng tổng hợp" }).click();
  await h.notice(/^Đã chèn bảng "Tổng hợp kinh phí"/);
  const summary = await h.state("sheet", "Tổng hợp kinh phí");
  assert.ok(summary, "không có trang Tổng hợp kinh phí");
  const formulas = Object.values(summary.cells).map((c) => c.formula).filter(Boolean);
  assert.ok(formulas.some((f) => /^=SUM\(/.test(f)), "bảng tổng hợp không có công thức cộng tổng");
  assert.ok(formulas.some((f) => f.includes("'Khung logic'!E")), "bảng tổng hợp không tham chiếu ô ngân sách của kế hoạch");
  assert.equal(summary.charts.length, 1, "bảng tổng hợp không có biểu đồ");
  const total = Object.values(summary.cells).find((c) => c.formula && c.formula.startsWith("=SUM(C"));
  assert.equal(total.value, 149000000, "tổng trên bảng tổng hợp (Excel tính) khác 149.000.000");
  assert.ok(Object.values(summary.cells).some((c) => c.value === "Một trăm bốn mươi chín triệu đồng"), "CCHC.BANGCHU không ra chữ");
  await h.shot("budget-inserted");
}

async function budgetSourcesScenario(h) {
  const { page } = h;
  // Layout 02 of test/layouts: Kinh phí (triệu đồng) over Ngân sách tỉnh, Ngân sách huyện, Xã hội hóa (split by hand).
  await h.open("?seed=sources", "#budget");
  await page.getByRole("button", { name: "Đọc trang tính" }).click();
  await page.getByText("Tổng kinh phí: 39.000.000 đồng").waitFor();
  const lines = await page.getByRole("list", { name: "Trong đó, theo nguồn kinh phí (đồng)" }).getByRole("listitem").allInnerTexts();
  assert.deepEqual(
    lines.map((line) => line.replace(/\s+/g, " ").trim()),
    ["Ngân sách tỉnh 32.500.000", "Ngân sách huyện 5.000.000", "Xã hội hóa 1.500.000"],
    "kinh phí theo nguồn khác với số tính tay",
  );
  await h.axe("budget-sources");
  await h.shot("budget-sources");

  // In triệu đồng: row 10 referenced times a million; rows 7 (two source columns) and 8 ("2,5" as text) as figures.
  await page.getByRole("button", { name: "Chèn bảng tổng hợp" }).click();
  await h.notice(/^Đã chèn bảng "Tổng hợp kinh phí"; 2 khoản được chép thành số cố định/);
  const summary = await h.state("sheet", "Tổng hợp kinh phí");
  const total = Object.values(summary.cells).find((c) => c.formula && c.formula.startsWith("=SUM(C"));
  assert.equal(total.value, 39000000, "tổng trên bảng tổng hợp (Excel tính) khác 39.000.000");
  assert.ok(Object.values(summary.cells).some((c) => c.formula === "='Kế hoạch'!E10*1000000"), "ô triệu đồng không được nhân 1.000.000");
  const values = Object.values(summary.cells).map((c) => c.value);
  for (const amount of [32500000, 5000000, 1500000]) assert.ok(values.includes(amount), `thiếu ${amount} trong phần theo nguồn`);
}

async function wordFromExcelScenario(h) {
  const { page } = h;
  await h.open("", "#word");
  await h.shot("word-excel");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tạo kế hoạch Word" }).click()]);
  assert.match(download.suggestedFilename(), /^Ke-hoach-CCHC-2026\.docx$/);
  const saved = path.join(h.artifacts, download.suggestedFilename());
  await download.saveAs(saved);
  const bytes = fs.readFileSync(saved);
  assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK", "tệp tải về không phải .docx (không bắt đầu bằng PK)");
  const JSZip = require("jszip");
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml").async("string");
  assert.ok(xml.includes("Cải cách thể chế"), "văn bản không có nội dung kế hoạch");
  await h.notice("Đã tạo tệp Ke-hoach-CCHC-2026.docx; trình duyệt đang tải tệp về.");
  await h.focusKept("Tạo kế hoạch Word");
  await h.axe("word-excel-done");

  await h.open("?platform=Mac", "#word");
  await page.getByText(/^Excel trên máy Mac không cho bổ trợ tải tệp về\./).waitFor();
  assert.equal(await page.getByRole("button", { name: "Tạo kế hoạch Word" }).count(), 0, "trên Mac vẫn có nút tải tệp");
  await h.axe("word-excel-mac");
  await h.shot("word-excel-mac");
}

/** "Tiến độ" on 10 March 2026 (the page's clock is fixed): what falls due in March or April, read by hand from the
 *  example's period column, is 1.1 and 5.1.1 (Quý I) and 1.1.2 (Trước ngày 31/3/2026); then the sheet, then Phụ lục II. */
async function scheduleScenario(h) {
  const { page } = h;
  await page.clock.setFixedTime(new Date(2026, 2, 10, 9, 5));
  await h.open("", "#schedule");
  const before = await h.state("sheet", PLAN_SHEET);
  await page.getByRole("button", { name: "Đọc trang tính" }).click();
  const due = page.getByRole("region", { name: "Việc đến hạn" });
  await due.getByText("Kết thúc trong tháng 3 hoặc tháng 4. Bấm để chọn dòng đó trên bảng kế hoạch.").waitFor();
  const items = await due.getByRole("button").allInnerTexts();
  assert.deepEqual(
    items.map((t) => t.replace(/ .*· hạn /, " · hạn ")),
    ["1.1 · hạn 31/03/2026 · Văn phòng Sở", "1.1.2 · hạn 31/03/2026 · Văn phòng Sở", "5.1.1 · hạn 31/03/2026 · Phòng Kế hoạch - Tài chính"],
  );
  await h.axe("schedule-due");
  await h.shot("schedule-due");
  await due.getByRole("button", { name: /^1\.1\.2 Trình UBND tỉnh/ }).click();
  await h.until("dòng 11 được chọn", () => h.state("selection"), (s) => s && s.address === "A11:XFD11");
  assert.equal((await h.state("selection")).sheet, PLAN_SHEET);

  await page.getByRole("button", { name: "Chèn trang Tiến độ" }).click();
  await h.notice('Đã chèn trang "Tiến độ": 15 dòng có tiến độ.');
  await h.focusKept("Chèn trang Tiến độ");
  await h.axe("schedule-inserted");
  await h.shot("schedule-inserted");
  const sheet = await h.state("sheet", "Tiến độ");
  assert.ok(sheet, "không có trang Tiến độ");
  const months = ["F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q"];
  assert.deepEqual(months.map((c) => sheet.cells[`${c}4`].value), months.map((_, i) => `T${i + 1}`));
  const rowOf = (number) => Number(Object.entries(sheet.cells).find(([a, c]) => /^A\d+$/.test(a) && c.value === number)[0].slice(1));
  assert.deepEqual(months.slice(0, 4).map((c) => sheet.cells[`${c}${rowOf("1.1")}`].style ?? null), ["Accent1", "Accent1", "Accent1", null]);
  assert.equal(sheet.cells[`H${rowOf("1.1.2")}`].value, "♦");
  assert.equal(sheet.cells[`F${rowOf("2.1.2")}`].pattern, "LightUp");
  assert.equal(sheet.cells[`H${rowOf("1.1")}`].outline, "Thick", "tháng 3 (tháng hiện tại) không được viền đậm");
  assert.match(String(sheet.cells.A2.value), /^Ảnh chụp tiến độ lúc 09:05 ngày 10\/03\/2026/);
  assert.deepEqual(await h.state("sheet", PLAN_SHEET), before, "trang kế hoạch gốc đã bị thay đổi");
  await page.getByRole("button", { name: "Chèn trang Tiến độ" }).click();
  await h.notice('Đã chèn trang "Tiến độ (2)": 15 dòng có tiến độ.');

  await h.open("", "#word");
  await page.getByRole("switch", { name: "Thêm Phụ lục II: Tiến độ thực hiện" }).check();
  await h.shot("schedule-word-switch");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tạo kế hoạch Word" }).click()]);
  const saved = path.join(h.artifacts, "Ke-hoach-CCHC-2026-tien-do.docx");
  await download.saveAs(saved);
  const JSZip = require("jszip");
  const xml = await (await JSZip.loadAsync(fs.readFileSync(saved))).file("word/document.xml").async("string");
  assert.ok(xml.includes("Phụ lục II") && xml.includes("TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"), "văn bản thiếu Phụ lục II");
  assert.ok(xml.includes("tiến độ chi tiết tại Phụ lục II"), "mục II không dẫn tới Phụ lục II");

  // A sheet with no plan table in front (a freshly inserted info sheet): one plain sentence, no sheet added.
  await h.open("", "#insert");
  await choose(page, "Mẫu biểu", "Thông tin kế hoạch");
  await page.getByRole("button", { name: "Chèn mẫu" }).click();
  await h.notice(/^Đã chèn mẫu vào trang tính "Thông tin kế hoạch/);
  const sheetsBefore = await h.state("sheetNames");
  // The ribbon's way in (the hash), without reloading the stand-in workbook.
  await page.evaluate(() => (window.location.hash = "#schedule"));
  await page.getByRole("button", { name: "Chèn trang Tiến độ" }).click();
  await h.notice(/^Trang "Thông tin kế hoạch[^"]*" không có bảng kế hoạch .*: hãy mở trang bảng kế hoạch rồi bấm lại\.$/);
  assert.deepEqual(await h.state("sheetNames"), sheetsBefore, "một trang tiến độ rỗng đã được chèn");
}

const MERGE_DRAFTS = path.resolve(__dirname, "../fixtures/merge/drafts");

/** Tổng hợp: the bundled unit drafts (hand-worked figures in test/fixtures/merge/expected.ts) picked in the pane, read in
 *  the browser, inserted as four new sheets; a second run adds "(2)" sheets whose formulas point at each other. */
async function mergeScenario(h) {
  const { page } = h;
  await h.open("", "#merge");
  const before = await h.state("sheet", PLAN_SHEET);
  const files = fs.readdirSync(MERGE_DRAFTS, { recursive: true }).map(String).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(MERGE_DRAFTS, f));
  assert.equal(files.length, 15);
  await page.getByRole("button", { name: "Chọn các dự thảo (.xlsx)…" }).waitFor();
  // The picker offers macro-enabled workbooks, and .xls files, which are named with how to save them as .xlsx.
  assert.deepEqual((await page.locator('input[type="file"]').getAttribute("accept")).split(",").filter((a) => a.startsWith(".")), [".xlsx", ".xlsm", ".xls"]);
  await page.locator('input[type="file"]').setInputFiles(files);
  await page.getByText("Đã chọn 15 tệp.").waitFor();
  await h.shot("merge-picked");
  await page.getByRole("button", { name: "Tổng hợp và chèn vào sổ làm việc" }).click();
  await h.notice("Đã tổng hợp 11 đơn vị vào các trang: Tổng hợp, Kinh phí theo đơn vị, Kiểm tra, Không đọc được.");
  await page.getByText("Tổng kinh phí: 241.500.000 đồng (Hai trăm bốn mươi mốt triệu năm trăm nghìn đồng).").waitFor();
  const progress = page.getByRole("region", { name: "Tiến trình đọc từng tệp" });
  assert.match(await progress.getByRole("listitem").filter({ hasText: "so-noi-vu_gui-lai.xlsx" }).innerText(), /Trùng tệp khác[\s\S]*giống hệt "so-noi-vu\.xlsx"/);
  assert.match(await progress.getByRole("listitem").filter({ hasText: "ubnd-xa-hong.xlsx" }).innerText(), /Không đọc được[\s\S]*hỏng/);
  assert.match(await progress.getByRole("listitem").filter({ hasText: "bao-cao-quy-3.xlsx" }).innerText(), /không tìm thấy bảng kế hoạch/);
  const card = page.getByRole("region", { name: "Bảng điểm từng đơn vị" }).getByRole("listitem").filter({ hasText: "UBND XÃ NINH HẢI" });
  assert.match(await card.innerText(), /6 dòng · 1 lỗi[\s\S]*1 nhiệm vụ chưa có kinh phí · 0 chưa có chủ trì · 1 chưa có thời gian/);
  await h.shot("merge-done");

  assert.deepEqual(await h.state("sheetNames"), [PLAN_SHEET, "Tổng hợp", "Kinh phí theo đơn vị", "Kiểm tra", "Không đọc được"]);
  assert.deepEqual(await h.state("sheet", PLAN_SHEET), before, "trang kế hoạch gốc đã bị thay đổi");
  const merged = texts(await h.state("rawSheet", "Tổng hợp"));
  assert.ok(merged.includes("Đơn vị: SỞ TƯ PHÁP"), "trang Tổng hợp thiếu dòng đơn vị");
  assert.ok(merged.includes("so-tu-phap.xlsx › Kế hoạch › 11"), "trang Tổng hợp thiếu nguồn của dòng");
  assert.ok(!merged.some((t) => t.startsWith("so-y-te.xlsx")), "lấy cả dự thảo cũ của Sở Y tế");
  const byUnit = await h.state("rawSheet", "Kinh phí theo đơn vị");
  const formulas = Object.values(byUnit.cells).map((c) => c.formula).filter(Boolean);
  assert.ok(formulas.some((f) => /^='Tổng hợp'!E\d+$/.test(f)), "ma trận đơn vị × lĩnh vực không tham chiếu trang Tổng hợp");
  assert.ok(formulas.some((f) => /^=CCHC\.BANGCHU\(/.test(f)), "tổng bằng chữ không dùng CCHC.BANGCHU");

  await page.getByRole("button", { name: "Tổng hợp và chèn vào sổ làm việc" }).click();
  await h.notice("Đã tổng hợp 11 đơn vị vào các trang: Tổng hợp (2), Kinh phí theo đơn vị (2), Kiểm tra (2), Không đọc được (2).");
  const second = await h.state("rawSheet", "Kinh phí theo đơn vị (2)");
  const again = Object.values(second.cells).map((c) => c.formula).filter(Boolean);
  assert.ok(again.some((f) => /^='Tổng hợp \(2\)'!E\d+$/.test(f)), "trang (2) không tham chiếu trang Tổng hợp (2)");
  assert.ok(!again.some((f) => f.includes("'Tổng hợp'!")), "trang (2) còn tham chiếu trang Tổng hợp cũ");
}

/** Word host: picks the example workbook in the panel's file field and waits for its summary. */
async function readingScenario(h) {
  const { page } = h;
  await h.open("", "#reading");
  await page.getByRole("button", { name: "Đọc bảng" }).click();
  await page.getByRole("heading", { name: 'Trang "Khung logic", tiêu đề ở dòng 6, 7' }).waitFor();
  await page.getByText("Các dòng: 6 lĩnh vực, 6 kết quả, 9 hoạt động.").waitFor();
  const verification = page.getByRole("combobox", { name: "Cột D: Phương tiện xác minh" });
  assert.equal(await verification.inputValue(), "verification", "cột D không đọc là phương tiện xác minh");
  assert.equal(await page.getByRole("combobox", { name: "Cột G: Trách nhiệm › Cơ quan đầu mối" }).inputValue(), "lead");
  await h.axe("reading");
  await h.shot("reading");
  await verification.selectOption("none");
  await page.getByRole("button", { name: "Lưu cách đọc" }).click();
  await h.notice("Đã lưu cách đọc vào tệp và đọc lại bảng.");
  const parts = await h.state("customXmlParts");
  assert.equal(parts.length, 1, `${parts.length} phần XML cách đọc`);
  assert.match(parts[0], /<column letter="D" field="none"\/>/);
  await page.getByRole("combobox", { name: "Cột D: Phương tiện xác minh (đã sửa)" }).waitFor();
  await h.shot("reading-saved");
  // The next check reads the table the corrected way: no finding about the column no longer read.
  await page.evaluate(() => (window.location.hash = "#check"));
  await page.getByRole("button", { name: "Kiểm tra lại" }).click();
  await page.getByText(/^\d+ lỗi, \d+ cảnh báo, \d+ lưu ý\.$/).waitFor();
  assert.equal(await page.getByRole("button", { name: /Hoạt động 2\.1\.2 chưa có cơ quan đầu mối/ }).count(), 1, "kiểm tra lại không thấy lỗi thiếu đầu mối");
  assert.equal(await page.getByRole("button", { name: /chưa có phương tiện xác minh/ }).count(), 0, "vẫn báo thiếu phương tiện xác minh sau khi sửa cách đọc");
}

async function pickWorkbook(h, query) {
  await h.open(query);
  await h.axe("word-host-empty");
  await h.page.locator('input[type="file"]').setInputFiles(EXAMPLE);
  await h.page.getByText(/149\.000\.000/).first().waitFor();
  await h.focusKept("chọn tệp");
}

async function wordHostScenario(h) {
  const { page } = h;
  await pickWorkbook(h, "?host=Word");
  assert.equal(await page.getByRole("button", { name: "Chọn tệp Excel…" }).count(), 1, "không có nút chọn tệp có nhãn");
  await page.getByText("Lưu ý: “Chèn vào tài liệu này” thay toàn bộ nội dung đang có của tài liệu.").waitFor();
  await page.getByRole("button", { name: /^Xem \d+ lỗi và cảnh báo$/ }).click();
  const listed = await page.getByRole("list", { name: "Lỗi và cảnh báo trong bảng kế hoạch" }).getByRole("listitem").count();
  const counted = (await page.getByText(/^Kết quả kiểm tra: \d+ lỗi, \d+ cảnh báo/).textContent()).match(/\d+/g).slice(0, 2).map(Number);
  assert.equal(listed, counted[0] + counted[1], "danh sách lỗi khác số đã đếm");
  await h.axe("word-host-summary");
  await h.shot("word-host-summary");
  await page.getByRole("button", { name: "Mở thành tài liệu mới" }).click();
  await h.notice("Đã mở kế hoạch thành một tài liệu Word mới.");
  const calls = await h.state("wordCalls");
  assert.deepEqual(calls.map((c) => c.kind), ["createDocument", "open"], "Word không được yêu cầu tạo rồi mở tài liệu mới");
  assert.equal(calls[0].magic, "PK", "createDocument không nhận một tệp .docx (base64)");
  await h.shot("word-host-opened");
  await page.getByRole("button", { name: "Chèn vào tài liệu này" }).click();
  await h.notice(/^Đã chèn kế hoạch vào tài liệu này, gồm cả đầu trang/);
  const inserted = (await h.state("wordCalls")).slice(2);
  assert.deepEqual(inserted.map((c) => [c.kind, c.location, c.magic]), [["document.insertFileFromBase64", "Replace", "PK"]], "Word có WordApi 1.5 không chèn cả tài liệu");

  await pickWorkbook(h, "?host=Word&wordApi=1.4");
  await page.getByRole("button", { name: "Chèn vào tài liệu này" }).click();
  await h.notice(/^Đã chèn nội dung kế hoạch vào tài liệu này\. Phiên bản Word này không chép được đầu trang/);
  const intent = await page.getByRole("group", { name: /^Đã chèn nội dung kế hoạch/ }).getAttribute("data-intent");
  assert.equal(intent, "warning", "chèn thiếu đầu trang lại báo như thành công");
  const old = await h.state("wordCalls");
  assert.deepEqual(old.map((c) => [c.kind, c.location, c.magic]), [["body.insertFileFromBase64", "Replace", "PK"]], "Word cũ không đi đường chèn vào thân tài liệu");
  await h.axe("word-host-fallback");
  await h.shot("word-host-fallback");
}


/** Older Excels: ExcelApi 1.8 without custom functions, 1.12, and 1.6 (below the 1.7 floor). */
async function hostVersionsScenario(h) {
  const { page } = h;
  const old = "?excelApi=1.8&customFunctions=0";
  await h.open(old, "#check");
  await runCheck(h);
  await page.getByRole("group", { name: /^Excel này kiểm tra được ít hơn: .*ExcelApi 1\.13/ }).waitFor();
  await page.getByRole("switch", { name: "Đánh dấu trên trang tính" }).check();
  await h.notice(/^Đã đánh dấu \d+ dòng\.$/);
  assert.ok(ours(await h.state("sheet", PLAN_SHEET)).length > 0, "ExcelApi 1.8: không đánh dấu được (getRanges là 1.9)");
  await h.axe("excelApi-1.8-check");
  await h.shot("excelApi-1.8-check");

  await h.open(old, "#insert");
  await page.getByRole("button", { name: "Chèn mẫu" }).click();
  await page.getByRole("group", { name: /^Đã chèn mẫu vào trang tính "Khung logic \(2\)"\. .*ExcelApi 1\.9.*CCHC\.BANGCHU/ }).waitFor();
  const form = await h.state("sheet", "Khung logic (2)");
  assert.ok(!Object.values(form.cells).some((c) => (c.formula ?? "").includes("BANGCHU")), "Excel không chạy hàm tùy chỉnh mà vẫn ghi =CCHC.BANGCHU");

  await h.open(old, "#budget");
  await page.getByRole("button", { name: "Đọc trang tính" }).click();
  await page.getByRole("button", { name: "Chèn bảng tổng hợp" }).click();
  await page.getByRole("group", { name: /^Đã chèn bảng "Tổng hợp kinh phí".*không tự cập nhật/ }).waitFor();
  const summary = await h.state("sheet", "Tổng hợp kinh phí");
  assert.ok(!Object.values(summary.cells).some((c) => (c.formula ?? "").includes("BANGCHU")), "bảng tổng hợp ghi =CCHC.BANGCHU (sẽ hiện #NAME?)");
  assert.ok(Object.values(summary.cells).some((c) => c.value === "Một trăm bốn mươi chín triệu đồng"), `bảng tổng hợp thiếu số tiền bằng chữ (${Object.values(summary.cells).map((c) => c.value).filter((v) => /triệu/.test(String(v))).join(" / ")})`);
  await h.axe("excelApi-1.8-budget");

  await h.open("?excelApi=1.12", "#check");
  await runCheck(h);
  await page.getByRole("group", { name: /^Excel này kiểm tra được ít hơn/ }).waitFor();
  await h.open("?excelApi=1.12", "#insert");
  await page.getByRole("button", { name: "Chèn mẫu" }).click();
  await h.notice('Đã chèn mẫu vào trang tính "Khung logic (2)".');

  await h.open("", "#check");
  await runCheck(h);
  assert.equal(await page.getByRole("group", { name: /^Excel này kiểm tra được ít hơn/ }).count(), 0, "Excel mới nhất mà vẫn báo kiểm tra yếu hơn");

  await h.open("?excelApi=1.6", "#check");
  await page.getByRole("group", { name: /^Kế hoạch CCHC cần Excel 2019 trở lên.*ExcelApi 1\.6/ }).waitFor();
  assert.equal(await page.getByRole("button", { name: "Kiểm tra trang tính" }).count(), 0, "dưới mức tối thiểu mà vẫn hiện lệnh");
  await h.axe("excelApi-1.6-banner");
  await h.shot("excelApi-1.6-banner");
}

/** Every view's label, from the tab row and its "Thêm" menu: the navigation data, as the user meets it. */
async function viewLabels(page, more) {
  const shown = (await page.getByRole("tab").allInnerTexts()).map((t) => t.trim()).filter((t) => !/^Thêm \(\d+\)$/.test(t));
  await more.click();
  const hidden = (await page.getByRole("menuitem").allInnerTexts()).map((t) => t.trim());
  await page.keyboard.press("Escape");
  return [...shown, ...hidden];
}

/** 320 px: every view fits, the tabs that do not fit are in the "Thêm" menu, and every view is reachable. */
async function narrowScenario(h) {
  const { page } = h;
  await h.open("", "#check");
  await h.fits("320 px, Kiểm tra");
  const more = page.getByRole("tab", { name: /^Thêm \(\d+\)$/ });
  assert.equal(await more.count(), 1, "ở 320 px không có menu Thêm cho các thẻ không vừa");
  const labels = await viewLabels(page, more);
  assert.ok(labels.length >= 6, `chỉ thấy ${labels.length} chức năng: ${labels.join(", ")}`);
  for (const label of labels) {
    const tab = page.getByRole("tab", { name: label, exact: true });
    if ((await tab.count()) > 0 && (await tab.isVisible())) await tab.click();
    else {
      await more.click();
      await page.getByRole("menuitem", { name: label }).click();
    }
    await h.until(`thẻ "${label}" được chọn`, () => page.locator('[role="tab"][aria-selected="true"]').innerText(), (t) => t.trim() === label);
    await h.fits(`320 px, ${label}`);
    await h.axe(`320px-${label}`);
    await h.shot(`narrow-320-${label.replace(/\s+/g, "-")}`);
  }
  const checkTab = page.getByRole("tab", { name: "Kiểm tra", exact: true });
  if ((await checkTab.count()) > 0 && (await checkTab.isVisible())) await checkTab.click();
  else {
    await more.click();
    await page.getByRole("menuitem", { name: "Kiểm tra" }).click();
  }
  await runCheck(h);
  await h.fits("320 px, kết quả kiểm tra");
  await h.shot("narrow-320-findings");
  await h.open("?host=Word");
  await h.page.locator('input[type="file"]').setInputFiles(EXAMPLE);
  await h.page.getByText(/149\.000\.000/).first().waitFor();
  await h.fits("320 px, Word");
  await h.shot("narrow-320-word-host");
}

/** Colour of an element's background, as computed (forced colours included). */
const background = (page, selector) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);

async function themeDarkScenario(h) {
  const { page } = h;
  await h.open("?theme=dark", "#check");
  assert.equal(await page.locator("[data-theme]").first().getAttribute("data-theme"), "dark", "Office Black/Dark Gray không cho giao diện tối");
  await runCheck(h);
  await h.axe("theme-dark-check");
  await h.shot("theme-dark-check");
  await h.open("?theme=dark", "#budget");
  await page.getByRole("button", { name: "Đọc trang tính" }).click();
  await page.getByText("Tổng kinh phí: 149.000.000 đồng").waitFor();
  await h.axe("theme-dark-budget");
  await h.shot("theme-dark-budget");
  // Without an Office theme the browser's colour scheme decides (this context prefers dark).
  await h.open("", "#check");
  assert.equal(await page.locator("[data-theme]").first().getAttribute("data-theme"), "dark", "không theo prefers-color-scheme khi Office không có chủ đề");
  // An Office theme wins over the browser's: White stays light.
  await h.open("?theme=light", "#check");
  assert.equal(await page.locator("[data-theme]").first().getAttribute("data-theme"), "light");
}

async function themeContrastScenario(h) {
  const { page } = h;
  await h.open("?theme=light", "#budget");
  assert.equal(await page.locator("[data-theme]").first().getAttribute("data-theme"), "contrast", "màu cưỡng bức (tương phản cao) không dùng chủ đề tương phản");
  await page.getByRole("button", { name: "Đọc trang tính" }).click();
  await page.getByText("Tổng kinh phí: 149.000.000 đồng").waitFor();
  const [bar, track] = [await background(page, ".bar"), await background(page, ".bar-track")];
  assert.notEqual(bar, track, `thanh kinh phí trùng màu nền (${bar})`);
  assert.ok(!/rgba\(0, 0, 0, 0\)|transparent/.test(bar), `thanh kinh phí trong suốt dưới màu cưỡng bức (${bar})`);
  await h.axe("theme-contrast-budget");
  await h.shot("theme-contrast-budget");
  await h.open("?theme=light", "#check");
  await runCheck(h);
  await h.axe("theme-contrast-check");
  await h.shot("theme-contrast-check");
}

/** Focus is on a visible control whose focus is shown (:focus-visible), never on the page. */
async function focusShown(h, after) {
  const where = await h.focusKept(after);
  const visible = await h.page.evaluate(() => document.activeElement.matches(":focus-visible"));
  assert.ok(visible, `tiêu điểm ở ${where} nhưng không hiện viền tiêu điểm (sau ${after})`);
  return where;
}

/** Presses Tab (or Shift+Tab) until `match` holds for the focused element; fails after 30 presses. */
async function tabTo(h, what, match, back = false) {
  for (let i = 0; i < 30; i++) {
    await h.page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const hit = await h.page.evaluate(match);
    if (hit) return;
  }
  throw new Error(`phím Tab không tới được ${what}`);
}

const focused = (role, name) => `(() => { const el = document.activeElement; return !!el && (el.getAttribute("role") || el.tagName.toLowerCase()) === "${role}" && el.textContent.trim().startsWith("${name}"); })()`;

async function keyboardScenario(h) {
  const { page } = h;
  await h.open("", "#check");
  await tabTo(h, "nút Kiểm tra trang tính", focused("button", "Kiểm tra trang tính"));
  await page.keyboard.press("Enter");
  await page.getByText(/^\d+ lỗi, \d+ cảnh báo, \d+ lưu ý\.$/).waitFor();
  await focusShown(h, "Enter trên Kiểm tra trang tính");
  await tabTo(h, "công tắc Đánh dấu", `(() => document.activeElement?.getAttribute("role") === "switch")()`);
  await page.keyboard.press("Space");
  await h.notice(/^Đã đánh dấu \d+ dòng\.$/);
  await focusShown(h, "Space trên Đánh dấu");
  await tabTo(h, "mục Hoạt động 2.1.2", `(() => (document.activeElement?.textContent ?? "").includes("Hoạt động 2.1.2 chưa có cơ quan đầu mối"))()`);
  await page.keyboard.press("Enter");
  await h.until("ô G15 được chọn", () => h.state("selection"), (s) => s && s.address === "G15");
  await focusShown(h, "Enter trên một mục");
  // Back to the tabs, then to Kinh phí with the arrow keys.
  await tabTo(h, "thẻ đang chọn", `(() => document.activeElement?.getAttribute("role") === "tab")()`, true);
  for (let i = 0; i < 6; i++) {
    if (await page.evaluate(focused("tab", "Kinh phí"))) break;
    await page.keyboard.press("ArrowRight");
  }
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Đọc trang tính" }).waitFor();
  await tabTo(h, "nút Đọc trang tính", focused("button", "Đọc trang tính"));
  await page.keyboard.press("Enter");
  await page.getByText("Tổng kinh phí: 149.000.000 đồng").waitFor();
  await focusShown(h, "Enter trên Đọc trang tính");
  await tabTo(h, "nút Chèn bảng tổng hợp", focused("button", "Chèn bảng tổng hợp"));
  await page.keyboard.press("Enter");
  await h.notice(/^Đã chèn bảng "Tổng hợp kinh phí"/);
  await focusShown(h, "Enter trên Chèn bảng tổng hợp");
  await h.axe("keyboard-budget");
  await h.shot("keyboard-budget");
}

/** A host that takes 150 ms a round trip: busy buttons keep the focus, the busy state passes axe. */
async function slowHostScenario(h) {
  const { page } = h;
  await h.open("?delay=150", "#check");
  const check = page.getByRole("button", { name: "Kiểm tra trang tính" });
  await check.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("progressbar").or(page.getByText("Đang đọc và kiểm tra…")).first().waitFor();
  await h.focusKept("Kiểm tra trang tính (đang chạy)");
  await h.axe("slow-busy");
  await page.getByText(/^\d+ lỗi, \d+ cảnh báo, \d+ lưu ý\.$/).waitFor();
  await h.focusKept("Kiểm tra trang tính (xong)");
  const toggle = page.getByRole("switch", { name: "Đánh dấu trên trang tính" });
  await toggle.focus();
  await page.keyboard.press("Space");
  await h.focusKept("Đánh dấu (đang chạy)");
  await h.notice(/^Đã đánh dấu \d+ dòng\.$/);
  await h.focusKept("Đánh dấu (xong)");
  await page.keyboard.press("Space");
  await h.notice(/^Đã xóa \d+ vùng đánh dấu\.$/);
  await h.focusKept("Xóa đánh dấu");

  await h.open("?delay=150", "#budget");
  await page.getByRole("button", { name: "Đọc trang tính" }).focus();
  await page.keyboard.press("Enter");
  await h.focusKept("Đọc trang tính (đang chạy)");
  await page.getByText("Tổng kinh phí: 149.000.000 đồng").waitFor();
  await h.focusKept("Đọc trang tính (xong)");
  await (await h.ready(page.getByRole("button", { name: "Chèn bảng tổng hợp" }))).focus();
  await page.keyboard.press("Enter");
  await h.focusKept("Chèn bảng tổng hợp (đang chạy)");
  await h.notice(/^Đã chèn bảng "Tổng hợp kinh phí"/);
  await h.focusKept("Chèn bảng tổng hợp (xong)");

  await h.open("?delay=150", "#insert");
  await page.getByRole("button", { name: "Chèn mẫu" }).focus();
  await page.keyboard.press("Enter");
  await h.focusKept("Chèn mẫu (đang chạy)");
  await h.notice(/^Đã chèn mẫu vào trang tính/);
  await h.focusKept("Chèn mẫu (xong)");

  await h.open("?host=Word&delay=150");
  await h.page.locator('input[type="file"]').setInputFiles(EXAMPLE);
  await h.page.getByText(/149\.000\.000/).first().waitFor();
  await h.focusKept("chọn tệp (Word)");
  await page.getByRole("button", { name: "Mở thành tài liệu mới" }).focus();
  await page.keyboard.press("Enter");
  await h.focusKept("Mở thành tài liệu mới (đang chạy)");
  await h.notice("Đã mở kế hoạch thành một tài liệu Word mới.");
  await h.focusKept("Mở thành tài liệu mới (xong)");
  await h.axe("slow-word-done");
}

const scenarios = [
  { id: "insert", title: "Chèn mẫu Khung logic 2021–2030 hai lần", run: insertScenario },
  { id: "check", title: "Kiểm tra: G15 thiếu đầu mối, C24 thiếu chỉ số; bấm để chọn ô", run: checkScenario },
  { id: "highlight", title: "Đánh dấu rồi xóa đánh dấu, định dạng của người dùng còn nguyên", run: highlightScenario },
  { id: "budget", title: "Kinh phí 149.000.000 đồng, thanh theo lĩnh vực, chèn bảng tổng hợp", run: budgetScenario },
  { id: "budget-sources", title: "Kinh phí theo nguồn: Ngân sách tỉnh, Ngân sách huyện, Xã hội hóa (39.000.000 đồng); bảng tổng hợp với cột triệu đồng", run: budgetSourcesScenario },
  { id: "schedule", title: "Tiến độ: việc đến hạn tháng 3/2026, bấm chọn dòng; chèn trang Tiến độ hai lần; Word có Phụ lục II", run: scheduleScenario },
  { id: "merge", title: "Tổng hợp 15 tệp dự thảo: tiến trình từng tệp, bốn trang mới, bảng điểm; lần hai thêm trang (2)", run: mergeScenario },
  { id: "reading", title: "Cách đọc bảng: cột D đổi thành Không dùng, lưu vào tệp, kiểm tra lại theo cách đọc đã lưu", run: readingScenario },
  { id: "word-excel", title: "Tạo kế hoạch Word từ Excel; trên Mac chỉ hiện lời nhắn", run: wordFromExcelScenario },
  { id: "word-host", title: "Trong Word: chọn tệp Excel, mở tài liệu mới, chèn vào tài liệu; Word thiếu WordApi 1.5 chèn phần thân", run: wordHostScenario },
  { id: "host-versions", title: "ExcelApi 1.8 (không có hàm tùy chỉnh), 1.12, mới nhất và 1.6 (dưới mức tối thiểu)", run: hostVersionsScenario },
  { id: "narrow-320", title: "320 px: không gì bị cắt hay cuộn ngang; thẻ không vừa vào menu Thêm", run: narrowScenario, viewport: { width: 320, height: 720 } },
  { id: "theme-dark", title: "Chủ đề Office tối; khi Office không có chủ đề thì theo prefers-color-scheme", run: themeDarkScenario, colorScheme: "dark" },
  { id: "theme-contrast", title: "Màu cưỡng bức (tương phản cao): chủ đề tương phản, thanh kinh phí vẫn thấy", run: themeContrastScenario, forcedColors: "active" },
  { id: "keyboard", title: "Chỉ bàn phím: kiểm tra, đánh dấu, chọn ô, sang Kinh phí, chèn bảng tổng hợp", run: keyboardScenario },
  { id: "slow-host", title: "Máy chủ Office chậm 150 ms mỗi lượt: tiêu điểm không rơi về trang", run: slowHostScenario },
];

module.exports = { scenarios, EXAMPLE };
