// cchc merge on the unit drafts of test/fixtures/merge/drafts against figures worked out by hand (expected.ts).
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { closeDraftReaders } from "../../src/cli/merge-pool";
import { defaultJobs } from "../../src/cli/merge";
import { MERGE_TEXT } from "../../src/core/merge";
import { expectOnePlainLine, runCli } from "../cli/run-cli";
import { AREAS, AREA_TOTALS, FOREIGN, GRAND_TOTAL, GRAND_TOTAL_WORDS, PROVENANCE, SCORECARDS, UNITS, UNREADABLE } from "../fixtures/merge/expected";

const DRAFTS = join(__dirname, "..", "fixtures", "merge", "drafts");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cchc-merge-"));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeDraftReaders(); // the --jobs workers wait for a next merge; this file makes no more
});

interface Summary {
  year: number;
  units: { unit: string; unitSource: string; file: string; rowsRead: number; errors: number; tasks: number; budgetStated: number; budgetMissing: number; noLead: number; noPeriod: number; total: number }[];
  areas: { area: string; known: boolean; amount: number; byUnit: { unit: string; amount: number }[] }[];
  totals: { total: number; totalInWords: string; otherCurrencies: { currency: string; amount: number }[] };
  notes: { kind: string; severity: string; unit: string | null; file: string; message: string }[];
  unreadable: { file: string; reason: string }[];
}

async function merge(out: string, ...args: string[]): Promise<{ code: number; summary: Summary; stderr: string }> {
  const result = await runCli("merge", DRAFTS, "-o", join(dir, out), "--json", ...args);
  return { code: result.code, summary: JSON.parse(result.stdout) as Summary, stderr: result.stderr };
}

