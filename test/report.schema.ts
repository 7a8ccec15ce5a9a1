// The `cchc check --json` report as contract.md states it, for validating real output.
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const budget = z
  .object({
    amount: z.number().nullable(),
    currency: z.string().min(1),
    text: z.string(),
    source: z.boolean().optional(),
    unparsed: z.boolean().optional(),
    formula: z.boolean().optional(),
  })
  .nullable();

const period = z
  .object({
    kind: z.enum(["range", "deadline", "ongoing", "placeholder", "unparsed"]),
    start: isoDate.optional(),
    end: isoDate.optional(),
    text: z.string(),
  })
  .nullable();

export const ruleIds = [
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
] as const;

export const reportSchema = z.object({
  file: z.string().min(1),
  year: z.number().int().nullable(),
  tables: z
    .array(
      z.object({
        sheet: z.string(),
        form: z.enum(["khung-logic", "de-cuong", "5w1h", "plain"]),
        headerRows: z.array(z.number().int().positive()).min(1).max(2),
      }),
    )
    .min(1),
  rows: z.array(
    z.object({
      sheet: z.string(),
      row: z.number().int().positive(),
      level: z.enum(["area", "result", "activity"]),
      number: z.string().nullable(),
      content: z.string(),
      area: z.string().nullable(),
      indicator: z.string().nullable(),
      lead: z.string().nullable(),
      partners: z.string().nullable(),
      budget,
      period,
    }),
  ),
  findings: z.array(
    z.object({
      rule: z.enum(ruleIds),
      severity: z.enum(["error", "warning", "info"]),
      sheet: z.string(),
      row: z.number().int().positive().nullable(),
      cell: z.string().regex(/^[A-Z]+\d+$/).nullable(),
      message: z.string().min(1),
      letter: z.string().optional(),
    }),
  ),
  totals: z.object({
    currency: z.literal("VND"),
    total: z.number(),
    totalInWords: z.string().min(1),
    byArea: z.array(z.object({ area: z.string(), amount: z.number() })),
    otherCurrencies: z.array(z.object({ currency: z.string(), amount: z.number() })),
  }),
});

export type ReportJson = z.infer<typeof reportSchema>;
