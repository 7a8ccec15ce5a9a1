// What the Word pane tells the official after each Word action, in one place.

export const wordText = {
  opened: "Đã mở kế hoạch thành một tài liệu Word mới.",
  inserted: "Đã chèn kế hoạch vào tài liệu này, gồm cả đầu trang (số trang) và trang phụ lục nằm ngang.",
  insertedBodyOnly:
    "Đã chèn nội dung kế hoạch vào tài liệu này. Phiên bản Word này không chép được đầu trang, chân trang: số trang cần đánh lại, hoặc dùng nút \"Mở thành tài liệu mới\".",
  needsCreate:
    "Phiên bản Word này chưa hỗ trợ mở tài liệu mới từ phần bổ trợ (cần WordApi 1.3). Hãy dùng nút \"Chèn vào tài liệu này\" hoặc lệnh cchc build.",
  needsInsert:
    "Phiên bản Word này chưa hỗ trợ chèn tệp vào tài liệu (cần WordApi 1.1). Hãy cập nhật Word hoặc dùng lệnh cchc build để tạo tệp .docx.",
  tooLarge: (megabytes: string) =>
    `Tài liệu kế hoạch nặng ${megabytes} MB, vượt giới hạn 4 MB mà Word cho phép chèn; hãy dùng nút "Mở thành tài liệu mới" hoặc lệnh cchc build.`,
  failed: (detail: string) => `Word không thực hiện được yêu cầu: ${detail}.`,
};

/** The Word pane's labels and messages. */
export const panelText = {
  title: "Lập văn bản kế hoạch",
  intro: "Chọn tệp Excel chứa bảng kế hoạch; phần bổ trợ đọc, kiểm tra và viết văn bản kế hoạch theo Nghị định 30/2020.",
  pickFile: "Tệp Excel (.xlsx)",
  schedule: "Thêm Phụ lục II: Tiến độ thực hiện",
  reading: "Đang đọc và kiểm tra bảng kế hoạch…",
  building: "Đang viết văn bản kế hoạch…",
  tables: (count: number) => `Bảng kế hoạch: ${count}`,
  rows: (count: number) => `Dòng nội dung: ${count}`,
  findings: (errors: number, warnings: number) => `Kết quả kiểm tra: ${errors} lỗi, ${warnings} cảnh báo (không chặn việc lập văn bản)`,
  total: (figures: string, words: string) => `Tổng kinh phí: ${figures} đồng (${words})`,
  openNew: "Mở thành tài liệu mới",
  insertHere: "Chèn vào tài liệu này",
  insertWarning: "Lưu ý: “Chèn vào tài liệu này” thay toàn bộ nội dung đang có của tài liệu.",
  chooseFile: "Chọn tệp Excel…",
  summaryTitle: "Kết quả đọc tệp",
  chosen: (file: string) => `Đã chọn: ${file}`,
  noFile: "Chưa chọn tệp nào.",
  showFindings: (count: number) => `Xem ${count} lỗi và cảnh báo`,
  hideFindings: "Ẩn danh sách lỗi và cảnh báo",
  findingsList: "Lỗi và cảnh báo trong bảng kế hoạch",
  findingRow: (sheet: string, row: number | null) => (row === null ? `${sheet}, toàn bảng` : `${sheet}, dòng ${row}`),
  cannotRead: (file: string, reason: string) => `Không đọc được "${file}": ${reason}.`,
  unreadable: "tệp Excel bị hỏng hoặc có nội dung không đọc được",
  noTable: "không tìm thấy bảng kế hoạch (cần một dòng tiêu đề có các cột như TT, Nội dung, Thời gian…)",
  buildFailed: (detail: string) => `Không lập được văn bản kế hoạch: ${detail}.`,
  unexpected: (file: string) => `Không xử lý được "${file}" do một lỗi ngoài dự kiến; hãy gửi tệp này cho bộ phận hỗ trợ.`,
};