describe("cchc merge on the bundled unit drafts", () => {
  let summary: Summary;
  let code: number;
  beforeAll(async () => {
    ({ code, summary } = await merge("tong-hop.xlsx", "--jobs", "1"));
  });

  it("exits 1: a unit's draft has errors (UBND XÃ AN HẢI leaves a lead body empty)", () => {
    expect(code).toBe(1);
    expect(summary.units.find((u) => u.unit === "UBND XÃ AN HẢI")!.errors).toBeGreaterThan(0);
  });

  it("names every unit from the first source that has it, in unit order", () => {
    expect(summary.units.map((u) => [u.unit, u.unitSource, u.file])).toEqual(UNITS.map((u) => [u.unit, u.source, u.file]));
  });

  it("totals units × areas each money once, in preset order, the unknown area and the unplaced rows last", () => {
    expect(summary.areas.map((a) => a.area)).toEqual(AREAS);
    expect(summary.areas.map((a) => a.known)).toEqual([true, true, true, true, true, true, true, false, false]);
    expect(summary.areas.map((a) => a.amount)).toEqual(AREA_TOTALS);
    for (const unit of UNITS) {
      const row = summary.areas.map((a) => a.byUnit.find((u) => u.unit === unit.unit)?.amount ?? 0);
      expect([unit.unit, row]).toEqual([unit.unit, unit.byArea]);
    }
    expect(summary.totals.total).toBe(GRAND_TOTAL);
    expect(summary.totals.totalInWords).toBe(GRAND_TOTAL_WORDS);
    expect(summary.totals.otherCurrencies).toEqual(FOREIGN.map(({ currency, amount }) => ({ currency, amount })));
  });

  it("scores each unit: rows read, tasks, budgets stated or missing, tasks with no lead or period", () => {
    for (const card of summary.units) {
      const { rowsRead, tasks, budgetStated, budgetMissing, noLead, noPeriod, total } = card;
      expect([card.unit, { rowsRead, tasks, budgetStated, budgetMissing, noLead, noPeriod, total }]).toEqual([card.unit, SCORECARDS[card.unit]]);
    }
  });

  it("scores each unit the same where the reading workers count the scorecards (--jobs 2)", async () => {
    const { summary: inWorkers } = await merge("tong-hop-2.xlsx", "--jobs", "2");
    expect(inWorkers.units).toEqual(summary.units);
    expect(inWorkers.units).toHaveLength(UNITS.length);
  }, 60_000);

  it("reads a byte-identical file once and says so", () => {
    const duplicate = summary.notes.filter((n) => n.kind === "duplicate-file");
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0]).toMatchObject({ severity: "info", file: "so-noi-vu_gui-lai.xlsx" });
    expect(duplicate[0].message).toContain('"so-noi-vu.xlsx"');
  });

  it("reports both drafts of one unit and uses the later by its document properties, stating the choice", () => {
    const same = summary.notes.filter((n) => n.kind === "same-unit");
    expect(same.map((n) => n.file).sort()).toEqual(["so-y-te-ban-sua.xlsx", "so-y-te.xlsx"]);
    for (const note of same) {
      expect(note.severity).toBe("warning");
      expect(note.message).toContain('Dùng "so-y-te-ban-sua.xlsx", bản sửa sau cùng theo thuộc tính tệp');
      expect(note.message).toContain("20.000.000 đồng"); // the draft not used is still named with its money
    }
  });

  it("flags the unknown area and the rows under no area", () => {
    expect(summary.notes.filter((n) => n.kind === "unknown-area").map((n) => [n.unit, n.severity])).toEqual([["SỞ TÀI CHÍNH", "warning"]]);
    expect(summary.notes.filter((n) => n.kind === "no-area").map((n) => n.unit)).toEqual(["UBND PHƯỜNG BẢO AN"]);
  });

  it("lists the files it could not read, each with its reason, and goes on", () => {
    expect(summary.unreadable.map((f) => f.file)).toEqual(UNREADABLE.map((f) => f.file));
    summary.unreadable.forEach((f, i) => expect(f.reason).toMatch(UNREADABLE[i].reason));
  });

  it("checks back the workbook it wrote as the office would: Tổng hợp alone read, its unit rows no tasks, the same total", async () => {
    const check = await runCli("check", join(dir, "tong-hop.xlsx"), "--json");
    const report = JSON.parse(check.stdout) as { tables: { sheet: string; skipped: { kind: string }[] }[]; rows: { content: string }[]; totals: { total: number } };
    expect(report.tables.map((t) => t.sheet)).toEqual(["Tổng hợp"]);
    expect(report.totals.total).toBe(GRAND_TOTAL);
    expect(report.rows.filter((row) => row.content.startsWith("Đơn vị:"))).toEqual([]);
    expect(report.tables[0].skipped.filter((row) => row.kind === "unit").length).toBeGreaterThanOrEqual(UNITS.length);
  });

  it("draws the Tổng hợp's schedule with each unit's tasks under its heading; its JSON gives the rows as read", async () => {
    const grid = await runCli("schedule", join(dir, "tong-hop.xlsx"));
    expect(grid.code).toBe(0);
    const headings = grid.stdout.split("\n").filter((line) => line.trim().startsWith("Đơn vị: "));
    const check = JSON.parse((await runCli("check", join(dir, "tong-hop.xlsx"), "--json")).stdout) as { tables: { skipped: { kind: string }[] }[] };
    expect(headings).toHaveLength(check.tables[0].skipped.filter((row) => row.kind === "unit").length);
    // Long names are cut to the grid's column, with an ellipsis.
    for (const unit of UNITS) expect(headings.some((line) => line.includes(`Đơn vị: ${unit.unit.slice(0, 20)}`))).toBe(true);
    const json = JSON.parse((await runCli("schedule", join(dir, "tong-hop.xlsx"), "--json")).stdout) as { rows: { content: string; unit: string | null }[] };
    expect(json.rows.length).toBeGreaterThan(0);
    expect(json.rows.filter((row) => row.content.startsWith("Đơn vị:"))).toEqual([]);
    // Each row names its unit, as the grid's headings do, and every unit has rows.
    expect(json.rows.filter((row) => !UNITS.some((unit) => unit.unit === row.unit))).toEqual([]);
    expect(new Set(json.rows.map((row) => row.unit)).size).toBe(new Set(UNITS.map((unit) => unit.unit)).size);
    // What falls due in March and April names each task's unit: "Văn phòng Sở" alone would not say which Sở.
    const due = JSON.parse((await runCli("schedule", join(dir, "tong-hop.xlsx"), "--due", "--month", "3/2026", "--json")).stdout) as { tasks: { unit: string | null }[] };
    expect(due.tasks.length).toBeGreaterThan(0);
    expect(due.tasks.filter((task) => !UNITS.some((unit) => unit.unit === task.unit))).toEqual([]);
  });

  it("counts the files it could not read in its plain summary, and names each under the count", async () => {
    const plain = await runCli("merge", DRAFTS, "-o", join(dir, "tong-hop-plain.xlsx"), "--jobs", "1");
    const lines = plain.stdout.split("\n");
    const at = lines.indexOf(`Không đọc được ${UNREADABLE.length} tệp (trang "Không đọc được"):`);
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 1 + UNREADABLE.length).map((line) => line.split(":")[0].trim())).toEqual(UNREADABLE.map((f) => f.file));
  });
});

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "formula" in value) return `=${value.formula}`;
  return String(value);
}

