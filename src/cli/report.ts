// The check result two ways: the contract's JSON report, and a plain Vietnamese text report.
import type { Analysis } from "../core/analyze";
import { columnUnitLabel } from "../core/headers";
import type { Finding, Plan, PlanRow, Report, ReportRow, ReportTable, Severity, TableInfo } from "../core/types";
import { label } from "./messages";

export function toReport(file: string, analysis: Analysis): Report {
  const { plan, findings, totals } = analysis;
  return {
    file,
    year: plan.year,
    tables: plan.tables.map(toReportTable),
    rows: plan.rows.map(toReportRow),
    findings,
    totals,
  };
}

function toReportTable(table: TableInfo): ReportTable {
  return {
    sheet: table.sheet,
    form: table.form,
    headerRows: table.headerRows,
    columns: (table.reading ?? []).map((column) => ({
      letter: column.letter,
      header: column.header,
      field: column.duplicate ? null : column.field,
      unit: columnUnitLabel(column),
      source: column.source,
      ...(column.part ? { part: column.part } : {}),
      ...(column.fundingSource ? { fundingSource: column.fundingSource } : {}),
    })),
    skipped: table.skipped ?? [],
  };
}

function toReportRow(row: PlanRow): ReportRow {
  return {
    sheet: row.sheet,
    row: row.row,
    level: row.level,
    number: row.number,
    content: row.content,
    area: row.area,
    indicator: row.indicator ?? null,
    lead: row.lead ?? null,
    partners: row.partners ?? null,
    budget: row.budget,
    period: row.period,
  };
}

