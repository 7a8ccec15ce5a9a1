// Every Vietnamese string the command line prints, in one place.
import { FORM_KINDS } from "../core/forms";
import type { RowKind } from "../core/types";
import { AREA_PRESETS } from "../core/presets";

const KINDS = FORM_KINDS.join(", ");

/** Each subcommand's own usage, printed by `cchc COMMAND --help`; `cchc --help` prints them all. */
export const COMMAND_USAGE: Record<string, string[]> = {
  check: [
    "  cchc check TỆP.xlsx [--sheet TÊN] [--year NĂM] [--json] [--explain] [--column CỘT=TRƯỜNG] [--header-row DÒNG]",
    "      Tìm bảng kế hoạch, kiểm tra (5W1H, SMART), cộng kinh phí; --explain in cách chương trình đọc bảng.",
    "      Mã thoát: 0 không có lỗi; 1 có lỗi (kể cả biểu mẫu chưa điền); 2 không đọc được tệp.",
  ],
  build: [
    "  cchc build TỆP.xlsx -o KẾT-QUẢ.docx [--sheet TÊN] [--year NĂM] [--schedule] [--force] [--column CỘT=TRƯỜNG] [--header-row DÒNG]",
    "      Viết văn bản kế hoạch (Word) theo Nghị định 30/2020; --schedule thêm Phụ lục II: Tiến độ thực hiện.",
    "      Không ghi đè tệp đã có trừ khi thêm --force. Mã thoát: 0 đã viết (lỗi trong bảng không chặn); 2 không đọc/ghi được.",
  ],
  template: [
    `  cchc template LOẠI -o KẾT-QUẢ.xlsx [--year NĂM] [--areas ${AREA_PRESETS.map((p) => p.id).join("|")}] [--force]`,
    `      Tạo biểu mẫu trống; LOẠI là ${KINDS}.`,
    "      Không ghi đè tệp đã có trừ khi thêm --force. Mã thoát: 0; 2 tham số sai hoặc không ghi được.",
  ],
  merge: [
    "  cchc merge THƯ-MỤC|TỆP… -o TỔNG-HỢP.xlsx [--form khung-logic|de-cuong] [--year NĂM] [--docx KẾ-HOẠCH.docx]",
    "             [--feedback THƯ-MỤC] [--jobs N] [--json] [--force]     (cũng gõ được: cchc tong-hop)",
    "      Tổng hợp dự thảo của các đơn vị thành một kế hoạch; mỗi dòng ghi đơn vị và nguồn.",
    "      Mã thoát: 0; 1 có đơn vị còn lỗi; 2 không đọc được dự thảo nào.",
  ],
  schedule: [
    "  cchc schedule TỆP.xlsx [--json] [-o KẾT-QUẢ.xlsx] [--due [--month THÁNG/NĂM]] [--sheet TÊN] [--year NĂM] [--force] [--column CỘT=TRƯỜNG] [--header-row DÒNG]",
    "      Tiến độ theo tháng: bảng trong cửa sổ lệnh, JSON, hoặc trang \"Tiến độ\" trong tệp Excel mới; --due: việc đến hạn trong tháng này và tháng sau.",
  ],
  schema: ["  cchc schema", "      In JSON Schema của báo cáo check --json."],
  words: [
    "  cchc words SỐ-TIỀN [--le] [--bon] [--ngan]",
    "      Đọc số tiền thành chữ; nhận mọi cách ghi mà lệnh check đọc được (117000000, 117.000.000, 1,5 triệu, 2 tỷ đồng, 150 trđ).",
    "      --le: \"lẻ\" thay \"linh\"; --bon: \"bốn\" thay \"tư\"; --ngan: \"ngàn\" thay \"nghìn\". Mã thoát: 0; 2 không phải số tiền hoặc số âm.",
  ],
};

const COMMON_OPTIONS = [
  "Tùy chọn chung:",
  "  --sheet TÊN   chỉ đọc trang tính này",
  "  --year NĂM    năm kế hoạch (mặc định lấy từ tiêu đề)",
  "  --json        in báo cáo dạng JSON",
  "  --column      sửa cách đọc cột (check, build): CỘT=TRƯỜNG, nhiều cột cách nhau dấu phẩy; TRƯỜNG là number,",
  "                content, goal, output, indicator, verification, budget, period, lead, partners, assignment,",
  "                method, note, hoặc none (không đọc cột đó); cách đọc lưu trong tệp (Cách đọc bảng) vẫn dùng",
  "  --header-row  dòng tiêu đề của bảng, khi chương trình không tự nhận ra",
  "  --force       ghi đè tệp kết quả đã có (build, template, schedule, merge)",
  "  --help        in hướng dẫn (cchc LỆNH --help: hướng dẫn của một lệnh)",
  "  --version     in phiên bản",
];

