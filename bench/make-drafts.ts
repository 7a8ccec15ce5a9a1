// Generates a province's worth of unit drafts for the merge benchmark: `count` workbooks of about `rows` plan rows,
// in five layouts the reader handles (Khung logic with two- and one-row headers, Đề cương, 5W1H2C5M, a plain list),
// each headed by its unit's name as units send them.
import { mkdirSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { presetById } from "../src/core/presets";

const AREAS = presetById("2021-2030").areas;
const PERIODS = ["Quý I/2026", "Tháng 3-5/2026", "Trước ngày 31/3/2026", "6 tháng đầu năm", "Thường xuyên", "Quý IV/2026"];
const LEADS = ["Văn phòng", "Bộ phận một cửa", "Công chức Tư pháp - Hộ tịch", "Phòng Kế hoạch - Tài chính"];
const LAYOUTS = ["khung-logic-2", "khung-logic-1", "de-cuong", "5w1h", "plain"] as const;
type Layout = (typeof LAYOUTS)[number];

const budget = (i: number): number | string => (i % 9 === 0 ? "Kinh phí thường xuyên" : i % 13 === 0 ? "1,5 triệu" : 1_000_000 * (1 + (i % 30)));
const task = (unit: number, i: number) => `Triển khai nhiệm vụ cải cách số ${i} của đơn vị ${unit}: rà soát, công khai, báo cáo kết quả`;

function header(sheet: ExcelJS.Worksheet, layout: Layout): void {
  if (layout === "khung-logic-2") {
    sheet.addRow(["TT", "Nội dung", "Chỉ số thành công", "Phương tiện xác minh", "Ngân sách (Đồng)", "Thời gian thực hiện", "Trách nhiệm", null]);
    sheet.addRow([null, null, null, null, null, null, "Cơ quan đầu mối", "Cơ quan phối hợp"]);
    const top = sheet.rowCount - 1;
    sheet.mergeCells(top, 7, top, 8);
  } else if (layout === "khung-logic-1") {
    sheet.addRow(["STT", "Nội dung", "Chỉ số thành công", "Phương tiện xác minh", "Ngân sách (VNĐ)", "Thời gian thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp"]);
  } else if (layout === "de-cuong") {
    sheet.addRow(["Nhiệm vụ chung", "Nhiệm vụ cụ thể", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kinh phí dự kiến", "Ghi chú"]);
  } else if (layout === "5w1h") {
    sheet.addRow(["TT", "Mục tiêu", "Nhiệm vụ", "Sản phẩm", "Tiến độ", "Phân công", "Cách thức thực hiện", "Kinh phí"]);
  } else {
    sheet.addRow(["TT", "Nội dung", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kinh phí"]);
  }
}

function areaRow(layout: Layout, a: number): ExcelJS.CellValue[] {
  const title = AREAS[a];
  if (layout === "de-cuong") return [`${["I", "II", "III", "IV", "V", "VI", "VII"][a]}. ${title}`];
  if (layout === "5w1h") return [["I", "II", "III", "IV", "V", "VI", "VII"][a], title];
  if (layout === "plain") return [`${["I", "II", "III", "IV", "V", "VI", "VII"][a]}`, title];
  return [`${a + 1}`, `Lĩnh vực ${a + 1}: ${title}`];
}

function taskRow(layout: Layout, unit: number, a: number, r: number, k: number, i: number): ExcelJS.CellValue[] {
  const period = PERIODS[i % PERIODS.length];
  const lead = i % 17 === 0 ? null : LEADS[i % LEADS.length];
  if (layout === "de-cuong") return [k === 1 ? `${r}. Nhóm nhiệm vụ ${r}` : null, `${k}. ${task(unit, i)}`, "Báo cáo", lead, "Các bộ phận", period, budget(i)];
  if (layout === "5w1h") return [k === 1 ? `${r}` : null, k === 1 ? `Mục tiêu ${r} được hoàn thành` : null, `${r}.${k}. ${task(unit, i)}`, "Báo cáo", period, `- Chủ trì: ${lead ?? ""}\n- Phối hợp: Các bộ phận`, "Theo kế hoạch", budget(i)];
  if (layout === "plain") return [`${i}`, task(unit, i), period, lead, "Các bộ phận", budget(i)];
  return [`${a + 1}.${r}.${k}`, task(unit, i), `Hoàn thành ${1 + (i % 20)} văn bản`, "Báo cáo", budget(i), period, lead, "Các bộ phận"];
}

/** Writes the drafts into `dir` and returns their paths. */
export async function makeDrafts(dir: string, count: number, rows: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let unit = 1; unit <= count; unit++) {
    const layout = LAYOUTS[unit % LAYOUTS.length];
    const workbook = new ExcelJS.Workbook();
    workbook.modified = new Date(Date.UTC(2026, 9, 1 + (unit % 28)));
    const sheet = workbook.addWorksheet("Kế hoạch");
    sheet.addRow([unit % 3 === 0 ? `SỞ NGÀNH SỐ ${unit}` : `UBND XÃ SỐ ${unit}`]);
    sheet.addRow([]);
    sheet.addRow(["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"]);
    sheet.addRow([]);
    header(sheet, layout);
    let written = 0;
    let i = 0;
    for (let a = 0; written < rows; a = (a + 1) % AREAS.length) {
      if (a < AREAS.length && sheet.rowCount < 8 + rows) {
        sheet.addRow(areaRow(layout, a));
        written++;
      }
      for (let r = 1; r <= 3 && written < rows; r++) {
        if (layout.startsWith("khung-logic")) {
          sheet.addRow([`${a + 1}.${r}`, `Kết quả ${a + 1}.${r}: nhóm nhiệm vụ được hoàn thành`, "100% nhiệm vụ", "Báo cáo", null, "2026", LEADS[r % LEADS.length], "Các bộ phận"]);
          written++;
        }
        for (let k = 1; k <= 4 && written < rows; k++, written++) sheet.addRow(taskRow(layout, unit, a, r, k, ++i));
      }
    }
    const file = join(dir, `don-vi-${String(unit).padStart(3, "0")}.xlsx`);
    await workbook.xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}
