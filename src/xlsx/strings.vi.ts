// Every Vietnamese clause the workbook reader gives as a reason a file cannot be read, in one place.
// Each completes "Không đọc được "<tệp>": …" and carries what to do about it.

const SAVE_AS_XLSX = "mở tệp bằng Excel rồi lưu lại dạng .xlsx (Tệp → Lưu thành → Sổ làm việc Excel)";

export const reason = {
  empty: "tệp rỗng (0 byte)",
  notXlsx: "tệp không phải là bảng tính Excel (.xlsx)",
  oldXls: `đây là tệp Excel 97–2003 (.xls), chưa đọc được: ${SAVE_AS_XLSX}`,
  encrypted:
    "tệp được đặt mật khẩu mở nên không đọc được nội dung: mở tệp trong Excel, vào Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu, lưu lại rồi thử lại",
  xlsb: `đây là sổ làm việc nhị phân Excel (.xlsb), chưa đọc được: ${SAVE_AS_XLSX}`,
  ods: "đây là bảng tính OpenDocument (.ods), chưa đọc được: mở tệp bằng LibreOffice Calc hoặc Excel rồi lưu lại dạng .xlsx (Tệp → Lưu thành → Excel 2007-365 / Sổ làm việc Excel)",
  html: `đây là trang web (HTML) mang đuôi tệp Excel, thường do phần mềm xuất ra, không phải sổ làm việc: ${SAVE_AS_XLSX}`,
  csv: `đây là tệp văn bản CSV (các giá trị ngăn cách bằng dấu phẩy), không phải sổ làm việc: ${SAVE_AS_XLSX}`,
  xml2003: `đây là bảng tính XML 2003 (XML Spreadsheet), chưa đọc được: ${SAVE_AS_XLSX}`,
  damaged: "tệp Excel bị hỏng hoặc không đầy đủ (có thể tải về chưa xong)",
  damagedPart: (part: string) => `tệp Excel bị hỏng: phần ${part} không đọc được`,
  bomb: "tệp nén giải ra quá lớn (hơn 200 MB), có thể là tệp độc hại nên không mở",
  entities: (part: string) => `tệp có khai báo DTD hoặc thực thể XML (phần ${part}), không mở vì lý do an toàn`,
  unsupported: (part: string) => `tệp có nội dung chưa hỗ trợ (phần ${part})`,
  tooComplex: (detail: string) => `tệp quá lớn hoặc quá phức tạp (${detail})`,
};

/** The details tooComplex names: which documented bound was passed. */
export const limitText = {
  cells: (max: string) => `hơn ${max} ô trong một trang tính`,
  sheets: (max: string) => `hơn ${max} trang tính`,
  sharedStrings: (max: string) => `hơn ${max} chuỗi dùng chung`,
  text: (max: string) => `hơn ${max} ký tự văn bản`,
  nesting: (max: string) => `XML lồng sâu hơn ${max} cấp`,
  area: "các ô nằm rải rác trên một vùng quá rộng",
  time: "đọc quá thời gian cho phép",
  memory: "cần quá nhiều bộ nhớ",
};
