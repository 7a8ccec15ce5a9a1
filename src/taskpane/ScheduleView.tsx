import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import { withUnitHeadings } from "../core/merge/unit-headings";
import { buildSchedule, dueTasks, type DueTask } from "../core/schedule";
import { isScheduleSheetName, scheduleSheetLayout } from "../core/schedule-sheet";
import { UserFacingError } from "../excel/errors";
import type { Checked, ExcelCommands } from "./commands";
import { Status } from "./Status";
import { S } from "./strings.vi";
import { useTask } from "./useTask";

interface Props {
  checked: Checked | null;
  recheck(): Promise<Checked>;
  commands: Pick<ExcelCommands, "showSheet" | "insertScheduleSheet" | "selectCell">;
}

/** "2026-03-31" → "31/03/2026". */
function dayText(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

function dueLabel({ task, end }: DueTask): string {
  const words = task.content.replace(/\s+/g, " ").trim();
  const what = [task.number, words.length > 70 ? `${words.slice(0, 69)}…` : words].filter(Boolean).join(" ");
  return S.schedule.dueItem(what, dayText(end), task.lead, task.unit);
}

function DueList({ checked, onSelect }: { checked: Checked; onSelect(due: DueTask): void }): React.JSX.Element {
  const today = new Date();
  const month = today.getMonth() + 1;
  const due = dueTasks(buildSchedule(checked.analysis.plan), { year: today.getFullYear(), month });
  return (
    <section className="group" aria-label={S.schedule.dueTitle}>
      <Text weight="semibold">{S.schedule.dueTitle}</Text>
      <Text size={200}>{due.length > 0 ? S.schedule.dueMonths(month, (month % 12) + 1) : S.schedule.dueNone}</Text>
      {due.map((item) => (
        <Button key={`${item.task.sheet}-${item.task.row}`} appearance="subtle" className="finding" onClick={() => onSelect(item)}>
          <Text>{dueLabel(item)}</Text>
        </Button>
      ))}
    </section>
  );
}

export function ScheduleView({ checked, recheck, commands }: Props): React.JSX.Element {
  const task = useTask();
  /** The plan read afresh (periods may have been edited): the sheet read before, not the schedule sheet now in front. */
  const readPlan = async (): Promise<Checked> => {
    if (checked && !isScheduleSheetName(checked.sheet)) await commands.showSheet(checked.sheet);
    const result = await recheck();
    if (isScheduleSheetName(result.sheet)) throw new UserFacingError(S.schedule.onScheduleSheet(result.sheet));
    if (result.analysis.plan.tables.length === 0) throw new UserFacingError(S.schedule.noTable(result.sheet));
    return result;
  };
  const read = (): Promise<void> =>
    task.run(async () => {
      await readPlan();
      return null;
    });
  const insert = (): Promise<void> =>
    task.run(async () => {
      // A Tổng hợp's tasks go under their units' headings, as in its Word plan.
      const schedule = buildSchedule(withUnitHeadings((await readPlan()).analysis).plan);
      const layout = scheduleSheetLayout(schedule, { now: new Date(), liveCheck: true });
      const { sheetName } = await commands.insertScheduleSheet(layout);
      const drawn = schedule.groups.reduce((n, g) => n + g.rows.filter((r) => r.period !== null).length, 0);
      return S.schedule.done(sheetName, drawn, schedule.unscheduled.length);
    });
  const select = (due: DueTask): Promise<void> =>
    task.run(async () => {
      await commands.selectCell(due.task.sheet, `${due.task.row}:${due.task.row}`);
      return null;
    });

  return (
    <div className="view">
      <Text>{S.schedule.intro}</Text>
      <div className="row">
        <Button appearance="primary" onClick={insert} disabledFocusable={task.busy}>
          {S.schedule.insert}
        </Button>
        {/* Kept after reading (same name, same place) so the focus on it never falls to the page. */}
        <Button onClick={read} disabledFocusable={task.busy}>
          {S.schedule.read}
        </Button>
      </div>
      <Status task={task} busyLabel={S.schedule.busy} />
      {checked ? <DueList checked={checked} onSelect={select} /> : <Text size={200}>{S.schedule.needCheck}</Text>}
    </div>
  );
}
