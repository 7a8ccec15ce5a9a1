// Hand-made analyses for the document tests: the Khung logic example's shape (test/fixtures/examples/
// khung-logic-2026.xlsx) written out as the engine would read it, and a generated plan of any size.
import type { Analysis } from "../../src/core/analyze";
import type { Budget, Level, Period, Plan, PlanInfo, PlanRow, TableInfo } from "../../src/core/types";
import { amountInWords } from "../../src/core/words";

export const HOSTILE = {
  markup: "Văn bản <w:t>chèn</w:t> & <script>alert(1)</script> &amp; \"trích\" 'nháy'",
  formula: "=SUM(A1)",
  multiline: "Dòng thứ nhất\nDòng thứ hai",
};

const KHUNG_LOGIC_TABLE: TableInfo = {
  sheet: "Khung logic",
  form: "khung-logic",
  headerRows: [6, 7],
  columns: { number: 1, content: 2, indicator: 3, verification: 4, budget: 5, period: 6, lead: 7, partners: 8 },
  firstRow: 8,
  lastRow: 15,
};

function vnd(amount: number | null, text = amount === null ? "" : String(amount), source = false): Budget {
  return { amount, currency: "VND", text, source: source || undefined };
}

function period(text: string, start?: string, end?: string): Period {
  return { kind: "range", start, end, text };
}

interface RowSpec {
  row: number;
  level: Level;
  number: string;
  content: string;
  area: string;
  indicator?: string | null;
  verification?: string | null;
  budget?: Budget | null;
  period?: Period | null;
  lead?: string | null;
  partners?: string | null;
  parent: number | null;
}

function planRow(spec: RowSpec, table = 0, sheet = "Khung logic"): PlanRow {
  return {
    sheet,
    row: spec.row,
    level: spec.level,
    number: spec.number,
    content: spec.content,
    area: spec.area,
    indicator: spec.indicator ?? null,
    verification: spec.verification ?? null,
    budget: spec.budget ?? null,
    period: spec.period ?? null,
    lead: spec.lead ?? null,
    partners: spec.partners ?? null,
    cells: {},
    table,
    parent: spec.parent,
    placeholder: false,
  };
}

const THE_CHE = "Cải cách thể chế";
const TTHC = "Cải cách thủ tục hành chính";

/** Two areas, a result each, three activities; 20 + 25 + 40 million counted once = 85,000,000 and one USD figure. */
export function khungLogicAnalysis(info: PlanInfo = {}): Analysis {
  const rows: PlanRow[] = [
    planRow({ row: 8, level: "area", number: "1", content: "Lĩnh vực 1: Cải cách thể chế", area: THE_CHE, indicator: "100% văn bản đúng quy trình", period: period("2026"), lead: "Sở Nội vụ", parent: null }),
    planRow({ row: 9, level: "result", number: "1.1", content: "Kết quả 1.1: Văn bản được rà soát, hệ thống hóa", area: THE_CHE, indicator: "Danh mục được công bố trước 31/3/2026", verification: "Quyết định công bố", budget: vnd(20000000), period: period("Quý I/2026", "2026-01-01", "2026-03-31"), lead: "Văn phòng Sở", partners: "Các phòng chuyên môn", parent: 0 }),
    planRow({ row: 10, level: "activity", number: "1.1.1", content: `Hoạt động 1.1.1: ${HOSTILE.markup}`, area: THE_CHE, indicator: HOSTILE.formula, verification: HOSTILE.multiline, budget: vnd(12000000), period: period("Tháng 1-2/2026", "2026-01-01", "2026-02-28"), lead: "Văn phòng Sở", partners: "Các phòng chuyên môn", parent: 1 }),
    planRow({ row: 11, level: "activity", number: "1.1.2", content: "Hoạt động 1.1.2: Trình UBND tỉnh công bố danh mục", area: THE_CHE, indicator: "Quyết định được ban hành", verification: "Quyết định của UBND tỉnh", budget: vnd(8000000), period: period("Trước ngày 31/3/2026"), lead: "Văn phòng Sở", partners: "Sở Tư pháp", parent: 1 }),
    planRow({ row: 12, level: "area", number: "2", content: "Lĩnh vực 2: Cải cách thủ tục hành chính", area: TTHC, parent: null }),
    planRow({ row: 13, level: "result", number: "2.1", content: "Kết quả 2.1: Thủ tục hành chính được cung cấp trực tuyến", area: TTHC, indicator: "100% TTHC đủ điều kiện", verification: "Báo cáo hằng quý", budget: vnd(65000000), period: period("2026"), lead: "Văn phòng Sở", partners: "Trung tâm Phục vụ hành chính công tỉnh", parent: 4 }),
    planRow({ row: 14, level: "activity", number: "2.1.1", content: "Hoạt động 2.1.1: Rà soát, đơn giản hóa thủ tục hành chính", area: TTHC, indicator: "Cắt giảm 20% thời gian của 10 TTHC", verification: "Phương án được phê duyệt", budget: vnd(25000000, "15.000.000 (Giảng viên)\n10.000.000 (Tổ chức lớp)"), period: period("Quý II/2026"), lead: "Văn phòng Sở", partners: "Các phòng chuyên môn", parent: 5 }),
    planRow({ row: 15, level: "activity", number: "2.1.2", content: "Hoạt động 2.1.2: Số hóa hồ sơ", area: TTHC, indicator: "Số hóa 100% hồ sơ", verification: "Thống kê hệ thống", budget: vnd(40000000), period: period("Thường xuyên"), lead: "Văn phòng Sở", partners: null, parent: 5 }),
    planRow({ row: 16, level: "activity", number: "2.1.3", content: "Hoạt động 2.1.3: Thuê chuyên gia", area: TTHC, indicator: "01 báo cáo tư vấn", verification: "Báo cáo", budget: { amount: 2000, currency: "USD", text: "2.000 USD" }, period: period("Quý III/2026"), lead: "Văn phòng Sở", parent: 5 }),
  ];
  const total = 85000000;
  const plan: Plan = {
    year: 2026,
    title: "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    goals: {
      general: ["Đẩy mạnh cải cách hành chính, chỉ số hài lòng đạt trên 85%."],
      specific: ["- 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.", "- Tỷ lệ hồ sơ đúng hạn đạt 98%."],
    },
    tables: [KHUNG_LOGIC_TABLE],
    rows,
    sheetTotals: [],
    info,
    preset: "2021-2030",
  };
  return {
    plan,
    findings: [],
    totals: {
      currency: "VND",
      total,
      totalInWords: amountInWords(total),
      byArea: [
        { area: THE_CHE, amount: 20000000 },
        { area: TTHC, amount: 65000000 },
      ],
      bySource: [],
      otherCurrencies: [{ currency: "USD", amount: 2000 }],
    },
  };
}