describe("the merged workbook (--jobs 2: rows drawn by the reading workers)", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    await merge("book.xlsx", "--jobs", "2");
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "book.xlsx"));
  });

  it("has the four sheets in order", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Kinh phí theo đơn vị", "Kiểm tra", "Không đọc được"]);
  });

  it("traces each chosen row to its unit and file › sheet › row, and takes nothing from the draft not used", () => {
    const sheet = workbook.getWorksheet("Tổng hợp")!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map(cellText)));
    for (const expected of PROVENANCE) {
      const row = rows.find((r) => r[1] === expected.content);
      expect([expected.content, row?.[8], row?.[9]]).toEqual([expected.content, expected.unit, expected.source]);
    }
    const sources = rows.map((r) => r[9] ?? "");
    expect(sources.some((s) => s.startsWith("so-y-te.xlsx"))).toBe(false);
    expect(sources.some((s) => s.startsWith("so-noi-vu_gui-lai.xlsx"))).toBe(false);
    expect(rows.find((r) => r[0] === "Mục tiêu chung")?.[2]).toMatch(/Để Văn phòng viết/);
  });

  it("makes Kinh phí theo đơn vị formulas over Tổng hợp, with totals per unit and area and the words", () => {
    const sheet = workbook.getWorksheet("Kinh phí theo đơn vị")!;
    const header = (sheet.getRow(4).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    expect(header).toEqual(["STT", "Đơn vị", ...AREAS, "Cộng"]);
    const first = sheet.getRow(5).values as ExcelJS.CellValue[];
    expect(cellText(first[2])).toBe("BAN DÂN TỘC");
    expect(cellText(first[4])).toMatch(/^='Tổng hợp'!E\d+$/);
    expect(cellText(first[3 + AREAS.length])).toBe(`=SUM(C5:${String.fromCharCode(66 + AREAS.length)}5)`);
    const words = [] as string[];
    sheet.eachRow((row) => words.push(...(row.values as ExcelJS.CellValue[]).map(cellText)));
    expect(words).toContain(GRAND_TOTAL_WORDS);
    expect(words).toContain("USD");
  });

  it("lists the unreadable files on their own sheet", () => {
    const sheet = workbook.getWorksheet("Không đọc được")!;
    expect(cellText(sheet.getCell("B4").value)).toBe("bao-cao-quy-3.xlsx");
    expect(cellText(sheet.getCell("B5").value)).toBe("ubnd-xa-hong.xlsx");
  });
});

/** The text of a .docx's body, runs joined, XML entities of the five kinds undone. */
async function documentText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file), { checkCRC32: true });
  const xml = await zip.file("word/document.xml")!.async("string");
  const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
  return runs.join("").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