export const USAGE = [
  "cchc: kiểm tra và lập kế hoạch cải cách hành chính từ bảng Excel.",
  "",
  "Cách dùng:",
  ...Object.values(COMMAND_USAGE).flat(),
  "",
  ...COMMON_OPTIONS,
].join("\n");

/** `cchc COMMAND --help`: that command's lines only. */
export function commandUsage(command: string): string {
  return ["Cách dùng:", ...(COMMAND_USAGE[command] ?? []), "", "Gõ \"cchc --help\" để xem mọi lệnh."].join("\n");
}

export const PREFIX = "cchc: ";

export const msg = {
  noCommand: "Chưa có lệnh. Gõ \"cchc --help\" để xem cách dùng.",
  unknownCommand: (name: string) => `Không có lệnh "${name}". Gõ "cchc --help" để xem các lệnh.`,
  unknownOption: (option: string, command: string) =>
    `Lệnh ${command} không có tùy chọn "${option}". Gõ "cchc --help" để xem cách dùng.`,
  missingValue: (option: string) => `Tùy chọn "${option}" cần một giá trị.`,
  missingFile: "Thiếu tên tệp Excel, ví dụ: cchc check ke-hoach.xlsx",
  missingAmount: "Thiếu số tiền, ví dụ: cchc words 117000000",
  extraArgument: (arg: string) => `Thừa tham số "${arg}". Gõ "cchc --help" để xem cách dùng.`,
  badYear: (text: string) => `Năm "${text}" không hợp lệ: cần một năm bốn chữ số, ví dụ --year 2026.`,
  notAmount: (text: string) => `"${text}" không phải là số tiền (ví dụ: 117000000, 117.000.000 hoặc 1,5 triệu).`,
  negativeAmount: (text: string) => `"${text}" là số âm: số tiền đọc thành chữ phải từ 0 trở lên.`,
  foreignAmount: (text: string, currency: string) => `"${text}" là số tiền bằng ${currency}: lệnh words chỉ đọc số tiền bằng đồng.`,
  cannotRead: (file: string, reason: string) => `Không đọc được "${file}": ${reason}.`,
  notFound: "không tìm thấy tệp",
  isDirectory: "đây là một thư mục, không phải tệp",
  notAFile: "đây không phải là tệp thông thường (mà là ống dẫn hoặc thiết bị)",
  fileTooLarge: "tệp quá lớn để mở (hơn 2 GB), không thể là một kế hoạch",
  noPermission: "không có quyền đọc tệp",
  linkLoop: "đường dẫn là các liên kết (symlink) trỏ vòng vào nhau, không tới tệp nào",
  fileBusy: "tệp đang bị chương trình khác khóa; hãy đóng tệp rồi chạy lại lệnh",
  diskError: "ổ đĩa báo lỗi khi đọc tệp",
  nameTooLong: "đường dẫn quá dài",
  systemError: (code: string) => `hệ thống không mở được tệp (mã lỗi ${code})`,
  folderNoPermission: "không có quyền mở thư mục",
  folderUnreadable: "không mở được thư mục",
  unreadable: "tệp Excel bị hỏng hoặc có nội dung không đọc được",
  noTable: "không tìm thấy bảng kế hoạch (cần một dòng tiêu đề có các cột như TT, Nội dung, Thời gian…)",
  unexpected: (file: string) =>
    `Không xử lý được "${file}" do một lỗi ngoài dự kiến; hãy gửi tệp này cho bộ phận hỗ trợ.`,
  unexpectedNoFile: "Có lỗi ngoài dự kiến; hãy báo cho bộ phận hỗ trợ kèm câu lệnh đã gõ.",
  notInThisVersion: "Lệnh này chưa có trong phiên bản này.",
  tooLargeToRead: "tệp cần quá nhiều bộ nhớ để đọc (bảng tính quá lớn hoặc hỏng)",
  changedWhileMerging: (file: string) => `Tệp "${file}" đã thay đổi trong khi tổng hợp: hãy đóng tệp (lưu xong) rồi chạy lại lệnh.`,
  changedReason: "tệp đã thay đổi trong khi tổng hợp (có thể đang được lưu); hãy chạy lại lệnh khi tệp đã lưu xong",
  unexpectedReason: "có lỗi ngoài dự kiến khi đọc; hãy gửi tệp này cho bộ phận hỗ trợ",
};

