// The pure consolidation: which source names a unit, which of a unit's drafts is used, how money and rows travel.
import { analyze } from "../../src/core/analyze";
import { consolidate, planReads, unitKey, unitOf, type DraftRead } from "../../src/core/merge";
import type { CellValue, SheetGrid } from "../../src/core/types";

const HEADER: CellValue[] = ["TT", "Nội dung", "Chỉ số thành công", "Phương tiện xác minh", "Ngân sách (Đồng)", "Thời gian thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp"];

function sheet(above: CellValue[][], rows: CellValue[][]): SheetGrid {
  return { name: "KH", values: [...above, ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"], HEADER, ...rows] };
}

const ROWS: CellValue[][] = [
  ["1", "Lĩnh vực 1: Cải cách thể chế", null, null, null, null, null, null],
  ["1.1", "Rà soát văn bản quy phạm pháp luật", "Rà soát 100% văn bản", "Báo cáo", 7000000, "Quý I/2026", "Văn phòng", "Các phòng"],
];

function draft(file: string, grids: SheetGrid[], modified: string | null, digest = file): DraftRead {
  const analysis = analyze(grids);
  return { file, digest, modified, unit: unitOf(file, grids, analysis), analysis };
}

describe("unit names", () => {
  it("a goal line that opens like a body (Bộ phận Một cửa giải quyết 100% …, Ban hành 100% …) names no unit: two communes stay two", () => {
    // The explorer's folder: both communes' goals end with the same sentence, which had named both "units".
    const goals = (commune: string): SheetGrid => ({
      name: "KH",
      values: [
        ["UBND TỈNH KHÁNH HÒA"],
        [`UBND XÃ ${commune}`],
        ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
        ["Mục tiêu cụ thể:"],
        ["- 100% thủ tục hành chính được công khai đúng quy định."],
        ["Bộ phận Một cửa giải quyết 100% hồ sơ đúng hạn."],
        ["Ban hành 100% văn bản hướng dẫn đúng thời hạn."],
        ["Sở phấn đấu xếp hạng Chỉ số CCHC trong nhóm 10 đơn vị dẫn đầu."],
        HEADER,
        ...ROWS,
      ],
    });
    const names = ["NINH HẢI", "VĨNH HẢI"].map((commune) => unitOf("x.xlsx", [goals(commune)], analyze([goals(commune)])));
    expect(names).toEqual([
      { name: "UBND XÃ NINH HẢI", source: "heading" },
      { name: "UBND XÃ VĨNH HẢI", source: "heading" },
    ]);
  });

  it("mixed-case names with a figure or many words are names: UBND Phường 3 and UBND Phường 4 are two units", () => {
    const of = (ward: string): SheetGrid[] => [{ name: "KH", values: [["UBND QUẬN 5"], [ward], ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"], HEADER, ...ROWS] }];
    expect(["UBND Phường 3", "UBND Phường 4"].map((ward) => unitOf("x.xlsx", of(ward), analyze(of(ward))).name)).toEqual(["UBND Phường 3", "UBND Phường 4"]);
    const department = (name: string): SheetGrid[] => [{ name: "KH", values: [["UBND TỈNH NINH THUẬN"], [name], ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"], HEADER, ...ROWS] }];
    const long = "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Thuận";
    expect(unitOf("x.xlsx", department(long), analyze(department(long))).name).toBe(long);
  });

  it("a body named in the title alone names the unit: KẾ HOẠCH … NĂM 2026 (UBND PHƯỜNG ĐÀI SƠN), … CỦA SỞ GIAO THÔNG VẬN TẢI", () => {
    for (const [title, unit] of [
      ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 (UBND PHƯỜNG ĐÀI SƠN)", "UBND PHƯỜNG ĐÀI SƠN"],
      ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ GIAO THÔNG VẬN TẢI", "SỞ GIAO THÔNG VẬN TẢI"],
    ]) {
      const grids: SheetGrid[] = [{ name: "KH", values: [[title], HEADER, ...ROWS] }];
      expect(unitOf("kh-2026.xlsx", grids, analyze(grids))).toEqual({ name: unit, source: "heading" });
    }
  });

  it("one Sở named with and without its province is one unit", () => {
    expect(unitKey("SỞ TƯ PHÁP TỈNH NINH THUẬN")).toBe(unitKey("SỞ TƯ PHÁP"));
    expect(unitKey("Ban Dân tộc tỉnh Khánh Hòa")).toBe(unitKey("BAN DÂN TỘC"));
    expect(unitKey("UBND TỈNH NINH THUẬN")).not.toBe(unitKey("UBND TỈNH KHÁNH HÒA"));
    expect(unitKey("VĂN PHÒNG UBND TỈNH")).not.toBe(unitKey("VĂN PHÒNG"));
    expect(unitKey("Trung tâm Y tế thành phố Phan Rang")).not.toBe(unitKey("Trung tâm Y tế tỉnh Ninh Thuận"));
  });

  it("takes the issuing body above the table, the lower of two body lines, never the national title or the number", () => {
    const grids = [sheet([["UBND TỈNH NINH THUẬN", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["SỞ XÂY DỰNG\n_______"], ["Số: 12/KH-SXD"]], ROWS)];
    expect(unitOf("x.xlsx", grids, analyze(grids))).toEqual({ name: "SỞ XÂY DỰNG", source: "heading" });
  });

  it("names a division that names no place with its parent: two communes' Văn phòng HĐND và UBND are two units", () => {
    const heading = (commune: string) => [sheet([[`UBND XÃ ${commune}`, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["VĂN PHÒNG HĐND VÀ UBND"]], ROWS)];
    const names = ["NINH HẢI", "PHƯỚC DINH"].map((commune) => unitOf("x.xlsx", heading(commune), analyze(heading(commune))).name);
    expect(names).toEqual(["UBND XÃ NINH HẢI – VĂN PHÒNG HĐND VÀ UBND", "UBND XÃ PHƯỚC DINH – VĂN PHÒNG HĐND VÀ UBND"]);
    expect(unitKey(names[0])).not.toBe(unitKey(names[1]));
    // "XÃ" with no name, or "XÃ HỘI", names no place: still two units.
    const generic = (commune: string, division: string) => [sheet([[`UBND XÃ ${commune}`], [division]], ROWS)];
    for (const division of ["VĂN PHÒNG HĐND VÀ UBND XÃ", "PHÒNG VĂN HÓA - XÃ HỘI"]) {
      const keys = ["NINH HẢI", "PHƯỚC DINH"].map((commune) => unitKey(unitOf("x.xlsx", generic(commune, division), analyze(generic(commune, division))).name));
      expect(keys[0]).not.toBe(keys[1]);
    }
    // One that names its place is a unit on its own.
    const office = [sheet([["UBND TỈNH NINH THUẬN"], ["VĂN PHÒNG UBND TỈNH"]], ROWS)];
    expect(unitOf("x.xlsx", office, analyze(office)).name).toBe("VĂN PHÒNG UBND TỈNH");
  });

  it("falls back to the file name where nothing above the table names a body", () => {
    const grids = [sheet([], ROWS)];
    expect(unitOf("don-vi/phong-noi-vu.xlsx", grids, analyze(grids))).toEqual({ name: "phong-noi-vu", source: "file" });
  });

  it("compares names without accents, case or the long form of UBND", () => {
    expect(unitKey("Ủy ban nhân dân xã An Hải")).toBe(unitKey("UBND XÃ AN HẢI"));
    expect(unitKey("Sở Y tế")).toBe(unitKey("SỞ Y TẾ"));
  });
});

describe("consolidate", () => {
  it("reads byte-identical files once, keeping the first by path", () => {
    const plan = planReads([
      { file: "b.xlsx", digest: "1" },
      { file: "a.xlsx", digest: "1" },
      { file: "c.xlsx", digest: "2" },
    ]);
    expect(plan.read.map((f) => f.file)).toEqual(["a.xlsx", "c.xlsx"]);
    expect(plan.duplicates).toEqual([{ file: "b.xlsx", sameAs: "a.xlsx" }]);
  });

  it("keeps an original before its copies, whatever the path order", () => {
    const plan = planReads([
      { file: "ubnd-xa-nhon-hai (1).xlsx", digest: "1" },
      { file: "ubnd-xa-nhon-hai.xlsx", digest: "1" },
      { file: "so-y-te - Copy.xlsx", digest: "2" },
      { file: "so-y-te.xlsx", digest: "2" },
    ]);
    expect(plan.read.map((f) => f.file)).toEqual(["so-y-te.xlsx", "ubnd-xa-nhon-hai.xlsx"]);
    expect(plan.duplicates).toEqual([
      { file: "so-y-te - Copy.xlsx", sameAs: "so-y-te.xlsx" },
      { file: "ubnd-xa-nhon-hai (1).xlsx", sameAs: "ubnd-xa-nhon-hai.xlsx" },
    ]);
  });

  it("sets apart a draft of another year, said so, its money not added", () => {
    const of = (year: number, body: string, amount: number): SheetGrid => ({
      name: "KH",
      values: [[body], [`KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM ${year}`], HEADER, ROWS[0], [...ROWS[1].slice(0, 4), amount, `Quý I/${year}`, ...ROWS[1].slice(6)]],
    });
    const c = consolidate(
      [draft("an-hai.xlsx", [of(2026, "UBND XÃ AN HẢI", 7_000_000)], null), draft("cong-hai.xlsx", [of(2026, "UBND XÃ CÔNG HẢI", 3_000_000)], null), draft("nhon-hai-2025.xlsx", [of(2025, "UBND XÃ NHƠN HẢI", 9_000_000)], null)],
      [],
    );
    expect(c.totals.total).toBe(10_000_000);
    expect(c.scorecards.map((s) => s.file)).toEqual(["an-hai.xlsx", "cong-hai.xlsx"]);
    expect(c.notes.filter((n) => n.kind === "other-year").map((n) => [n.file, n.severity, n.message])).toEqual([
      [
        "nhon-hai-2025.xlsx",
        "warning",
        'Dự thảo của UBND XÃ NHƠN HẢI là kế hoạch năm 2025, không phải năm 2026 đang tổng hợp: không cộng; nếu đây là bản của năm 2026, sửa năm trong tiêu đề hoặc trang "Thông tin kế hoạch" rồi tổng hợp lại; nếu cần tổng hợp năm 2025, tổng hợp lại với năm 2025 (dòng lệnh: --year 2025).',
      ],
    ]);
  });

  it("sets apart a blank form sent back unfilled: no unit, said so", () => {
    const blank: SheetGrid = { name: "KH", values: [["UBND XÃ CÔNG HẢI"], ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"], HEADER, ["1", "Lĩnh vực 1: Cải cách thể chế"], ["1.1", "Kết quả 1.1: ..."]] };
    const filled: SheetGrid = { name: "KH", values: [["UBND XÃ AN HẢI"], ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"], HEADER, ...ROWS] };
    const c = consolidate([draft("an-hai.xlsx", [filled], null), draft("mau-trong.xlsx", [blank], null)], []);
    expect(c.scorecards.map((s) => s.unit)).toEqual(["UBND XÃ AN HẢI"]);
    expect(c.notes.filter((n) => n.kind === "blank-form").map((n) => [n.file, n.severity, n.unit, n.message])).toEqual([
      [
        "mau-trong.xlsx",
        "warning",
        "UBND XÃ CÔNG HẢI",
        "Dự thảo của UBND XÃ CÔNG HẢI là biểu mẫu chưa được điền (chỉ có tên lĩnh vực và chữ mẫu): không tổng hợp; đề nghị đơn vị điền kế hoạch rồi gửi lại.",
      ],
    ]);
  });

  it("compiles the year most drafts name, and tells each draft of another year how to compile its own", () => {
    const of = (year: number, body: string): SheetGrid => ({
      name: "KH",
      values: [[body], [`KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM ${year}`], HEADER, ROWS[0], [...ROWS[1].slice(0, 5), `Quý I/${year}`, ...ROWS[1].slice(6)]],
    });
    // Three of one year and two of the next: which the office compiles only it knows; the majority, and the way out.
    const c = consolidate([...["A", "B", "C"].map((x) => draft(`${x}.xlsx`, [of(2026, `UBND XÃ ${x}`)], null)), ...["D", "E"].map((x) => draft(`${x}.xlsx`, [of(2027, `UBND XÃ ${x}`)], null))], []);
    expect(c.plan.year).toBe(2026);
    expect(c.notes.filter((n) => n.kind === "other-year").map((n) => n.message.endsWith("nếu cần tổng hợp năm 2027, tổng hợp lại với năm 2027 (dòng lệnh: --year 2027)."))).toEqual([true, true]);
  });

  it("keeps a draft whose title reads as another year where its tasks run in the year compiled", () => {
    const titled = (title: string, body: string): SheetGrid => ({
      name: "KH",
      values: [[body], [title], HEADER, ROWS[0], [...ROWS[1].slice(0, 5), "Quý I/2026", ...ROWS[1].slice(6)]],
    });
    const appendix = (body: string): SheetGrid => ({
      name: "KH",
      values: [[body], ["PHỤ LỤC I: NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH"], ["(Kèm theo Kế hoạch số 45/KH-UBND ngày 20/11/2025 của UBND xã)"], HEADER, ROWS[0], [...ROWS[1].slice(0, 5), "Quý I/2026", ...ROWS[1].slice(6)]],
    });
    const c = consolidate(
      [
        draft("a.xlsx", [titled("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026", "UBND XÃ A")], null),
        draft("b.xlsx", [titled("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025-2026", "UBND XÃ B")], null),
        draft("c.xlsx", [appendix("UBND XÃ C")], null),
      ],
      [],
    );
    expect(c.scorecards.map((s) => s.file)).toEqual(["a.xlsx", "b.xlsx", "c.xlsx"]);
    expect(c.notes.filter((n) => n.kind === "other-year")).toEqual([]);
  });

  it("without document dates uses the later file name and says the dates could not tell", () => {
    const grids = [sheet([["SỞ XÂY DỰNG"]], ROWS)];
    const c = consolidate([draft("z.xlsx", grids, null), draft("a.xlsx", grids, null)], []);
    expect(c.scorecards.map((s) => s.file)).toEqual(["z.xlsx"]);
    expect(c.notes.filter((n) => n.kind === "same-unit")).toHaveLength(2);
    expect(c.notes[0].message).toMatch(/thuộc tính tệp không cho biết bản nào sau/);
    expect(c.totals.total).toBe(7000000);
  });

  it("without document dates, a file name saying it is a later revision wins (sửa lần 2, bản cuối), and the note says why", () => {
    const grids = [sheet([["UBND PHƯỜNG ĐÔNG HẢI"]], ROWS)];
    for (const later of ["KH CCHC 2026 - P.Dong Hai (sua lan 2).xlsx", "Dong Hai - ban cuoi.xlsx"]) {
      const c = consolidate([draft("ubnd-phuong-dong-hai.xlsx", grids, null), draft(later, grids, null)], []);
      expect(c.scorecards.map((s) => s.file)).toEqual([later]);
      expect(c.notes[0].message).toMatch(/chọn tệp có tên cho biết là bản sửa sau/);
    }
  });

  it("keeps an area's own envelope when nothing under it states money, and counts it once", () => {
    const rows: CellValue[][] = [
      ["1", "Lĩnh vực 1: Cải cách thể chế", null, null, 9000000, null, null, null],
      ["1.1", "Rà soát văn bản quy phạm pháp luật", "Rà soát 100% văn bản", "Báo cáo", "Kinh phí thường xuyên", "Quý I/2026", "Văn phòng", "Các phòng"],
    ];
    const c = consolidate([draft("a.xlsx", [sheet([["SỞ XÂY DỰNG"]], rows)], null)], []);
    expect(c.totals.total).toBe(9000000);
    expect(c.areas[0].units[0].amount).toBe(9000000);
    expect(c.plan.rows.filter((r) => c.origins[c.plan.rows.indexOf(r)] !== null).map((r) => r.content)).toEqual([
      "Cải cách thể chế", // the area row's envelope, as an ordinary row under the unit
      "Rà soát văn bản quy phạm pháp luật",
    ]);
  });
});
