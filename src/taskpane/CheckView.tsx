import * as React from "react";
import { Badge, Button, Switch, Text } from "@fluentui/react-components";
import type { Finding, Severity } from "../core/types";
import { clearHighlight, highlight } from "../excel/highlight";
import { runExcel } from "../excel/run";
import { selectCell } from "../excel/selectCell";
import { countBySeverity, groupFindings, messageBesideBadge } from "./findings";
import type { Checked } from "./plan";
import { Status } from "./Status";
import { S } from "./strings.vi";
import { useTask } from "./useTask";

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

interface Props {
  checked: Checked | null;
  recheck(): Promise<Checked>;
}

function FindingButton({ finding, onSelect }: { finding: Finding; onSelect(f: Finding): void }): React.JSX.Element {
  return (
    <Button appearance="subtle" className="finding" onClick={() => onSelect(finding)} disabled={finding.row === null && finding.cell === null}>
      <Badge color={BADGE_COLOR[finding.severity]}>{S.severity[finding.severity]}</Badge>
      {finding.letter && (
        <Badge appearance="outline" title={S.letter[finding.letter]}>
          {finding.letter}
        </Badge>
      )}
      <Text>{messageBesideBadge(finding)}</Text>
    </Button>
  );
}

export function CheckView({ checked, recheck }: Props): React.JSX.Element {
  const task = useTask();
  const [marked, setMarked] = React.useState(false);

  const mark = (sheet: string, findings: Finding[]): Promise<number> => runExcel((context) => highlight(context, sheet, findings));

  const check = (): Promise<void> =>
    task.run(async () => {
      const result = await recheck();
      if (marked) await mark(result.sheet, result.analysis.findings);
      return null;
    });

  const toggle = (on: boolean): Promise<void> =>
    task.run(async () => {
      if (!checked) return null;
      setMarked(on);
      if (on) return S.check.marked(await mark(checked.sheet, checked.analysis.findings));
      return S.check.cleared(await runExcel((context) => clearHighlight(context, checked.sheet)));
    });

  const select = (finding: Finding): Promise<void> =>
    task.run(async () => {
      await runExcel((context) => selectCell(context, finding.sheet, finding.cell ?? `A${finding.row}`));
      return null;
    });

  const findings = checked?.analysis.findings ?? [];
  const counts = countBySeverity(findings);
  const groups = groupFindings(findings, checked?.analysis.plan ?? null);

  return (
    <div className="view">
      <Text>{S.check.intro}</Text>
      <div className="row">
        <Button appearance="primary" onClick={check} disabled={task.busy}>
          {checked ? S.check.again : S.check.button}
        </Button>
        <Button onClick={() => toggle(false)} disabled={task.busy || !checked}>
          {S.check.clear}
        </Button>
      </div>
      <Switch label={S.check.highlight} checked={marked} disabled={task.busy || !checked} onChange={(_, d) => toggle(d.checked)} />
      <Status task={task} busyLabel={S.check.busy} />
      {checked && <Text weight="semibold">{findings.length === 0 ? S.check.none : S.check.summary(counts.error, counts.warning, counts.info)}</Text>}
      {groups.length > 0 && <Text size={200}>{S.check.selectHint}</Text>}
      {groups.map((group) => (
        <section key={group.key} className="group" aria-label={group.title}>
          <Text weight="semibold">{group.title}</Text>
          {group.findings.map((finding, i) => (
            <FindingButton key={`${finding.rule}-${i}`} finding={finding} onSelect={select} />
          ))}
        </section>
      ))}
    </div>
  );
}
