// Reform-area titles as units write them, matched to the programme's areas (domain brief §3): local wordings
// ("Chính quyền điện tử" for "Chính phủ điện tử"), abbreviations and punctuation, and titles too short to tell.
import { matchArea, presetById } from "../src/core/presets";

const NOW = presetById("2021-2030");
const BEFORE = presetById("2011-2020");
const DIGITAL = "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số";
const STEERING = "Công tác chỉ đạo, điều hành cải cách hành chính";

describe("matchArea, 2021–2030", () => {
  it.each([
    ["Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", DIGITAL],
    ["CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", DIGITAL],
    ["VI. Xây dựng chính quyền số", DIGITAL],
    ["Xây dựng Chính phủ điện tử, Chính phủ số", DIGITAL],
    ["Chính quyền số", DIGITAL],
    ["Cải cách TTHC", "Cải cách thủ tục hành chính"],
    ["II. CẢI CÁCH TTHC", "Cải cách thủ tục hành chính"],
    ["Công tác chỉ đạo điều hành", STEERING],
    ["Chỉ đạo, điều hành CCHC", STEERING],
    ["Cải cách tổ chức bộ máy HCNN", "Cải cách tổ chức bộ máy hành chính nhà nước"],
    ["Lĩnh vực 5: Cải cách tài chính công", "Cải cách tài chính công"],
    ["Cải cách tổ chức bộ máy", "Cải cách tổ chức bộ máy hành chính nhà nước"],
  ])("%p is %p", (title, area) => {
    expect(matchArea(title, NOW)).toBe(area);
  });

  // Kept as typed and flagged: no programme area, or more than one it could be.
  it.each(["Cải cách", "Công tác tuyên truyền cải cách hành chính", "Chuyển đổi số", "Hiện đại hóa hành chính", "Triển khai nhiệm vụ số 7"])("%p is no area", (title) => {
    expect(matchArea(title, NOW)).toBeNull();
  });
});

describe("matchArea, 2011–2020", () => {
  it.each([
    ["Nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức"],
    ["Xây dựng và nâng cao chất lượng đội ngũ CBCCVC", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức"],
    ["Hiện đại hóa nền hành chính", "Hiện đại hóa hành chính"],
    ["Công tác chỉ đạo điều hành", STEERING],
  ])("%p is %p", (title, area) => {
    expect(matchArea(title, BEFORE)).toBe(area);
  });
});

describe("areas as offices abbreviate them", () => {
  const preset = presetById("2021-2030");
  it.each([
    ["CC thể chế", "Cải cách thể chế"],
    ["CCTTHC", "Cải cách thủ tục hành chính"],
    ["CC TTHC", "Cải cách thủ tục hành chính"],
    ["CC TCBM", "Cải cách tổ chức bộ máy hành chính nhà nước"],
    ["CĐCV", "Cải cách chế độ công vụ"],
    ["CCTCC", "Cải cách tài chính công"],
    ["Xây dựng CQĐT, CQS", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số"],
  ])("%p is %p", (title, area) => {
    expect(matchArea(title, preset)).toBe(area);
  });

  it("a flat list's area column headed Thuộc lĩnh vực is read: CCTTHC and CC TTHC are one area", async () => {
    const { analyze } = await import("../src/core/analyze");
    const { sheet } = await import("./layouts/harness");
    const analysis = analyze([
      sheet([
        ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
        ["STT", "Nội dung", "Thuộc lĩnh vực", "Chủ trì", "Thời gian", "Kinh phí (đồng)"],
        [1, "Rà soát thủ tục hành chính", "CCTTHC", "Văn phòng", "Quý I/2026", 5_000_000],
        [2, "Số hóa hồ sơ thủ tục", "CC TTHC", "Văn phòng", "Quý II/2026", 6_000_000],
        [3, "Rà soát văn bản", "CC thể chế", "Tư pháp", "Quý III/2026", 2_000_000],
      ]),
    ]);
    // In the order the plan first names them.
    expect(analysis.totals.byArea.map((area) => [area.area, area.amount])).toEqual([
      ["Cải cách thủ tục hành chính", 11_000_000],
      ["Cải cách thể chế", 2_000_000],
    ]);
  });
});
