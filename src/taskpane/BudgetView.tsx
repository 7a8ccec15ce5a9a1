import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { Totals } from "../core/types";
import { runExcel } from "../excel/run";
import { insertSummarySheet } from "../excel/summary";
import type { Checked } from "./plan";
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
}

export function BudgetView({ checked, recheck }: Props): React.JSX.Element {
  const task = useTask();
  const read = (): Promise<void> =>
    task.run(async () => {
      await recheck();
      return null;
    });
  const insert = (): Promise<void> =>
    task.run(async () => {
      const { plan, totals } = (checked ?? (await recheck())).analysis;
      const result = await runExcel((context) => insertSummarySheet(context, plan, totals));
      return S.budget.done(result.sheetName, result.constants);
    });

  if (!checked) {
    return (
      <div className="view">
        <Text>{S.budget.needCheck}</Text>
        <Button appearance="primary" onClick={read} disabled={task.busy}>
          {S.budget.read}
        </Button>
        <Status task={task} busyLabel={S.check.busy} />
      </div>
    );
  }
  const { totals } = checked.analysis;
  const widths = barWidths(totals.byArea);
  return (
    <div className="view">
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
            <div className="bar-track">
              <div className="bar" style={{ width: `${widths[i]}%` }} />
            </div>
            <Text size={200}>{money(area.amount)}</Text>
          </div>
        ))}
      </div>
      {totals.otherCurrencies.length > 0 && (
        <Text size={200}>
          {S.budget.otherCurrencies}: {totals.otherCurrencies.map((o) => `${money(o.amount)} ${o.currency}`).join("; ")}
        </Text>
      )}
      <div className="row">
        <Button appearance="primary" onClick={insert} disabled={task.busy}>
          {S.budget.insert}
        </Button>
        <Button onClick={read} disabled={task.busy}>
          {S.check.again}
        </Button>
      </div>
      <Status task={task} busyLabel={S.budget.busy} />
    </div>
  );
}
