// `cchc build` on the example workbooks and on bad input: the document an official would open, and the
// one plain line (exit 2) when there is nothing to build from or nowhere to write.
import JSZip from "jszip";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBuild } from "../../src/cli/build";

const EXAMPLES = join(__dirname, "..", "fixtures", "examples");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

async function documentText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("").replace(/&amp;/g, "&").replace(/\u00a0/g, " ");
}

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cchc-build-"));
});

function expectOneLine(err: string[], pattern: RegExp) {
  const text = err.join("");
  expect(text.trimEnd().split("\n")).toHaveLength(1);
  expect(text).toMatch(pattern);
  expect(text).not.toMatch(/at .*\.(ts|js):\d+|Error:/);
}

describe("cchc build on the example workbooks", () => {
  test("khung-logic-2026.xlsx: exit 0, the total 149.000.000 đồng in figures and words, the input untouched", async () => {
    const input = join(dir, "khung-logic-2026.xlsx");
    copyFileSync(join(EXAMPLES, "khung-logic-2026.xlsx"), input);
    const before = sha(input);
    const output = join(dir, "ke-hoach.docx");
    const { io, out, err } = capture();
    expect(await runBuild([input, "-o", output], io)).toBe(0);
    expect(err.join("")).toBe("");
    expect(out.join("")).toMatch(/^Đã viết ".*ke-hoach\.docx": 1 bảng, \d+ dòng nội dung, tổng kinh phí 149\.000\.000 đồng/);
    expect(sha(input)).toBe(before);
    const text = await documentText(output);
    expect(text).toContain("149.000.000 đồng (Bằng chữ: Một trăm bốn mươi chín triệu đồng)");
    expect(text).toContain("Cải cách hành chính năm 2026");
    expect(text).toContain("Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành");
    expect(text).toContain("TTNội dungChỉ số thành côngPhương tiện xác minhNgân sách (đồng)");
    expect(readdirSync(dir).sort()).toEqual(["ke-hoach.docx", "khung-logic-2026.xlsx"]);
  });

  test("de-cuong-2019.xlsx: the appendix keeps the outline's columns and numbers; the total row is not a task", async () => {
    const output = join(dir, "de-cuong.docx");
    expect(await runBuild([join(EXAMPLES, "de-cuong-2019.xlsx"), "-o", output], capture().io)).toBe(0);
    const text = await documentText(output);
    expect(text).toContain("Nhiệm vụ chungNhiệm vụ cụ thểSản phẩmCơ quan chủ trìCơ quan phối hợpThời gian thực hiệnKinh phí dự kiến (đồng)Ghi chú");
    expect(text).toContain("I. Cải cách thể chế");
    expect(text).toContain("1. Rà soát quy trình xây dựng văn bản của Sở");
    expect(text).toContain("KẾ HOẠCHTriển khai các nhiệm vụ cải cách hành chính năm 2019");
    expect(text).not.toMatch(/- Tổng kinh phí/);
  });

  test("so-gtvt-2014-5w1h.xlsx: 5W1H columns, goal and task side by side, blank-form rows left out", async () => {
    const output = join(dir, "5w1h.docx");
    expect(await runBuild([join(EXAMPLES, "so-gtvt-2014-5w1h.xlsx"), "-o", output, "--year", "2014"], capture().io)).toBe(0);
    const text = await documentText(output);
    expect(text).toContain("TTMục tiêuNhiệm vụSản phẩmTiến độPhân côngCách thức thực hiệnKinh phí (đồng)");
    expect(text).toContain("1.1. Nâng cấp website để tiếp nhận hồ sơ trực tuyến");
    expect(text).toContain("Kế hoạch tập trung thực hiện các mục tiêu sau:");
    expect(text).not.toContain("M/tiêu 1");
  });
});

describe("cchc build refuses with one Vietnamese line (exit 2)", () => {
  test("the output would overwrite the input workbook", async () => {
    const input = join(dir, "plan.xlsx");
    copyFileSync(join(EXAMPLES, "khung-logic-2026.xlsx"), input);
    const before = sha(input);
    const { io, err } = capture();
    expect(await runBuild([input, "-o", join(dir, ".", "plan.xlsx")], io)).toBe(2);
    expectOneLine(err, /trùng với tệp Excel đầu vào/);
    expect(sha(input)).toBe(before);
  });

  test("the workbook does not exist", async () => {
    const { io, err } = capture();
    expect(await runBuild([join(dir, "khong-co.xlsx"), "-o", join(dir, "a.docx")], io)).toBe(2);
    expectOneLine(err, /Không đọc được ".*khong-co\.xlsx": không tìm thấy tệp/);
    expect(existsSync(join(dir, "a.docx"))).toBe(false);
  });

  test("the file is not a workbook", async () => {
    const input = join(dir, "notes.xlsx");
    writeFileSync(input, "Đây không phải bảng tính");
    const { io, err } = capture();
    expect(await runBuild([input, "-o", join(dir, "a.docx")], io)).toBe(2);
    expectOneLine(err, /Không đọc được ".*notes\.xlsx"/);
  });

  test("no -o given", async () => {
    const { io, err } = capture();
    expect(await runBuild([join(EXAMPLES, "khung-logic-2026.xlsx")], io)).toBe(2);
    expectOneLine(err, /Thiếu tệp kết quả/);
  });

  test("the output folder does not exist: nothing half-written is left behind", async () => {
    const { io, err } = capture();
    const output = join(dir, "khong-co-thu-muc", "a.docx");
    expect(await runBuild([join(EXAMPLES, "khung-logic-2026.xlsx"), "-o", output], io)).toBe(2);
    expectOneLine(err, /Không ghi được ".*a\.docx": thư mục chứa tệp không tồn tại/);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("--sheet names a sheet the workbook lacks", async () => {
    const { io, err } = capture();
    expect(await runBuild([join(EXAMPLES, "khung-logic-2026.xlsx"), "-o", join(dir, "a.docx"), "--sheet", "Không có"], io)).toBe(2);
    expectOneLine(err, /Không đọc được/);
  });
});
