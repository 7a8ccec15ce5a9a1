// The Word side of the pane: pick the plan workbook, see what was read, then open the formal plan as a new
// document or put it into this one. Office calls go through src/word; heavy modules load on first use.
import * as React from "react";
import { Body1, Button, Field, MessageBar, MessageBarBody, Spinner, Subtitle1, Switch, Text } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import { money } from "../../docx/money";
import { planDocumentBase64, readPlanWorkbook, summarise } from "../../word/pane-actions";
import { insertIntoThisDocument, openAsNewDocument, type WordOutcome } from "../../word/plan-document";
import { panelText as T } from "../../word/strings.vi";

type Status = { kind: "idle" } | { kind: "busy"; label: string } | { kind: "error"; message: string } | { kind: "done"; message: string };

function Summary({ analysis }: { analysis: Analysis }): React.JSX.Element {
  const s = summarise(analysis);
  return (
    <div className="group">
      <Text>{T.tables(s.tables)}</Text>
      <Text>{T.rows(s.rows)}</Text>
      <Text>{T.findings(s.errors, s.warnings)}</Text>
      <Text weight="semibold">{T.total(money(s.total), s.totalInWords)}</Text>
    </div>
  );
}

function StatusBar({ status }: { status: Status }): React.JSX.Element | null {
  if (status.kind === "busy") return <Spinner size="small" label={status.label} />;
  if (status.kind === "idle") return null;
  return (
    <MessageBar intent={status.kind === "error" ? "error" : "success"}>
      <MessageBarBody>{status.message}</MessageBarBody>
    </MessageBar>
  );
}

export function WordPlanPanel(): React.JSX.Element {
  const [analysis, setAnalysis] = React.useState<Analysis | null>(null);
  const [status, setStatus] = React.useState<Status>({ kind: "idle" });
  const [schedule, setSchedule] = React.useState(false);

  async function onFile(event: React.ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    if (!file) return;
    setAnalysis(null);
    setStatus({ kind: "busy", label: T.reading });
    try {
      const outcome = await readPlanWorkbook(file.name, new Uint8Array(await file.arrayBuffer()));
      if ("error" in outcome) return setStatus({ kind: "error", message: outcome.error });
      setAnalysis(outcome.analysis);
      setStatus({ kind: "idle" });
    } catch {
      setStatus({ kind: "error", message: T.unexpected(file.name) });
    }
  }

  async function put(action: (context: Word.RequestContext, base64: string) => Promise<WordOutcome>): Promise<void> {
    if (!analysis) return;
    setStatus({ kind: "busy", label: T.building });
    try {
      const base64 = await planDocumentBase64(analysis, { schedule });
      const outcome = await Word.run((context) => action(context, base64));
      setStatus(outcome.ok ? { kind: "done", message: outcome.message } : { kind: "error", message: outcome.message });
    } catch (error) {
      setStatus({ kind: "error", message: T.buildFailed(error instanceof Error ? error.message : String(error)) });
    }
  }

  const busy = status.kind === "busy";
  return (
    <div className="pane view">
      <Subtitle1>{T.title}</Subtitle1>
      <Body1>{T.intro}</Body1>
      <Field label={T.pickFile}>
        <input type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" disabled={busy} onChange={(e) => void onFile(e)} />
      </Field>
      {analysis && <Summary analysis={analysis} />}
      {analysis && <Switch label={T.schedule} checked={schedule} disabled={busy} onChange={(_, d) => setSchedule(d.checked)} />}
      {analysis && (
        <div className="row">
          <Button appearance="primary" disabled={busy} onClick={() => void put((c, b) => openAsNewDocument(c, b))}>
            {T.openNew}
          </Button>
          <Button disabled={busy} title={T.insertWarning} onClick={() => void put((c, b) => insertIntoThisDocument(c, b))}>
            {T.insertHere}
          </Button>
        </div>
      )}
      <StatusBar status={status} />
    </div>
  );
}