export const FULL_INFO: PlanInfo = {
  parentBody: "Ủy ban nhân dân tỉnh Ninh Thuận",
  issuingBody: "Sở Nội vụ",
  number: "05/KH-SNV",
  place: "Ninh Thuận",
  date: "05/01/2026",
  legalBases: ["Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;", "Căn cứ Kế hoạch số 10/KH-UBND của UBND tỉnh;"],
  recipients: ["UBND tỉnh (b/c)", "Giám đốc Sở", "Các phòng, đơn vị thuộc Sở"],
  signingAuthority: "KT. Giám đốc",
  signerTitle: "Phó Giám đốc",
  signerName: "Nguyễn Văn A",
};

/** A plan of `count` activity rows in six areas, each activity 1,000,000 đồng: the size benchmark and render test use it. */
export function largeAnalysis(count: number): Analysis {
  const areas = ["Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy hành chính nhà nước", "Cải cách chế độ công vụ", "Cải cách tài chính công", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số"];
  const rows: PlanRow[] = [];
  const perArea = Math.ceil(count / areas.length);
  let made = 0;
  areas.forEach((area, a) => {
    const areaIndex = rows.length;
    rows.push(planRow({ row: rows.length + 8, level: "area", number: String(a + 1), content: `Lĩnh vực ${a + 1}: ${area}`, area, parent: null }));
    for (let i = 0; i < perArea && made < count; i++, made++) {
      rows.push(planRow({ row: rows.length + 8, level: "activity", number: `${a + 1}.${i + 1}`, content: `Hoạt động ${a + 1}.${i + 1}: Rà soát, đơn giản hóa thủ tục hành chính số ${i + 1} thuộc thẩm quyền giải quyết của Sở`, area, indicator: `Cắt giảm ít nhất 20% thời gian giải quyết của ${i + 1} TTHC`, verification: "Báo cáo rà soát được phê duyệt", budget: vnd(1000000), period: period("Quý II/2026"), lead: "Văn phòng Sở", partners: "Các phòng chuyên môn", parent: areaIndex }));
    }
  });
  const byArea = areas.map((area) => ({ area, amount: rows.filter((r) => r.area === area && r.level === "activity").length * 1000000 }));
  const total = count * 1000000;
  return {
    plan: { year: 2026, title: "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026", goals: { general: ["Mục tiêu chung của kế hoạch."], specific: [] }, tables: [{ ...KHUNG_LOGIC_TABLE, lastRow: rows.length + 7 }], rows, sheetTotals: [], info: FULL_INFO, preset: "2021-2030" },
    findings: [],
    totals: { currency: "VND", total, totalInWords: amountInWords(total), byArea, bySource: [], otherCurrencies: [] },
  };
}