describe("the Word plan and the units' feedback", () => {
  it("writes the consolidated plan to Word with every chosen row's text, the same whatever --jobs", async () => {
    const written: string[] = [];
    for (const jobs of ["1", "2"]) {
      const docx = join(dir, `tong-hop-${jobs}.docx`);
      const result = await runCli("merge", DRAFTS, "-o", join(dir, `word-${jobs}.xlsx`), "--docx", docx, "--jobs", jobs);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`Đã viết văn bản kế hoạch tổng hợp "${docx}".`);
      written.push(await documentText(docx));
    }
    for (const expected of PROVENANCE) expect(written[1]).toContain(expected.content);
    for (const unit of UNITS) expect(written[1]).toContain(unit.unit);
    expect(written[1]).not.toContain("so-y-te.xlsx"); // the earlier draft of SỞ Y TẾ is not used
    expect(written[1]).toBe(written[0]);
  }, 60_000);

  it("keeps the units when the office builds the Word plan from the Tổng hợp it kept editing: each unit's heading as the merge writes it", async () => {
    const [workbook, docx, rebuilt] = ["ban-chinh.xlsx", "ban-chinh.docx", "ban-chinh-lai.docx"].map((name) => join(dir, name));
    expect((await runCli("merge", DRAFTS, "-o", workbook, "--docx", docx, "--jobs", "1")).code).toBe(1);
    const merged = await documentText(docx);
    const result = await runCli("build", workbook, "-o", rebuilt);
    expect(result.code).toBe(0);
    const built = await documentText(rebuilt);
    const headings = (text: string) => UNITS.map((unit) => [unit.unit, text.split(`Đơn vị: ${unit.unit}`).length - 1]);
    expect(headings(merged).every(([, count]) => (count as number) > 0)).toBe(true);
    expect(headings(built)).toEqual(headings(merged));
  }, 60_000);

  it("writes one feedback workbook per unit, titled with its unit, its scorecard line beneath", async () => {
    const feedback = join(dir, "gop-y");
    const result = await runCli("merge", DRAFTS, "-o", join(dir, "feedback.xlsx"), "--feedback", feedback);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`Đã viết ${UNITS.length} tệp góp ý cho từng đơn vị vào "${feedback}".`);
    const files = readdirSync(feedback).sort();
    expect(files).toHaveLength(UNITS.length);
    const titles: string[] = [];
    for (const file of files) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(feedback, file));
      const sheet = book.worksheets[0];
      titles.push(cellText(sheet.getCell("A1").value));
      const unit = cellText(sheet.getCell("A1").value).replace("GÓP Ý DỰ THẢO KẾ HOẠCH CCHC: ", "");
      // The scorecard line under its header: number 1, the unit, then its rows read.
      expect([unit, cellText(sheet.getCell("B5").value), Number(cellText(sheet.getCell("E5").value))]).toEqual([unit, unit, SCORECARDS[unit].rowsRead]);
    }
    expect(titles.sort()).toEqual(UNITS.map((u) => `GÓP Ý DỰ THẢO KẾ HOẠCH CCHC: ${u.unit}`).sort());
  }, 60_000);
});

