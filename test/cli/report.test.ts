import type { Analysis } from "../../src/core/analyze";
import type { PlanRow } from "../../src/core/types";
import { formatAmount, readableReport, toReport } from "../../src/cli/report";
import { reportSchema } from "../report.schema";

function row(partial: Partial<PlanRow> & Pick<PlanRow, "row" | "level" | "content">): PlanRow {
  return {
    sheet: "Khung logic",
    number: null,
    area: "Cải cách thể chế",
    budget: null,
    period: null,
    cells: {},
    table: 0,
    parent: null,
    placeholder: false,
    ...partial,
  };
}

/** A hand-made analysis shaped like khung-logic-2026.xlsx, independent of the engine. */
function sampleAnalysis(): Analysis {
  return {
    plan: {
      year: 2026,
      title: "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026",
      goals: { general: ["Đẩy mạnh cải cách"], specific: [] },
      tables: [
        { sheet: "Khung logic", form: "khung-logic", headerRows: [6, 7], columns: { number: 0, content: 1 }, firstRow: 8, lastRow: 11 },
      ],
      rows: [
        row({ row: 8, level: "area", number: "1", content: "Lĩnh vực 1: Cải cách thể chế", indicator: "100% văn bản", lead: "Sở Nội vụ" }),
        row({
          row: 10,
          level: "activity",
          number: "1.1.1",
          content: "Hoạt động 1.1.1: Rà soát văn bản",
          indicator: "Rà soát 100% văn bản",
          lead: "Văn phòng Sở",
          partners: "Các phòng chuyên môn",
          output: "Báo cáo",
          budget: { amount: 12000000, currency: "VND", text: "12000000" },
          period: { kind: "range", start: "2026-01-01", end: "2026-02-28", text: "Tháng 1-2/2026" },
          parent: 0,
        }),
        row({ row: 11, level: "activity", number: "1.1.2", content: "Hoạt động 1.1.2", lead: null, parent: 0 }),
      ],
      sheetTotals: [],
      info: {},
      preset: "2021-2030",
    },
    findings: [
      { rule: "missing-lead", severity: "error", sheet: "Khung logic", row: 11, cell: "G11", message: "Hoạt động 1.1.2 chưa có cơ quan đầu mối (Who)." },
      { rule: "smart-measurable", severity: "warning", sheet: "Khung logic", row: 11, cell: "C11", message: "Chỉ số\nkhông đo được." },
      { rule: "form-missing-column", severity: "info", sheet: "Khung logic", row: null, cell: null, message: "Bảng không có cột Sản phẩm." },
    ],
    totals: {
      currency: "VND",
      total: 1149000000,
      totalInWords: "Một tỷ một trăm bốn mươi chín triệu đồng",
      byArea: [
        { area: "Cải cách thể chế", amount: 12000000 },
        { area: "Cải cách thủ tục hành chính", amount: 1137000000 },
      ],
      bySource: [
        { source: "Ngân sách tỉnh", amount: 1000000000 },
        { source: null, amount: 149000000 },
      ],
      otherCurrencies: [{ currency: "USD", amount: 2000 }],
    },
  };
}

describe("toReport", () => {
  const report = toReport("khung-logic-2026.xlsx", sampleAnalysis());

  it("matches the contract's JSON schema", () => {
    expect(() => reportSchema.parse(JSON.parse(JSON.stringify(report)))).not.toThrow();
  });

  it("keeps exactly the contract's row keys, with absent fields as null", () => {
    expect(Object.keys(report.rows[1]).sort()).toEqual(
      ["area", "budget", "content", "indicator", "lead", "level", "number", "partners", "period", "row", "sheet"].sort(),
    );
    expect(report.rows[2].indicator).toBeNull();
    expect(report.rows[2].partners).toBeNull();
    expect(report.rows[1].partners).toBe("Các phòng chuyên môn");
  });

  it("lists tables with their reading, without engine-internal column indices", () => {
    expect(report.tables).toEqual([{ sheet: "Khung logic", form: "khung-logic", headerRows: [6, 7], columns: [], skipped: [] }]);
  });
});

