// sheet-versions: a workbook that keeps two versions of one plan (the draft beside the final, last year's copy kept
// hidden) had both read, and its money counted twice. The facts below were worked out by hand before the code ran.
import { analyze } from "../../src/core/analyze";
import type { CellValue, SheetGrid } from "../../src/core/types";
import { sheet } from "../layouts/harness";

const plan = (title: string, amounts: [number, number], body: string | null = "SỞ CÔNG THƯƠNG"): CellValue[][] => [
  [body],
  [title],
  [],
  ["TT", "Nội dung", "Sản phẩm", "Đơn vị chủ trì", "Thời gian", "Kinh phí (đồng)"],
  ["I", "Cải cách thủ tục hành chính"],
  ["1", "Rà soát 12 thủ tục hành chính lĩnh vực công thương", "Phương án đơn giản hóa", "Văn phòng Sở", "Quý II/2026", amounts[0]],
  ["2", "Khảo sát sự hài lòng của doanh nghiệp", "Báo cáo khảo sát", "Văn phòng Sở", "Quý III/2026", amounts[1]],
  ["II", "Cải cách tài chính công"],
  ["1", "Sửa đổi quy chế chi tiêu nội bộ", "Quy chế", "Phòng Kế hoạch - Tài chính", "Quý I/2026", "Kinh phí thường xuyên"],
  [null, "Tổng cộng", null, null, null, amounts[0] + amounts[1]],
];
const TITLE = "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026";
const DRAFT = plan(`${TITLE} (DỰ THẢO)`, [20_000_000, 15_000_000]);
const FINAL = plan(TITLE, [18_000_000, 12_000_000]);

const named = (name: string, values: CellValue[][], state?: SheetGrid["state"]): SheetGrid => ({ ...sheet(values, { name }), ...(state ? { state } : {}) });
const versionFindings = (grids: SheetGrid[]) => analyze(grids).findings.filter((f) => f.rule === "sheet-versions");

