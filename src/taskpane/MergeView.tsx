import * as React from "react";
import { Badge, Button, Dropdown, Field, Option, ProgressBar, Text } from "@fluentui/react-components";
import type { Consolidation, MergeForm } from "../core/merge";
import { money } from "../docx/money";
import type { ExcelCommands } from "./commands";
import { readDrafts, type FileProgress, type FileState } from "./merge";
import { Status } from "./Status";
import { S } from "./strings.vi";
import { useTask } from "./useTask";
import { WORKBOOK_FILES } from "./workbook-files";

const T = S.merge;
const FORMS: MergeForm[] = ["khung-logic", "de-cuong"];
const STATE_COLOR: Record<FileState, "informative" | "brand" | "success" | "warning" | "danger"> = {
  waiting: "informative",
  reading: "brand",
  read: "success",
  duplicate: "warning",
  failed: "danger",
};

function ProgressList({ files }: { files: FileProgress[] }): React.JSX.Element {
  const done = files.filter((f) => f.state !== "waiting" && f.state !== "reading").length;
  return (
    <section className="group" aria-label={T.progressLabel}>
      <ProgressBar value={files.length ? done / files.length : 0} aria-label={T.reading(done, files.length)} />
      <ul className="file-list">
        {files.map((file) => (
          <li key={file.name}>
            <Badge color={STATE_COLOR[file.state]}>{T.state[file.state]}</Badge> <Text>{file.name}</Text>
            {file.detail && (
              <Text size={200} block>
                {file.state === "duplicate" ? T.duplicateOf(file.detail) : file.detail}
              </Text>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Scorecard({ c }: { c: Consolidation }): React.JSX.Element {
  const warnings = c.notes.filter((n) => n.severity === "warning").length;
  return (
    <section className="group" aria-label={T.scorecard}>
      <Text weight="semibold">{T.scorecard}</Text>
      <Text weight="semibold">{T.total(money(c.totals.total), c.totals.totalInWords)}</Text>
      {warnings > 0 && <Text>{T.notes(warnings)}</Text>}
      <ul className="file-list">
        {c.scorecards.map((card) => (
          <li key={card.unit}>
            <Text weight="semibold" block>
              {card.unit}
            </Text>
            <Text size={200} block>
              {T.cardLine(card.rowsRead, card.errors, card.warnings)} · {money(card.total)} đ
            </Text>
            <Text size={200} block>
              {T.cardGaps(card.budgetMissing, card.noLead, card.noPeriod)}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function MergeView({ commands }: { commands: Pick<ExcelCommands, "insertConsolidation"> }): React.JSX.Element {
  const input = React.useRef<HTMLInputElement>(null);
  const [files, setFiles] = React.useState<File[]>([]);
  const [progress, setProgress] = React.useState<FileProgress[]>([]);
  const [form, setForm] = React.useState<MergeForm>("khung-logic");
  const [result, setResult] = React.useState<Consolidation | null>(null);
  const task = useTask();

  const pick = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const chosen = [...(event.target.files ?? [])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    setFiles(chosen);
    setProgress(chosen.map((f) => ({ name: f.name, state: "waiting" })));
    setResult(null);
  };

  const run = (): Promise<void> =>
    task.run(async () => {
      setResult(null);
      const picked = files.map((file) => ({ name: file.name, bytes: async () => new Uint8Array(await file.arrayBuffer()) }));
      const c = await readDrafts(picked, (index, state) => setProgress((list) => list.map((item, i) => (i === index ? state : item))));
      if (!c) return T.nothingRead;
      setResult(c);
      const sheets = await commands.insertConsolidation(c, form);
      return T.done(sheets, c.scorecards.length);
    });

  return (
    <div className="view">
      <Text>{T.intro}</Text>
      <input ref={input} type="file" multiple accept={WORKBOOK_FILES} className="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={pick} />
      <Field label={T.files} hint={T.picked(files.length)}>
        <Button onClick={() => input.current?.click()} disabled={task.busy}>
          {T.pick}
        </Button>
      </Field>
      <Field label={T.form}>
        <Dropdown value={T.forms[form]} selectedOptions={[form]} onOptionSelect={(_, d) => setForm((d.optionValue as MergeForm) ?? "khung-logic")}>
          {FORMS.map((kind) => (
            <Option key={kind} value={kind}>
              {T.forms[kind]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button appearance="primary" onClick={run} disabled={task.busy || files.length === 0}>
        {T.button}
      </Button>
      <Status task={task} busyLabel={T.inserting} />
      {progress.length > 0 && <ProgressList files={progress} />}
      {result && <Scorecard c={result} />}
    </div>
  );
}
