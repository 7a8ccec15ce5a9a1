// A row under a task merged down over it: a continuation of that task only where it has nothing of its own to count.
import { analyze } from "../src/core/analyze";
import type { CellValue } from "../src/core/types";
import { sheet } from "./layouts/harness";

const read = (values: CellValue[][], merges: string[]) => analyze([sheet(values, { merges })]);

describe("continuation rows", () => {
  it("a Nội dung merged over tasks 1, 2 and 3, each with its own activity and money, heads three tasks: all money counts", () => {
    const analysis = read(
      [
        ["TT", "Nội dung", "Hoạt động", "Thời gian", "Chủ trì", "Kinh phí (đồng)"],
        ["1", "Cải cách thủ tục hành chính", "Rà soát thủ tục", "Quý I/2026", "Văn phòng", 1_000_000],
        ["2", null, "Công bố thủ tục", "Quý II/2026", "Văn phòng", 2_000_000],
        ["3", null, "Niêm yết thủ tục", "Quý III/2026", "Văn phòng", 3_000_000],
      ],
      ["B2:B4"],
    );
    expect(analysis.totals.total).toBe(6_000_000);
    expect(analysis.plan.tables[0].skipped ?? []).toEqual([]);
  });

  it("a task merged over a second row holding its own period and money: that row is read, its money counted", () => {
    const analysis = read(
      [
        ["TT", "Nội dung", "Cách thức", "Thời gian", "Chủ trì", "Kinh phí (đồng)"],
        ["1", "Tuyên truyền cải cách hành chính", "Trên cổng thông tin", "Quý I/2026", "Văn phòng", 10_000_000],
        [null, null, "Qua hội nghị", "Quý II/2026", null, 20_000_000],
      ],
      ["A2:A3", "B2:B3", "E2:E3"],
    );
    expect(analysis.totals.total).toBe(30_000_000);
  });

  it("an area title merged two rows high gives nothing of the row under it to the area", () => {
    const analysis = read(
      [
        ["TT", "Nội dung", "Chủ trì", "Thời gian", "Kinh phí (đồng)"],
        ["I", "Cải cách thủ tục hành chính", null, null, null],
        [null, null, "x", null, null],
        ["1", "Rà soát thủ tục", "Văn phòng", "Quý I/2026", 1_000_000],
      ],
      ["A2:A3", "B2:B3"],
    );
    expect(analysis.plan.rows[0]).toMatchObject({ level: "area", lead: null });
  });
});