// Linux links; Windows makes them only with a privilege, and CI runs on Linux.
(process.platform === "win32" ? describe.skip : describe)("a folder with links in it", () => {
  it("follows links to files and folders, walks a folder once however many links lead to it, lists a broken link", async () => {
    const root = mkdtempSync(join(dir, "lien-ket-"));
    const folder = join(root, "du-thao");
    const elsewhere = join(root, "noi-khac");
    mkdirSync(folder);
    mkdirSync(elsewhere);
    copyFileSync(join(DRAFTS, "ban-dan-toc.xlsx"), join(folder, "ban-dan-toc.xlsx"));
    symlinkSync(join(DRAFTS, "so-tai-chinh.xlsx"), join(folder, "tai-chinh.xlsx"));
    copyFileSync(join(DRAFTS, "so-tu-phap.xlsx"), join(elsewhere, "so-tu-phap.xlsx"));
    symlinkSync(elsewhere, join(folder, "thu-muc-khac"));
    symlinkSync(elsewhere, join(folder, "thu-muc-khac-nua")); // a second way to the same folder: read once
    symlinkSync(folder, join(folder, "vong-lai")); // a link back up: no endless walk
    symlinkSync(join(root, "khong-co.xlsx"), join(folder, "mat.xlsx"));
    const result = await runCli("merge", folder, "-o", join(root, "tong-hop.xlsx"), "--json", "--jobs", "1");
    const summary = JSON.parse(result.stdout) as Summary;
    expect(summary.units.map((u) => [u.unit, u.file])).toEqual([
      ["BAN DÂN TỘC", "ban-dan-toc.xlsx"],
      ["SỞ TÀI CHÍNH", "tai-chinh.xlsx"],
      ["SỞ TƯ PHÁP", "thu-muc-khac/so-tu-phap.xlsx"],
    ]);
    expect(summary.unreadable).toEqual([{ file: "mat.xlsx", reason: "không tìm thấy tệp" }]);
  });
});

