// The Excel section: context.sync() calls per add-in command, counted through the same strict in-memory Excel fake
// the tests use (5 MB request/response limits enforced) — check, highlight, insert form, budget sheet, schedule
// sheet — on synthetic Khung logic sheets of 100, 1,000, 10,000 and 50,000 activity rows. Floor: 4 syncs per command up to 10,000 rows (the documented limit); 50,000 rows is
// reported without a floor (its read needs more parts of ~3.5 MB each). Also the largest request and response.
import { analyze } from "../src/core/analyze";
import { buildForm } from "../src/core/forms";
import type { Finding } from "../src/core/types";
import { highlight } from "../src/excel/highlight";
import { insertForm } from "../src/excel/insertForm";
import { readSheet } from "../src/excel/readSheet";
import { insertSummarySheet } from "../src/excel/summary";
import { buildSchedule } from "../src/core/schedule";
import { scheduleSheetLayout } from "../src/core/schedule-sheet";
import { insertScheduleSheet } from "../src/excel/scheduleSheet";
import { createWorkbook, fakeContext, type FakeWorkbookData } from "../test/fakes/excel-fake";
import { syntheticPlanSheet } from "../test/fakes/seed";
import type { Floor, SectionResult } from "./run";

export const name = "excel-syncs";

const SIZES = [100, 1000, 10000, 50000] as const;
const MAX_SYNCS = 4;
/** Rows up to which the 4-sync floor holds. */
const FLOOR_ROWS = 10000;

const largest = { request: 0, response: 0 };

async function countSyncs(book: FakeWorkbookData, command: (context: Excel.RequestContext) => Promise<unknown>): Promise<number> {
  const { fake, context } = fakeContext(book);
  await command(context);
  largest.request = Math.max(largest.request, fake.largestRequest);
  largest.response = Math.max(largest.response, fake.largestResponse);
  return fake.syncCount;
}

async function measure(rows: number): Promise<Record<string, number>> {
  const book = createWorkbook({ sheets: [syntheticPlanSheet(rows)] });
  const check = await countSyncs(book, readSheet);
  const { grid } = await readSheet(fakeContext(book).context);
  const { plan, totals } = analyze([grid]);
  // The worst case for marking: a finding on every plan row.
  const everyRow: Finding[] = plan.rows.map((row) => ({ rule: "missing-lead", severity: "warning", sheet: row.sheet, row: row.row, cell: null, message: "" }));
  const marks = await countSyncs(book, (context) => highlight(context, { id: grid.name, name: grid.name }, everyRow));
  const totalsSyncs = await countSyncs(book, (context) => insertSummarySheet(context, plan, totals));
  const insert = await countSyncs(book, (context) => insertForm(context, buildForm("khung-logic", { year: 2026 }), { wordsFormula: true }));
  const layout = scheduleSheetLayout(buildSchedule(plan), { now: new Date(2026, 2, 10), liveCheck: true });
  const schedule = await countSyncs(book, (context) => insertScheduleSheet(context, layout));
  return {
    [`excel.syncs.check.${rows}`]: check,
    [`excel.syncs.highlight.${rows}`]: marks,
    [`excel.syncs.insert.${rows}`]: insert,
    [`excel.syncs.totals.${rows}`]: totalsSyncs,
    [`excel.syncs.schedule.${rows}`]: schedule,
  };
}

export async function run(): Promise<SectionResult> {
  const figures: Record<string, number> = {};
  const floors: Floor[] = [];
  for (const rows of SIZES) {
    const measured = await measure(rows);
    Object.assign(figures, measured);
    if (rows <= FLOOR_ROWS) floors.push(...Object.entries(measured).map(([key, value]) => ({ name: key, value, max: MAX_SYNCS })));
  }
  figures["excel.largestRequestMB"] = Math.round((largest.request / 1048576) * 100) / 100;
  figures["excel.largestResponseMB"] = Math.round((largest.response / 1048576) * 100) / 100;
  floors.push({ name: "excel.largestResponseMB", value: figures["excel.largestResponseMB"], max: 5 });
  floors.push({ name: "excel.largestRequestMB", value: figures["excel.largestRequestMB"], max: 5 });
  return { figures, floors };
}
