// Generates realistic Khung logic workbooks for the benchmark: six reform areas, results under
// them, activities under those, numeric and text budgets, periods in the idioms officials use.
import { join } from "path";
import ExcelJS from "exceljs";
import { presetById } from "../src/core/presets";

/** The six reform contents of the 2021–2030 programme (its first area, direction, is left out as many plans do). */
const AREAS = presetById("2021-2030").areas.slice(1);
const PERIODS = ["Quý I/2026", "Tháng 3-5/2026", "Từ 10 đến 20 tháng 9/2026", "Trước ngày 31/3/2026", "6 tháng đầu năm", "Thường xuyên", "2026"];
const TEXT_BUDGETS = ["15.000.000 (Giảng viên)\n20.000.000 (Tổ chức lớp)", "1,5 triệu", "Kinh phí thường xuyên", "150 trđ", "2.000 USD"];
const LEADS = ["Văn phòng Sở", "Phòng Tổ chức - Biên chế", "Phòng Kế hoạch - Tài chính", "Thanh tra Sở"];
const ACTIVITIES_PER_RESULT = 8;

/** Writes a workbook with about `rows` plan rows and returns its path. */
export async function makeKhungLogic(rows: number, dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Khung logic");
  writeHeading(sheet);
  let written = 0;
  for (let result = 0; written < rows; result++) {
    const area = result % AREAS.length;
    if (result < AREAS.length) {
      sheet.addRow([`${area + 1}`, `Lĩnh vực ${area + 1}: ${AREAS[area]}`, null, null, null, "2026", "Sở Nội vụ", null]);
      written++;
    }
    const number = `${area + 1}.${Math.floor(result / AREAS.length) + 1}`;
    sheet.addRow([number, `Kết quả ${number}: Kết quả số ${result + 1} được hoàn thành`, `100% nhiệm vụ của kết quả ${number}`, "Báo cáo", null, "Quý IV/2026", LEADS[result % LEADS.length], "Các phòng chuyên môn"]);
    written++;
    for (let a = 1; a <= ACTIVITIES_PER_RESULT && written < rows; a++, written++) sheet.addRow(activityRow(`${number}.${a}`, written));
  }
  const file = join(dir, `khung-logic-${rows}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

function writeHeading(sheet: ExcelJS.Worksheet): void {
  sheet.addRow(["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"]);
  sheet.mergeCells("A1:H1");
  sheet.addRow([]);
  sheet.addRow(["Mục tiêu chung", null, "Nâng cao chỉ số hài lòng của người dân lên trên 85%"]);
  sheet.addRow([]);
  sheet.addRow(["TT", "Nội dung", "Chỉ số thành công", "Phương tiện xác minh", "Ngân sách (Đồng)", "Thời gian thực hiện", "Trách nhiệm", null]);
  sheet.addRow([null, null, null, null, null, null, "Cơ quan đầu mối", "Cơ quan phối hợp"]);
  sheet.mergeCells("G5:H5");
  for (const column of ["A", "B", "C", "D", "E", "F"]) sheet.mergeCells(`${column}5:${column}6`);
}

/** Every seventh activity misses something, as real drafts do; every fifth has a text budget. */
function activityRow(number: string, index: number): ExcelJS.CellValue[] {
  const budget = index % 5 === 0 ? TEXT_BUDGETS[index % TEXT_BUDGETS.length] : 1000000 * (1 + (index % 40));
  const lead = index % 7 === 0 ? null : LEADS[index % LEADS.length];
  const indicator = index % 11 === 0 ? "Tăng cường chất lượng" : `Hoàn thành ${index % 50 + 1} văn bản`;
  return [number, `Hoạt động ${number}: Triển khai nhiệm vụ số ${index}`, indicator, "Báo cáo kết quả", budget, PERIODS[index % PERIODS.length], lead, "Các đơn vị liên quan"];
}