const FIELD_NAMES: Record<string, string> = {
  number: "số thứ tự", content: "nội dung", goal: "mục tiêu", output: "sản phẩm", indicator: "chỉ số",
  verification: "phương tiện xác minh", budget: "kinh phí", period: "thời gian", lead: "chủ trì", partners: "phối hợp",
  assignment: "phân công (chủ trì và phối hợp)", method: "cách thức", note: "ghi chú", area: "lĩnh vực",
};
const PART_NAMES: Record<string, string> = { start: "bắt đầu", end: "kết thúc", source: "một nguồn", "source-name": "tên nguồn của từng dòng", total: "tổng số", month: "tháng đánh dấu (bảng tiến độ)" };
const KIND_NAMES: Record<RowKind, string> = {
  area: "lĩnh vực", result: "kết quả", activity: "hoạt động", placeholder: "dòng mẫu chưa điền", subtotal: "dòng cộng",
  total: "dòng tổng cộng", words: "dòng bằng chữ", note: "ghi chú", spacer: "dòng trống", header: "tiêu đề lặp lại",
  "column-numbers": "dòng đánh số cột", unit: "dòng đơn vị (bảng tổng hợp)", continuation: "dòng nối tiếp nhiệm vụ trên (ô gộp)", breakdown: "dòng chia kinh phí của nhiệm vụ trên (Trong đó)",
};

/** `check --explain`. */
export const explainText = {
  heading: "Cách đọc bảng",
  table: (sheet: string, rows: number[]) => `Trang "${sheet}", tiêu đề ở dòng ${rows.join(", ")}`,
  columns: "Cột",
  rows: "Các dòng",
  skipped: "Bỏ qua",
  none: "không có",
  corrected: "(đã sửa)",
  notRead: (duplicate: boolean) => (duplicate ? "không đọc (trùng trường đã có)" : "không đọc"),
  field: (field: string, part?: string) => `${field} (${FIELD_NAMES[field] ?? field}${part ? `, ${PART_NAMES[part]}` : ""})`,
  kindCount: (kind: RowKind, count: number) => `${count} ${KIND_NAMES[kind]}`,
  skippedRow: (row: number, kind: RowKind) => `dòng ${row} (${KIND_NAMES[kind]})`,
};

export const readingMsg = {
  badColumn: (text: string) => `"--column ${text}" cần dạng CỘT=TRƯỜNG, ví dụ --column E=budget hoặc --column E=budget,F=none.`,
  badField: (field: string) =>
    `Không có trường "${field}". Trường là một trong: ${Object.keys(FIELD_NAMES).join(", ")}, hoặc none (không đọc cột).`,
  badHeaderRow: (text: string) => `Dòng tiêu đề "${text}" không hợp lệ: cần số dòng, ví dụ --header-row 5.`,
};

/** Labels of the readable report. */
export const label = {
  file: "Tệp",
  year: "Năm kế hoạch",
  yearUnknown: "chưa xác định",
  tables: "Bảng kế hoạch",
  tableLine: (sheet: string, form: string, headerRows: number[], rowCount: number) =>
    `trang "${sheet}": ${form}, dòng tiêu đề cột ${headerRows.join("–")}, ${rowCount} dòng nội dung`,
  findings: "Kết quả kiểm tra",
  findingCounts: (errors: number, warnings: number, infos: number) =>
    `${errors} lỗi, ${warnings} cảnh báo, ${infos} lưu ý`,
  noFindings: "Không phát hiện vấn đề nào.",
  planLevel: "Toàn kế hoạch",
  rowHeading: (sheet: string, row: number, what: string) => `Trang "${sheet}", dòng ${row}${what ? ` · ${what}` : ""}`,
  severity: { error: "lỗi", warning: "cảnh báo", info: "lưu ý" } as Record<string, string>,
  totals: "Kinh phí theo lĩnh vực (đồng)",
  noArea: "(chưa rõ lĩnh vực)",
  total: "Tổng cộng",
  inWords: "Bằng chữ",
  bySource: "Trong đó, theo nguồn kinh phí (đồng)",
  noSource: "Chưa ghi nguồn",
  otherCurrencies: "Ngoại tệ (không cộng vào tổng VND)",
  forms: { "khung-logic": "Khung logic", "de-cuong": "Đề cương", "5w1h": "5W1H2C5M", plain: "Bảng triển khai" } as Record<
    string,
    string
  >,
};
