import { RULE_IDS } from "../../src/core/report-keys";
import { rules, runRules } from "../../src/core/rules";
import { PLAIN, PlanBuilder, khungLogic2026 } from "./plan-builder";

describe("runRules", () => {
  test("the worked example's findings, in sheet order: row, then column, then contract order on one cell", () => {
    const findings = runRules(khungLogic2026());
    expect(findings.map((f) => [f.rule, f.row, f.cell])).toEqual([
      ["budget-rollup", 13, "F13"],
      ["smart-specific", 15, "D15"],
      ["smart-measurable", 15, "D15"],
      ["missing-verification", 15, "E15"],
      ["missing-lead", 15, "H15"],
      ["budget-unallocated", 20, "F20"],
      ["missing-indicator", 24, "D24"],
      ["budget-unallocated", 26, "F26"],
      ["smart-specific", 28, "D28"],
      ["smart-measurable", 28, "D28"],
      ["period-outside-year", 28, "G28"],
    ]);
  });

  test("plan-level findings first, then sheets in the order the plan's tables name them", () => {
    const plan = new PlanBuilder()
      .table({ form: "plain", sheet: "Sau", columns: PLAIN, headerRow: 2 })
      .activity("1", "Khảo sát", {})
      .table({ form: "plain", sheet: "Trước", columns: PLAIN, headerRow: 9 })
      .activity("1", "Báo cáo", {})
      .build();
    plan.tables.reverse(); // the second-built table now comes first in the plan
    plan.rows.forEach((row) => (row.table = 1 - row.table));
    const findings = runRules(plan);
    expect(findings[0]).toMatchObject({ rule: "missing-objective", row: null });
    const sheets = findings.slice(1).map((f) => f.sheet);
    expect(sheets.indexOf("Sau")).toBeGreaterThan(sheets.lastIndexOf("Trước"));
  });

  test("every rule of the report schema's id list is registered exactly once, and nothing else", () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...RULE_IDS].sort());
    for (const added of ["legacy-encoding", "budget-as-text", "empty-area", "empty-plan", "subtotal-mismatch", "unread-column"]) expect(ids).toContain(added);
  });
});
