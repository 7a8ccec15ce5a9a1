// Every Vietnamese text the Excel adapters write into a workbook or raise as an error, in one place.

export const EXCEL_TEXT = {
  errors: {
    sheetEmpty: (sheet: string) => `Trang tính "${sheet}" đang trống: hãy mở trang có bảng kế hoạch rồi kiểm tra lại.`,
    sheetTooLarge: (sheet: string, cells: string) =>
      `Trang tính "${sheet}" có ${cells} ô, quá lớn để đọc một lần; hãy để bảng kế hoạch trên một trang riêng.`,
    writeTooLarge: (what: string, mb: string) =>
      `${what} cần ghi khoảng ${mb} MB, vượt giới hạn 4 MB mỗi lần ghi của Excel; hãy tách kế hoạch thành nhiều trang.`,
  },
  /** Checks that are weaker on an older Excel, and what it cannot do. */
  weaker: {
    merges:
      "Excel này không cho đọc ô gộp (cần ExcelApi 1.13: Microsoft 365, Office 2021 trở lên hoặc Excel trên web): dòng tiêu đề thứ hai dưới một ô gộp (như Trách nhiệm → Cơ quan đầu mối, Cơ quan phối hợp) chỉ được nhận khi ô phía trên nó để trống.",
    printSetup:
      "Excel này chưa cho đặt trang in từ bổ trợ (cần ExcelApi 1.9): hãy tự chọn A4 nằm ngang, vừa một trang theo chiều ngang và lặp dòng tiêu đề trong Bố trí Trang.",
  },
  /** What a write is called in the "too large" error. */
  writes: { form: "Mẫu biểu", summary: "Bảng tổng hợp kinh phí", schedule: "Trang tiến độ" },
  summary: {
    sheet: "Tổng hợp kinh phí",
    title: (year: number | null) => `TỔNG HỢP KINH PHÍ KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH${year ? ` NĂM ${year}` : ""}`,
    subtitle: "(Mỗi khoản kinh phí cộng một lần; số liệu lấy trực tiếp từ các ô của bảng kế hoạch)",
    areaHeader: ["TT", "Lĩnh vực", "Kinh phí (đồng)"],
    total: "Tổng cộng",
    inWords: "Bằng chữ:",
    otherCurrencies: "Ngoại tệ (không cộng vào tổng):",
    bySource: "Trong đó, theo nguồn kinh phí:",
    noSource: "Chưa ghi nguồn",
    bySourceNote: "Số theo nguồn tính tại thời điểm chèn bảng, không tự cập nhật khi sửa số liệu; chèn lại bảng để cập nhật.",
    detailHeader: ["Trang tính", "Dòng", "Lĩnh vực", "Nội dung", "Kinh phí (đồng)", "Ghi chú"],
    textAmountNote: "Số tiền ghi dạng chữ trong ô gốc: cộng theo số đã đọc, không tự cập nhật khi sửa ô đó.",
    sourcesAmountNote: "Số tiền cộng từ các cột nguồn kinh phí của dòng: ghi theo số đã đọc, không tự cập nhật khi sửa các ô đó.",
    chartTitle: "Kinh phí theo lĩnh vực (đồng)",
    wordsAsTextNote: "Số tiền bằng chữ ghi tại thời điểm chèn bảng, không tự cập nhật khi sửa số liệu (Excel này không chạy hàm CCHC.BANGCHU).",
  },
} as const;
