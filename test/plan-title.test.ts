// The plan's title and year, from the text above its table: the line that names the document (KẾ HOẠCH …), not the
// first line that mentions a plan. Facts worked by hand from an explorer's workbooks (a Sở's plan in the Nghị định 30
// layout, its title over two lines; a commune's draft on the province's form, a form label above its title).
import { analyze } from "../src/core/analyze";
import type { CellValue } from "../src/core/types";
import { sheet } from "./layouts/harness";

const TABLE: CellValue[][] = [
  ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện", "Kinh phí (đồng)"],
  ["1", "Cải cách thủ tục hành chính"],
  ["1.1", "Rà soát thủ tục hành chính lĩnh vực công thương", "Văn phòng Sở", "Quý II", 3_000_000],
  ["1.2", "Báo cáo kết quả kiểm soát thủ tục hành chính", "Văn phòng Sở", "Tháng 12", 1_000_000],
];
const read = (above: CellValue[][]) => analyze([sheet([...above, [], ...TABLE], { name: "KH CCHC 2025" })]).plan;

describe("the plan's title and year", () => {
  test("the Nghị định 30 title over two lines (KẾ HOẠCH, then its subject): the subject's year is the plan's", () => {
    const plan = read([
      ["UBND TỈNH KHÁNH HÒA", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["SỞ CÔNG THƯƠNG", null, null, "Độc lập - Tự do - Hạnh phúc"],
      ["Số: 812/KH-SCT", null, null, "Khánh Hòa, ngày 28 tháng 11 năm 2025"],
      [],
      ["KẾ HOẠCH"],
      ["Cải cách hành chính năm 2026"],
      ["Căn cứ Quyết định số 2150/QĐ-UBND ngày 30/10/2025 của UBND tỉnh ban hành Kế hoạch CCHC tỉnh năm 2026;"],
    ]);
    expect([plan.year, plan.title]).toEqual([2026, "KẾ HOẠCH Cải cách hành chính năm 2026"]);
    expect(plan.rows.filter((row) => row.level === "activity").map((row) => [row.period?.start, row.period?.end])).toEqual([
      ["2026-04-01", "2026-06-30"],
      ["2026-12-01", "2026-12-31"],
    ]);
  });

  test("a form label naming last year's guidance about plans, above the title: the title's year is the plan's", () => {
    const plan = read([
      ["Mẫu số 01 - Ban hành theo Hướng dẫn số 1850/HD-SNV ngày 15/10/2025 của Sở Nội vụ về xây dựng kế hoạch CCHC"],
      ["UBND XÃ VĨNH HẢI"],
      ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
    ]);
    expect([plan.year, plan.title]).toEqual([2026, "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"]);
  });

  test("a draft's title (DỰ THẢO KẾ HOẠCH …) is its title", () => {
    expect(read([["DỰ THẢO KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"]]).year).toBe(2026);
  });

  test("no line naming the document: a line about the plan still gives the title, as before", () => {
    const plan = read([["Phụ lục: Nhiệm vụ kế hoạch cải cách hành chính năm 2026 của xã"]]);
    expect([plan.year, plan.title]).toEqual([2026, "Phụ lục: Nhiệm vụ kế hoạch cải cách hành chính năm 2026 của xã"]);
  });

  test("KẾ HOẠCH over a subject that opens with Thực hiện: the subject's year", () => {
    expect(read([["KẾ HOẠCH"], ["Thực hiện công tác cải cách hành chính năm 2026"]]).year).toBe(2026);
  });

  test("only a line citing the form names the plan (Mẫu số 01: Kế hoạch CCHC năm 2026): its year, as before", () => {
    expect(read([["Mẫu số 01: Kế hoạch CCHC năm 2026"]]).year).toBe(2026);
  });
});
