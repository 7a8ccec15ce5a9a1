// TT typed with a closing bracket or slash ("1)", "a/", "(1)", "1.1)"): numbering like "1." and "a)". Facts worked by
// hand from an explorer's plan of a Sở, where each "1)" had been a task with a missing lead, period and budget.
import { analyze } from "../src/core/analyze";
import { readNumbering } from "../src/core/labels";
import type { CellValue } from "../src/core/types";
import { sheet } from "./layouts/harness";

test.each([
  ["1)", "arabic", 1],
  ["1.1)", "arabic", 2],
  ["(1)", "arabic", 1],
  ["1/", "arabic", 1],
  ["a/", "letter", 1],
  ["II.", "roman", 1],
])("%p is %s numbering of depth %p", (text, kind, depth) => {
  expect(readNumbering(text)).toMatchObject({ kind, depth });
});

test("I. / 1) / a/: areas, results and activities, each money once, no task asked for what its group row lacks", () => {
  const rows: CellValue[][] = [
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
    ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kinh phí (đồng)"],
    ["I.", "Cải cách thủ tục hành chính"],
    ["1)", "Kiểm soát thủ tục hành chính"],
    ["a/", "Rà soát TTHC lĩnh vực xây dựng", "Văn phòng Sở", "Phòng Quản lý xây dựng", "Quý I", 4_000_000],
    ["b/", "Công bố TTHC sửa đổi, bổ sung", "Văn phòng Sở", null, "Quý II", 1_000_000],
    ["2)", "Thực hiện cơ chế một cửa"],
    ["a/", "Giải quyết hồ sơ cấp phép xây dựng trực tuyến", "Phòng Quản lý xây dựng", null, "Thường xuyên", 2_000_000],
    ["II.", "Cải cách tài chính công"],
    ["(1)", "Xây dựng quy chế chi tiêu nội bộ năm 2026", "Văn phòng Sở", null, "Quý I", 1_000_000],
  ];
  const analysis = analyze([sheet(rows)]);
  expect(analysis.plan.rows.map((row) => [row.row, row.level])).toEqual([
    [3, "area"],
    [4, "result"],
    [5, "activity"],
    [6, "activity"],
    [7, "result"],
    [8, "activity"],
    [9, "area"],
    [10, "result"],
  ]);
  expect(analysis.totals.total).toBe(8_000_000);
  expect(analysis.findings.filter((f) => f.rule.startsWith("missing-") && f.rule !== "missing-objective")).toEqual([]);
});

test.each(["1) Rà soát thủ tục", "(1) Rà soát thủ tục", "a/ Rà soát thủ tục", "1.2) Rà soát thủ tục"])("%p opens with its numbering", async (text) => {
  const { splitLeadingNumber } = await import("../src/core/labels");
  expect(splitLeadingNumber(text).rest).toBe("Rà soát thủ tục");
});

test("PHẦN I over Mục 1 over Nhiệm vụ 1: Phần the areas, Mục their results (both were areas: the money went to the Mục)", () => {
  const rows: CellValue[][] = [
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
    ["Số TT", "Nội dung", "Chủ trì", "Thời gian thực hiện", "Kinh phí (đồng)"],
    ["PHẦN I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"],
    ["Mục 1", "Xây dựng và triển khai kế hoạch"],
    ["Nhiệm vụ 1", "Ban hành Kế hoạch CCHC năm 2026", "Văn phòng", "Tháng 01/2026", 1_500_000],
    ["Mục 2", "Kiểm tra, giám sát"],
    ["Nhiệm vụ 1", "Kiểm tra CCHC đối với các bộ phận chuyên môn", "Văn phòng", "Quý III", 6_000_000],
    ["PHẦN II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
    ["Mục 1", "Kiểm soát TTHC"],
    ["Nhiệm vụ 1", "Rà soát TTHC lĩnh vực đất đai", "Địa chính", "Quý II", 3_000_000],
  ];
  const analysis = analyze([sheet(rows)]);
  expect(analysis.plan.rows.map((row) => row.level)).toEqual(["area", "result", "activity", "result", "activity", "area", "result", "activity"]);
  expect(analysis.totals.byArea.map((area) => [area.area, area.amount])).toEqual([
    ["Công tác chỉ đạo, điều hành cải cách hành chính", 7_500_000],
    ["Cải cách thủ tục hành chính", 3_000_000],
  ]);
  expect(analysis.findings.filter((f) => f.rule === "empty-area")).toEqual([]);
});

test("PHẦN I over Mục 1 where the Mục are the reform areas: they stay the areas", () => {
  const rows: CellValue[][] = [
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
    ["Số TT", "Nội dung", "Chủ trì", "Thời gian thực hiện", "Kinh phí (đồng)"],
    ["PHẦN I", "NHIỆM VỤ TRỌNG TÂM"],
    ["Mục 1", "Cải cách thể chế"],
    ["Nhiệm vụ 1", "Rà soát văn bản", "Tư pháp", "Quý I", 2_000_000],
    ["Mục 2", "Cải cách thủ tục hành chính"],
    ["Nhiệm vụ 1", "Rà soát thủ tục", "Văn phòng", "Quý II", 3_000_000],
  ];
  const analysis = analyze([sheet(rows)]);
  expect(analysis.totals.byArea.filter((area) => area.amount > 0).map((area) => [area.area, area.amount])).toEqual([
    ["Cải cách thể chế", 2_000_000],
    ["Cải cách thủ tục hành chính", 3_000_000],
  ]);
});
