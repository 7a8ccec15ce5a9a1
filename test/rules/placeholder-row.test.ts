import { placeholderRow } from "../../src/core/rules/placeholder-row";
import { FIVE_W, PlanBuilder, check } from "./plan-builder";

describe("placeholder-row", () => {
  test("fires on each blank-form row, quoting its text, and nowhere else", () => {
    const plan = new PlanBuilder({ year: 2014 })
      .table({ form: "5w1h", sheet: "KH CCHC 2014", columns: FIVE_W, headerRow: 4, headerRows: 2 })
      .area("I", "Cải cách thể chế")
      .result("1", "M/tiêu 1", { goal: "M/tiêu 1", placeholder: true })
      .activity(null, "1.2…", { placeholder: true })
      .activity("1.1.", "Nâng cấp website", { output: "Website" })
      .build();
    expect(check(placeholderRow, plan)).toEqual([
      {
        rule: "placeholder-row",
        severity: "warning",
        sheet: "KH CCHC 2014",
        row: 7,
        cell: "D7",
        message: 'Dòng 7 vẫn còn chữ của mẫu trống "M/tiêu 1": điền nội dung thật hoặc xóa dòng này.',
      },
      {
        rule: "placeholder-row",
        severity: "warning",
        sheet: "KH CCHC 2014",
        row: 8,
        cell: "D8",
        message: 'Dòng 8 vẫn còn chữ của mẫu trống "1.2…": điền nội dung thật hoặc xóa dòng này.',
      },
    ]);
  });
});

test("placeholder-row points at the goal cell when the row has no task cell", () => {
  const plan = new PlanBuilder()
    .table({ form: "5w1h", columns: FIVE_W })
    .result("1", "M/tiêu 1", { goal: "M/tiêu 1", placeholder: true })
    .build();
  delete plan.rows[0].cells.content;
  expect(check(placeholderRow, plan)[0].cell).toBe("C7");
});
