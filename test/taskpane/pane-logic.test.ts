import { analyze, PlanInputError } from "../../src/core/analyze";
import { SHEET_TEXT } from "../../src/core/merge";
import { isMergeReportSheet } from "../../src/core/merge/own-output";
import type { Finding, SheetGrid } from "../../src/core/types";
import { UserFacingError } from "../../src/excel/errors";
import { barWidths } from "../../src/taskpane/BudgetView";
import { messageForError } from "../../src/taskpane/errors";
import { countBySeverity, groupFindings, messageBesideBadge, noPlanReason } from "../../src/taskpane/findings";
import { parseYear } from "../../src/taskpane/InsertView";
import { canDownload, viewFromHash } from "../../src/taskpane/navigation";
import { S } from "../../src/taskpane/strings.vi";
import { OfficeError } from "../fakes/excel-fake";
import { sheet } from "../layouts/harness";

const f = (row: number | null, severity: Finding["severity"], rule: Finding["rule"] = "missing-lead", sheet = "KH"): Finding => ({
  rule,
  severity,
  sheet,
  row,
  cell: row === null ? null : `G${row}`,
  message: `${rule} ${row}`,
});

describe("groupFindings", () => {
  test("one group per row in sheet order, plan-level first, worst severity first inside, cell to select", () => {
    const groups = groupFindings([f(12, "warning", "smart-measurable"), f(7, "info"), f(null, "warning", "missing-objective"), f(12, "error")], null);
    expect(groups.map((g) => [g.title, g.worst, g.cell])).toEqual([
      [S.check.planLevel, "warning", null],
      ["Dòng 7", "info", "G7"],
      ["Dòng 12", "error", "G12"],
    ]);
    expect(groups[2].findings.map((x) => x.severity)).toEqual(["error", "warning"]);
  });

  test("a row's title names its number and content from the plan", () => {
    const plan = { rows: [{ sheet: "KH", row: 7, number: "1.1.2", content: "Rà soát văn bản quy phạm pháp luật" }] } as never;
    expect(groupFindings([f(7, "error")], plan)[0].title).toBe("Dòng 7 · 1.1.2 Rà soát văn bản quy phạm pháp luật");
  });

  test("rows of different sheets are not merged", () => {
    expect(groupFindings([f(5, "error", "missing-lead", "A"), f(5, "error", "missing-lead", "B")], null)).toHaveLength(2);
  });

  test("counts by severity", () => {
    expect(countBySeverity([f(1, "error"), f(2, "error"), f(3, "info")])).toEqual({ error: 2, warning: 0, info: 1 });
  });
});

describe("messageForError", () => {
  test("a user-facing error keeps its sentence", () => {
    expect(messageForError(new UserFacingError("Trang tính \"A\" đang trống."))).toBe("Trang tính \"A\" đang trống.");
  });
  test("the engine's input error is wrapped into one sentence", () => {
    expect(messageForError(new PlanInputError("không thấy bảng kế hoạch"))).toBe("Không đọc được bảng kế hoạch: không thấy bảng kế hoạch.");
  });
  test.each([
    ["InvalidOperationInCellEditMode", S.errors.cellEdit],
    ["AccessDenied", S.errors.protected],
    ["ResponsePayloadSizeLimitExceeded", S.errors.tooLarge],
    ["ItemNotFound", S.errors.notFound],
  ])("Office code %s is named in Vietnamese", (code, message) => {
    expect(messageForError(new OfficeError(code, "English text"))).toBe(message);
  });
  test("anything else gives the generic sentence, never the original text or a stack", () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'x')");
    const message = messageForError(error);
    expect(message).toBe(S.errors.unknown);
    expect(message).not.toMatch(/undefined|at |Error/);
  });
});

describe("navigation and inputs", () => {
  test("the ribbon's hash opens its view; anything else opens Kiểm tra", () => {
    expect(["#insert", "#check", "#budget", "#word", "#WORD", "", "#x"].map(viewFromHash)).toEqual(["insert", "check", "budget", "word", "word", "check", "check"]);
  });
  test("downloads are offered on the web and Windows, not on Mac or iPad", () => {
    expect(["OfficeOnline", "PC", "Mac", "iOS"].map(canDownload)).toEqual([true, true, false, false]);
  });
  test("a plan year is four digits in range", () => {
    expect(["2026", " 2027 ", "26", "abcd", "1999", "20266"].map(parseYear)).toEqual([2026, 2027, null, null, null, null]);
  });
  test("bars are sized against the largest area; no division by zero", () => {
    expect(barWidths([{ area: "a", amount: 50 }, { area: "b", amount: 200 }, { area: "c", amount: 0 }])).toEqual([25, 100, 0]);
    expect(barWidths([{ area: "a", amount: 0 }])).toEqual([0]);
  });
});

describe("a finding's letter is said once: in the badge, not again in the text", () => {
  const finding = (message: string, letter?: Finding["letter"]): Finding =>
    ({ rule: "missing-lead", severity: "error", sheet: "S", row: 3, cell: "G3", message, ...(letter ? { letter } : {}) }) as Finding;

  test("the letter in brackets is dropped where the badge shows it", () => {
    expect(messageBesideBadge(finding("Hoạt động 2.1.2 chưa có cơ quan đầu mối (Who): điền cột Cơ quan đầu mối.", "Who"))).toBe(
      "Hoạt động 2.1.2 chưa có cơ quan đầu mối: điền cột Cơ quan đầu mối.",
    );
  });

  test("a finding without a letter, or another bracket, keeps its text", () => {
    expect(messageBesideBadge(finding("Dòng 7 vẫn còn chữ của mẫu trống (M/tiêu 1)."))).toBe("Dòng 7 vẫn còn chữ của mẫu trống (M/tiêu 1).");
    expect(messageBesideBadge(finding("Chỉ số chưa đo đếm được (M): thêm con số (ví dụ 100%).", "M"))).toBe(
      "Chỉ số chưa đo đếm được: thêm con số (ví dụ 100%).",
    );
  });
});

describe("noPlanReason: a check that found no plan on the sheet says so instead of listing findings", () => {
  const checkOf = (grid: SheetGrid) => ({ sheet: grid.name, analysis: analyze([grid]), mergeReport: isMergeReportSheet(grid) });

  test("a sheet a merge wrote beside Tổng hợp is named as such, with where to go", () => {
    const grid = sheet([[SHEET_TEXT.byUnit.title(2026)], ["Đơn vị", "Cải cách thể chế", "Cộng"], ["SỞ TƯ PHÁP", 12000000, 12000000]], { name: "Kinh phí theo đơn vị" });
    expect(noPlanReason(checkOf(grid))).toBe(S.check.mergeReport("Kinh phí theo đơn vị"));
    expect(noPlanReason(checkOf(grid))).toContain('hãy mở trang "Tổng hợp"');
  });

  test("any other sheet without a plan table says it has none", () => {
    const grid = sheet([["Danh sách cán bộ"], ["Họ tên", "Chức vụ"], ["Nguyễn Văn A", "Chuyên viên"]], { name: "Cán bộ" });
    expect(noPlanReason(checkOf(grid))).toBe(S.check.noTable("Cán bộ"));
  });

  test("a sheet with a plan has no such reason", () => {
    const grid = sheet([["TT", "Nội dung", "Thời gian", "Chủ trì", "Kinh phí (đồng)"], ["1", "Rà soát thủ tục", "Quý I/2026", "Văn phòng", 5000000]], { name: "KH" });
    expect(noPlanReason(checkOf(grid))).toBeNull();
  });
});