describe("readableReport", () => {
  const text = readableReport(toReport("khung-logic-2026.xlsx", sampleAnalysis()));
  const lines = text.split("\n");

  it("names the file, year and tables", () => {
    expect(lines[0]).toBe("Tệp: khung-logic-2026.xlsx");
    expect(lines[1]).toBe("Năm kế hoạch: 2026");
    expect(text).toContain('trang "Khung logic": Khung logic, dòng tiêu đề cột 6–7, 3 dòng nội dung');
  });

  it("counts findings and groups them by row, plan-level first", () => {
    expect(text).toContain("Kết quả kiểm tra: 1 lỗi, 1 cảnh báo, 1 lưu ý");
    const planLevel = lines.findIndex((line) => line.trim() === "Toàn kế hoạch");
    // The heading names the row by its number and opening words, as the pane does.
    const row11 = lines.findIndex((line) => line.includes('dòng 11 · 1.1.2 Hoạt động 1.1.2'));
    expect(planLevel).toBeGreaterThan(0);
    expect(row11).toBeGreaterThan(planLevel);
    expect(lines[row11 + 1]).toMatch(/^\s+lỗi\s+G11\s+Hoạt động 1\.1\.2 chưa có cơ quan đầu mối/);
    expect(lines[row11 + 2]).toMatch(/^\s+cảnh báo\s+C11\s+Chỉ số không đo được\.$/);
  });

  it("aligns findings' message column", () => {
    const findingLines = lines.filter((line) => /^\s{4}(lỗi|cảnh báo|lưu ý)/.test(line));
    const starts = findingLines.map((line) => line.search(/(Hoạt|Chỉ|Bảng)/));
    expect(new Set(starts).size).toBe(1);
  });

  it("prints totals per area with dot thousands, right-aligned, and the words", () => {
    const area = lines.find((line) => line.includes("Cải cách thể chế") && line.includes("12.000.000"));
    const total = lines.find((line) => line.includes("Tổng cộng"));
    expect(area).toBeDefined();
    expect(total).toMatch(/1\.149\.000\.000$/);
    expect(area!.length).toBe(total!.length);
    expect(text).toContain("Bằng chữ: Một tỷ một trăm bốn mươi chín triệu đồng.");
    expect(text).toContain("2.000 USD");
  });

  it("splits the total by funding source, with what no source column holds on its own line", () => {
    const at = lines.findIndex((line) => line.includes("theo nguồn kinh phí"));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/Ngân sách tỉnh\s+1\.000\.000\.000$/);
    expect(lines[at + 2]).toMatch(/Chưa ghi nguồn\s+149\.000\.000$/);
  });

  it("carries no terminal colour codes", () => {
    expect(text).not.toMatch(/\u001b\[/);
  });
});

describe("formatAmount", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1.000"],
    [149000000, "149.000.000"],
    [-5000, "-5.000"],
  ])("%d → %s", (amount, text) => expect(formatAmount(amount)).toBe(text));
});

describe("readableReport: an area funded only from a named source", () => {
  it("shows the source next to its 0, each source once", () => {
    const analysis = sampleAnalysis();
    const source = { amount: null, currency: "VND", text: "Kinh phí thường xuyên", source: true };
    analysis.plan.rows.push(
      row({ row: 12, level: "area", number: "2", content: "Cải cách tài chính công", area: "Cải cách tài chính công" }),
      row({ row: 13, level: "activity", number: "2.1.1", content: "Xây dựng quy chế", area: "Cải cách tài chính công", budget: source, parent: 3 }),
      row({ row: 14, level: "activity", number: "2.1.2", content: "Công khai", area: "Cải cách tài chính công", budget: { ...source }, parent: 3 }),
    );
    analysis.totals.byArea.push({ area: "Cải cách tài chính công", amount: 0 });
    const text = readableReport(toReport("x.xlsx", analysis));
    expect(text).toMatch(/Cải cách tài chính công\s+0 \(Kinh phí thường xuyên\)\n/);
    expect(text).toMatch(/Cải cách thể chế\s+12\.000\.000\n/);
  });
});

describe("a money column in a foreign currency", () => {
  it("reports the column's unit as its currency and keeps its figures out of the đồng total", async () => {
    const { analyze } = await import("../../src/core/analyze");
    const { LAYOUTS } = await import("../layouts/layouts");
    const layout = LAYOUTS.find((l) => l.name.startsWith("43 "))!;
    const report = reportSchema.parse(toReport("x.xlsx", analyze(layout.sheets)));
    expect(report.tables[0].columns?.map((c) => [c.letter, c.unit])).toEqual([
      ["A", null], ["B", null], ["C", "đồng"], ["D", "USD"], ["E", "EUR"], ["F", null],
    ]);
    expect(report.totals.total).toBe(10_000_000);
    expect(readableReport(report)).toContain("Ngoại tệ (không cộng vào tổng VND): 7.000 USD; 3.000 EUR");
  });
});
