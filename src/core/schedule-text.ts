// The schedule's Vietnamese wording, shared by the terminal grid, the Word appendix and the Excel sheet.
import type { MonthMark, UnscheduledReason } from "./schedule";

export const SCHEDULE_TEXT = {
  title: (year: number | null) => `TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH${year ? ` NĂM ${year}` : ""}`,
  gridTitle: (year: number | null) => `Tiến độ thực hiện kế hoạch năm ${year ?? "(chưa xác định)"}`,
  rowLabel: (sheet: string, row: number) => `trang "${sheet}", dòng ${row}`,
  monthWord: "Tháng",
  month: (n: number) => `T${n}`,
  quarter: (n: number) => `Quý ${["I", "II", "III", "IV"][n - 1]}`,
  fromPreviousYear: "từ năm trước",
  intoNextYear: "sang năm sau",
  marks: {
    active: "đang thực hiện",
    deadline: "tháng đến hạn (Trước…, Chậm nhất…)",
    ongoing: "thường xuyên, định kỳ",
    none: "",
  } satisfies Record<MonthMark, string>,
  unscheduled: "Chưa vẽ được tiến độ",
  reasons: {
    missing: "chưa ghi thời gian",
    placeholder: "còn để mẫu trống",
    unparsed: "không hiểu cách ghi thời gian",
    "no-year": "chưa rõ năm",
  } satisfies Record<UnscheduledReason, string>,
  columns: { number: "TT", content: "Nội dung", period: "Thời gian", lead: "Chủ trì" },
  previousYearHeader: "Năm trước",
  nextYearHeader: "Năm sau",
  checkHeader: "Theo dõi thay đổi",
  changed: "Thời gian đã sửa thành: ",
  legend: "Chú giải",
  currentMonthLegend: "tháng hiện tại (khung đậm)",
  snapshotLive: (when: string) =>
    `Ảnh chụp tiến độ lúc ${when} từ cột thời gian của bảng kế hoạch. Cột "Theo dõi thay đổi" đọc thẳng các ô đó: dòng nào đã sửa thời gian sẽ hiện ở đó; bấm "Tiến độ" để vẽ lại.`,
  snapshotFile: (when: string, file: string) =>
    `Ảnh chụp tiến độ lúc ${when} từ tệp ${file}; không tự cập nhật: sửa thời gian trong bảng kế hoạch thì chạy lại lệnh cchc schedule.`,
  none: "Không có kết quả, hoạt động nào để vẽ tiến độ.",
};
