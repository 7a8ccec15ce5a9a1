// Khung logic (domain brief §2.1): area → result → activity, numbered 1, 1.1, 1.1.1; "Trách nhiệm" over two columns.
import { BUDGET_FORMAT } from "./layout";
import type { TableFormSpec } from "./table";

export const KHUNG_LOGIC: TableFormSpec = {
  kind: "khung-logic",
  sheetName: "Khung logic",
  title: (year) => `KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM ${year}`,
  goals: true,
  columns: [
    { key: "number", header: "TT", width: 7 },
    { key: "content", header: "Nội dung", width: 42, wrap: true },
    { key: "indicator", header: "Chỉ số thành công", width: 30, wrap: true },
    { key: "verification", header: "Phương tiện xác minh", width: 24, wrap: true },
    { key: "budget", header: "Ngân sách (Đồng)", width: 16, numberFormat: BUDGET_FORMAT, align: "right" },
    { key: "period", header: "Thời gian thực hiện", width: 16, wrap: true },
    { key: "lead", header: "Cơ quan đầu mối", group: "Trách nhiệm", width: 20, wrap: true },
    { key: "partners", header: "Cơ quan phối hợp", group: "Trách nhiệm", width: 22, wrap: true },
  ],
  budgetKey: "budget",
  area: {
    texts: { number: (n) => `${n}`, content: (n, title) => `Lĩnh vực ${n}: ${title}` },
  },
  rows: [
    { style: "result", texts: { number: (n) => `${n}.1` }, sums: 2 },
    { style: "activity", texts: { number: (n) => `${n}.1.1` } },
    { style: "activity", texts: { number: (n) => `${n}.1.2` } },
  ],
};
