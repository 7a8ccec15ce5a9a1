// Builds Plans by hand for the rule and totals tests, shaped the way the reader hands them over:
// a field is undefined where the table lacks its column, null where the cell is empty, and `cells` names every column's cell.
import type { Rule } from "../../src/core/rules/rule";
import { a1 } from "../../src/core/text";
import { buildRollup } from "../../src/core/totals";
import type { Budget, FieldKey, Finding, FormKind, Level, Period, Plan, PlanRow, SheetTotal, TableInfo } from "../../src/core/types";

type TextField = "goal" | "output" | "indicator" | "verification" | "method" | "note" | "lead" | "partners";
const TEXT_FIELDS: TextField[] = ["goal", "output", "indicator", "verification", "method", "note", "lead", "partners"];

export interface RowFields extends Partial<Record<TextField, string | null>> {
  /** A number is a VND amount typed as a number; a string is a funding source only. */
  budget?: number | string | Budget | null;
  period?: Period | null;
  placeholder?: boolean;
  /** Overrides the area inherited from the enclosing area row. */
  area?: string | null;
}

export interface TableSpec {
  form: FormKind;
  sheet?: string;
  /** Columns in sheet order from column B; content is added first when left out. */
  columns: FieldKey[];
  /** 1-based sheet row of the (first) header row; data starts below the header rows. */
  headerRow?: number;
  headerRows?: 1 | 2;
}

export const range = (start: string, end: string, text = `${start} – ${end}`): Period => ({ kind: "range", start, end, text });
export const deadline = (end: string, text = `Trước ngày ${end}`): Period => ({ kind: "deadline", end, text });
export const ongoing = (year: number, text = "Thường xuyên"): Period => ({
  kind: "ongoing",
  start: `${year}-01-01`,
  end: `${year}-12-31`,
  text,
});
export const unparsedPeriod = (text: string): Period => ({ kind: "unparsed", text });
export const placeholderPeriod = (text = "Từ tháng ../năm tới tháng.../năm"): Period => ({ kind: "placeholder", text });

export function vnd(amount: number, text = String(amount)): Budget {
  return { amount, currency: "VND", text };
}

function toBudget(value: RowFields["budget"]): Budget | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return vnd(value);
  if (typeof value === "string") return { amount: null, currency: "VND", text: value, source: true };
  return value;
}

interface Cursor {
  table: number;
  nextRow: number;
  area: number | null;
  result: number | null;
}

export class PlanBuilder {
  private readonly plan: Plan;
  private cursor: Cursor | null = null;

  constructor(options: { year?: number | null; general?: string[]; specific?: string[] } = {}) {
    this.plan = {
      year: options.year === undefined ? 2026 : options.year,
      title: null,
      goals: { general: options.general ?? [], specific: options.specific ?? [] },
      tables: [],
      rows: [],
      sheetTotals: [],
      info: {},
      preset: "2021-2030",
    };
  }

  /** Starts a new table; rows added after belong to it. */
  table(spec: TableSpec): this {
    const fields: FieldKey[] = [...spec.columns];
    if (!fields.includes("content")) fields.unshift("content");
    const columns: TableInfo["columns"] = {};
    fields.forEach((field, i) => (columns[field] = i + 1));
    const headerRow = spec.headerRow ?? 6;
    const headerRows = spec.headerRows === 2 ? [headerRow, headerRow + 1] : [headerRow];
    const firstRow = headerRow + headerRows.length;
    this.plan.tables.push({ sheet: spec.sheet ?? "Kế hoạch", form: spec.form, headerRows, columns, firstRow, lastRow: firstRow });
    this.cursor = { table: this.plan.tables.length - 1, nextRow: firstRow, area: null, result: null };
    return this;
  }

  area(number: string | null, content: string, fields: RowFields = {}): this {
    const index = this.push("area", number, content, fields, null);
    this.current().area = index;
    this.current().result = null;
    return this;
  }

  result(number: string | null, content: string, fields: RowFields = {}): this {
    this.current().result = this.push("result", number, content, fields, this.current().area);
    return this;
  }

  activity(number: string | null, content: string, fields: RowFields = {}): this {
    this.push("activity", number, content, fields, this.current().result ?? this.current().area);
    return this;
  }

  /** The sheet's own total row below the table (kept apart from the rows, as the reader does). */
  total(amount: number | null, formula: string | null = null): this {
    const cursor = this.current();
    const table = this.plan.tables[cursor.table];
    const budgetColumn = table.columns.budget ?? table.columns.content ?? 1;
    const row = cursor.nextRow++;
    const total: SheetTotal = { sheet: table.sheet, row, cell: a1(row - 1, budgetColumn), amount, formula, table: cursor.table };
    this.plan.sheetTotals.push(total);
    return this;
  }

  build(): Plan {
    return this.plan;
  }