describe("which files in a folder are drafts", () => {
  it("reads a macro-enabled workbook, lists every spreadsheet it cannot read with how to save it, and skips lock and macOS files", async () => {
    const folder = mkdtempSync(join(dir, "loai-tep-"));
    copyFileSync(join(DRAFTS, "ban-dan-toc.xlsx"), join(folder, "ban-dan-toc.xlsx"));
    copyFileSync(join(DRAFTS, "so-tai-chinh.xlsx"), join(folder, "so-tai-chinh.XLSM"));
    // An Excel 97–2003 workbook: an OLE2 compound file whose directory names no stream.
    writeFileSync(join(folder, "so-xay-dung.xls"), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    writeFileSync(join(folder, "ubnd-xa-tan-lap.csv"), "TT,Nội dung,Kinh phí\n1,Rà soát thủ tục,5000000\n");
    writeFileSync(join(folder, "~$ban-dan-toc.xlsx"), Buffer.alloc(165)); // Excel's lock file while the draft is open
    writeFileSync(join(folder, "._ban-dan-toc.xlsx"), Buffer.from([0x00, 0x05, 0x16, 0x07, 0, 0, 0, 0])); // macOS AppleDouble
    writeFileSync(join(folder, "cong-van.docx"), "not a spreadsheet"); // a letter beside the drafts: not a draft
    const result = await runCli("merge", folder, "-o", join(dir, "loai-tep.xlsx"), "--json", "--jobs", "1");
    const summary = JSON.parse(result.stdout) as Summary;
    expect(summary.units.map((u) => [u.unit, u.file])).toEqual([
      ["BAN DÂN TỘC", "ban-dan-toc.xlsx"],
      ["SỞ TÀI CHÍNH", "so-tai-chinh.XLSM"],
    ]);
    expect(summary.unreadable.map((f) => f.file)).toEqual(["so-xay-dung.xls", "ubnd-xa-tan-lap.csv"]);
    expect(summary.unreadable[0].reason).toMatch(/Excel 97–2003 \(\.xls\).*lưu lại dạng \.xlsx/);
    expect(summary.unreadable[1].reason).toMatch(/CSV.*lưu lại dạng \.xlsx/);
  });
});

describe("what merge refuses to write over, before it writes anything", () => {
  const mergeInto = (root: string, ...args: string[]) => runCli("merge", join(root, "du-thao"), "-o", join(root, "tong-hop.xlsx"), "--jobs", "1", ...args);
  const withDrafts = () => {
    const root = mkdtempSync(join(dir, "ghi-de-"));
    mkdirSync(join(root, "du-thao"));
    for (const name of ["ban-dan-toc.xlsx", "so-tai-chinh.xlsx"]) copyFileSync(join(DRAFTS, name), join(root, "du-thao", name));
    return root;
  };

  it.each([
    ["without --force", []],
    ["with --force", ["--force"]],
  ])("says an output that is one of the drafts is a draft, never a file to delete or overwrite (%s)", async (_, force) => {
    const root = withDrafts();
    const draft = join(root, "du-thao", "ban-dan-toc.xlsx");
    const before = readFileSync(draft);
    const result = await runCli("merge", join(root, "du-thao"), "-o", draft, "--jobs", "1", ...force);
    expect(result.code).toBe(2);
    expectOnePlainLine(result.stderr);
    expect(result.stderr).toContain("là một trong các dự thảo đầu vào");
    expect(readFileSync(draft).equals(before)).toBe(true);
  });

  it("refuses an existing --docx before writing the workbook", async () => {
    const root = withDrafts();
    writeFileSync(join(root, "ke-hoach.docx"), "the user's own document");
    const result = await mergeInto(root, "--docx", join(root, "ke-hoach.docx"));
    expect(result.code).toBe(2);
    expectOnePlainLine(result.stderr);
    expect(result.stderr).toContain("đã có");
    expect(existsSync(join(root, "tong-hop.xlsx"))).toBe(false);
    expect(readFileSync(join(root, "ke-hoach.docx"), "utf8")).toBe("the user's own document");
  });

  it("refuses an existing feedback file before writing the workbook, and replaces it with --force", async () => {
    const root = withDrafts();
    const feedback = join(root, "gop-y");
    mkdirSync(feedback);
    writeFileSync(join(feedback, "gop-y-ban-dan-toc.xlsx"), "the unit's earlier feedback");
    const refused = await mergeInto(root, "--feedback", feedback);
    expect(refused.code).toBe(2);
    expectOnePlainLine(refused.stderr);
    expect(refused.stderr).toContain(`"${join(feedback, "gop-y-ban-dan-toc.xlsx")}" đã có`);
    expect(existsSync(join(root, "tong-hop.xlsx"))).toBe(false);
    expect(readdirSync(feedback)).toEqual(["gop-y-ban-dan-toc.xlsx"]);
    const forced = await mergeInto(root, "--feedback", feedback, "--force");
    expect(forced.code).toBe(0);
    expect(readdirSync(feedback).sort()).toEqual(["gop-y-ban-dan-toc.xlsx", "gop-y-so-tai-chinh.xlsx"]);
    expect(readFileSync(join(feedback, "gop-y-ban-dan-toc.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("merges no draft of another year (--year 2025 over 2026 drafts), and still writes each unit the feedback that says why", async () => {
    const root = withDrafts();
    const feedback = join(root, "gop-y");
    const result = await mergeInto(root, "--year", "2025", "--feedback", feedback);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Không tổng hợp 2 dự thảo của năm khác");
    expect(result.stdout).toContain(`Đã viết 2 tệp góp ý cho từng đơn vị vào "${feedback}".`);
    expect(readdirSync(feedback).sort()).toEqual(["gop-y-ban-dan-toc.xlsx", "gop-y-so-tai-chinh.xlsx"]);
    for (const [file, unit, draft] of [["gop-y-ban-dan-toc.xlsx", "BAN DÂN TỘC", "ban-dan-toc.xlsx"], ["gop-y-so-tai-chinh.xlsx", "SỞ TÀI CHÍNH", "so-tai-chinh.xlsx"]]) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(feedback, file));
      const texts: string[] = [];
      book.worksheets[0].eachRow((row) => row.eachCell((cell) => texts.push(cellText(cell.value))));
      expect(texts[0]).toBe(`GÓP Ý DỰ THẢO KẾ HOẠCH CCHC: ${unit}`);
      expect(texts.some((text) => text.includes(draft))).toBe(true);
      expect(texts).toContain(`Dự thảo của ${unit} là kế hoạch năm 2026, không phải năm 2025 đang tổng hợp: không cộng; nếu đây là bản của năm 2025, sửa năm trong tiêu đề hoặc trang "Thông tin kế hoạch" rồi tổng hợp lại; nếu cần tổng hợp năm 2026, tổng hợp lại với năm 2026 (dòng lệnh: --year 2026).`);
    }
  }, 60_000);

  it("refuses a --feedback that is a file, not a folder, before reading a draft", async () => {
    const root = withDrafts();
    writeFileSync(join(root, "gop-y"), "a file");
    const result = await mergeInto(root, "--feedback", join(root, "gop-y"));
    expect(result.code).toBe(2);
    expectOnePlainLine(result.stderr);
    expect(result.stderr).toContain(`Không ghi được "${join(root, "gop-y")}": đây là một tệp, không phải thư mục.`);
    expect(existsSync(join(root, "tong-hop.xlsx"))).toBe(false);
  });

  it("leaves nothing beside the workbook it writes: no temporary file", async () => {
    const root = withDrafts();
    expect((await mergeInto(root)).code).toBe(0);
    expect(readdirSync(root).sort()).toEqual(["du-thao", "tong-hop.xlsx"]);
  });
});

describe("a merge's own outputs left among the drafts", () => {
  it("reads neither an earlier Tổng hợp nor feedback files as units: no unit added, no money counted twice", async () => {
    const root = mkdtempSync(join(dir, "ket-qua-cu-"));
    const drafts = join(root, "du-thao");
    cpSync(DRAFTS, drafts, { recursive: true });
    // The office saves the first merge and its feedback in the drafts' own folder, then merges again.
    const first = await runCli("merge", drafts, "-o", join(drafts, "tong-hop.xlsx"), "--feedback", join(drafts, "gop-y"), "--jobs", "1");
    expect(first.code).toBe(1);
    const again = await runCli("merge", drafts, "-o", join(root, "tong-hop-lan-2.xlsx"), "--json", "--jobs", "2");
    const summary = JSON.parse(again.stdout) as Summary;
    expect(summary.totals.total).toBe(GRAND_TOTAL);
    expect(summary.units.map((u) => u.unit)).toEqual(UNITS.map((u) => u.unit));
    const ownOutputs = summary.unreadable.filter((f) => f.reason === MERGE_TEXT.ownOutput).map((f) => f.file);
    expect(ownOutputs).toEqual(["tong-hop.xlsx", ...readdirSync(join(drafts, "gop-y")).sort().map((name) => `gop-y/${name}`)].sort());
    expect(ownOutputs).toHaveLength(1 + UNITS.length);
  }, 60_000);
});

describe("how many reading threads", () => {
  it("leaves one core to the main thread by default: on two cores it reads alone, never more than four workers", () => {
    expect([1, 2, 3, 4, 8, 64].map((cores) => defaultJobs(cores))).toEqual([1, 1, 2, 3, 4, 4]);
  });

  it.each(["0", "65", "2.5", "hai"])("refuses --jobs %s in one line, writing nothing", async (jobs) => {
    const out = join(dir, `jobs-${jobs}.xlsx`);
    const result = await runCli("merge", DRAFTS, "-o", out, "--jobs", jobs);
    expect(result.code).toBe(2);
    expectOnePlainLine(result.stderr);
    expect(result.stderr).toContain(`Số luồng "${jobs}" không hợp lệ`);
    expect(() => readFileSync(out)).toThrow();
  });
});

describe("deterministic output", () => {
  it("is byte-identical whatever the input order or --jobs", async () => {
    await merge("a.xlsx", "--jobs", "1");
    await merge("b.xlsx", "--jobs", "2");
    const files = [...readdirSync(DRAFTS, { recursive: true })].map(String).filter((f) => f.endsWith(".xlsx")).sort().reverse();
    const cwd = process.cwd();
    process.chdir(DRAFTS);
    try {
      expect((await runCli("merge", ...files, "-o", join(dir, "c.xlsx"), "--jobs", "2")).code).toBe(1);
    } finally {
      process.chdir(cwd);
    }
    const a = readFileSync(join(dir, "a.xlsx"));
    expect(readFileSync(join(dir, "b.xlsx")).equals(a)).toBe(true);
    expect(readFileSync(join(dir, "c.xlsx")).equals(a)).toBe(true);
  }, 60_000); // worker threads compile the TypeScript sources through tsx on start
});
