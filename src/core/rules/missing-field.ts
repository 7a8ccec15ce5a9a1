// Shared shape of the "a row leaves a column empty" rules: only where the table has the column.
import type { FieldKey, Finding, Letter, PlanRow, RuleId, Severity } from "../types";
import { cellOf, checkedRows, finding, hasColumn, label, rowColumnName, tableOf, taskRows } from "./rule";
import type { Rule, RuleContext } from "./rule";

export interface MissingFieldSpec {
  id: RuleId;
  severity: Severity;
  letter?: Letter;
  field: FieldKey;
  /** tasks: activities and childless results; outputs: every result and activity row. */
  rows: "tasks" | "outputs";
  isMissing(row: PlanRow): boolean;
  message(rowLabel: string, column: string): string;
}

function candidateRows(ctx: RuleContext, which: MissingFieldSpec["rows"]): PlanRow[] {
  if (which === "tasks") return taskRows(ctx);
  return checkedRows(ctx).filter((row) => row.level === "result" || row.level === "activity");
}

export function missingFieldRule(spec: MissingFieldSpec): Rule {
  const rule: Rule = {
    id: spec.id,
    severity: spec.severity,
    letter: spec.letter,
    check(ctx: RuleContext): Finding[] {
      const { plan } = ctx;
      return candidateRows(ctx, spec.rows)
        .filter((row) => hasColumn(tableOf(plan, row), spec.field) && spec.isMissing(row))
        .map((row) =>
          finding(rule, row, cellOf(plan, row, spec.field), spec.message(label(plan, row), rowColumnName(plan, row, spec.field))),
        );
    },
  };
  return rule;
}
