// The formal plan document, checked in its XML the way a văn thư officer checks the printout:
// page set-up and margins (Decree 30), fonts, header table, headings, totals, appendix and escaping.
import JSZip from "jszip";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../../src/core/analyze";
import { buildPlanDocx, buildPlanDocxBase64 } from "../../src/docx";
import { wordTwips } from "../../src/docx/format";
import { FULL_INFO, HOSTILE, khungLogicAnalysis } from "./plan-fixture";
import { sheet } from "../layouts/harness";

interface Unpacked {
  document: string;
  styles: string;
  files: string[];
  zip: JSZip;
}

async function unpack(bytes: Uint8Array): Promise<Unpacked> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)?.async("string") ?? Promise.resolve("");
  return { document: await read("word/document.xml"), styles: await read("word/styles.xml"), files: Object.keys(zip.files), zip };
}

/** All the text of the w:t elements, entities decoded, as a reader sees it. */
function visibleText(xml: string): string {
  const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
  return texts
    .join("")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\u00a0/g, " "); // the signature block's no-break spaces read as spaces
}

function sections(xml: string): string[] {
  return [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
}

function attr(xml: string, element: string, name: string): number {
  const match = new RegExp(`<${element}\\b[^>]*\\b${name}="(-?\\d+)"`).exec(xml);
  if (!match) throw new Error(`${element}@${name} missing`);
  return Number(match[1]);
}

function styleXml(id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(full.styles)?.[0] ?? "";
}

const mmOf = (twips: number) => (twips * 25.4) / 1440;

let full: Unpacked;
let bare: Unpacked;

beforeAll(async () => {
  full = await unpack(await buildPlanDocx(khungLogicAnalysis(FULL_INFO)));
  bare = await unpack(await buildPlanDocx(khungLogicAnalysis()));
});

describe("page set-up (Nghị định 30/2020)", () => {
  test("the body is A4 portrait and the appendix a landscape section of its own", () => {
    const [body, appendix] = sections(full.document);
    expect(sections(full.document)).toHaveLength(2);
    expect(attr(body, "w:pgSz", "w:w")).toBe(11906);
    expect(attr(body, "w:pgSz", "w:h")).toBe(16838);
    expect(body).not.toMatch(/w:orient="landscape"/);
    expect(appendix).toMatch(/w:orient="landscape"/);
    expect(attr(appendix, "w:pgSz", "w:w")).toBe(16838);
    expect(attr(appendix, "w:pgSz", "w:h")).toBe(11906);
  });

  test("margins fall in the decree's ranges in every section", () => {
    for (const section of sections(full.document)) {
      const top = mmOf(attr(section, "w:pgMar", "w:top"));
      const bottom = mmOf(attr(section, "w:pgMar", "w:bottom"));
      const left = mmOf(attr(section, "w:pgMar", "w:left"));
      const right = mmOf(attr(section, "w:pgMar", "w:right"));
      expect(top).toBeGreaterThanOrEqual(20);
      expect(top).toBeLessThanOrEqual(25);
      expect(bottom).toBeGreaterThanOrEqual(20);
      expect(bottom).toBeLessThanOrEqual(25);
      expect(left).toBeGreaterThanOrEqual(30);
      expect(left).toBeLessThanOrEqual(35);
      expect(right).toBeGreaterThanOrEqual(15);
      expect(right).toBeLessThanOrEqual(20);
    }
  });

  test("Times New Roman is the document font; body text is 14 pt", () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(full.styles)?.[0] ?? "";
    expect(defaults).toMatch(/w:rFonts[^>]*w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/);
    expect(styleXml("CchcBody")).toMatch(/<w:sz w:val="28"\/>/);
    expect(full.document).not.toMatch(/w:rFonts[^>]*w:ascii="(?!Times New Roman)/);
  });

  test("page numbers: a PAGE field in the header, none on the first page, restart at 1 in the appendix", async () => {
    for (const section of sections(full.document)) {
      expect(section).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(true|1)"\/>/);
      const defaultId = /<w:headerReference w:type="default" r:id="(\w+)"/.exec(section)?.[1];
      const firstId = /<w:headerReference w:type="first" r:id="(\w+)"/.exec(section)?.[1];
      expect(defaultId).toBeDefined();
      expect(firstId).toBeDefined();
      const rels = (await full.zip.file("word/_rels/document.xml.rels")?.async("string")) ?? "";
      const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
      const defaultHeader = (await full.zip.file(`word/${target(defaultId!)}`)?.async("string")) ?? "";
      const firstHeader = (await full.zip.file(`word/${target(firstId!)}`)?.async("string")) ?? "";
      expect(defaultHeader).toMatch(/PAGE/);
      expect(defaultHeader).toMatch(/<w:jc w:val="center"\/>/);
      expect(firstHeader).not.toMatch(/PAGE/);
    }
    expect(sections(full.document)[1]).toMatch(/<w:pgNumType w:start="1"/);
  });
});

describe("first page", () => {
  test("the national header is a borderless two-column table with the decree's lines", () => {
    const firstTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(full.document)?.[0] ?? "";
    expect(firstTable.match(/<w:gridCol /g)).toHaveLength(2);
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(firstTable)?.[0] ?? "";
    expect(borders).not.toMatch(/w:val="single"/);
    expect(borders).toMatch(/w:val="none"/);
    const text = visibleText(firstTable);
    expect(text).toContain("ỦY BAN NHÂN DÂN TỈNH NINH THUẬN");
    expect(text).toContain("SỞ NỘI VỤ");
    expect(text).toContain("Số: 05/KH-SNV");
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("Ninh Thuận, ngày 05 tháng 01 năm 2026");
  });

  test("missing particulars print as visible blanks, never as 'undefined'", () => {
    const text = visibleText(bare.document);
    expect(text).toContain("Số: …/KH-…");
    expect(text).toContain("…, ngày … tháng … năm 2026");
    expect(text).not.toMatch(/undefined|null|NaN/);
  });

  test("title, subject taken from the sheet title, legal bases in italics", () => {
    const text = visibleText(full.document);
    expect(text).toContain("KẾ HOẠCH");
    expect(text).toContain("Cải cách hành chính năm 2026");
    const basis = /<w:p>(?:(?!<w:p>)[\s\S])*?Căn cứ Nghị quyết số 76\/NQ-CP[\s\S]*?<\/w:p>/.exec(full.document)?.[0] ?? "";
    expect(basis).toMatch(/<w:i\/>/);
  });
});

describe("body", () => {
  test("headings I–IV in order, bold, and the text ends with ./.", () => {
    const text = visibleText(full.document);
    const order = ["I. MỤC TIÊU", "II. NHIỆM VỤ, SẢN PHẨM, TIẾN ĐỘ VÀ TRÁCH NHIỆM THỰC HIỆN", "III. KINH PHÍ", "IV. TỔ CHỨC THỰC HIỆN"];
    const positions = order.map((heading) => text.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const heading = /<w:p>(?:(?!<w:p>)[\s\S])*?>III\. KINH PHÍ<\/w:t>/.exec(full.document)?.[0] ?? "";
    expect(heading).toMatch(/<w:pStyle w:val="CchcHeading"\/>/);
    expect(styleXml("CchcHeading")).toMatch(/<w:b\/>/);
    const beforeClosing = text.slice(0, text.indexOf("Nơi nhận:"));
    expect(beforeClosing.trimEnd().endsWith("./.")).toBe(true);
  });

  test("body paragraphs are justified, indented 1 cm on the first line, 6 pt after (their style)", () => {
    const goal = /<w:p>(?:(?!<w:p>)[\s\S])*?Đẩy mạnh cải cách hành chính[\s\S]*?<\/w:p>/.exec(full.document)?.[0] ?? "";
    expect(goal).toMatch(/<w:pStyle w:val="CchcBody"\/>/);
    const body = styleXml("CchcBody");
    expect(body).toMatch(/<w:jc w:val="both"\/>/);
    expect(attr(body, "w:ind", "w:firstLine")).toBe(567);
    expect(attr(body, "w:spacing", "w:after")).toBeGreaterThanOrEqual(120);
    const line = attr(body, "w:spacing", "w:line");
    expect(line).toBeGreaterThanOrEqual(240);
    expect(line).toBeLessThanOrEqual(360);
  });

  test("goals from the workbook, tasks per area in prose with their lead and period", () => {
    const text = visibleText(full.document);
    expect(text).toContain("Đẩy mạnh cải cách hành chính, chỉ số hài lòng đạt trên 85%.");
    expect(text).toContain("1. Cải cách thể chế");
    expect(text).toContain("2. Cải cách thủ tục hành chính");
    expect(text).toContain("Trình UBND tỉnh công bố danh mục.");
    expect(text).toContain("Thời gian: Trước ngày 31/3/2026");
    expect(text).toContain("Chủ trì: Văn phòng Sở; phối hợp: Sở Tư pháp.");
    expect(text).toContain("chi tiết tại Phụ lục");
  });

  test("budget: total in figures and in words, per area, the foreign currency apart", () => {
    const text = visibleText(full.document);
    expect(text).toContain("85.000.000 đồng (Bằng chữ: Tám mươi lăm triệu đồng)");
    expect(text).toContain("Cải cách thể chế20.000.000");
    expect(text).toContain("Cải cách thủ tục hành chính65.000.000");
    expect(text).toContain("- 2.000 USD.");
    expect(text).not.toContain("85.002.000");
  });

  test("budget per funding source where the table has source columns, the đồng no source holds on its own line", async () => {
    // Kinh phí (triệu đồng) over Ngân sách xã and Xã hội hóa, and a Tổng số column: row 2 states its total only.
    const grid = sheet(
      [
        ["TT", "Nội dung", "Kinh phí (triệu đồng)", null, null, "Chủ trì"],
        [null, null, "Tổng số", "Ngân sách xã", "Xã hội hóa", null],
        ["1", "Nâng cấp trang thiết bị Bộ phận một cửa", 25, 20, 5, "Văn phòng UBND xã"],
        ["2", "Tuyên truyền cải cách hành chính", 10, null, null, "Công chức Văn hóa - Xã hội"],
        ["3", "Khảo sát sự hài lòng", 4, 4, null, "Văn phòng UBND xã"],
      ],
      { name: "KH", merges: ["A1:A2", "B1:B2", "C1:E1"] },
    );
    const text = visibleText((await unpack(await buildPlanDocx(analyze([grid], { year: 2026 })))).document);
    expect(text).toContain("39.000.000 đồng (Bằng chữ: Ba mươi chín triệu đồng)");
    expect(text).toContain("Trong đó, theo nguồn kinh phí:- Ngân sách xã: 24.000.000 đồng;- Xã hội hóa: 5.000.000 đồng;- Chưa ghi nguồn: 10.000.000 đồng.");
    expect(visibleText(full.document)).not.toContain("theo nguồn kinh phí");
  });

  test("closing: Nơi nhận list ending with Lưu: VT, unit and the signature block", () => {
    const text = visibleText(full.document);
    expect(text).toContain("Nơi nhận:- UBND tỉnh (b/c);- Giám đốc Sở;- Các phòng, đơn vị thuộc Sở;- Lưu: VT, SNV.");
    expect(text).toContain("KT. GIÁM ĐỐCPHÓ GIÁM ĐỐC");
    expect(text).toContain("Nguyễn Văn A");
    const label = /<w:r>(?:(?!<w:r>)[\s\S])*?Nơi nhận:<\/w:t>/.exec(full.document)?.[0] ?? "";
    expect(label).toMatch(/<w:b\/>/);
    expect(label).toMatch(/<w:i\/>/);
    expect(label).toMatch(/<w:sz w:val="24"\/>/);
  });
});

describe("appendix", () => {
  const appendixXml = () => full.document.slice(full.document.indexOf("Phụ lục</w:t>"));

  test("title, the Kèm theo line, and the Khung logic columns with the two-row Trách nhiệm header repeated", () => {
    const xml = appendixXml();
    const text = visibleText(xml);
    expect(text).toContain("NHIỆM VỤ, SẢN PHẨM, TIẾN ĐỘ VÀ TRÁCH NHIỆM THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026");
    expect(text).toContain("(Kèm theo Kế hoạch số 05/KH-SNV ngày 05 tháng 01 năm 2026 của Sở Nội vụ)");
    expect(text).toContain("TTNội dungChỉ số thành côngPhương tiện xác minhNgân sách (đồng)Thời gian thực hiệnTrách nhiệmCơ quan đầu mốiCơ quan phối hợp");
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? "";
    expect(table.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/g)).toHaveLength(2);
    expect(table.match(/<w:gridCol /g)).toHaveLength(8);
  });

  test("the appendix grid fills the landscape text width (297 − 30 − 15 mm); the budget column holds its widest figure", () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(appendixXml())?.[0] ?? "";
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(14286);
    // Weights TT 6, Nội dung 26, Chỉ số 17, Phương tiện 13, Ngân sách 9 … would give the budget 1,285 twips, less than
    // "85.000.000" needs in bold 12 pt with the cell margins: the budget column is widened, the others share the rest.
    const budget = grid[4];
    expect(budget).toBeGreaterThanOrEqual(wordTwips("85.000.000", 12, true) + 120);
    expect(budget).toBeGreaterThan(1285);
    expect(grid[1] / grid[2]).toBeCloseTo(26 / 17, 2);
    expect(table).toMatch(/<w:tblLayout w:type="fixed"\/>/);
  });

  test("area rows are bold and shaded; the total row and the total in words close the table", () => {
    const xml = appendixXml();
    const areaRow = /<w:tr>(?:(?!<w:tr>)[\s\S])*?Lĩnh vực 2: Cải cách thủ tục hành chính[\s\S]*?<\/w:tr>/.exec(xml)?.[0] ?? "";
    expect(areaRow).toMatch(/<w:shd [^>]*w:fill="E7E6E6"/);
    expect(areaRow).toMatch(/<w:b\/>/);
    const text = visibleText(xml);
    expect(text).toContain("Tổng cộng85.000.000");
    expect(text).toContain("Tổng kinh phí (bằng chữ): Tám mươi lăm triệu đồng.");
    expect(text).toContain("20.000.000");
    expect(text).toContain("15.000.000 (Giảng viên)");
  });
});

