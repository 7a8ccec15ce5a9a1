// Shared shape of the "a row leaves a column empty" rules: only where the table has the column.
import { detailedTask } from "../tree";
import type { FieldKey, Finding, Letter, PlanRow, RuleId, Severity } from "../types";
import { cellOf, finding, hasColumn, isBlank, label, outputRows, rowColumnName, taskRows } from "./rule";
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
  return which === "tasks" ? taskRows(ctx) : outputRows(ctx);
}

export function missingFieldRule(spec: MissingFieldSpec): Rule {
  const rule: Rule = {
    id: spec.id,
    severity: spec.severity,
    letter: spec.letter,
    check(ctx: RuleContext): Finding[] {
      const { plan } = ctx;
      // Decided once per table, not per row: a plan has a table or two and thousands of rows.
      const withColumn = plan.tables.map((table) => hasColumn(table, spec.field));
      // A line detailing a task ("+" under "-") is asked nothing the task it details states, and the task nothing its
      // lines state.
      const statedAbove = (row: PlanRow) => {
        const task = detailedTask(plan.rows, row);
        return task !== null && !spec.isMissing(task);
      };
      const statedBelow = new Set(
        plan.rows.flatMap((row) => {
          const task = detailedTask(plan.rows, row);
          return task !== null && !spec.isMissing(row) ? [task] : [];
        }),
      );
      // A row with no task text is asked for its task (missing-task) and nothing else: the rest follows from what it is.
      return candidateRows(ctx, spec.rows)
        .filter((row) => withColumn[row.table] && !isBlank(row.content) && spec.isMissing(row) && !statedAbove(row) && !statedBelow.has(row))
        .map((row) =>
          finding(rule, row, cellOf(plan, row, spec.field), spec.message(label(plan, row), rowColumnName(plan, row, spec.field))),
        );
    },
  };
  return rule;
}
