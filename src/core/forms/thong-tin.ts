// "Thông tin kế hoạch": the key/value sheet the Word plan is written from (domain brief §8). Labels in column A,
// values in column B, an example in column C. The labels are data (INFO_KEYS) so readPlanInfo reads the sheet back.
import { cellText, fold, mayStartWith } from "../text";
import type { CellValue, PlanInfo, SheetGrid } from "../types";
import { initialsOf } from "../vocabulary";
import type { FormLayout, LayoutCell } from "./layout";

type InfoField = keyof PlanInfo;

export interface InfoKey {
  field: InfoField;
  label: string;
  /** text: one string; lines: one item a line; year: a four-digit year. */
  kind: "text" | "lines" | "year";
  example: (year: number) => string;
}

export const INFO_KEYS: readonly InfoKey[] = [
  { field: "parentBody", label: "Cơ quan chủ quản", kind: "text", example: () => "UBND TỈNH NINH THUẬN" },
  { field: "issuingBody", label: "Cơ quan ban hành", kind: "text", example: () => "SỞ NỘI VỤ" },
  { field: "number", label: "Số ký hiệu", kind: "text", example: () => "05/KH-SNV" },
  { field: "place", label: "Địa danh", kind: "text", example: () => "Ninh Thuận" },
  { field: "date", label: "Ngày ban hành", kind: "text", example: (y) => `05/11/${y - 1}` },
  { field: "year", label: "Năm kế hoạch", kind: "year", example: (y) => `${y}` },
  { field: "subject", label: "Trích yếu", kind: "text", example: (y) => `Cải cách hành chính năm ${y}` },
  {
    field: "generalGoal",
    label: "Mục tiêu chung",
    kind: "text",
    example: () => "Nâng cao chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của Sở đạt trên 85%.",
  },
  {
    field: "specificGoals",
    label: "Mục tiêu cụ thể",
    kind: "lines",
    example: () => "100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình\nTỷ lệ hồ sơ giải quyết đúng hạn đạt 98%",
  },
  {
    field: "legalBases",
    label: "Căn cứ",
    kind: "lines",
    example: () =>
      "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
  },
  {
    field: "implementation",
    label: "Tổ chức thực hiện",
    kind: "lines",
    example: () => "Văn phòng Sở chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch\nCác phòng chuyên môn báo cáo kết quả hằng quý",
  },
  { field: "recipients", label: "Nơi nhận", kind: "lines", example: () => "UBND tỉnh (b/c)\nSở Nội vụ\nLưu: VT, VP" },
  { field: "signingAuthority", label: "Quyền hạn ký", kind: "text", example: () => "KT. GIÁM ĐỐC" },
  { field: "signerTitle", label: "Chức vụ người ký", kind: "text", example: () => "PHÓ GIÁM ĐỐC" },
  { field: "signerName", label: "Họ tên người ký", kind: "text", example: () => "Nguyễn Văn A" },
  {
    field: "fundingSource",
    label: "Nguồn kinh phí",
    kind: "text",
    example: (y) => `Ngân sách nhà nước giao trong dự toán năm ${y} của Sở`,
  },
];

export const INFO_SHEET_NAME = "Thông tin kế hoạch";
const HEADER_ROW = 2;

/** The info sheet: every value empty but the year, so a blank form never reads as filled in. */
export function buildInfoForm(year: number): FormLayout {
  const cells: LayoutCell[] = [
    { row: 0, col: 0, value: "THÔNG TIN KẾ HOẠCH", style: "title", merge: { rows: 1, cols: 3 } },
    {
      row: 1,
      col: 0,
      value: "(Điền cột Nội dung; mục nhiều ý ghi mỗi ý một dòng. Văn bản kế hoạch được viết từ trang này.)",
      style: "subtitle",
      merge: { rows: 1, cols: 3 },
    },
    { row: HEADER_ROW, col: 0, value: "Mục", style: "header" },
    { row: HEADER_ROW, col: 1, value: "Nội dung", style: "header" },
    { row: HEADER_ROW, col: 2, value: "Ví dụ", style: "header" },
  ];
  INFO_KEYS.forEach((key, i) => {
    const row = HEADER_ROW + 1 + i;
    cells.push({ row, col: 0, value: key.label, style: "key" });
    cells.push({ row, col: 1, style: "value", ...(key.kind === "year" ? { value: year } : {}) });
    cells.push({ row, col: 2, value: key.example(year), style: "hint" });
  });
  return {
    kind: "thong-tin",
    sheetName: INFO_SHEET_NAME,
    columns: [
      { key: "key", header: "Mục", width: 24, wrap: true },
      { key: "value", header: "Nội dung", width: 60, wrap: true },
      { key: "hint", header: "Ví dụ", width: 50, wrap: true },
    ],
    cells,
    headerRows: [HEADER_ROW],
    freezeRows: HEADER_ROW + 1,
    print: { landscape: false, fitToWidth: true, repeatRows: [HEADER_ROW, HEADER_ROW] },
  };
}

