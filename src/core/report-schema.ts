// The JSON report of `cchc check --json` (contract.md), defined once: the TypeScript types are inferred from it
// (types.ts re-exports them), `cchc schema` prints it as JSON Schema, and the tests validate real output with it.
import { z } from "zod";
import { FIELD_KEYS, FORM_KINDS, LETTERS, LEVELS, ROW_KINDS, RULE_IDS, SEVERITIES } from "./report-keys";

export { FIELD_KEYS, FORM_KINDS, LETTERS, LEVELS, ROW_KINDS, RULE_IDS, SEVERITIES };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const budgetSchema = z.object({
  amount: z.number().nullable().describe("Whole đồng (or units of the currency); null where no figure is stated or understood"),
  currency: z.string().min(1),
  text: z.string().describe("The cell as typed"),
  source: z.boolean().optional().describe("The cell names a funding source"),
  unparsed: z.boolean().optional(),
  formula: z.boolean().optional().describe("The cell holds a formula (a form's SUBTOTAL): computed, not typed"),
  sources: z
    .array(
      z.object({
        source: z.string(),
        amount: z.number().nullable(),
        text: z.string(),
        currency: z.string().optional().describe("Where not VND: this source's amount is in that currency, not in the row's sum"),
      }),
    )
    .optional()
    .describe("Per funding-source column under a Kinh phí/Ngân sách parent; the amount is their sum"),
});

export const periodSchema = z.object({
  kind: z.enum(["range", "deadline", "ongoing", "placeholder", "unparsed"]),
  start: isoDate.optional(),
  end: isoDate.optional(),
  text: z.string(),
  batches: z
    .array(z.object({ start: isoDate.optional().describe("Absent for a deadline"), end: isoDate }))
    .optional()
    .describe("Where the cell names separate batches (Tháng 3, 6, 9, 12; Đợt 1 … đợt 2 …): each one's span, in order; start and end span them all"),
});

export const findingSchema = z.object({
  rule: z.enum(RULE_IDS),
  severity: z.enum(SEVERITIES),
  sheet: z.string(),
  row: z.number().int().positive().nullable(),
  cell: z.string().regex(/^[A-Z]+\d+$/).nullable(),
  message: z.string().min(1),
  letter: z.enum(LETTERS).optional(),
});

export const columnSchema = z.object({
  letter: z.string().regex(/^[A-Z]+$/),
  header: z.string().describe("The header text, parents first, joined by ' › '"),
  field: z.enum(FIELD_KEYS).nullable().describe("null: the column is not read"),
  unit: z.string().nullable().describe("The unit of a money column: đồng, nghìn đồng, triệu đồng, tỷ đồng, or the foreign currency its header names (USD)"),
  source: z.enum(["header", "correction"]).describe("Read from the header's words, or from a saved correction"),
  part: z.enum(["start", "end", "source", "source-name", "total", "month"]).optional().describe("month: a Gantt's month or quarter column, whose marks are the period"),
  fundingSource: z.string().optional(),
});

export const tableSchema = z.object({
  sheet: z.string(),
  form: z.enum(FORM_KINDS),
  headerRows: z.array(z.number().int().positive()).min(1).max(5),
  columns: z.array(columnSchema),
  skipped: z.array(z.object({ row: z.number().int().positive(), kind: z.enum(ROW_KINDS) })),
});

export const reportRowSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  level: z.enum(LEVELS),
  number: z.string().nullable(),
  content: z.string(),
  area: z.string().nullable(),
  indicator: z.string().nullable(),
  lead: z.string().nullable(),
  partners: z.string().nullable(),
  budget: budgetSchema.nullable(),
  period: periodSchema.nullable(),
});

export const totalsSchema = z.object({
  currency: z.literal("VND"),
  total: z.number(),
  totalInWords: z.string().min(1),
  byArea: z.array(z.object({ area: z.string(), amount: z.number() })),
  /** By funding source (the columns under a Kinh phí parent); `source: null` is what no source column holds. */
  bySource: z.array(z.object({ source: z.string().nullable(), amount: z.number() })),
  otherCurrencies: z.array(z.object({ currency: z.string(), amount: z.number() })),
});

export const reportSchema = z.object({
  file: z.string().min(1),
  year: z.number().int().nullable(),
  tables: z.array(tableSchema).min(1),
  rows: z.array(reportRowSchema),
  findings: z.array(findingSchema),
  totals: totalsSchema,
});

/** The report's JSON Schema (draft 2020-12), as `cchc schema` prints it. */
export function reportJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(reportSchema),
    $id: "https://github.com/ke-hoach-cchc/report.schema.json",
    title: "cchc check --json",
  };
}
