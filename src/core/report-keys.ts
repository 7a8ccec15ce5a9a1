// The report's closed vocabularies (rule ids, forms, levels, field keys…), apart from the zod schema that uses them:
// the engine, the pane and `cchc check` need these lists at run time, but not zod (100 ms of start-up, and weight in
// the pane's bundle); only `cchc schema` and the tests load the schema.
/** Every rule id, in contract order (the registry in rules/index.ts has one module per id). */
export const RULE_IDS = [
  "missing-objective",
  "missing-task",
  "missing-output",
  "missing-lead",
  "missing-period",
  "missing-method",
  "missing-budget",
  "missing-indicator",
  "missing-verification",
  "smart-specific",
  "smart-measurable",
  "smart-time-bound",
  "period-unparsed",
  "period-placeholder",
  "period-outside-year",
  "budget-unparsed",
  "budget-currency",
  "budget-negative",
  "budget-rollup",
  "budget-unallocated",
  "total-mismatch",
  "form-missing-column",
  "placeholder-row",
  "legacy-encoding",
  "budget-as-text",
  "empty-area",
  "empty-plan",
  "subtotal-mismatch",
  "unread-column",
  "budget-sources-over",
  "budget-tiny",
  "summary-table",
  "summary-mismatch",
  "sheet-versions",
  "hidden-row",
  "sum-over-subtotal",
] as const;

export const FORM_KINDS = ["khung-logic", "de-cuong", "5w1h", "plain"] as const;
export const LEVELS = ["area", "result", "activity"] as const;
export const SEVERITIES = ["error", "warning", "info"] as const;
export const FIELD_KEYS = [
  "number", "content", "goal", "output", "indicator", "verification", "budget", "period", "lead", "partners", "assignment",
  "method", "note", "area",
] as const;
export const ROW_KINDS = [
  "header", "column-numbers", "area", "result", "activity", "subtotal", "total", "words", "spacer", "note", "placeholder", "unit",
  "continuation", "breakdown",
] as const;
export const LETTERS = ["Why", "What", "When", "Who", "How", "2C", "5M", "S", "M", "A", "R", "T"] as const;