const KEY_BY_LABEL = new Map(INFO_KEYS.map((key) => [fold(key.label), key]));
/** A plan sheet's rows start with TT numbers ("1.1.2"): no label opens with a digit, so they are not folded. */
const LABEL_INITIALS = initialsOf([...KEY_BY_LABEL.keys()]);
/** Room for a trailing colon and stray spaces around the longest label. */
const MAX_LABEL_LENGTH = 2 * Math.max(...INFO_KEYS.map((key) => key.label.length));

function infoKey(text: string): InfoKey | undefined {
  return KEY_BY_LABEL.get(fold(text).replace(/[:：]\s*$/, "").trim());
}

/** "…", "...", "../.." : the blank form's dots, not a value. */
function isPlaceholder(text: string): boolean {
  return /^[.…/\s-]*$/.test(text);
}

function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/^\s*[-+•*]\s*/, "").replace(/;\s*$/, "").trim())
    .filter((line) => !isPlaceholder(line));
}

function yearOf(text: string): number | undefined {
  const match = /\b(19|20)\d{2}\b/.exec(text);
  return match ? Number(match[0]) : undefined;
}

/** The row's first text, or "" where the row opens with a number, typed or as text ("1.2.3"): no label opens with a
 *  digit or a minus sign, and normalizing keeps a leading digit, so a plan sheet's rows are passed over unread. */
function firstText(row: CellValue[]): { label: string; labelCol: number } {
  for (let col = 0; col < row.length; col += 1) {
    const value = row[col];
    if ((typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && opensWithDigit(value))) {
      return { label: "", labelCol: -1 };
    }
    const label = cellText(value);
    if (label !== "") return { label, labelCol: col };
  }
  return { label: "", labelCol: -1 };
}

function opensWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 0x30 && code <= 0x39;
}

/** Label cell → key, for each row of a grid: the first non-empty cell of the row names the key. */
function labelledRows(grid: SheetGrid): { key: InfoKey; value: string }[] {
  const found: { key: InfoKey; value: string }[] = [];
  for (let i = 0; i < grid.values.length; i += 1) {
    const row = grid.values[i];
    const { label, labelCol } = firstText(row);
    // A plan sheet's rows start with long task text: no label is that long, so it is not folded at all.
    if (label === "" || label.length > MAX_LABEL_LENGTH || !mayStartWith(label, LABEL_INITIALS)) continue;
    const key = infoKey(label);
    if (key) found.push({ key, value: cellText(row[labelCol + 1] ?? null) });
  }
  return found;
}

function assign(info: PlanInfo, key: InfoKey, value: string): void {
  if (isPlaceholder(value)) return;
  const fields = info as Record<InfoField, unknown>;
  if (key.kind === "year") {
    const year = yearOf(value);
    if (year !== undefined) info.year = year;
  } else if (key.kind === "lines") {
    const items = lines(value);
    if (items.length > 0) fields[key.field] = items;
  } else {
    fields[key.field] = value;
  }
}

/**
 * The plan information from the sheet whose labels match INFO_KEYS best (at least three of them, accent- and
 * case-insensitively); empty where no sheet has such labels. Values that are blank or only dots are left out.
 */
export function readPlanInfo(grids: SheetGrid[]): PlanInfo {
  const candidates = grids.map(labelledRows).filter((rows) => new Set(rows.map((r) => r.key.field)).size >= 3);
  const best = candidates.sort((a, b) => b.length - a.length)[0] ?? [];
  const info: PlanInfo = {};
  for (const { key, value } of best) assign(info, key, value);
  return info;
}
