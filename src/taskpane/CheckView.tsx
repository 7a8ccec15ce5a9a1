import * as React from "react";
import { Badge, Button, Switch, Text } from "@fluentui/react-components";
import type { Finding, Letter, Severity } from "../core/types";
import type { Checked, ExcelCommands } from "./commands";
import { countBySeverity, groupFindings, messageBesideBadge, noPlanReason } from "./findings";
import type { Marks } from "./useMarks";
import { Message, Status } from "./Status";
import { S } from "./strings.vi";
import { useTask } from "./useTask";

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

interface Props {
  checked: Checked | null;
  recheck(): Promise<Checked>;
  commands: Pick<ExcelCommands, "selectCell">;
  /** Where our marks are, held by App (useMarks.ts). */
  marks: Marks;
}

function FindingBody({ finding }: { finding: Finding }): React.JSX.Element {
  return (
    <>
      <Badge color={BADGE_COLOR[finding.severity]}>{S.severity[finding.severity]}</Badge>
      {finding.letter && <Badge appearance="outline">{finding.letter}</Badge>}
      <Text>{messageBesideBadge(finding)}</Text>
    </>
  );
}

/** A finding with a cell is a button that selects it; a plan-level one is plain text (nothing to select). */
function FindingItem({ finding, onSelect }: { finding: Finding; onSelect(f: Finding): void }): React.JSX.Element {
  if (finding.row === null && finding.cell === null) {
    return (
      <div className="finding finding-static">
        <FindingBody finding={finding} />
      </div>
    );
  }
  return (
    <Button appearance="subtle" className="finding" onClick={() => onSelect(finding)}>
      <FindingBody finding={finding} />
    </Button>
  );
}

/** What each 5W1H/SMART letter of the listed findings means, in words (not in a tooltip). */
function LetterLegend({ findings }: { findings: Finding[] }): React.JSX.Element | null {
  const letters = [...new Set(findings.map((f) => f.letter).filter((l): l is Letter => !!l))];
  if (letters.length === 0) return null;
  return (
    <div className="legend">
      <Text size={200} weight="semibold">
        {S.check.legend}
      </Text>
      <ul>
        {letters.map((letter) => (
          <li key={letter}>
            <Text size={200}>{S.letter[letter]}</Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CheckView({ checked, recheck, commands, marks }: Props): React.JSX.Element {
  const task = useTask();
  // The switch moves at once; what it shows once Excel has answered is where the marks are.
  const [pending, setPending] = React.useState<boolean | null>(null);

  const check = (): Promise<void> =>
    task.run(async () => {
      const result = await recheck();
      const noPlan = noPlanReason(result);
      await marks.afterCheck(result, noPlan === null);
      return noPlan ? { warning: noPlan } : null;
    });

  // One control marks and clears: on adds our marks, off removes exactly them, wherever they are.
  const toggle = (on: boolean): Promise<void> =>
    task.run(async () => {
      if (on && !checked) return null;
      setPending(on);
      try {
        return on && checked ? S.check.marked(await marks.mark(checked)) : S.check.cleared(await marks.clear());
      } finally {
        setPending(null);
      }
    });

  const select = (finding: Finding): Promise<void> =>
    task.run(async () => {
      await commands.selectCell(finding.sheet, finding.cell ?? `A${finding.row}`);
      return null;
    });

  // A sheet with no plan shows its reason, and neither findings nor "no errors": in the status when checked here,
  // else (read from another tab) on its own.
  const noPlan = checked ? noPlanReason(checked) : null;
  const shown = noPlan ? null : checked;
  const findings = shown?.analysis.findings ?? [];
  const counts = countBySeverity(findings);
  const groups = groupFindings(findings, checked?.analysis.plan ?? null);

  return (
    <div className="view">
      <Text>{S.check.intro}</Text>
      <div className="row">
        <Button appearance="primary" onClick={check} disabledFocusable={task.busy}>
          {checked ? S.check.again : S.check.button}
        </Button>
      </div>
      <Switch
        label={S.check.highlight}
        checked={pending ?? marks.marked !== null}
        disabled={!checked && marks.marked === null}
        onChange={(_, d) => {
          if (!task.busy) void toggle(d.checked);
        }}
      />
      {marks.marked && checked && marks.marked.id !== checked.sheetId && <Text size={200}>{S.check.markedElsewhere(marks.marked.name)}</Text>}
      <Status task={task} busyLabel={S.check.busy} />
      {noPlan && !task.busy && !task.notice && !task.error && <Message intent="warning">{noPlan}</Message>}
      {checked && checked.weaker.length > 0 && (
        <Message intent="warning">
          {S.weakerTitle} {checked.weaker.join(" ")}
        </Message>
      )}
      {shown && <Text weight="semibold">{findings.length === 0 ? S.check.none : S.check.summary(counts.error, counts.warning, counts.info)}</Text>}
      {groups.length > 0 && <Text size={200}>{S.check.selectHint}</Text>}
      <LetterLegend findings={findings} />
      {groups.map((group) => (
        <section key={group.key} className="group" aria-label={group.title}>
          <Text weight="semibold">{group.title}</Text>
          {group.findings.map((finding, i) => (
            <FindingItem key={`${finding.rule}-${i}`} finding={finding} onSelect={select} />
          ))}
        </section>
      ))}
    </div>
  );
}
