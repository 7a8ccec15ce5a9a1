import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { Totals } from "../core/types";
import type { Checked, ExcelCommands } from "./commands";
import { Status } from "./Status";
import { S } from "./strings.vi";
import { useTask } from "./useTask";

const money = (n: number): string => n.toLocaleString("vi-VN");

/** Bar widths in percent of the largest area (CSS bars: no chart library in the first load). */
export function barWidths(byArea: Totals["byArea"]): number[] {
  const max = Math.max(0, ...byArea.map((a) => a.amount));
  return byArea.map((a) => (max > 0 ? Math.round((Math.max(0, a.amount) / max) * 1000) / 10 : 0));
}

interface Props {
  checked: Checked | null;
  recheck(): Promise<Checked>;
  commands: Pick<ExcelCommands, "insertSummary">;
}

function Totals({ totals }: { totals: Totals }): React.JSX.Element {
  const widths = barWidths(totals.byArea);
  return (
    <>
      <Text size={200}>{S.budget.intro}</Text>
      <Text weight="semibold" size={400}>
        {S.budget.total}: {money(totals.total)} đồng
      </Text>
      <Text italic>
        {S.budget.inWords}: {totals.totalInWords}
      </Text>
      <div role="list" aria-label={S.budget.area}>
        {totals.byArea.map((area, i) => (
          <div role="listitem" key={area.area} className="bar-row">
            <Text size={200}>{area.area}</Text>
            <div className="bar-track" aria-hidden="true">
              <div className="bar" style={{ width: `${widths[i]}%` }} />
            </div>
            <Text size={200}>{money(area.amount)}</Text>
          </div>
        ))}
      </div>
      {totals.bySource.length > 0 && (
        <>
          <Text size={200} weight="semibold">
            {S.budget.bySource}
          </Text>
          <div role="list" aria-label={S.budget.bySource}>
            {totals.bySource.map((line) => (
              <div role="listitem" key={line.source ?? ""} className="source-row">
                <Text size={200}>{line.source ?? S.budget.noSource}</Text>
                <Text size={200}>{money(line.amount)}</Text>
              </div>
            ))}
          </div>
        </>
      )}
      {totals.otherCurrencies.length > 0 && (
        <Text size={200}>
          {S.budget.otherCurrencies}: {totals.otherCurrencies.map((o) => `${money(o.amount)} ${o.currency}`).join("; ")}
        </Text>
      )}
    </>
  );
}

export function BudgetView({ checked, recheck, commands }: Props): React.JSX.Element {
  const task = useTask();
  const [busyLabel, setBusyLabel] = React.useState<string>(S.check.busy);
  const read = (): Promise<void> =>
    task.run(async () => {
      setBusyLabel(S.check.busy);
      await recheck();
      return null;
    });
  const insert = (): Promise<void> =>
    task.run(async () => {
      setBusyLabel(S.budget.busy);
      const { plan, totals } = (checked ?? (await recheck())).analysis;
      const result = await commands.insertSummary(plan, totals);
      const done = [S.budget.done(result.sheetName, result.constants), ...result.notes].join(" ");
      return result.notes.length > 0 ? { warning: done } : done;
    });

  // The read button is the same control, with the same name, before and after reading, so focus stays on it.
  return (
    <div className="view">
      {!checked && <Text>{S.budget.needCheck}</Text>}
      <div className="row">
        <Button appearance={checked ? "secondary" : "primary"} onClick={read} disabledFocusable={task.busy}>
          {S.budget.read}
        </Button>
        {checked && (
          <Button appearance="primary" onClick={insert} disabledFocusable={task.busy}>
            {S.budget.insert}
          </Button>
        )}
      </div>
      <Status task={task} busyLabel={busyLabel} />
      {checked && <Totals totals={checked.analysis.totals} />}
    </div>
  );
}
