import * as React from "react";
import { Button, Dropdown, Field, Input, Option, Text } from "@fluentui/react-components";
import { AREA_PRESETS, DEFAULT_PRESET_ID } from "../core/presets";
import { buildForm, FORM_KINDS, FORM_NAMES, type FormLayoutKind } from "../core/forms";
import type { ExcelCommands } from "./commands";
import { Status } from "./Status";
import { S } from "./strings.vi";
import { useTask } from "./useTask";

export function parseYear(text: string): number | null {
  const year = Number(text.trim());
  return /^\d{4}$/.test(text.trim()) && year >= 2000 && year <= 2100 ? year : null;
}

export function InsertView({ commands }: { commands: Pick<ExcelCommands, "insertForm"> }): React.JSX.Element {
  const [kind, setKind] = React.useState<FormLayoutKind>("khung-logic");
  const [presetId, setPresetId] = React.useState<string>(DEFAULT_PRESET_ID);
  const [yearText, setYearText] = React.useState(String(new Date().getFullYear() + 1));
  const task = useTask();
  const year = parseYear(yearText);

  const insert = (): Promise<void> =>
    task.run(async () => {
      if (year === null) return null;
      const layout = buildForm(kind, { year, presetId });
      const { sheet, notes } = await commands.insertForm(layout);
      const done = [S.insert.done(sheet), ...notes].join(" ");
      return notes.length > 0 ? { warning: done } : done;
    });

  return (
    <div className="view">
      <Text>{S.insert.intro}</Text>
      <Field label={S.insert.form}>
        <Dropdown value={FORM_NAMES[kind]} selectedOptions={[kind]} onOptionSelect={(_, d) => setKind(d.optionValue as FormLayoutKind)}>
          {FORM_KINDS.map((k) => (
            <Option key={k} value={k}>
              {FORM_NAMES[k]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={S.insert.preset}>
        <Dropdown
          value={AREA_PRESETS.find((p) => p.id === presetId)?.name ?? ""}
          selectedOptions={[presetId]}
          onOptionSelect={(_, d) => setPresetId(d.optionValue ?? DEFAULT_PRESET_ID)}
          disabled={kind === "thong-tin"}
        >
          {AREA_PRESETS.map((p) => (
            <Option key={p.id} value={p.id}>
              {p.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={S.insert.year} validationMessage={year === null ? S.insert.yearInvalid : undefined}>
        <Input value={yearText} onChange={(_, d) => setYearText(d.value)} inputMode="numeric" />
      </Field>
      <Button appearance="primary" onClick={insert} disabledFocusable={task.busy || year === null}>
        {S.insert.button}
      </Button>
      <Status task={task} busyLabel={S.insert.busy} />
    </div>
  );
}
