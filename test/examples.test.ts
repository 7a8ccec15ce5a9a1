// The three example workbooks, read as officials typed them. Every expectation here was worked out by hand from the
// domain brief (§2, §4, §5) and the sheets' cells, not pasted from the program's output.
import path from "node:path";
import { analyze, type Analysis } from "../src/core/analyze";
import { loadGrids } from "../src/cli/load";
import type { Finding } from "../src/core/types";

const examples = path.join(__dirname, "fixtures", "examples");

async function analyzeExample(file: string): Promise<Analysis> {
  return analyze(await loadGrids(path.join(examples, file)));
}

function keyed(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule}@${f.cell ?? f.row ?? "plan"}`).sort();
}

describe("khung-logic-2026.xlsx", () => {
  let result: Analysis;
  beforeAll(async () => {
    result = await analyzeExample("khung-logic-2026.xlsx");
  });

  it("finds one Khung logic table with its two-row header under the title and goals", () => {
    expect(result.plan.tables).toHaveLength(1);
    expect(result.plan.tables[0]).toMatchObject({ sheet: "Khung logic", form: "khung-logic", headerRows: [6, 7] });
    expect(result.plan.year).toBe(2026);
    expect(result.plan.goals.general).toHaveLength(1);
    expect(result.plan.goals.specific).toEqual([
      "100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.",
      "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.",
    ]);
  });

  it("reads six areas, their results and activities as a tree", () => {
    const levels = result.plan.rows.map((r) => `${r.row}:${r.level}:${r.number}`);
    expect(levels).toEqual([
      "8:area:1", "9:result:1.1", "10:activity:1.1.1", "11:activity:1.1.2",
      "12:area:2", "13:result:2.1", "14:activity:2.1.1", "15:activity:2.1.2",
      "16:area:3", "17:result:3.1", "18:activity:3.1.1",
      "19:area:4", "20:result:4.1", "21:activity:4.1.1",
      "22:area:5", "23:result:5.1", "24:activity:5.1.1",
      "25:area:6", "26:result:6.1", "27:activity:6.1.1", "28:activity:6.1.2",
    ]);
    const row10 = result.plan.rows.find((r) => r.row === 10)!;
    expect(row10.content.startsWith("Rà soát văn bản quy phạm pháp luật")).toBe(true);
    expect(row10.area).toBe("Cải cách thể chế");
    expect(row10.lead).toBe("Văn phòng Sở");
    expect(row10.partners).toBe("Các phòng chuyên môn");
    expect(row10.period).toMatchObject({ kind: "range", start: "2026-01-01", end: "2026-02-28" });
    const parent = result.plan.rows[row10.parent!];
    expect(parent.number).toBe("1.1");
  });

  it("reads the year-less quarter in the plan year and the two labelled amounts as their sum", () => {
    const row24 = result.plan.rows.find((r) => r.row === 24)!;
    expect(row24.period).toMatchObject({ start: "2026-01-01", end: "2026-03-31" });
    const row21 = result.plan.rows.find((r) => r.row === 21)!;
    expect(row21.budget?.amount).toBe(35_000_000);
    const row18 = result.plan.rows.find((r) => r.row === 18)!;
    expect(row18.budget).toMatchObject({ amount: null, source: true });
  });

  it("reports the gaps the example was written with, and nothing else at warning or error level", () => {
    const serious = result.findings.filter((f) => f.severity !== "info");
    expect(keyed(serious)).toEqual(
      [
        "missing-lead@G15", // activity 2.1.2 has no lead body
        "missing-verification@D15", // … and no means of verification
        "smart-specific@C15", // "Tăng cường số hóa"
        "smart-measurable@C15",
        "budget-rollup@E13", // activities 25M + 40M above result 2.1's 60M
        "missing-indicator@C24", // activity 5.1.1
        "smart-specific@C28", // "Từng bước nâng cao kỹ năng"
        "smart-measurable@C28",
        "period-outside-year@F28", // Quý I/2027 in a 2026 plan
      ].sort(),
    );
    expect(result.findings.find((f) => f.cell === "G15")?.message).toContain("2.1.2");
  });

  it("notes unallocated envelopes and the columns the form lacks, as information", () => {
    const info = result.findings.filter((f) => f.severity === "info");
    expect(keyed(info.filter((f) => f.rule === "budget-unallocated"))).toEqual(["budget-unallocated@E20", "budget-unallocated@E26"]);
    // The Khung logic has no method or product column by design: a complete form is never told to add one.
    expect(info.filter((f) => f.rule === "form-missing-column")).toEqual([]);
  });

  it("totals each money once: 149,000,000 đồng, per area", () => {
    expect(result.totals.total).toBe(149_000_000);
    expect(result.totals.totalInWords).toBe("Một trăm bốn mươi chín triệu đồng");
    const byArea = Object.fromEntries(result.totals.byArea.map((a) => [a.area, a.amount]));
    expect(byArea).toMatchObject({
      "Cải cách thể chế": 20_000_000,
      "Cải cách thủ tục hành chính": 65_000_000,
      "Cải cách chế độ công vụ": 35_000_000,
      "Cải cách tài chính công": 5_000_000,
      "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số": 24_000_000,
    });
    expect(byArea["Cải cách tổ chức bộ máy hành chính nhà nước"] ?? 0).toBe(0);
    expect(result.totals.otherCurrencies).toEqual([]);
  });
});

describe("de-cuong-2019.xlsx", () => {
  let result: Analysis;
  beforeAll(async () => {
    result = await analyzeExample("de-cuong-2019.xlsx");
  });

  it("finds the table on the second sheet and reads seven 2011–2020 sections", () => {
    expect(result.plan.tables).toEqual([expect.objectContaining({ sheet: "Kế hoạch triển khai", form: "de-cuong", headerRows: [3] })]);
    expect(result.plan.year).toBe(2019);
    expect(result.plan.preset).toBe("2011-2020");
    const areas = result.plan.rows.filter((r) => r.level === "area").map((r) => r.area);
    expect(areas).toEqual([
      "Cải cách thể chế",
      "Cải cách thủ tục hành chính",
      "Cải cách tổ chức bộ máy hành chính nhà nước",
      "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
      "Cải cách tài chính công",
      "Hiện đại hóa hành chính",
      "Công tác chỉ đạo, điều hành cải cách hành chính",
    ]);
  });

  it("reads a general task and its first specific task that share one sheet row", () => {
    const row5 = result.plan.rows.filter((r) => r.row === 5);
    expect(row5.map((r) => r.level)).toEqual(["result", "activity"]);
    expect(row5[1].content).toBe("Rà soát quy trình xây dựng văn bản của Sở");
    expect(row5[1].period).toMatchObject({ start: "2019-02-01", end: "2019-04-30" });
    expect(result.plan.rows.find((r) => r.row === 6)?.parent).toBe(result.plan.rows.indexOf(row5[0]));
  });

  it("never counts the total row as a task, and reports that its SUM left out the amount typed as text", () => {
    expect(result.plan.rows.some((r) => r.row === 20)).toBe(false);
    expect(result.plan.sheetTotals).toEqual([expect.objectContaining({ row: 20, cell: "G20", amount: 80_000_000, formula: "SUM(G5:G19)" })]);
    // One finding, at the cell typed as text; the total's own difference is exactly that amount, so it adds none.
    expect(result.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
    const asText = result.findings.filter((f) => f.rule === "budget-as-text");
    expect(asText).toHaveLength(1);
    expect(asText[0]).toMatchObject({ severity: "error", cell: "G17" });
    expect(asText[0].message).toContain("hàm SUM");
    expect(result.totals.total).toBe(1_280_000_000);
    expect(result.totals.totalInWords).toBe("Một tỷ hai trăm tám mươi triệu đồng");
  });

  it("reports the placeholder period, the missing lead, the missing product and the tasks without budget", () => {
    const serious = result.findings.filter((f) => f.severity !== "info");
    expect(keyed(serious)).toEqual(
      [
        "missing-objective@plan", // no goal anywhere: "Nhiệm vụ chung" are tasks, not goals
        "missing-output@C9", // Công khai TTHC: no product
        "period-placeholder@F11", // "Từ tháng ../năm tới tháng.../năm"
        "missing-budget@G11",
        "missing-lead@D13",
        "missing-budget@G15",
        "budget-as-text@G17",
      ].sort(),
    );
  });
});

describe("so-gtvt-2014-5w1h.xlsx", () => {
  let result: Analysis;
  beforeAll(async () => {
    result = await analyzeExample("so-gtvt-2014-5w1h.xlsx");
  });

  it("finds the 5W1H table with its W-letter second header row", () => {
    expect(result.plan.tables).toEqual([expect.objectContaining({ form: "5w1h", headerRows: [4, 5] })]);
    expect(result.plan.year).toBe(2014);
  });

  it("reads areas, goals and tasks, and splits Phân công into lead and partners", () => {
    const levels = result.plan.rows.map((r) => `${r.row}:${r.level}`);
    expect(levels).toEqual(["6:area", "7:result", "8:activity", "9:activity", "10:area", "11:result", "11:activity", "12:activity", "13:activity"]);
    const task = result.plan.rows.find((r) => r.row === 11 && r.level === "activity")!;
    expect(task.lead).toBe("VP. Sở");
    expect(task.partners).toBe("Trung tâm CNTT");
    expect(task.area).toBe("Cải cách tổ chức bộ máy hành chính nhà nước");
    expect(task.goal).toMatch(/^Nâng cao chất lượng thực hiện cơ chế một cửa/);
    expect(task.period).toMatchObject({ start: "2014-01-01", end: "2014-03-31" });
  });

  it("flags the blank-form rows, the area holding only them, and nothing in the two filled tasks", () => {
    const serious = result.findings.filter((f) => f.severity !== "info");
    expect(serious.filter((f) => f.rule !== "placeholder-row").map((f) => [f.rule, f.row])).toEqual([["empty-area", 6]]);
    expect(serious.filter((f) => f.rule === "placeholder-row").map((f) => f.row).sort((a, b) => a! - b!)).toEqual([7, 8, 9, 13]);
  });

  it("totals the budgets typed as text: 3,500,000 đồng", () => {
    expect(result.totals.total).toBe(3_500_000);
    expect(result.totals.totalInWords).toBe("Ba triệu năm trăm nghìn đồng");
  });
});
