// A compiled plan's unit row ("Đơn vị: SỞ TƯ PHÁP") is a heading, never a task; a task or a money unit that opens
// with the same words is not one.
import { isUnitRowLabel, unitRowName } from "../src/core/labels";
import { withUnitHeadings } from "../src/core/merge";
import { buildSchedule } from "../src/core/schedule";
import { groupByArea } from "../src/docx/body";
import { analyze } from "../src/core/analyze";
import type { CellValue } from "../src/core/types";
import { run, sheet } from "./layouts/harness";
import { LAYOUTS } from "./layouts/layouts";

it.each([
  ["Đơn vị: SỞ NỘI VỤ", true],
  ["ĐƠN VỊ: PHÒNG KẾ HOẠCH - TÀI CHÍNH", true],
  ["Don vi: UBND xa An Hai", true], // typed without accents
  ["Đo\u031Bn vi\u0323: Sở Tư pháp", true], // accents typed as combining marks
  ["  Đơn vị :  Trung tâm", true],
  ["Đơn vị thực hiện các nhiệm vụ được giao", false],
  ["Đơn vị sự nghiệp: giao quyền tự chủ", false],
  ["Đơn vị:", false],
  ["Đẩy mạnh cải cách thủ tục hành chính", false],
  ["Tổng hợp đơn vị: 12", false],
])("%j → %s", (text, expected) => {
  expect(isUnitRowLabel(text)).toBe(expected);
});

