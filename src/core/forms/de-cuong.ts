// Đề cương (domain brief §2.3), the province's outline: sections I., II. …; a general task "1." shares its row with
// its first specific task "1", then "2"; no number column, so the numbers open the task cells.
import { BUDGET_FORMAT } from "./layout";
import { roman, type TableFormSpec } from "./table";

export const DE_CUONG: TableFormSpec = {
  kind: "de-cuong",
  sheetName: "Đề cương",
  title: (year) => `KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM ${year}`,
  goals: false,
  columns: [
    { key: "goal", header: "Nhiệm vụ chung", width: 30, wrap: true },
    { key: "content", header: "Nhiệm vụ cụ thể", width: 36, wrap: true },
    { key: "output", header: "Sản phẩm", width: 24, wrap: true },
    { key: "lead", header: "Cơ quan chủ trì", width: 18, wrap: true },
    { key: "partners", header: "Cơ quan phối hợp", width: 20, wrap: true },
    { key: "period", header: "Thời gian thực hiện", width: 18, wrap: true },
    { key: "budget", header: "Kinh phí dự kiến", width: 16, numberFormat: BUDGET_FORMAT, align: "right" },
    { key: "note", header: "Ghi chú", width: 14, wrap: true },
  ],
  budgetKey: "budget",
  area: { texts: { goal: (n, title) => `${roman(n)}. ${title}` }, mergeKey: "goal" },
  rows: [
    { style: "activity", texts: { goal: () => "1.", content: () => "1" } },
    { style: "activity", texts: { content: () => "2" } },
  ],
};
