// "Phụ lục II: Tiến độ thực hiện" in the document XML, from khung-logic-2026.xlsx. The month counts were read off the
// sheet's period cells by hand: 47 active months, 24 ongoing (2.1.2 and 6.1 "Thường xuyên"), 1 deadline (1.1.2 in March).
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runBuild } from "../../src/cli/build";
import { analyze, type Analysis } from "../../src/core/analyze";
import { loadGrids } from "../../src/cli/load";
import { buildPlanDocx } from "../../src/docx";

async function documentXml(analysis: Analysis, schedule: boolean): Promise<string> {
  const zip = await JSZip.loadAsync(await buildPlanDocx(analysis, { schedule }));
  return (await zip.file("word/document.xml")?.async("string")) ?? "";
}

function text(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

/** The body split at each section break: the XML of each section's content and its w:sectPr. */
function sectionsOf(xml: string): string[] {
  return xml.split(/(?<=<\/w:sectPr>)/).filter((part) => part.includes("<w:sectPr"));
}

const count = (xml: string, pattern: RegExp) => (xml.match(pattern) ?? []).length;

let analysis: Analysis;
let withSchedule: string;
let without: string;

beforeAll(async () => {
  analysis = analyze(await loadGrids(path.join(__dirname, "../fixtures/examples/khung-logic-2026.xlsx")));
  withSchedule = await documentXml(analysis, true);
  without = await documentXml(analysis, false);
});

describe("cchc build --schedule: Phụ lục II", () => {
  it("numbers the appendices in Roman: the plan table becomes Phụ lục I, the schedule Phụ lục II", () => {
    const sections = sectionsOf(withSchedule);
    expect(sections).toHaveLength(3);
    expect(text(sections[1])).toMatch(/^Phụ lục INHIỆM VỤ, SẢN PHẨM/);
    expect(text(sections[2])).toMatch(/Phụ lục IITIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026\(Kèm theo Kế hoạch số/);
    expect(text(without)).not.toContain("Phụ lục I");
    expect(text(without)).not.toContain("TIẾN ĐỘ THỰC HIỆN");
  });

  it("section II refers to both appendices", () => {
    const body = text(sectionsOf(withSchedule)[0]);
    expect(body).toContain("(chi tiết tại Phụ lục I; tiến độ chi tiết tại Phụ lục II kèm theo Kế hoạch này):");
    expect(text(sectionsOf(without)[0])).toContain("(chi tiết tại Phụ lục kèm theo Kế hoạch này):");
  });

  it("is a landscape section with its own page numbers from 1 and both header rows repeated", () => {
    const section = sectionsOf(withSchedule)[2];
    expect(section).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
    expect(section).toMatch(/<w:pgNumType [^>]*w:start="1"/);
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(section)?.[0] ?? "";
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows.slice(0, 2).every((row) => row.includes("<w:tblHeader/>"))).toBe(true);
    expect(rows.slice(2).some((row) => row.includes("<w:tblHeader/>"))).toBe(false);
    expect(text(rows[0])).toBe("TTNội dungThời gianChủ trìNăm trướcQuý IQuý IIQuý IIIQuý IVNăm sau");
    expect(text(rows[1])).toBe("T1T2T3T4T5T6T7T8T9T10T11T12");
  });

  it("shades months in the theme's accents: active solid, ongoing hatched, the deadline marked (plus one legend sample each)", () => {
    const section = sectionsOf(withSchedule)[2];
    expect(count(section, /<w:shd w:fill="4472C4" w:color="auto" w:val="clear"\/>/g)).toBe(47 + 1);
    expect(count(section, /<w:shd w:fill="B4C6E7" w:color="4472C4" w:val="thinReverseDiagStripe"\/>/g)).toBe(24 + 1);
    expect(count(section, /<w:shd w:fill="F8CBAD" w:color="auto" w:val="clear"\/>/g)).toBe(1 + 1);
    expect(count(text(section), /♦/g)).toBe(1 + 1);
    expect(text(section)).toContain("Chú giải:");
    expect(text(section)).toContain("► sang năm sau");
  });

  it("lists the tasks it could not draw under the legend", async () => {
    const deCuong = analyze(await loadGrids(path.join(__dirname, "../fixtures/examples/de-cuong-2019.xlsx")));
    const section = sectionsOf(await documentXml(deCuong, true))[2];
    expect(text(section)).toContain('Chưa vẽ được tiến độ:- 1 Rà soát chức năng, nhiệm vụ các phòng: "Từ tháng ../năm tới tháng.../năm" (còn để mẫu trống).');
  });
});

describe("cchc build --schedule on the command line", () => {
  it("writes the document with Phụ lục II; without the flag there is none", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cchc-build-schedule-"));
    const input = path.join(__dirname, "../fixtures/examples/so-gtvt-2014-5w1h.xlsx");
    const io = { out: () => undefined, err: (line: string) => { throw new Error(line); } };
    const read = async (file: string) => text((await (await JSZip.loadAsync(readFileSync(file))).file("word/document.xml")?.async("string")) ?? "");
    expect(await runBuild([input, "-o", path.join(dir, "with.docx"), "--schedule"], io)).toBe(0);
    expect(await runBuild([input, "-o", path.join(dir, "without.docx")], io)).toBe(0);
    expect(await read(path.join(dir, "with.docx"))).toContain("Phụ lục IITIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2014");
    expect(await read(path.join(dir, "without.docx"))).not.toContain("TIẾN ĐỘ THỰC HIỆN");
    rmSync(dir, { recursive: true, force: true });
  });
});
