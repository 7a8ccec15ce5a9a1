import { missingVerification } from "../../src/core/rules/missing-verification";
import { DE_CUONG, PlanBuilder, check, khungLogic2026 } from "./plan-builder";

describe("missing-verification", () => {
  test("fires on the worked example's activity 2.1.2 only (area 2 is not asked)", () => {
    const findings = check(missingVerification, khungLogic2026());
    expect(findings.map((f) => [f.row, f.cell, f.severity, f.letter])).toEqual([[15, "E15", "error", "2C"]]);
    expect(findings[0].message).toBe(
      "Hoạt động 2.1.2 chưa có phương tiện xác minh (2C): điền cột Phương tiện xác minh bằng tài liệu chứng minh đã làm xong (báo cáo, quyết định…).",
    );
  });

  test("silent where the table has no verification column", () => {
    const plan = new PlanBuilder().table({ form: "de-cuong", columns: DE_CUONG }).activity("1", "Rà soát").build();
    expect(check(missingVerification, plan)).toEqual([]);
  });
});