describe("the unit each row of a compiled plan comes under", () => {
  const layout = (prefix: string) => LAYOUTS.find((l) => l.name.startsWith(prefix))!;

  it.each([
    ["Đơn vị: SỞ NỘI VỤ", "SỞ NỘI VỤ"],
    ["  Đơn vị :  Trung tâm Phục vụ hành chính công ", "Trung tâm Phục vụ hành chính công"],
  ])("%j names %j", (label, name) => {
    expect(unitRowName(label)).toBe(name);
  });

  it("is the unit row above it, until the next unit row or area (layout 54, a Tổng hợp as the merge writes it)", () => {
    const rows = run(layout("54 ")).plan.rows.map((row) => [row.row, row.unit?.name ?? null, row.unit?.row ?? null]);
    expect(rows).toEqual([
      [3, null, null],
      [5, "SỞ TƯ PHÁP", 4],
      [6, "SỞ TƯ PHÁP", 4],
      [8, "UBND XÃ AN HẢI", 7],
      [9, "UBND XÃ AN HẢI", 7],
    ]);
  });

  it("ends at the next area; a row opening \"Đơn vị:\" with its own lead and period is a task of the unit above (layout 53)", () => {
    const rows = run(layout("53 ")).plan.rows.map((row) => [row.row, row.level, row.unit?.name ?? null]);
    expect(rows).toEqual([
      [3, "area", null],
      [5, "activity", "Văn phòng Sở"],
      [7, "activity", "Phòng Tư pháp"],
      [8, "area", null],
      [10, "activity", "PHÒNG KẾ HOẠCH - TÀI CHÍNH"],
      // A row opening "Đơn vị:" with its own lead and period is a task, of the unit it sits under.
      [11, "activity", "PHÒNG KẾ HOẠCH - TÀI CHÍNH"],
    ]);
  });

  it("comes back as a heading before each unit's rows, which move under it, as the merge writes its Word plan", () => {
    const analysis = run(layout("54 "));
    const rows = withUnitHeadings(analysis).plan.rows.map((row) => [row.level, row.content, row.parent]);
    expect(rows).toEqual([
      ["area", "Cải cách thể chế", null],
      ["result", "Đơn vị: SỞ TƯ PHÁP", 0],
      ["result", "Văn bản quy phạm pháp luật được rà soát", 1],
      ["activity", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", 2],
      ["result", "Đơn vị: UBND XÃ AN HẢI", 0],
      ["result", "Quy định của xã được rà soát", 4],
      ["activity", "Rà soát quy định do UBND xã ban hành", 5],
    ]);
    // Headings carry no money: the plan's totals are the rows' own.
    expect(withUnitHeadings(analysis).plan.rows.filter((row) => row.content.startsWith("Đơn vị:")).map((row) => row.budget)).toEqual([null, null]);
  });

  it("goes with each task into the schedule, so a task falling due names its unit beside its lead", () => {
    const tasks = buildSchedule(run(layout("54 ")).plan).groups.flatMap((group) => group.rows.map((row) => [row.row, row.lead, row.unit]));
    expect(tasks).toEqual([
      [5, null, "SỞ TƯ PHÁP"],
      [6, "Phòng Xây dựng văn bản", "SỞ TƯ PHÁP"],
      [8, null, "UBND XÃ AN HẢI"],
      [9, "Văn phòng UBND xã", "UBND XÃ AN HẢI"],
    ]);
  });

  it("starts again in each table: a second sheet's units, above any area of its own, come under none of the first's", () => {
    const [grid] = layout("54 ").sheets;
    const noArea = { ...grid, name: "Tổng hợp (2)", values: grid.values.filter((_, i) => i !== 2) };
    const rows = withUnitHeadings(run({ ...layout("54 "), sheets: [grid, noArea] })).plan.rows;
    const headings = rows.filter((row) => row.content.startsWith("Đơn vị:")).map((row) => [row.sheet, row.content, row.parent === null ? null : rows[row.parent].sheet]);
    expect(headings).toEqual([
      ["Tổng hợp", "Đơn vị: SỞ TƯ PHÁP", "Tổng hợp"],
      ["Tổng hợp", "Đơn vị: UBND XÃ AN HẢI", "Tổng hợp"],
      ["Tổng hợp (2)", "Đơn vị: SỞ TƯ PHÁP", null],
      ["Tổng hợp (2)", "Đơn vị: UBND XÃ AN HẢI", null],
    ]);
  });

  it("leaves a plan with no unit rows as it is", () => {
    const analysis = run(LAYOUTS[0]);
    expect(withUnitHeadings(analysis)).toBe(analysis);
  });
});

describe("a Tổng hợp's own Đơn vị and Nguồn columns", () => {
  const tongHop = LAYOUTS.find((l) => l.name.startsWith("54 "))!;
  const unreadColumns = (analysis: ReturnType<typeof run>) => analysis.findings.filter((f) => f.rule === "unread-column").map((f) => f.message);

  it("are the merge's trace of each row, not columns the office is asked to map", () => {
    expect(unreadColumns(run(tongHop))).toEqual([]);
  });

  it("are named as unread where the sheet is no Tổng hợp (no Nguồn header)", () => {
    const [grid] = tongHop.sheets;
    const values = grid.values.map((row, i) => (i === 1 ? row.map((v) => (v === "Nguồn (tệp › trang › dòng)" ? "Tệp gốc" : v)) : row));
    const messages = unreadColumns(run({ ...tongHop, sheets: [{ ...grid, values }] }));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('G ("Đơn vị"), H ("Tệp gốc")');
  });
});


// Worked by hand before running: where a unit row sits decides what its rows are under and where it ends.
describe("where a unit row sits", () => {
  const tree = (values: CellValue[][]) => {
    const analysis = analyze([sheet(values, { name: "KH" })], {});
    const rows = withUnitHeadings(analysis).plan.rows;
    return rows.map((row) => [row.content, row.parent === null ? null : rows[row.parent].content]);
  };

  it("right under a result: its rows stay in the result, and the unit ends at the next result", () => {
    expect(
      tree([
        ["TT", "Nội dung", "Thời gian", "Chủ trì", "Kinh phí (đồng)"],
        ["I", "Cải cách thể chế"],
        ["1", "Kết quả 1: Văn bản được rà soát"],
        [null, "Đơn vị: Phòng A"],
        ["1.1", "Rà soát văn bản A", "Quý II/2026", "Phòng A", 1000000],
        [null, "Đơn vị: Phòng B"],
        ["1.2", "Rà soát văn bản B", "Quý III/2026", "Phòng B", 2000000],
        ["2", "Kết quả 2: Thủ tục được công bố"],
        ["2.1", "Công bố thủ tục", "Tháng 3/2026", "Văn phòng", 3000000],
      ]),
    ).toEqual([
      ["Cải cách thể chế", null],
      ["Văn bản được rà soát", "Cải cách thể chế"],
      ["Đơn vị: Phòng A", "Văn bản được rà soát"],
      ["Rà soát văn bản A", "Đơn vị: Phòng A"],
      ["Đơn vị: Phòng B", "Văn bản được rà soát"],
      ["Rà soát văn bản B", "Đơn vị: Phòng B"],
      ["Thủ tục được công bố", "Cải cách thể chế"],
      ["Công bố thủ tục", "Thủ tục được công bố"],
    ]);
  });

  it("under an area: a unit whose first task has no result of its own never lands in the last unit's result", () => {
    expect(
      tree([
        ["TT", "Nội dung", "Thời gian", "Chủ trì", "Kinh phí (đồng)"],
        ["I", "Cải cách thể chế"],
        [null, "Đơn vị: SỞ TƯ PHÁP"],
        ["1", "Kết quả 1: Văn bản được rà soát"],
        ["-", "Rà soát văn bản quy phạm pháp luật", "Quý II/2026", "Phòng XDVB", 1000000],
        [null, "Đơn vị: UBND XÃ AN HẢI"],
        ["-", "Rà soát quy định về tổ chức bộ máy", "Quý III/2026", "Văn phòng", 2000000],
      ]),
    ).toEqual([
      ["Cải cách thể chế", null],
      ["Đơn vị: SỞ TƯ PHÁP", "Cải cách thể chế"],
      ["Văn bản được rà soát", "Đơn vị: SỞ TƯ PHÁP"],
      ["Rà soát văn bản quy phạm pháp luật", "Văn bản được rà soát"],
      ["Đơn vị: UBND XÃ AN HẢI", "Cải cách thể chế"],
      ["Rà soát quy định về tổ chức bộ máy", "Đơn vị: UBND XÃ AN HẢI"],
    ]);
  });

  it("a 5W1H table keeps no heading: its middle level is the plan's goals", () => {
    const analysis = analyze(
      [
        sheet(
          [
            ["Mục tiêu", "Nhiệm vụ", "Thời gian", "Đơn vị chủ trì", "Kinh phí (đồng)"],
            [null, "Đơn vị: Văn phòng Sở"],
            ["Nâng cao chất lượng giải quyết thủ tục", "Rà soát quy trình", "Quý II/2026", "Văn phòng", 1000000],
          ],
          { name: "5W1H" },
        ),
      ],
      {},
    );
    expect(analysis.plan.tables[0].form).toBe("5w1h");
    expect(analysis.plan.rows.some((row) => row.unit?.name === "Văn phòng Sở")).toBe(true);
    expect(withUnitHeadings(analysis)).toBe(analysis);
  });
});

// Worked by hand before running: a compiled plan laid out unit first, each unit's name in capitals as its heading
// (numbered A, B or not), its areas inside; 10 + 5 + 7 = 22 triệu.
describe("a Tổng hợp whose units' tasks are numbered as results (3.1, 3.2 under area 3)", () => {
  // As a merge writes it where the drafts' tasks sit right under their areas; a review found every unit after the
  // first lost, its tasks put under the first unit's heading in the Word plan.
  const values: CellValue[][] = [
    ["TT", "Nội dung", "Chủ trì", "Thời gian", "Kinh phí (đồng)", "Đơn vị"],
    // Another unit's plan goes three levels deep: 3.1 below is a result, a task of its own.
    ["2", "Lĩnh vực 2: Cải cách thể chế"],
    [null, "Đơn vị: UBND XÃ PHƯỚC DINH"],
    ["2.1", "Văn bản của xã được rà soát"],
    ["2.1.1", "Rà soát văn bản do UBND xã ban hành", "Công chức Tư pháp", "Quý II/2026", 1_000_000, "UBND XÃ PHƯỚC DINH"],
    ["3", "Lĩnh vực 3: Cải cách thủ tục hành chính"],
    [null, "Đơn vị: UBND XÃ AN HẢI"],
    ["3.1", "Rà soát, đánh giá 10 TTHC cấp xã", "Văn phòng", "Quý II/2026", 5_000_000, "UBND XÃ AN HẢI"],
    ["3.2", "Công khai TTHC tại Bộ phận Một cửa", "Văn phòng", "Quý I/2026", 2_000_000, "UBND XÃ AN HẢI"],
    [null, "Đơn vị: UBND XÃ CÔNG HẢI"],
    ["3.3", "Rà soát TTHC lĩnh vực hộ tịch", "Công chức Tư pháp", "Quý III/2026", 9_000_000, "UBND XÃ CÔNG HẢI"],
    [null, "Đơn vị: UBND XÃ NHƠN HẢI"],
    ["3.4", "Rà soát 05 TTHC lĩnh vực đất đai", "Công chức Địa chính", "Quý IV/2026", 4_000_000, "UBND XÃ NHƠN HẢI"],
  ];
  const analysis = analyze([sheet(values, { name: "Tổng hợp" })], {});

  it("gives each task its own unit", () => {
    expect(analysis.plan.rows.filter((row) => row.level !== "area").map((row) => [row.number, row.unit?.name ?? null])).toEqual([
      ["2.1", "UBND XÃ PHƯỚC DINH"],
      ["2.1.1", "UBND XÃ PHƯỚC DINH"],
      ["3.1", "UBND XÃ AN HẢI"],
      ["3.2", "UBND XÃ AN HẢI"],
      ["3.3", "UBND XÃ CÔNG HẢI"],
      ["3.4", "UBND XÃ NHƠN HẢI"],
    ]);
    expect(analysis.totals.total).toBe(21_000_000);
  });

  it("writes each unit's heading in the Word plan, its tasks under it", () => {
    const groups = groupByArea(withUnitHeadings(analysis).plan.rows).map((g) => g.rows.map((row) => row.content));
    expect(groups).toEqual([
      ["Đơn vị: UBND XÃ PHƯỚC DINH", "Văn bản của xã được rà soát", "Rà soát văn bản do UBND xã ban hành"],
      [
        "Đơn vị: UBND XÃ AN HẢI",
        "Rà soát, đánh giá 10 TTHC cấp xã",
        "Công khai TTHC tại Bộ phận Một cửa",
        "Đơn vị: UBND XÃ CÔNG HẢI",
        "Rà soát TTHC lĩnh vực hộ tịch",
        "Đơn vị: UBND XÃ NHƠN HẢI",
        "Rà soát 05 TTHC lĩnh vực đất đai",
      ],
    ]);
  });
});

describe("a compiled plan laid out unit first", () => {
  const UNIT_FIRST: CellValue[][] = [
    ["TT", "Nội dung", "Thời gian", "Chủ trì", "Kinh phí (đồng)"],
    ["A", "SỞ TƯ PHÁP"],
    ["I", "Cải cách thể chế"],
    ["1", "Rà soát văn bản quy phạm pháp luật", "Quý II/2026", "Phòng XDVB", 10000000],
    ["II", "Cải cách thủ tục hành chính"],
    ["1", "Công bố thủ tục hành chính", "Quý I/2026", "Văn phòng Sở", 5000000],
    [null, "B. UBND XÃ AN HẢI"],
    ["I", "Cải cách thể chế"],
    ["1", "Rà soát quy định của xã", "Quý III/2026", "Văn phòng UBND xã", 7000000],
    [null, "Tổng cộng", null, null, 22000000],
  ];
  const analysis = analyze([sheet(UNIT_FIRST, { name: "KH" })], {});

  it("reads each unit's heading as its unit, never as a task, and every area inside it as the unit's", () => {
    // The levels are those the table had before units were known: A, B over I, II over 1 make 1 a result (the
    // units' letters are set apart from the numbering only where they alone carry such numbering, as in layout 56).
    expect(analysis.plan.rows.map((row) => [row.row, row.level, row.unit?.name ?? null])).toEqual([
      [3, "area", "SỞ TƯ PHÁP"],
      [4, "result", "SỞ TƯ PHÁP"],
      [5, "area", "SỞ TƯ PHÁP"],
      [6, "result", "SỞ TƯ PHÁP"],
      [8, "area", "UBND XÃ AN HẢI"],
      [9, "result", "UBND XÃ AN HẢI"],
    ]);
    expect(analysis.plan.tables[0].skipped).toEqual(expect.arrayContaining([{ row: 2, kind: "unit" }, { row: 7, kind: "unit" }]));
    expect(analysis.findings.filter((f) => f.row === 2 || f.row === 7)).toEqual([]);
    expect(analysis.totals.total).toBe(22_000_000);
    expect(analysis.totals.byArea.map((a) => [a.area, a.amount])).toEqual([
      ["Cải cách thể chế", 17_000_000],
      ["Cải cách thủ tục hành chính", 5_000_000],
    ]);
  });

  it("writes the Word plan's tasks by area, then unit, each area once", () => {
    const groups = groupByArea(withUnitHeadings(analysis).plan.rows).map((g) => [g.title, g.rows.map((row) => row.content)]);
    expect(groups).toEqual([
      ["Cải cách thể chế", ["Đơn vị: SỞ TƯ PHÁP", "Rà soát văn bản quy phạm pháp luật", "Đơn vị: UBND XÃ AN HẢI", "Rà soát quy định của xã"]],
      ["Cải cách thủ tục hành chính", ["Đơn vị: SỞ TƯ PHÁP", "Công bố thủ tục hành chính"]],
    ]);
  });

  // Bodies a province compiles beside its Sở and communes: each heads its unit's areas as SỞ TƯ PHÁP does.
  it.each([
    "THANH TRA TỈNH",
    "CÔNG AN TỈNH",
    "CỤC THUẾ TỈNH",
    "KHO BẠC NHÀ NƯỚC TỈNH",
    "BẢO HIỂM XÃ HỘI TỈNH",
    "TRƯỜNG CAO ĐẲNG Y TẾ",
    "HỘI NÔNG DÂN TỈNH",
    "LIÊN MINH HỢP TÁC XÃ TỈNH",
    "BỘ CHỈ HUY QUÂN SỰ TỈNH",
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH",
    "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
  ])("reads %s, over areas, as a unit", (body) => {
    const values = UNIT_FIRST.map((row) => (row[1] === "SỞ TƯ PHÁP" ? [row[0], body] : row));
    const read = analyze([sheet(values, { name: "KH" })], {});
    expect(read.plan.rows.filter((row) => row.row <= 6).map((row) => [row.row, row.unit?.name ?? null])).toEqual([3, 4, 5, 6].map((row) => [row, body]));
    expect(read.plan.tables[0].skipped).toEqual(expect.arrayContaining([{ row: 2, kind: "unit" }]));
    expect(read.findings.filter((f) => f.row === 2)).toEqual([]);
  });

  it.each([
    ["a task in capitals that opens as a body does (BAN HÀNH …)", "BAN HÀNH QUY CHẾ LÀM VIỆC"],
    ["HỘI NGHỊ, a meeting: a task", "HỘI NGHỊ TRIỂN KHAI KẾ HOẠCH"],
    ["TRƯỜNG HỢP, a case: a task", "TRƯỜNG HỢP CHẬM TRẢ HỒ SƠ"],
    ["THANH TRA, KIỂM TRA: a task", "THANH TRA, KIỂM TRA CÔNG VỤ"],
    ["THANH TRA CÔNG VỤ, an inspection: a task", "THANH TRA CÔNG VỤ"],
    ["CỤC BỘ, local: a task's wording", "CỤC BỘ HÓA DỮ LIỆU"],
    ["SỐ, not SỞ", "SỐ HÓA HỒ SƠ THỦ TỤC HÀNH CHÍNH"],
    ["a body's name in sentence case: a task's wording", "Sở Tư pháp"],
  ])("is not a unit heading: %s", (_, text) => {
    // Right above an area, where a body's name in capitals would head a unit.
    const values = [...UNIT_FIRST.slice(0, 4), [null, text], ...UNIT_FIRST.slice(4)];
    expect(values[5][0]).toBe("II");
    const rows = analyze([sheet(values, { name: "KH" })], {}).plan.rows;
    expect(rows.find((row) => row.row === 5)?.content).toBe(text);
    expect(rows.find((row) => row.row === 6)?.unit?.name).toBe("SỞ TƯ PHÁP");
  });
});

// Plans that are not compiled unit first must read as they did before unit headings were known (a review found each
// of these broken by a first version): their money counted, their areas kept.
describe("a body's name in capitals that heads no unit", () => {
  const H = ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Kinh phí (triệu đồng)"];
  const read = (values: CellValue[][]) => analyze([sheet(values, { name: "KH" })], {});
  const byArea = (values: CellValue[][]) => read(values).totals.byArea.map((a) => [a.area, a.amount / 1e6]);

  it("a plan whose Roman sections are its divisions keeps them as its areas", () => {
    expect(
      byArea([
        H,
        ["I", "VĂN PHÒNG SỞ"],
        ["1", "Cải cách TTHC"],
        ["1.1", "Rà soát TTHC", "Văn phòng", "Quý II/2026", 10],
        ["II", "PHÒNG TỔ CHỨC CÁN BỘ"],
        ["1", "Cải cách công vụ"],
        ["1.1", "Đánh giá công chức", "Phòng TCCB", "Quý III/2026", 7],
        ["III", "TRUNG TÂM CÔNG NGHỆ THÔNG TIN"],
        ["1", "Chính phủ số"],
        ["1.1", "Nâng cấp cổng dịch vụ công", "Trung tâm", "Quý IV/2026", 20],
        [null, "Tổng cộng", null, null, 37],
      ]),
    ).toEqual([
      ["VĂN PHÒNG SỞ", 10],
      ["PHÒNG TỔ CHỨC CÁN BỘ", 7],
      ["TRUNG TÂM CÔNG NGHỆ THÔNG TIN", 20],
    ]);
  });

  it("a task written in capitals keeps its money and is asked for its lead", () => {
    const analysis = read([
      H,
      ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
      ["1", "NIÊM YẾT CÔNG KHAI TTHC", "Văn phòng", "Quý I/2026", 5],
      [null, "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TIẾP NHẬN HỒ SƠ TRỰC TUYẾN", null, null, 20],
      [null, "Tổng cộng", null, null, 25],
    ]);
    expect(analysis.totals.total).toBe(25_000_000);
    expect(analysis.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(expect.arrayContaining(["missing-lead@C4"]));
    expect(analysis.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });

  it("an allocation by body, each body's money on its own row, counts every row", () => {
    const values = [["TT", "Nội dung", "Kinh phí (triệu đồng)"], ["I", "Cải cách hành chính"], ["A", "VĂN PHÒNG SỞ", 10], ["B", "TRUNG TÂM CÔNG NGHỆ THÔNG TIN", 20], ["C", "CHI CỤC QUẢN LÝ ĐẤT ĐAI", 5], [null, "Tổng cộng", 35]];
    expect(read(values).totals.total).toBe(35_000_000);
  });

  it("the compiling body's name under the header, over the areas of a plan compiled area first, is its heading: no task, no unit headings", () => {
    const analysis = read([
      H,
      [null, "UBND HUYỆN AN LÃO"],
      ["I", "Cải cách thủ tục hành chính"],
      [null, "Đơn vị: Văn phòng UBND huyện"],
      ["1", "Rà soát thủ tục hành chính", "Văn phòng", "Quý II/2026", 20],
      [null, "Đơn vị: Phòng Tư pháp"],
      ["1", "Công bố thủ tục hành chính", "Phòng Tư pháp", "Tháng 3/2026", 5],
      ["II", "Cải cách tài chính công"],
      [null, "Đơn vị: Phòng Tài chính"],
      ["1", "Giao quyền tự chủ tài chính", "Phòng Tài chính", "Quý I/2026", 7],
    ]);
    expect(analysis.totals.byArea.map((a) => [a.area, a.amount / 1e6])).toEqual([
      ["Cải cách thủ tục hành chính", 25],
      ["Cải cách tài chính công", 7],
    ]);
    expect(analysis.findings.filter((f) => f.row === 2)).toEqual([]);
    expect(analysis.plan.rows.map((row) => [row.row, row.unit?.name ?? null])).toEqual([
      [3, "UBND HUYỆN AN LÃO"],
      [5, "Văn phòng UBND huyện"],
      [7, "Phòng Tư pháp"],
      [8, null],
      [10, "Phòng Tài chính"],
    ]);
  });

  it("a plan whose lettered parts are its divisions, over their tasks, keeps them as its areas", () => {
    expect(
      byArea([
        H,
        ["A", "VĂN PHÒNG SỞ"],
        ["1", "Rà soát thủ tục hành chính", "Văn phòng", "Quý II/2026", 10],
        ["2", "Công bố thủ tục hành chính", "Văn phòng", "Quý I/2026", 5],
        ["B", "CHI CỤC VĂN THƯ - LƯU TRỮ"],
        ["1", "Số hóa tài liệu lưu trữ", "Chi cục", "Quý IV/2026", 20],
        [null, "Tổng cộng", null, null, 35],
      ]),
    ).toEqual([
      ["VĂN PHÒNG SỞ", 15],
      ["CHI CỤC VĂN THƯ - LƯU TRỮ", 20],
    ]);
  });

  it("under the compiling body's name, an area's Cộng that runs on from the area before it is still wrong", () => {
    const analysis = read([
      H,
      [null, "UBND XÃ AN HẢI"],
      ["I", "Cải cách thể chế"],
      ["1", "Rà soát văn bản", "Văn phòng", "Quý II/2026", 10],
      [null, "Cộng", null, null, 10],
      ["II", "Cải cách thủ tục hành chính"],
      ["1", "Công bố TTHC", "Văn phòng", "Quý I/2026", 5],
      [null, "Cộng", null, null, 15],
      ["III", "Cải cách tài chính công"],
      ["1", "Tự chủ tài chính", "Kế toán", "Quý I/2026", 2],
      [null, "Cộng", null, null, 2],
      [null, "Tổng cộng", null, null, 17],
    ]);
    expect(analysis.findings.filter((f) => f.rule === "subtotal-mismatch").map((f) => f.cell)).toEqual(["E8"]);
  });

  it("a unit's own plan under its name gets no unit headings in Word: the plan is that unit's", () => {
    const analysis = read([H, [null, "UBND XÃ AN HẢI"], ["I", "Cải cách thể chế"], ["1", "Rà soát văn bản", "Văn phòng", "Quý II/2026", 10]]);
    expect(analysis.plan.rows[0].unit?.name).toBe("UBND XÃ AN HẢI");
    expect(withUnitHeadings(analysis)).toBe(analysis);
  });
});
