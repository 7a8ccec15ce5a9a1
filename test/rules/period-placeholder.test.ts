import { periodPlaceholder } from "../../src/core/rules/period-placeholder";
import { DE_CUONG, PlanBuilder, check, placeholderPeriod, range } from "./plan-builder";

describe("period-placeholder", () => {
  test("fires on the Đề cương's blank-form period, as an error", () => {
    const plan = new PlanBuilder({ year: 2019 })
      .table({ form: "de-cuong", columns: DE_CUONG, headerRow: 3 })
      .activity("1", "Rà soát chức năng, nhiệm vụ các phòng", { period: placeholderPeriod() })
      .activity("2", "Kiểm tra", { period: range("2019-10-01", "2019-12-31", "Quý IV/2019") })
      .build();
    const findings = check(periodPlaceholder, plan);
    expect(findings.map((f) => [f.row, f.cell, f.severity])).toEqual([[4, "G4", "error"]]);
    expect(findings[0].message).toBe(
      'Nhiệm vụ cụ thể 1 chưa điền thời gian thực hiện (When): ô vẫn còn chữ mẫu "Từ tháng ../năm tới tháng.../năm", thay bằng tháng, quý hoặc hạn cụ thể.',
    );
  });

  test("silent where no period holds placeholder text or the column is absent", () => {
    const plan = new PlanBuilder().table({ form: "plain", columns: ["number", "content"] }).activity("1", "Khảo sát").build();
    expect(check(periodPlaceholder, plan)).toEqual([]);
  });
});
