// The reader on small grids: header wordings, layouts, labels and cell conventions of domain brief §2.
import fc from "fast-check";
import { readPlan, PlanInputError, splitAssignment } from "../src/core/reader";
import { matchHeader } from "../src/core/headers";
import type { CellValue, SheetGrid } from "../src/core/types";

function grid(values: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name: "Sheet1", values, ...extra };
}

const PLAIN_HEADER = ["TT", "Nội dung", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"];

describe("header matching", () => {
  it.each([
    ["STT", "number"],
    ["Số TT", "number"],
    ["NHIỆM VỤ CỤ THỂ", "content"],
    ["Tên nhiệm vụ", "content"],
    ["Kết quả đầu ra", "output"],
    ["Chỉ tiêu", "indicator"],
    ["Nguồn kiểm chứng", "verification"],
    ["Dự toán (đồng)", "budget"],
    ["Ngân sách (VNĐ)", "budget"],
    ["Thời hạn hoàn thành", "period"],
    ["Chủ trì", "lead"],
    ["Phối hợp", "partners"],
    ["Phân công", "assignment"],
    ["Biện pháp", "method"],
    ["Ghi chú", "note"],
  ])("reads %s as %s", (text, field) => {
    expect(matchHeader(text)?.field).toBe(field);
  });

  it("matches decomposed (NFD) text typed on Vietnamese keyboards", () => {
    expect(matchHeader("Thời gian thực hiện".normalize("NFD"))?.field).toBe("period");
  });

  it("reads the unit of a budget header in brackets", () => {
    expect(matchHeader("Kinh phí (triệu đồng)")).toMatchObject({ field: "budget", unit: 1_000_000 });
    expect(matchHeader("Ngân sách (Đồng)")).toMatchObject({ field: "budget", unit: 1 });
  });

  // Units typed outside brackets, as often as inside: after a comma or dash, on the header's second line (Alt+Enter),
  // after "ĐVT:". Outside brackets only a wording that names the currency counts: "ngân sách" folds to "ngan sach",
  // and "ngàn" alone would make every Ngân sách column a thousands column.
  it.each([
    ["Kinh phí, triệu đồng", 1_000_000],
    ["Kinh phí - triệu đồng", 1_000_000],
    ["Kinh phí\ntriệu đồng", 1_000_000],
    ["Kinh phí [triệu đồng]", 1_000_000],
    ["Dự toán kinh phí: nghìn đồng", 1_000],
    ["Kinh phí (nguồn ngân sách), ĐVT: nghìn đồng", 1_000],
    ["Kinh phí, ĐVT: tr.đ", 1_000_000],
    ["Kinh phí thực hiện, tỷ đồng", 1_000_000_000],
    ["Kinh phí, VNĐ", 1],
  ])("reads the unit written outside brackets in %j", (text, unit) => {
    expect(matchHeader(text)).toMatchObject({ field: "budget", unit, unitStated: true });
  });

  it.each([
    ["Kinh phí (triệu)", 1_000_000],
    ["Kinh phí (đ)", 1],
    ["Kinh phí (triệu đồng, NSNN)", 1_000_000],
    ["Kinh phí (ĐVT: ngàn)", 1_000],
    ["Kinh phí (đồng/năm)", 1],
    ["Kinh phí (Triệu đ)", 1_000_000],
    ["Kinh phí (nghìn đ)", 1_000],
    ["Kinh phí (ngàn đ)", 1_000],
    ["Kinh phí (tỷ đ)", 1_000_000_000],
    ["Kinh phí (triệu, NSNN)", 1_000_000],
  ])("reads the unit in brackets in %j", (text, unit) => {
    expect(matchHeader(text)).toMatchObject({ field: "budget", unit, unitStated: true });
  });

  // "(nguồn ngân sách)" had been read as thousands: "ngân" folds to "ngan", a word for nghìn.
  it.each(["Ngân sách tỉnh", "Ngân sách nhà nước", "Kinh phí", "Nguồn kinh phí", "Kinh phí (nguồn ngân sách)", "Kinh phí (NSNN)", "Kinh phí (ngân sách tỉnh)"])(
    "states no unit in %j",
    (text) => {
      expect(matchHeader(text)).toMatchObject({ unitStated: false, unit: 1 });
    },
  );

  it("does not take long data text for a header", () => {
    expect(matchHeader("Nội dung của hoạt động rà soát văn bản quy phạm pháp luật năm 2026 của Sở")).toBeNull();
  });
});

describe("finding tables", () => {
  it("finds a plain implementation table below a title, in any column order, and treats every row as an activity", () => {
    const plan = readPlan([
      grid([
        ["KẾ HOẠCH TỔ CHỨC HỘI THI TÌM HIỂU CCHC NĂM 2025"],
        [],
        ["Đơn vị phối hợp", "TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
        ["Các phòng", 1, "Xây dựng thể lệ", "Văn phòng", "Tháng 3"],
        [null, 2, "Tổ chức vòng sơ khảo", "Văn phòng", "Quý II"],
      ]),
    ]);
    expect(plan.tables).toEqual([expect.objectContaining({ form: "plain", headerRows: [3] })]);
    expect(plan.year).toBe(2025);
    expect(plan.rows.map((r) => [r.level, r.content, r.lead])).toEqual([
      ["activity", "Xây dựng thể lệ", "Văn phòng"],
      ["activity", "Tổ chức vòng sơ khảo", "Văn phòng"],
    ]);
    expect(plan.rows[0].cells).toMatchObject({ lead: "D4", partners: "A4", period: "E4" });
    expect(plan.rows[1].period).toMatchObject({ start: "2025-04-01", end: "2025-06-30" });
  });

  it("finds two tables on one sheet and tables on several sheets", () => {
    const table = [PLAIN_HEADER, [1, "Việc một", "Tháng 1/2026", "VP", null]];
    const plan = readPlan([grid([...table, [], [], ...table]), grid(table, { name: "Sheet2" })]);
    expect(plan.tables.map((t) => `${t.sheet}:${t.headerRows[0]}`)).toEqual(["Sheet1:1", "Sheet1:5", "Sheet2:1"]);
    expect(plan.rows).toHaveLength(3);
  });

  it("reads a used range that does not start at A1", () => {
    const plan = readPlan([grid([PLAIN_HEADER, [1, "Việc một", "Tháng 1/2026", "VP", null]], { originRow: 4, originCol: 2 })]);
    expect(plan.tables[0].headerRows).toEqual([5]);
    expect(plan.rows[0]).toMatchObject({ row: 6, cells: { content: "D6", lead: "F6" } });
  });

  it("reads only the sheet asked for, and says which sheets exist when it is not there", () => {
    const sheets = [grid([PLAIN_HEADER, [1, "Việc", "2026", "VP", null]]), grid([PLAIN_HEADER], { name: "Khác" })];
    expect(readPlan(sheets, { sheet: "khác" }).tables[0].sheet).toBe("Khác");
    expect(() => readPlan(sheets, { sheet: "KH 2026" })).toThrow(PlanInputError);
    expect(() => readPlan(sheets, { sheet: "KH 2026" })).toThrow(/"Sheet1", "Khác"/);
  });

  it("finds no table in a sheet of notes", () => {
    expect(readPlan([grid([["Điền kế hoạch ở trang sau."], ["Hạn gửi: 15/11"]])]).tables).toEqual([]);
  });
});

describe("rows and cells", () => {
  const header = ["TT", "Nội dung", "Chỉ số", "Kinh phí (triệu đồng)", "Thời gian", "Chủ trì", "Phối hợp"];

  it("works out levels from numbering alone: 1 / 1.1 / 1.1.1", () => {
    const plan = readPlan([
      grid([
        header,
        ["1", "Cải cách thể chế", null, null, null, null, null],
        ["1.1", "Văn bản được rà soát", "100% văn bản", null, "2026", "VP", null],
        ["1.1.1", "Rà soát văn bản", "50 văn bản", 12, "Quý I/2026", "VP", null],
      ]),
    ]);
    expect(plan.rows.map((r) => r.level)).toEqual(["area", "result", "activity"]);
    expect(plan.rows[2].parent).toBe(1);
    expect(plan.rows[2].area).toBe("Cải cách thể chế");
    expect(plan.rows[2].budget?.amount).toBe(12_000_000);
  });

  it("resolves ditto marks from the row above, for checking", () => {
    const plan = readPlan([
      grid([
        PLAIN_HEADER,
        [1, "Việc một", "Quý I/2026", "Văn phòng Sở", "Các phòng"],
        [2, "Việc hai", "(nt)", "nt", "Như trên"],
        [3, "Việc ba", "-nt-", "-nt-", null],
      ]),
    ]);
    expect(plan.rows.map((r) => r.lead)).toEqual(["Văn phòng Sở", "Văn phòng Sở", "Văn phòng Sở"]);
    expect(plan.rows[1].partners).toBe("Các phòng");
    expect(plan.rows[2].period).toMatchObject({ start: "2026-01-01", end: "2026-03-31" });
  });

  it("keeps a total row out of the tasks and records its figure and formula", () => {
    const plan = readPlan([
      grid(
        [
          ["TT", "Nội dung", "Kinh phí", "Thời gian", "Chủ trì"],
          [1, "Việc một", 5_000_000, "2026", "VP"],
          [null, "Tổng cộng", 5_000_000, null, null],
          [null, "Bằng chữ: Năm triệu đồng", null, null, null],
        ],
        { formulas: [[], [], [null, null, "SUM(C2:C2)"], []] },
      ),
    ]);
    expect(plan.rows).toHaveLength(1);
    expect(plan.sheetTotals).toEqual([expect.objectContaining({ row: 3, cell: "C3", amount: 5_000_000, formula: "SUM(C2:C2)" })]);
  });

  it("does not take a task named 'Tổng kết …' for a total row", () => {
    const plan = readPlan([grid([PLAIN_HEADER, [1, "Tổng kết công tác CCHC năm 2026", "Tháng 12/2026", "VP", null]])]);
    expect(plan.rows.map((r) => r.content)).toEqual(["Tổng kết công tác CCHC năm 2026"]);
  });

  it("keeps a row with figures but no task text, so the missing task can be reported", () => {
    const plan = readPlan([grid([PLAIN_HEADER, [1, null, "Quý I/2026", "VP", null]])]);
    expect(plan.rows).toEqual([expect.objectContaining({ content: "", level: "activity" })]);
  });

  it("skips blank-form rows that hold only their number and a SUBTOTAL formula", () => {
    const plan = readPlan([
      grid([header, ["1.1", null, null, 0, null, null, null]], { formulas: [[], [null, null, null, "SUBTOTAL(9,D3:D4)"]] }),
    ]);
    expect(plan.rows).toEqual([]);
  });

  it("reads a year from the periods when no title states one", () => {
    const plan = readPlan([grid([PLAIN_HEADER, [1, "Việc", "Quý I/2024", "VP", null], [2, "Việc", "Tháng 5/2024", "VP", null]])]);
    expect(plan.year).toBe(2024);
    expect(readPlan([grid([PLAIN_HEADER, [1, "Việc", "Quý I/2024", "VP", null]])], { year: 2030 }).year).toBe(2030);
  });
});

describe("Phân công", () => {
  it.each([
    ["- Chủ trì: VP. Sở\n- Phối hợp: Trung tâm CNTT", "VP. Sở", "Trung tâm CNTT"],
    ["Chủ trì: Văn phòng; phối hợp: các phòng", "Văn phòng", "các phòng"],
    ["Văn phòng Sở", "Văn phòng Sở", null],
    ["CHỦ TRÌ: Thanh tra Sở", "Thanh tra Sở", null],
    // Roles in brackets after each body, or in a sentence: an explorer's Sở typed both.
    ["Văn phòng Sở (chủ trì); các phòng, đơn vị (phối hợp)", "Văn phòng Sở", "các phòng, đơn vị"],
    ["Văn phòng Sở (chủ trì)\nPhòng Tổ chức (phối hợp)", "Văn phòng Sở", "Phòng Tổ chức"],
    ["Phòng Tổ chức cán bộ chủ trì, phối hợp với Văn phòng Sở", "Phòng Tổ chức cán bộ", "Văn phòng Sở"],
    ["Phòng Tổ chức cán bộ chủ trì", "Phòng Tổ chức cán bộ", null],
    ["Văn phòng (chủ trì), Phòng Tư pháp (phối hợp)", "Văn phòng", "Phòng Tư pháp"],
  ])("splits %j", (text, lead, partners) => {
    expect(splitAssignment(text)).toEqual({ lead, partners });
  });
});

describe("robustness", () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 40 }),
    fc.constantFrom("TT", "Nội dung", "Thời gian", "Kinh phí", "Chủ trì", "Phân công", "Lĩnh vực 1:", "I.", "1.1.1", "nt", "Tổng cộng"),
    // Every kind of the decision table and every header part (issue 7).
    fc.constantFrom("Cộng", "Cộng lĩnh vực I", "Tiểu cộng", "Bằng chữ: Mười đồng", "Ghi chú: x", "* x", "Nơi nhận:", "(1)", "(2)", "3",
      "Kinh phí (triệu đồng)", "Bắt đầu", "Kết thúc", "Ngân sách tỉnh", "Tổng số", "Trong đó", "Kết quả 5.1.", "c", "b)", "ii",
      "ĐVT: triệu đồng", "Mục đích", "Mục tiêu: x", "Why/What?", "2,5", "10 000 000 đ", "Trách nhiệm", "Cơ quan phối hợp"),
    fc.double({ noNaN: false }),
    fc.date({ noInvalidDate: false }),
    fc.boolean(),
    fc.record({ error: fc.constantFrom("#REF!", "#DIV/0!", "#N/A") }),
  );
  const grids = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 25 });

  it("never throws on any grid", () => {
    fc.assert(
      fc.property(grids, (values) => {
        readPlan([{ name: "S", values }]);
      }),
      { numRuns: 1000 },
    );
  });

  const merge = fc.record({ top: fc.nat(24), left: fc.nat(8), height: fc.nat(3), width: fc.nat(3) }).map((m) => ({
    top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width,
  }));
  const corrections = fc.array(
    fc.record({
      headerRow: fc.option(fc.integer({ min: 1, max: 25 }), { nil: undefined }),
      columns: fc.dictionary(fc.constantFrom("A", "B", "C", "D", "E"), fc.constantFrom("budget", "period", "lead", "content", "none" as const)),
    }),
    { maxLength: 2 },
  );

  it("never throws with merged cells and any correction, and every row below a header gets exactly one kind", () => {
    fc.assert(
      fc.property(grids, fc.array(merge, { maxLength: 6 }), corrections, (values, merges, fixes) => {
        const plan = readPlan([{ name: "S", values, merges }], { corrections: fixes });
        for (const table of plan.tables) {
          const skippedRows = (table.skipped ?? []).map((s) => s.row);
          expect(new Set(skippedRows).size).toBe(skippedRows.length);
          expect(plan.rows.some((r) => r.table === plan.tables.indexOf(table) && skippedRows.includes(r.row))).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
