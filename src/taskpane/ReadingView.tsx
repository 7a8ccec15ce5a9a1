import * as React from "react";
import { Button, Field, Select, Text } from "@fluentui/react-components";
import type { TableInfo } from "../core/types";
import type { Checked, ExcelCommands } from "./commands";
import { CHOICES, correctionsToSave, currentChoice, kindCounts, type Choice } from "./reading";
import { Status } from "./Status";
import { S } from "./strings.vi";
import { useTask } from "./useTask";

interface Props {
  checked: Checked | null;
  recheck(): Promise<Checked>;
  commands: Pick<ExcelCommands, "saveReading">;
}

function TableReading({ table, index, checked, recheck, commands }: { table: TableInfo; index: number } & Props & { checked: Checked }): React.JSX.Element {
  const task = useTask();
  const [choices, setChoices] = React.useState<Record<string, Choice>>({});
  const headingId = `reading-table-${index}`;

  const save = (): Promise<void> =>
    task.run(async () => {
      await commands.saveReading(correctionsToSave(checked.corrections, table, choices));
      await recheck();
      setChoices({});
      return S.reading.saved;
    });

  return (
    <section className="group" aria-labelledby={headingId}>
      <Text as="h2" id={headingId} weight="semibold">
        {S.reading.table(table.sheet, table.headerRows)}
      </Text>
      {(table.reading ?? []).map((column) => (
        <Field key={column.letter} label={S.reading.column(column.letter, column.header, column.source === "correction")}>
          <Select
            value={choices[column.letter] ?? currentChoice(column.field, column.duplicate)}
            onChange={(_, data) => setChoices((now) => ({ ...now, [column.letter]: data.value as Choice }))}
          >
            {CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {S.reading.fields[choice]}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <Text size={200}>{S.reading.rows(kindCounts(table).map(({ kind, count }) => S.reading.kindCount(kind, count)))}</Text>
      <Text size={200}>{S.reading.skipped((table.skipped ?? []).map((s) => S.reading.skippedRow(s.row, s.kind)))}</Text>
      <div className="row">
        <Button appearance="primary" onClick={save} disabledFocusable={task.busy}>
          {S.reading.save}
        </Button>
      </div>
      <Status task={task} busyLabel={S.reading.saving} />
    </section>
  );
}

/** How each table was read: every column with a field drop-down, its rows by kind; "Lưu cách đọc" saves a correction. */
export function ReadingView({ checked, recheck, commands }: Props): React.JSX.Element {
  const task = useTask();
  const read = (): Promise<void> =>
    task.run(async () => {
      await recheck();
      return null;
    });
  return (
    <div className="view">
      <Text>{S.reading.intro}</Text>
      <div className="row">
        <Button appearance={checked ? "secondary" : "primary"} onClick={read} disabledFocusable={task.busy}>
          {checked ? S.reading.again : S.reading.read}
        </Button>
      </div>
      <Status task={task} busyLabel={S.reading.busy} />
      {checked &&
        checked.analysis.plan.tables.map((table, index) => (
          <TableReading key={`${table.sheet}-${table.headerRows[0]}`} table={table} index={index} checked={checked} recheck={recheck} commands={commands} />
        ))}
    </div>
  );
}
