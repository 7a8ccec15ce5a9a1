// Every Vietnamese text the Excel adapters write into a workbook or raise as an error, in one place.

export const EXCEL_TEXT = {
  errors: {
    sheetEmpty: (sheet: string) => `Trang tính "${sheet}" đang trống: hãy mở trang có bảng kế hoạch rồi kiểm tra lại.`,
    sheetTooLarge: (sheet: string, cells: string) =>
      `Trang tính "${sheet}" có ${cells} ô, quá lớn để đọc một lần; hãy để bảng kế hoạch trên một trang riêng.`,
    writeTooLarge: (what: string, mb: string) =>
      `${what} cần ghi khoảng ${mb} MB, vượt giới hạn 4 MB mỗi lần ghi của Excel; hãy tách kế hoạch thành nhiều trang.`,
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
    detailHeader: ["Trang tính", "Dòng", "Lĩnh vực", "Nội dung", "Kinh phí (đồng)", "Ghi chú"],
    textAmountNote: "Số tiền ghi dạng chữ trong ô gốc: cộng theo số đã đọc, không tự cập nhật khi sửa ô đó.",
    chartTitle: "Kinh phí theo lĩnh vực (đồng)",
  },
} as const;
