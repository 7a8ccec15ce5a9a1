import { missingTask } from "../../src/core/rules/missing-task";
import { KHUNG_LOGIC, PlanBuilder, check, range } from "./plan-builder";

describe("missing-task", () => {
  const plan = new PlanBuilder()
    .table({ form: "khung-logic", columns: KHUNG_LOGIC })
    .area("1", "Cải cách thể chế")
    .result("1.1", "Kết quả", {})
    .activity("1.1.1", "", { budget: 5_000_000, period: range("2026-01-01", "2026-03-31", "Quý I/2026") })
    .activity("1.1.2", "  ", {})
    .activity("1.1.3", "Rà soát văn bản", { budget: 2_000_000 })
    .build();

  test("fires on a row with figures but no content, pointing at the content cell", () => {
    const findings = check(missingTask, plan);
    expect(findings).toEqual([
      {
        rule: "missing-task",
        severity: "error",
        letter: "What",
        sheet: "Kế hoạch",
        row: 9,
        cell: "C9",
        message: "Hoạt động 1.1.1 có số liệu nhưng chưa ghi nhiệm vụ (What): điền cột Nội dung.",
      },
    ]);
  });

  test("an entirely empty row or a row with content is not a missing task", () => {
    expect(check(missingTask, plan).map((f) => f.row)).not.toContain(10);
    expect(check(missingTask, plan).map((f) => f.row)).not.toContain(11);
  });

  test("silent on placeholder rows", () => {
    const placeholder = new PlanBuilder()
      .table({ form: "khung-logic", columns: KHUNG_LOGIC })
      .activity("1.2…", "", { placeholder: true, lead: "Văn phòng Sở" })
      .build();
    expect(check(missingTask, placeholder)).toEqual([]);
  });
});
