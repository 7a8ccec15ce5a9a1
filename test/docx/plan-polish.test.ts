// The Word plan as a văn thư would check it before signing: the body named in running text, legal bases as the
// decree prints them, no empty area, Section IV whole, the signature never split inside a phrase, appendices
// numbered together, columns wide enough for their figures. Expected text written by hand from the inputs.
import JSZip from "jszip";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { analyze, type Analysis } from "../../src/core/analyze";
import { loadGrids } from "../../src/cli/load";
import { buildPlanDocx } from "../../src/docx";
import { sizedWidths } from "../../src/docx/appendix";
import { signatureLines } from "../../src/docx/closing";
import { bodyInRunningText, legalBasisLines, mm, wordTwips } from "../../src/docx/format";
import { FILLED, writeFilledForm } from "../fixtures/filled-form";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-polish-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function documentXml(analysis: Analysis, options = {}): Promise<string> {
  const zip = await JSZip.loadAsync(await buildPlanDocx(analysis, options));
  return (await zip.file("word/document.xml")?.async("string")) ?? "";
}

function visibleText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join("")
    .replace(/&amp;/g, "&")
    .replace(/\u00a0/g, " ");
}

let filled: Analysis;
let xml: string;
let text: string;
beforeAll(async () => {
  filled = analyze(await loadGrids(await writeFilledForm(path.join(dir, "filled.xlsx"), { cached: true })));
  xml = await documentXml(filled);
  text = visibleText(xml);
});

describe("names and legal bases", () => {
  test.each([
    ["SỞ NỘI VỤ", "Sở Nội vụ"],
    ["UBND TỈNH NINH THUẬN", "UBND tỉnh Ninh Thuận"],
    ["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Sở Tài nguyên và Môi trường"],
    ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động - Thương binh và Xã hội"],
    ["ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH", "Ủy ban nhân dân huyện Bình Chánh"],
    ["Sở Giao thông vận tải", "Sở Giao thông vận tải"],
  ])("%p in running text is %p", (typed, running) => {
    expect(bodyInRunningText(typed)).toBe(running);
  });

  test("the Kèm theo line names the body in normal case; the header keeps its capitals", () => {
    expect(text).toContain("(Kèm theo Kế hoạch số 05/KH-SNV ngày … tháng … năm 2026 của Sở Nội vụ)");
    expect(text).toContain("SỞ NỘI VỤ");
    expect(text).not.toContain("của SỞ NỘI VỤ");
  });

  test("each basis reads 'Căn cứ …;', the last ends with '.'; one typed without 'Căn cứ' gets it", () => {
    expect(legalBasisLines(["Luật Tổ chức chính quyền địa phương", "căn cứ Nghị quyết số 76/NQ-CP;", "- Kế hoạch số 1/KH-UBND."])).toEqual([
      "Căn cứ Luật Tổ chức chính quyền địa phương;",
      "Căn cứ Nghị quyết số 76/NQ-CP;",
      "Căn cứ Kế hoạch số 1/KH-UBND.",
    ]);
    expect(text).toContain("giai đoạn 2021 - 2030;Căn cứ Kế hoạch số 120/KH-UBND ngày 20/10/2025 của UBND tỉnh về cải cách hành chính năm 2026.");
  });

  test("legal bases are spaced 6 pt after, as the body", () => {
    const basis = /<w:p>(?:(?!<w:p>)[\s\S])*?Căn cứ Nghị quyết[\s\S]*?<\/w:p>/.exec(xml)?.[0] ?? "";
    expect(basis).toMatch(/<w:spacing w:after="120"\/>/);
  });
});

describe("no empty area", () => {
  test("section II and the budget table list only the areas with tasks", () => {
    for (const area of ["Cải cách thể chế", "Cải cách chế độ công vụ", "Cải cách tài chính công"]) expect(text).not.toContain(area);
    expect(text).toContain("1. Công tác chỉ đạo, điều hành cải cách hành chính");
    expect(text).toContain("2. Cải cách thủ tục hành chính");
  });

  test("the appendix has one shaded band per filled area, none for the empty ones", () => {
    const shaded = [...xml.matchAll(/<w:tr>(?:(?!<w:tr>)[\s\S])*?<\/w:tr>/g)].map((m) => m[0]).filter((row) => /w:fill="E7E6E6"/.test(row));
    expect(shaded.map((row) => visibleText(row))).toEqual([
      "1Công tác chỉ đạo, điều hành cải cách hành chính164.000.000",
      "3Cải cách thủ tục hành chính1.250.000.000",
    ]);
  });

  test("the paragraph after the budget table keeps the body's 6 pt", () => {
    const after = /<\/w:tbl><w:p>(?:(?!<\/w:p>)[\s\S])*?Nguồn kinh phí/.exec(xml)?.[0] ?? "";
    expect(after).toMatch(/<w:spacing w:before="120"\/>/);
  });
});

