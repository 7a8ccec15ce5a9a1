// 5W1H2C5M combined table (domain brief §2.2): areas I, II …, goals 1, tasks 1.1., 1.2. (numbers restart in each area); the second header row names
// the question each column answers.
import { BUDGET_FORMAT } from "./layout";
import { roman, type TableFormSpec } from "./table";

export const FIVE_W_ONE_H: TableFormSpec = {
  kind: "5w1h",
  sheetName: "5W1H",
  title: (year) => `KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM ${year}`,
  goals: false,
  columns: [
    { key: "number", header: "TT", subHeader: "", width: 6 },
    { key: "goal", header: "Mục tiêu", subHeader: "Why/What?", width: 28, wrap: true },
    { key: "content", header: "Nhiệm vụ", subHeader: "What?", width: 34, wrap: true },
    { key: "output", header: "Sản phẩm", subHeader: "What?", width: 24, wrap: true },
    { key: "period", header: "Tiến độ", subHeader: "When?", width: 14, wrap: true },
    { key: "assignment", header: "Phân công", subHeader: "Who/Where?", width: 24, wrap: true },
    { key: "method", header: "Cách thức thực hiện", subHeader: "How?", width: 30, wrap: true },
    { key: "budget", header: "Kinh phí", subHeader: "5M?", width: 16, numberFormat: BUDGET_FORMAT, align: "right" },
  ],
  budgetKey: "budget",
  area: { texts: { number: (n) => roman(n), goal: (_n, title) => title }, mergeKey: "goal" },
  rows: [
    { style: "result", texts: { number: () => "1" }, sums: 2 },
    { style: "activity", texts: { content: () => "1.1." } },
    { style: "activity", texts: { content: () => "1.2." } },
  ],
};
