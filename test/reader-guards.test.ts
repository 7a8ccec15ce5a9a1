// Tables the newer readings must not misread (a review's counter-examples): a task named like a document section, a
// flat list whose tasks begin with an area's other wording, a flat list lettered A, B, C, a Lĩnh vực column that names
// sectors, and a Lĩnh vực typed once and merged down.
import { analyze } from "../src/core/analyze";
import { sheet } from "./layouts/harness";
import type { CellValue } from "../src/core/types";

const HEADER = ["TT", "Nội dung", "Chủ trì", "Thời gian", "Kinh phí (triệu đồng)"];
const read = (rows: CellValue[][], merges?: string[]) => analyze([sheet([HEADER, ...rows], { merges })], { year: 2026 });
const levels = (rows: CellValue[][]) => read(rows).plan.rows.map((row) => `${row.row}:${row.level}`);

describe("the reader's newer readings keep ordinary tables whole", () => {
  it("a task named 'Chế độ báo cáo', with its lead, period and money, is a task: the table goes on", () => {
    const analysis = read([
      ["I", "Cải cách thể chế"],
      ["1", "Rà soát văn bản", "Sở Tư pháp", "Quý I", 50],
      ["2", "Chế độ báo cáo", "Văn phòng", "Hằng quý", 10],
      ["3", "Kiểm tra văn bản", "Sở Tư pháp", "Quý III", 20],
    ]);
    expect(analysis.plan.rows.map((row) => row.row)).toEqual([2, 3, 4, 5]);
    expect(analysis.totals.total).toBe(80_000_000);
  });

  it("'III. TỔ CHỨC THỰC HIỆN' typed with no space after the numeral still ends the table", () => {
    const analysis = read([["1", "Rà soát văn bản", "Sở Tư pháp", "Quý I", 5], ["III.TỔ CHỨC THỰC HIỆN"], ["1", "Các sở triển khai kế hoạch."]]);
    expect(analysis.plan.rows.map((row) => row.row)).toEqual([2]);
  });

  it("flat tasks that begin with an area's other wording, with a lead and a period, stay tasks", () => {
    expect(
      levels([
        ["1", "Rà soát thủ tục", "Văn phòng", "Quý I", 5],
        ["2", "Cải cách TTHC trong lĩnh vực đất đai", "Phòng Tài nguyên", "Quý II", 100],
        ["3", "Xây dựng chính quyền số cấp xã", "Văn phòng", "Quý III", 200],
        ["4", "Tập huấn", "Văn phòng", "Quý IV", 10],
      ]),
    ).toEqual(["2:activity", "3:activity", "4:activity", "5:activity"]);
  });

  it("a flat list lettered A, B, C is its tasks, not three areas", () => {
    const analysis = read([["A", "Rà soát văn bản", "Sở Tư pháp", "Quý I", 50], ["B", "Kiểm tra văn bản", "Sở Tư pháp", "Quý II", 20], ["C", "Tuyên truyền", "Văn phòng", "Quý III", 10]]);
    expect(analysis.plan.rows.map((row) => row.level)).toEqual(["activity", "activity", "activity"]);
    expect(analysis.findings.map((finding) => finding.rule)).not.toContain("empty-plan");
  });

  it("a Lĩnh vực column that names sectors (Đất đai, Hộ tịch) is no area column: the area rows decide", () => {
    const analysis = analyze(
      [
        sheet([
          ["TT", "Nội dung", "Lĩnh vực", "Thời gian", "Kinh phí (triệu đồng)"],
          ["I", "Cải cách thủ tục hành chính"],
          ["1", "Rà soát thủ tục đăng ký đất đai", "Đất đai", "Quý I", 5],
          ["2", "Rà soát thủ tục hộ tịch", "Hộ tịch", "Quý II", 3],
        ]),
      ],
      { year: 2026 },
    );
    expect(analysis.totals.byArea).toEqual([{ area: "Cải cách thủ tục hành chính", amount: 8_000_000 }]);
  });

  it("a Lĩnh vực typed once and merged down names every row it covers", () => {
    const analysis = analyze(
      [
        sheet(
          [
            ["TT", "Lĩnh vực", "Nội dung", "Thời gian", "Kinh phí (triệu đồng)"],
            ["1", "Cải cách TTHC", "Niêm yết thủ tục", "Quý I", 2],
            ["2", null, "Rà soát thủ tục", "Quý II", 3],
            ["3", "Cải cách tài chính công", "Giao tự chủ", "Quý III", 4],
          ],
          { merges: ["B2:B3"] },
        ),
      ],
      { year: 2026 },
    );
    expect(analysis.totals.byArea).toEqual([
      { area: "Cải cách thủ tục hành chính", amount: 5_000_000 },
      { area: "Cải cách tài chính công", amount: 4_000_000 },
    ]);
  });
});
