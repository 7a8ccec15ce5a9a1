// The schedule's Vietnamese wording, shared by the terminal grid, the Word appendix and the Excel sheet.
import type { MonthMark, UnscheduledReason } from "./schedule";

export const SCHEDULE_TEXT = {
  title: (year: number | null) => `TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH${year ? ` NĂM ${year}` : ""}`,
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
  noYear: "chưa xác định được năm kế hoạch",
  none: "Không có kết quả, hoạt động nào để vẽ tiến độ.",
};