describe("goals and Section IV", () => {
  test("the Thông tin sheet's goal wins over the one above the table", () => {
    expect(text).toContain(FILLED.generalGoal);
    expect(text).not.toContain(FILLED.aboveTableGoal);
  });

  test("the user's own line first, then every standard item it does not already speak of, ending ./.", () => {
    const section = text.slice(text.indexOf("IV. TỔ CHỨC THỰC HIỆN"), text.indexOf("Nơi nhận:"));
    expect(section).toContain("1. Trách nhiệm thực hiệnVăn phòng Sở chủ trì, theo dõi, đôn đốc các phòng thực hiện Kế hoạch.");
    for (const item of ["Quán triệt, phổ biến", "Chế độ báo cáo", "Kiểm tra, giám sát", "Sơ kết, tổng kết"]) expect(section).toContain(item);
    expect(section.trimEnd().endsWith("./.")).toBe(true);
  });

  test("a user's line about reporting stands for the standard reporting item", async () => {
    const analysis = { ...filled, plan: { ...filled.plan, info: { ...filled.plan.info, implementation: ["Các phòng báo cáo kết quả hằng quý"] } } };
    const section = visibleText(await documentXml(analysis));
    const iv = section.slice(section.indexOf("IV. TỔ CHỨC THỰC HIỆN"), section.indexOf("Nơi nhận:"));
    expect(iv).toContain("Các phòng báo cáo kết quả hằng quý.");
    expect(iv).not.toContain("Chế độ báo cáo");
    expect(iv).toContain("Kiểm tra, giám sát");
  });
});

describe("signature block and appendices", () => {
  const column = mm(165) - mm(75);

  test("a placeholder too long for the column is set in whole phrases, never leaving a word alone", () => {
    expect(signatureLines("QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ", column)).toEqual(["QUYỀN\u00a0HẠN,\u00a0CHỨC\u00a0VỤ", "CỦA\u00a0NGƯỜI\u00a0KÝ"]);
    expect(signatureLines("PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH", column).map((l) => l.replace(/\u00a0/g, " "))).toEqual([
      "PHÓ CHỦ TỊCH",
      "ỦY BAN NHÂN DÂN",
      "HUYỆN BÌNH CHÁNH",
    ]);
    expect(signatureLines("KT. GIÁM ĐỐC", column)).toEqual(["KT.\u00a0GIÁM\u00a0ĐỐC"]);
  });

  test("with the schedule, the appendices are Phụ lục I and II, each with the Kèm theo line in normal case", async () => {
    const withSchedule = visibleText(await documentXml(filled, { schedule: true }));
    expect(withSchedule).toContain("Phụ lục INHIỆM VỤ, SẢN PHẨM");
    expect(withSchedule).toContain("Phụ lục IITIẾN ĐỘ THỰC HIỆN");
    expect(withSchedule.match(/của Sở Nội vụ\)/g)).toHaveLength(2);
  });

  test("column widths: each at least its widest word, the rest shared by weight, the total kept", () => {
    expect(sizedWidths([1, 1, 2], [100, 100, 100], 1000)).toEqual([250, 250, 500]);
    // The first needs 400 of its 100: pinned; the second then falls below its 100: pinned; the third takes the rest.
    expect(sizedWidths([1, 1, 8], [400, 100, 100], 1000)).toEqual([400, 100, 500]);
    const widths = sizedWidths([6, 26, 17, 13, 9, 9, 10, 10], [400, 900, 900, 900, wordTwips("1.414.000.000", 12, true) + 210, 700, 700, 700], 14286);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(14286);
    expect(widths[4]).toBeGreaterThanOrEqual(wordTwips("1.414.000.000", 12, true) + 210);
  });
});

describe("detail lines", () => {
  it("a '+' line detailing the '-' task above it keeps its '+' in the body, after that task", async () => {
    const layout = (await import("../layouts/layouts")).LAYOUTS.find((l) => l.name.startsWith("64 "));
    const body = visibleText(await documentXml(analyze(layout!.sheets)));
    const at = (words: string) => body.indexOf(words);
    expect(body).toContain("- Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức.");
    expect(body).toContain("+ Qua đường dây nóng của UBND phường.");
    expect(body).toContain("+ Qua hộp thư góp ý đặt tại Trung tâm phục vụ hành chính công.");
    expect(at("+ Qua đường dây nóng")).toBeGreaterThan(at("- Tiếp nhận, xử lý phản ánh"));
  });
});

