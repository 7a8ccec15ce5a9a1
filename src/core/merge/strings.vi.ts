// Every Vietnamese string of the merge (notes, sheet names, headers), in one place.
import type { UnitSource } from "./types";

export const UNIT_SOURCE_NAMES: Record<UnitSource, string> = {
  "thong-tin": "trang Thông tin kế hoạch",
  heading: "tên cơ quan trên bảng",
  file: "tên tệp",
};

const money = (amount: number): string => {
  const digits = String(Math.round(Math.abs(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (amount < 0 ? "-" : "") + digits;
};

const day = (iso: string | null): string => (iso ? iso.slice(0, 10).split("-").reverse().join("/") : "không ghi");

export const MERGE_TEXT = {
  noArea: "Chưa xếp lĩnh vực",
  unitRow: (unit: string) => `Đơn vị: ${unit}`,
  notes: {
    duplicateFile: (file: string, sameAs: string) => `Tệp "${file}" giống hệt từng byte tệp "${sameAs}": chỉ đọc một lần.`,
    sameUnit: (unit: string, files: { file: string; modified: string | null; rows: number; total: number }[], chosen: string, by: "date" | "revision" | "name") =>
      `Đơn vị ${unit} gửi ${files.length} dự thảo: ` +
      files.map((f) => `"${f.file}" (sửa ngày ${day(f.modified)}, ${f.rows} dòng, ${money(f.total)} đồng)`).join("; ") +
      `. Dùng "${chosen}", ` +
      { date: "bản sửa sau cùng theo thuộc tính tệp", revision: "vì thuộc tính tệp không cho biết bản nào sau, chọn tệp có tên cho biết là bản sửa sau", name: "vì thuộc tính tệp không cho biết bản nào sau, chọn tệp có tên xếp sau cùng" }[by] +
      "; bản còn lại không được cộng.",
    unknownArea: (title: string, rows: number, preset: string) =>
      `Lĩnh vực "${title}" (${rows} dòng) không thuộc bộ lĩnh vực ${preset}: giữ thành lĩnh vực riêng, Văn phòng cần xếp lại.`,
    noArea: (rows: number) => `${rows} dòng không nằm dưới lĩnh vực nào: đặt vào mục "Chưa xếp lĩnh vực", Văn phòng cần xếp lại.`,
    unreadable: (reason: string) => `Không đọc được: ${reason}`,
    blankForm: (unit: string) =>
      `Dự thảo của ${unit} là biểu mẫu chưa được điền (chỉ có tên lĩnh vực và chữ mẫu): không tổng hợp; đề nghị đơn vị ` +
      "điền kế hoạch rồi gửi lại.",
    otherYear: (unit: string, draftYear: number, year: number) =>
      `Dự thảo của ${unit} là kế hoạch năm ${draftYear}, không phải năm ${year} đang tổng hợp: không cộng; nếu đây là ` +
      `bản của năm ${year}, sửa năm trong tiêu đề hoặc trang "Thông tin kế hoạch" rồi tổng hợp lại; nếu cần tổng hợp ` +
      `năm ${draftYear}, tổng hợp lại với năm ${draftYear} (dòng lệnh: --year ${draftYear}).`,
  },
  /** Why a workbook a merge wrote is not read as a draft (own-output.ts); completes "<tệp>: …". */
  ownOutput: "đây là kết quả của một lần tổng hợp (bảng tổng hợp hoặc tệp góp ý), không phải dự thảo của một đơn vị: không đọc, để không cộng kinh phí hai lần",
};

export const SHEET_TEXT = {
  names: { merged: "Tổng hợp", byUnit: "Kinh phí theo đơn vị", check: "Kiểm tra", failed: "Không đọc được", feedback: "Góp ý" },
  merged: {
    title: (year: number | null) => `TỔNG HỢP KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH${year === null ? "" : ` NĂM ${year}`}`,
    subtitle: (units: number, files: number) =>
      `(Tổng hợp từ dự thảo của ${units} đơn vị, ${files} tệp; mỗi dòng ghi đơn vị và nguồn: tệp › trang › dòng)`,
    goalGeneral: "Mục tiêu chung",
    goalSpecific: "Mục tiêu cụ thể",
    goalForOffice: "(Để Văn phòng viết: mục tiêu của kế hoạch tổng hợp không lấy từ dự thảo của đơn vị nào)",
    unitHeader: "Đơn vị",
    sourceHeader: "Nguồn (tệp › trang › dòng)",
    source: (file: string, sheet: string, row: number) => `${file} › ${sheet} › ${row}`,
    areaLabel: (n: number, title: string) => `Lĩnh vực ${n}: ${title}`,
    total: "Tổng kinh phí",
    words: "Bằng chữ:",
    wordsAt: (words: string) => `${words} (tính lúc tổng hợp; sửa số liệu thì đọc lại bằng lệnh cchc words)`,
  },
  byUnit: {
    title: (year: number | null) => `KINH PHÍ THEO ĐƠN VỊ VÀ LĨNH VỰC${year === null ? "" : ` NĂM ${year}`}`,
    subtitle: "(Đồng. Mỗi ô là công thức lấy từ trang Tổng hợp; mỗi khoản tiền tính một lần.)",
    number: "STT",
    unit: "Đơn vị",
    sum: "Cộng",
    total: "Tổng cộng",
    grandTotal: "Tổng kinh phí",
    words: "Bằng chữ:",
    check: "Đối chiếu: tổng ở trang Tổng hợp",
    foreign: "Ngoại tệ (không cộng vào tổng bằng đồng)",
    foreignHeader: ["Đơn vị", "Loại tiền", "Số tiền"],
    noForeign: "Không có khoản nào bằng ngoại tệ.",
  },
  check: {
    title: "KIỂM TRA CÁC DỰ THẢO",
    scorecard: "1. Bảng điểm từng đơn vị",
    scorecardHeader: [
      "STT",
      "Đơn vị",
      "Tên lấy từ",
      "Tệp",
      "Số dòng đọc được",
      "Lỗi",
      "Cảnh báo",
      "Nhiệm vụ",
      "Có kinh phí",
      "Chưa có kinh phí",
      "Chưa có chủ trì",
      "Chưa có thời gian",
      "Kinh phí (đồng)",
    ],
    notes: "2. Ghi chú khi tổng hợp",
    notesHeader: ["Mức", "Đơn vị", "Tệp", "Nội dung"],
    noNotes: "Không có.",
    findings: "3. Các phát hiện trong từng dự thảo",
    findingsHeader: ["Mức", "Đơn vị", "Tệp", "Trang", "Ô", "Quy tắc", "Nội dung"],
    noFindings: "Không có phát hiện nào.",
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" } as Record<string, string>,
  },
  failed: {
    title: "CÁC TỆP KHÔNG ĐỌC ĐƯỢC",
    header: ["STT", "Tệp", "Lý do"],
    none: "Mọi tệp đều đọc được.",
  },
  feedback: {
    title: (unit: string) => `GÓP Ý DỰ THẢO KẾ HOẠCH CCHC: ${unit}`,
    subtitle: (file: string) => `(Từ tệp "${file}"; mỗi dòng dưới đây chỉ ra ô cần sửa.)`,
  },
};