  private current(): Cursor {
    if (this.cursor === null) throw new Error("PlanBuilder: call table() before adding rows");
    return this.cursor;
  }

  private push(level: Level, number: string | null, content: string, fields: RowFields, parent: number | null): number {
    const cursor = this.current();
    const table = this.plan.tables[cursor.table];
    const sheetRow = cursor.nextRow++;
    table.lastRow = sheetRow;
    const has = (field: FieldKey): boolean => table.columns[field] !== undefined;
    const inheritedArea = parent === null ? null : this.plan.rows[parent].area;
    const row: PlanRow = {
      sheet: table.sheet,
      row: sheetRow,
      level,
      number,
      content,
      area: fields.area !== undefined ? fields.area : level === "area" ? content : inheritedArea,
      budget: has("budget") ? toBudget(fields.budget) : null,
      period: has("period") ? (fields.period ?? null) : null,
      cells: {},
      table: cursor.table,
      parent,
      placeholder: fields.placeholder ?? false,
    };
    for (const field of TEXT_FIELDS) {
      const present = has(field) || ((field === "lead" || field === "partners") && has("assignment"));
      if (present) row[field] = fields[field] ?? null;
    }
    for (const [field, column] of Object.entries(table.columns) as [FieldKey, number][]) {
      row.cells[field] = a1(sheetRow - 1, column);
    }
    this.plan.rows.push(row);
    return this.plan.rows.length - 1;
  }
}

/** The columns of the Khung logic form (domain brief §2.1). */
export const KHUNG_LOGIC: FieldKey[] = ["number", "content", "indicator", "verification", "budget", "period", "lead", "partners"];
/** The 5W1H2C5M combined table (§2.2). */
export const FIVE_W: FieldKey[] = ["number", "goal", "content", "output", "period", "assignment", "method", "budget"];
/** The province's Đề cương (§2.3). */
export const DE_CUONG: FieldKey[] = ["goal", "content", "output", "lead", "partners", "period", "budget", "note"];
/** A plain implementation list (§2.4). */
export const PLAIN: FieldKey[] = ["number", "content", "period", "lead", "partners"];

/** Runs one rule the way runRules does: with the plan's roll-up computed once. */
export function check(rule: Rule, plan: Plan): Finding[] {
  return rule.check({ plan, rollup: buildRollup(plan) });
}

/**
 * test/fixtures/examples/khung-logic-2026.xlsx, row for row (sheet rows 8–28, header rows 6–7),
 * as the reader should hand it over.
 */