describe("sheet-versions: two versions of one plan in one workbook", () => {
  test("the draft beside the final (its sheet named so): only the final is read, and the official is told", () => {
    const grids = [named("KH 2026 (dự thảo)", DRAFT), named("KH 2026", FINAL)];
    const analysis = analyze(grids);
    expect(analysis.totals.total).toBe(30_000_000);
    expect(analysis.plan.rows.every((row) => row.sheet === "KH 2026")).toBe(true);
    expect(analysis.plan.title).toBe(TITLE);
    const findings = versionFindings(grids);
    expect(findings.map((f) => [f.severity, f.sheet, f.row, f.cell])).toEqual([["warning", "KH 2026 (dự thảo)", 4, "B4"]]);
    expect(findings[0].message).toBe(
      'Trang "KH 2026 (dự thảo)" là bản dự thảo của kế hoạch ở trang "KH 2026" (3/3 nhiệm vụ trùng nhau): chỉ đọc trang "KH 2026", để kinh phí không bị cộng hai lần; muốn kiểm tra bản dự thảo, hãy đọc riêng trang đó.',
    );
    // Nothing else is said of the draft: its rows are not checked.
    expect(analysis.findings.filter((f) => f.sheet === "KH 2026 (dự thảo)").map((f) => f.rule)).toEqual(["sheet-versions"]);
  });

  test("the draft marked by a DỰ THẢO line above its table, sheets named alike by Excel: the same body's final is read", () => {
    const marked: CellValue[][] = [["DỰ THẢO"], ...plan(TITLE, [20_000_000, 15_000_000])];
    const analysis = analyze([named("Sheet1", marked), named("Sheet2", FINAL)]);
    expect(analysis.totals.total).toBe(30_000_000);
    expect(analysis.findings.filter((f) => f.rule === "sheet-versions").map((f) => f.sheet)).toEqual(["Sheet1"]);
  });

  test("last year's copy kept hidden: the visible plan is read", () => {
    const grids = [named("KH 2026", FINAL), named("KH cũ", DRAFT, "hidden")];
    const analysis = analyze(grids);
    expect(analysis.totals.total).toBe(30_000_000);
    expect(versionFindings(grids)[0].message).toMatch(/^Trang ẩn "KH cũ" là một bản khác của kế hoạch ở trang "KH 2026" \(3\/3 nhiệm vụ trùng nhau\): chỉ đọc trang "KH 2026"/);
  });

  test("an old copy named cũ: set apart", () => {
    const grids = [named("KH 2026", FINAL), named("KH 2026 cũ", DRAFT)];
    expect(analyze(grids).totals.total).toBe(30_000_000);
    expect(versionFindings(grids)[0].message).toMatch(/^Trang "KH 2026 cũ" là bản cũ của kế hoạch ở trang "KH 2026"/);
  });

  test("two copies neither marked (Excel's 'KH 2026 (2)'): both read, and the doubled money said, with what to do", () => {
    const grids = [named("KH 2026", FINAL), named("KH 2026 (2)", plan(TITLE, [20_000_000, 15_000_000]))];
    expect(analyze(grids).totals.total).toBe(65_000_000);
    const findings = versionFindings(grids);
    expect(findings.map((f) => [f.severity, f.sheet, f.row])).toEqual([["warning", "KH 2026 (2)", 4]]);
    expect(findings[0].message).toBe(
      'Trang "KH 2026 (2)" và trang "KH 2026" có thể là hai bản của cùng một kế hoạch (3/3 nhiệm vụ trùng nhau): kinh phí của cả hai đang được cộng vào tổng; nếu một trang là bản cũ, hãy xóa hoặc ẩn trang đó, hoặc ghi "dự thảo" vào tên trang.',
    );
  });

  test("two communes' sheets from one template (their bodies named): two plans, both counted, nothing said", () => {
    const grids = [named("Xã An Hải", plan(TITLE, [5_000_000, 3_000_000], "UBND XÃ AN HẢI")), named("Xã Ninh Hải", plan(TITLE, [4_000_000, 2_000_000], "UBND XÃ NINH HẢI"))];
    expect(analyze(grids).totals.total).toBe(14_000_000);
    expect(versionFindings(grids)).toEqual([]);
  });

  test("one commune's draft beside another commune's plan, no body named: not set apart (another unit's money), only said", () => {
    const grids = [named("Xã An Hải (dự thảo)", plan(TITLE, [5_000_000, 3_000_000], null)), named("Xã Ninh Hải", plan(TITLE, [4_000_000, 2_000_000], null))];
    expect(analyze(grids).totals.total).toBe(14_000_000);
    const findings = versionFindings(grids);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/^Trang "Xã Ninh Hải" và trang "Xã An Hải \(dự thảo\)" có thể là hai bản/);
  });

  test("two plans that share a task or two: nothing said", () => {
    const other: CellValue[][] = [
      ["TT", "Nội dung", "Sản phẩm", "Đơn vị chủ trì", "Thời gian", "Kinh phí (đồng)"],
      ["1", "Rà soát 12 thủ tục hành chính lĩnh vực công thương", "Phương án", "Văn phòng Sở", "Quý II/2026", 1_000_000],
      ["2", "Số hóa hồ sơ lưu trữ của Sở", "Cơ sở dữ liệu", "Văn phòng Sở", "Quý IV/2026", 2_000_000],
      ["3", "Tập huấn kỹ năng số cho công chức", "Lớp tập huấn", "Văn phòng Sở", "Quý III/2026", 3_000_000],
    ];
    const grids = [named("KH 2026", FINAL), named("Phụ lục", other)];
    expect(analyze(grids).totals.total).toBe(36_000_000);
    expect(versionFindings(grids)).toEqual([]);
  });

  test("the sheet chosen by name is read whatever it is: the draft itself can be checked", () => {
    const analysis = analyze([named("KH 2026 (dự thảo)", DRAFT), named("KH 2026", FINAL)], { sheet: "KH 2026 (dự thảo)" });
    expect(analysis.totals.total).toBe(35_000_000);
    expect(analysis.findings.filter((f) => f.rule === "sheet-versions")).toEqual([]);
  });
});
