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
