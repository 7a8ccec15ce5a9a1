// Findings as the pane lists them: one group per sheet row (plan-level ones first), worst severity first inside.
import type { Finding, Plan, Severity } from "../core/types";
import { S } from "./strings.vi";

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface FindingGroup {
  key: string;
  sheet: string;
  row: number | null;
  title: string;
  /** The cell to select when the group is clicked, or null for plan-level findings. */
  cell: string | null;
  worst: Severity;
  findings: Finding[];
}

function rowTitle(row: number, plan: Plan | null, sheet: string): string {
  const planRow = plan?.rows.find((r) => r.sheet === sheet && r.row === row);
  const label = planRow ? [planRow.number, planRow.content].filter(Boolean).join(" ") : "";
  const short = label.length > 60 ? `${label.slice(0, 59)}…` : label;
  return short ? `${S.check.row(row)} · ${short}` : S.check.row(row);
}

export function groupFindings(findings: Finding[], plan: Plan | null): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const key = `${finding.sheet}|${finding.row ?? ""}`;
    let group = groups.get(key);
    if (!group) {
      const title = finding.row === null ? S.check.planLevel : rowTitle(finding.row, plan, finding.sheet);
      group = { key, sheet: finding.sheet, row: finding.row, title, cell: null, worst: finding.severity, findings: [] };
      groups.set(key, group);
    }
    group.findings.push(finding);
    if (SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[group.worst]) group.worst = finding.severity;
    group.cell ??= finding.cell ?? (finding.row !== null ? `A${finding.row}` : null);
  }
  for (const group of groups.values()) group.findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const sheetOrder = [...new Set(findings.map((f) => f.sheet))];
  const place = (g: FindingGroup): [number, number] => [sheetOrder.indexOf(g.sheet), g.row ?? -1];
  return [...groups.values()].sort((a, b) => {
    const [sa, ra] = place(a);
    const [sb, rb] = place(b);
    return sa - sb || ra - rb;
  });
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** The message as the pane shows it beside the finding's letter badge: the "(5M)" the text carries for the command
 *  line is dropped, so a letter is never said twice. */
export function messageBesideBadge(finding: Finding): string {
  if (!finding.letter) return finding.message;
  return finding.message.split(` (${finding.letter})`).join("").split(`(${finding.letter})`).join("").trim();
}

/** Why a check found no plan on the sheet read, or null where it found one: the findings of a sheet with no table
 *  ("Kế hoạch chưa nêu mục tiêu") would only mislead. */
export function noPlanReason(checked: { sheet: string; analysis: { plan: Plan }; mergeReport?: boolean }): string | null {
  if (checked.analysis.plan.tables.length > 0) return null;
  return checked.mergeReport ? S.check.mergeReport(checked.sheet) : S.check.noTable(checked.sheet);
}