describe("cell text reaches the document literally", () => {
  test("markup, quotes, ampersands and a formula are text, and the XML stays well-formed", () => {
    const text = visibleText(full.document);
    expect(text).toContain(HOSTILE.markup.replace("Văn bản ", ""));
    expect(text).toContain(HOSTILE.formula);
    expect(full.document).not.toContain("<script>");
    expect(full.document).toContain("&lt;w:t&gt;chèn&lt;/w:t&gt;");
    expect(full.document).toContain("&amp;amp;");
  });

  test("a cell typed as the XML of the appendix's stand-in paragraph is printed as typed, and the table is there once", async () => {
    const standIn = '<w:p><w:pPr><w:pStyle w:val="CchcXmlBlock0"/></w:pPr></w:p>';
    const analysis = khungLogicAnalysis();
    analysis.plan.rows[2].indicator = standIn;
    const xml = (await unpack(await buildPlanDocx(analysis))).document;
    expect(visibleText(xml)).toContain(standIn);
    expect(xml).not.toContain(`<w:pStyle w:val="CchcXmlBlock`);
    const tables = (document: string) => document.match(/<w:tbl>/g)?.length;
    expect(tables(xml)).toBe(tables((await unpack(await buildPlanDocx(khungLogicAnalysis()))).document));
  });

  test("a line break inside a cell becomes a break between two runs", () => {
    expect(full.document).toMatch(/Dòng thứ nhất<\/w:t><\/w:r><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:br\/><w:t[^>]*>Dòng thứ hai/);
  });

  test("characters XML forbids are dropped rather than breaking the file", async () => {
    const analysis = khungLogicAnalysis();
    analysis.plan.rows[2].indicator = "Ký tự\u0001 điều khiển\u000b";
    const xml = (await unpack(await buildPlanDocx(analysis))).document;
    expect(visibleText(xml)).toContain("Ký tự điều khiển");
  });

  // Skipped, saying why, only outside CI: under CI=true a missing xmllint fails the test instead.
  const xmllint = spawnSync("sh", ["-c", "command -v xmllint"]).status === 0;
  (xmllint || process.env.CI === "true" ? test : test.skip)("xmllint accepts document.xml as well-formed", () => {
    if (!xmllint) throw new Error("xmllint is not installed (apt-get install libxml2-utils): the check cannot run in CI");
    const dir = mkdtempSync(join(tmpdir(), "cchc-docx-"));
    const file = join(dir, "document.xml");
    writeFileSync(file, full.document);
    const result = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
  if (!xmllint && process.env.CI !== "true") console.log("xmllint is not installed: the well-formedness check by xmllint is skipped (apt-get install libxml2-utils)");
});

test("the base64 form decodes to the same kind of package", async () => {
  const base64 = await buildPlanDocxBase64(khungLogicAnalysis(FULL_INFO));
  const bytes = Uint8Array.from(Buffer.from(base64, "base64"));
  expect(visibleText((await unpack(bytes)).document)).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
});

describe("a unit's own results under its heading (a Tổng hợp of Đề cương drafts)", () => {
  test("a) the unit, - its result, + the result's tasks: the result is not lettered beside the units", async () => {
    const rows = [
      ["TỔNG HỢP KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
      ["TT", "Nội dung", "Thời gian thực hiện", "Cơ quan chủ trì", "Kinh phí (đồng)", "Đơn vị"],
      ["1", "Lĩnh vực 1: Cải cách thể chế"],
      [null, "Đơn vị: SỞ NỘI VỤ", null, null, null, "SỞ NỘI VỤ"],
      ["1.1", "Rà soát văn bản", null, null, null, "SỞ NỘI VỤ"],
      ["1.1.1", "Rà soát văn bản về tổ chức bộ máy", "Quý I/2026", "Phòng Tổ chức", 2_500_000, "SỞ NỘI VỤ"],
      [null, "Đơn vị: SỞ TƯ PHÁP", null, null, null, "SỞ TƯ PHÁP"],
      ["1.2", "Rà soát văn bản QPPL do tỉnh ban hành", "Quý II/2026", "Phòng Văn bản", 3_000_000, "SỞ TƯ PHÁP"],
    ];
    const xml = (await unpack(await buildPlanDocx(analyze([sheet(rows, { name: "Tổng hợp" })])))).document;
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => visibleText(p[0]));
    const start = paragraphs.findIndex((p) => p === "1. Cải cách thể chế");
    expect(paragraphs.slice(start + 1, start + 6).map((p) => p.split(".")[0])).toEqual([
      "a) Đơn vị: SỞ NỘI VỤ",
      "- Rà soát văn bản",
      "+ Rà soát văn bản về tổ chức bộ máy",
      "b) Đơn vị: SỞ TƯ PHÁP",
      "- Rà soát văn bản QPPL do tỉnh ban hành",
    ]);
  });
});

test.each([
  ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ GIAO THÔNG VẬN TẢI", "Cải cách hành chính năm 2026 của Sở Giao thông vận tải"],
  ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA UBND PHƯỜNG ĐÀI SƠN", "Cải cách hành chính năm 2026 của UBND phường Đài Sơn"],
  ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026", "Cải cách hành chính năm 2026"],
  ["KẾ HOẠCH NÂNG CAO SỰ HÀI LÒNG CỦA NGƯỜI DÂN NĂM 2026", "Nâng cao sự hài lòng của người dân năm 2026"],
])("the subject from the title %p keeps the body's name in its own case: %p", async (title, subject) => {
  const { particulars } = await import("../../src/docx/format");
  const analysis = analyze([sheet([[title], ["TT", "Nội dung", "Kinh phí (đồng)"], ["1", "Rà soát thủ tục hành chính", 1_000_000]])]);
  expect(particulars(analysis.plan).subject).toBe(subject);
});