/** 149000000 → "149.000.000" (Vietnamese thousands separator). */
export function formatAmount(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  const digits = String(Math.abs(Math.trunc(amount)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];
const INDENT = "  ";

/** Rows of a plan table that are content, not blank-form text: `check` and `build` both count these. */
export function contentRowCount(plan: Plan, table?: number): number {
  return plan.rows.filter((row) => !row.placeholder && (table === undefined || row.table === table)).length;
}

/** `rowCounts[i]`: content rows of table i (contentRowCount); without it, the report's rows of the table's sheet. */
export function readableReport(report: Report, rowCounts?: number[]): string {
  const sections = [headerLines(report, rowCounts), findingLines(report), totalLines(report)];
  return sections.map((lines) => lines.join("\n")).join("\n\n") + "\n";
}

function headerLines(report: Report, rowCounts?: number[]): string[] {
  const lines = [
    `${label.file}: ${report.file}`,
    `${label.year}: ${report.year ?? label.yearUnknown}`,
    `${label.tables}:`,
  ];
  for (const [index, table] of report.tables.entries()) {
    const rowCount = rowCounts?.[index] ?? report.rows.filter((row) => row.sheet === table.sheet).length;
    lines.push(INDENT + label.tableLine(table.sheet, label.forms[table.form] ?? table.form, table.headerRows, rowCount));
  }
  return lines;
}

function findingLines(report: Report): string[] {
  const counts = SEVERITY_ORDER.map((severity) => report.findings.filter((f) => f.severity === severity).length);
  const lines = [`${label.findings}: ${label.findingCounts(counts[0], counts[1], counts[2])}`];
  if (report.findings.length === 0) return [...lines, INDENT + label.noFindings];
  const severityWidth = Math.max(...Object.values(label.severity).map((text) => text.length));
  const cellWidth = Math.max(4, ...report.findings.map((f) => (f.cell ?? "").length));
  for (const [heading, group] of groupByRow(report)) {
    lines.push(INDENT + heading);
    for (const finding of group) {
      const severity = (label.severity[finding.severity] ?? finding.severity).padEnd(severityWidth);
      const cell = (finding.cell ?? "—").padEnd(cellWidth);
      lines.push(`${INDENT}${INDENT}${severity}  ${cell}  ${oneLine(finding.message)}`);
    }
  }
  return lines;
}

/** Findings grouped under their row, plan-level ones first, rows in sheet order. */
function groupByRow(report: Report): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  const sorted = [...report.findings].sort(
    (a, b) =>
      (a.row === null ? -1 : 0) - (b.row === null ? -1 : 0) ||
      sheetIndex(report, a.sheet) - sheetIndex(report, b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
  const rowsByKey = new Map(report.rows.map((row) => [rowKey(row.sheet, row.row), row]));
  for (const finding of sorted) {
    const heading = rowHeading(rowsByKey, finding);
    const group = groups.get(heading) ?? [];
    group.push(finding);
    groups.set(heading, group);
  }
  return [...groups];
}

function sheetIndex(report: Report, sheet: string): number {
  const index = report.tables.findIndex((table) => table.sheet === sheet);
  return index < 0 ? report.tables.length : index;
}

function rowKey(sheet: string, row: number): string {
  return `${sheet}\u0000${row}`;
}

function rowHeading(rowsByKey: Map<string, ReportRow>, finding: Finding): string {
  if (finding.row === null) return label.planLevel;
  const row = rowsByKey.get(rowKey(finding.sheet, finding.row));
  // The number and the task's opening words, as the pane shows them: the messages below name the row's level.
  const what = row ? [row.number, shorten(row.content)].filter(Boolean).join(" ") : "";
  return label.rowHeading(finding.sheet, finding.row, what);
}

const HEADING_CONTENT = 60;

function shorten(text: string): string {
  const line = oneLine(text);
  return line.length > HEADING_CONTENT ? `${line.slice(0, HEADING_CONTENT - 1)}…` : line;
}

function totalLines(report: Report): string[] {
  const { totals } = report;
  const sources = sourcesByArea(report);
  const entries: [string, string][] = totals.byArea.map((area) => {
    const named = area.amount === 0 ? sources.get(area.area) : undefined;
    return [area.area || label.noArea, named ? `${formatAmount(0)} (${named.join("; ")})` : formatAmount(area.amount)];
  });
  const totalEntry: [string, string] = [label.total, formatAmount(totals.total)];
  const nameWidth = Math.max(...[...entries, totalEntry].map(([name]) => name.length));
  const amountWidth = Math.max(...[...entries, totalEntry].map(([, amount]) => amount.length));
  const row = ([name, amount]: [string, string]) => `${INDENT}${name.padEnd(nameWidth)}  ${amount.padStart(amountWidth)}`;
  const lines = [`${label.totals}:`, ...entries.map(row), row(totalEntry), `${INDENT}${label.inWords}: ${totals.totalInWords}.`];
  if (totals.bySource.length > 0) {
    const bySource = totals.bySource.map((s): [string, string] => [s.source ?? label.noSource, formatAmount(s.amount)]);
    const width = Math.max(...bySource.map(([name]) => name.length));
    lines.push(`${INDENT}${label.bySource}:`, ...bySource.map(([name, amount]) => `${INDENT}${INDENT}${name.padEnd(width)}  ${amount}`));
  }
  if (totals.otherCurrencies.length > 0) {
    const others = totals.otherCurrencies.map((c) => `${formatAmount(c.amount)} ${c.currency}`).join("; ");
    lines.push(`${INDENT}${label.otherCurrencies}: ${others}`);
  }
  return lines;
}

/** The funding sources an area's rows name without a figure ("Kinh phí thường xuyên"), each once: an area funded
 *  only that way shows the source beside its 0, so the 0 does not read as "no money". */
function sourcesByArea(report: Report): Map<string, string[]> {
  const sources = new Map<string, string[]>();
  for (const row of report.rows) {
    const budget = row.budget;
    if (!budget?.source || budget.amount !== null || row.area === null) continue;
    const text = oneLine(budget.text.trim());
    const list = sources.get(row.area) ?? [];
    if (text && !list.includes(text)) list.push(text);
    sources.set(row.area, list);
  }
  return sources;
}

/** A message stays on its line in the readable report. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}