export function khungLogic2026(): Plan {
  const sources = "Kinh phí thường xuyên";
  return new PlanBuilder({
    year: 2026,
    general: ["Đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của Sở đạt trên 85%."],
    specific: ["- 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%."],
  })
    .table({ form: "khung-logic", sheet: "Khung logic", columns: KHUNG_LOGIC, headerRow: 6, headerRows: 2 })
    .area("1", "Cải cách thể chế", {
      indicator: "100% văn bản quy phạm pháp luật do Sở tham mưu được ban hành đúng quy trình",
      verification: "Báo cáo CCHC năm",
      period: range("2026-01-01", "2026-12-31", "2026"),
      lead: "Sở Nội vụ",
    })
    .result("1.1", "Văn bản quy phạm pháp luật thuộc lĩnh vực nội vụ được rà soát, hệ thống hóa", {
      indicator: "Danh mục văn bản hết hiệu lực được công bố trước 31/3/2026",
      verification: "Quyết định công bố danh mục",
      budget: 20_000_000,
      period: range("2026-01-01", "2026-03-31", "Quý I/2026"),
      lead: "Văn phòng Sở",
      partners: "Các phòng chuyên môn",
    })
    .activity("1.1.1", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành thuộc lĩnh vực nội vụ", {
      indicator: "Rà soát 100% văn bản",
      verification: "Báo cáo rà soát",
      budget: 12_000_000,
      period: range("2026-01-01", "2026-02-28", "Tháng 1-2/2026"),
      lead: "Văn phòng Sở",
      partners: "Các phòng chuyên môn",
    })
    .activity("1.1.2", "Trình UBND tỉnh công bố danh mục văn bản hết hiệu lực", {
      indicator: "Quyết định công bố được ban hành",
      verification: "Quyết định của UBND tỉnh",
      budget: 8_000_000,
      period: deadline("2026-03-31", "Trước ngày 31/3/2026"),
      lead: "Văn phòng Sở",
      partners: "Sở Tư pháp",
    })
    .area("2", "Cải cách thủ tục hành chính", { period: range("2026-01-01", "2026-12-31", "2026"), lead: "Văn phòng Sở" })
    .result("2.1", "Thủ tục hành chính được cung cấp trực tuyến toàn trình", {
      indicator: "100% TTHC đủ điều kiện được cung cấp trực tuyến toàn trình",
      verification: "Báo cáo tình hình giải quyết TTHC hằng quý",
      budget: 60_000_000,
      period: range("2026-01-01", "2026-12-31", "2026"),
      lead: "Văn phòng Sở",
      partners: "Trung tâm Phục vụ hành chính công tỉnh",
    })
    .activity("2.1.1", "Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền của Sở", {
      indicator: "Cắt giảm ít nhất 20% thời gian giải quyết của 10 TTHC",
      verification: "Phương án đơn giản hóa được phê duyệt",
      budget: 25_000_000,
      period: range("2026-04-01", "2026-06-30", "Quý II/2026"),
      lead: "Văn phòng Sở",
      partners: "Các phòng chuyên môn",
    })
    .activity("2.1.2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", {
      indicator: "Tăng cường số hóa",
      budget: 40_000_000,
      period: ongoing(2026),
      partners: "Trung tâm Phục vụ hành chính công tỉnh",
    })
    .area("3", "Cải cách tổ chức bộ máy hành chính nhà nước")
    .result("3.1", "Các phòng chuyên môn được sắp xếp tinh gọn", {
      indicator: "Giảm 02 phòng chuyên môn",
      verification: "Quyết định sắp xếp",
      period: range("2026-07-01", "2026-09-30", "Quý III/2026"),
      lead: "Phòng Tổ chức - Biên chế",
      partners: "Văn phòng Sở",
    })
    .activity("3.1.1", "Xây dựng đề án sắp xếp tổ chức bộ máy", {
      indicator: "Đề án được UBND tỉnh phê duyệt",
      verification: "Đề án",
      budget: sources,
      period: range("2026-07-01", "2026-08-31", "Tháng 7-8/2026"),
      lead: "Phòng Tổ chức - Biên chế",
      partners: "Văn phòng Sở",
    })
    .area("4", "Cải cách chế độ công vụ")
    .result("4.1", "Năng lực lập kế hoạch của công chức được nâng cao", {
      indicator: "100% công chức phụ trách CCHC được bồi dưỡng",
      verification: "Báo cáo kết quả bồi dưỡng",
      budget: 50_000_000,
      period: range("2026-07-01", "2026-09-30", "Quý III/2026"),
      lead: "Phòng Công chức, viên chức",
      partners: "Trường Chính trị tỉnh",
    })
    .activity("4.1.1", "Tổ chức 02 lớp bồi dưỡng kỹ năng lập kế hoạch CCHC theo khung logic", {
      indicator: "120 lượt công chức tham gia",
      verification: "Danh sách học viên, báo cáo lớp học",
      budget: vnd(35_000_000, "15.000.000 (Giảng viên)\n20.000.000 (Tổ chức lớp)"),
      period: range("2026-09-10", "2026-09-20", "Từ 10 đến 20 tháng 9/2026"),
      lead: "Phòng Công chức, viên chức",
      partners: "Trường Chính trị tỉnh",
    })
    .area("5", "Cải cách tài chính công")
    .result("5.1", "Đơn vị sự nghiệp thực hiện tự chủ tài chính", {
      indicator: "02 đơn vị sự nghiệp tự bảo đảm chi thường xuyên",
      verification: "Quyết định giao tự chủ",
      period: range("2026-01-01", "2026-12-31", "2026"),
      lead: "Phòng Kế hoạch - Tài chính",
      partners: "Các đơn vị sự nghiệp trực thuộc",
    })
    .activity("5.1.1", "Hướng dẫn xây dựng phương án tự chủ", {
      verification: "Văn bản hướng dẫn",
      budget: 5_000_000,
      period: range("2026-01-01", "2026-03-31", "Quý I"),
      lead: "Phòng Kế hoạch - Tài chính",
    })
    .area("6", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số")
    .result("6.1", "Văn bản được gửi, nhận và xử lý trên môi trường điện tử", {
      indicator: "100% văn bản (trừ văn bản mật) được gửi, nhận dưới dạng điện tử",
      verification: "Thống kê từ hệ thống quản lý văn bản",
      budget: 30_000_000,
      period: ongoing(2026),
      lead: "Văn phòng Sở",
      partners: "Sở Khoa học và Công nghệ",
    })
    .activity("6.1.1", "Trang bị chữ ký số chuyên dùng", {
      indicator: "Trang bị 05 chữ ký số",
      verification: "Biên bản bàn giao",
      budget: 18_000_000,
      period: range("2026-04-01", "2026-06-30", "Quý II/2026"),
      lead: "Văn phòng Sở",
      partners: "Sở Khoa học và Công nghệ",
    })
    .activity("6.1.2", "Tập huấn sử dụng hệ thống quản lý văn bản", {
      indicator: "Từng bước nâng cao kỹ năng",
      verification: "Danh sách tham dự",
      budget: 6_000_000,
      period: range("2027-01-01", "2027-03-31", "Quý I/2027"),
      lead: "Văn phòng Sở",
    })
    .build();
}
