// The Word side of the pane: pick the plan workbook, see what was read (and, on request, every error and warning
// counted), then open the formal plan as a new document or put it into this one. Word is reached only through the
// commands handed in; heavy modules load on first use.
import * as React from "react";
import { Body1, Button, Caption1, Spinner, Switch, Text, useId } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import type { Finding } from "../../core/types";
import { money } from "../../docx/money";
import { planDocumentBase64, readPlanWorkbook, summarise } from "../../word/pane-actions";
import type { WordOutcome } from "../../word/plan-document";
import { panelText as T } from "../../word/strings.vi";
import type { WordCommands } from "../commands";
import { Message } from "../Status";
import { WORKBOOK_FILES } from "../workbook-files";

type Status =
  | { kind: "idle" }
  | { kind: "busy"; label: string }
  | { kind: "error"; message: string }
  | { kind: "warning"; message: string }
  | { kind: "done"; message: string };

const SEVERITY_WORD: Record<string, string> = { error: "Lỗi", warning: "Cảnh báo" };

function FindingsList({ findings }: { findings: Finding[] }): React.JSX.Element | null {
  const [open, setOpen] = React.useState(false);
  const listId = useId("findings");
  const shown = findings.filter((f) => f.severity !== "info");
  if (shown.length === 0) return null;
  return (
    <div className="view">
      <Button appearance="secondary" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {open ? T.hideFindings : T.showFindings(shown.length)}
      </Button>
      {open && (
        <ul id={listId} aria-label={T.findingsList} className="word-findings">
          {shown.map((f, i) => (
            <li key={`${f.rule}-${i}`}>
              <Text weight="semibold">
                {SEVERITY_WORD[f.severity]} · {T.findingRow(f.sheet, f.row)}:
              </Text>{" "}
              <Text>{f.message}</Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Summary({ analysis, headingRef }: { analysis: Analysis; headingRef: React.RefObject<HTMLElement> }): React.JSX.Element {
  const s = summarise(analysis);
  return (
    <section className="group" aria-labelledby="word-summary-title">
      <Text as="h2" id="word-summary-title" weight="semibold" ref={headingRef} tabIndex={-1}>
        {T.summaryTitle}
      </Text>
      <Text>{T.tables(s.tables)}</Text>
      <Text>{T.rows(s.rows)}</Text>
      <Text>{T.findings(s.errors, s.warnings)}</Text>
      <Text weight="semibold">{T.total(money(s.total), s.totalInWords)}</Text>
      <FindingsList findings={analysis.findings} />
    </section>
  );
}

function StatusBar({ status }: { status: Status }): React.JSX.Element | null {
  if (status.kind === "busy") return <Spinner size="small" label={status.label} />;
  if (status.kind === "idle") return null;
  const intent = status.kind === "done" ? "success" : status.kind;
  return <Message intent={intent}>{status.message}</Message>;
}

export function WordPlanPanel({ commands }: { commands: WordCommands }): React.JSX.Element {
  const [analysis, setAnalysis] = React.useState<Analysis | null>(null);
  const [fileName, setFileName] = React.useState<string | null>(null);
  const [status, setStatus] = React.useState<Status>({ kind: "idle" });
  const [live, setLive] = React.useState("");
  const [schedule, setSchedule] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);
  const summaryHeading = React.useRef<HTMLElement>(null);
  const warningId = useId("insert-warning");
  const pickerId = useId("file");

  const show = (next: Status): void => {
    setStatus(next);
    if (next.kind !== "idle" && next.kind !== "busy") setLive(next.message);
  };

  // The summary replaces the file prompt: focus moves to its heading, so it is read and nothing is lost.
  React.useEffect(() => {
    if (analysis) summaryHeading.current?.focus();
  }, [analysis]);

  async function onFile(event: React.ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setAnalysis(null);
    show({ kind: "busy", label: T.reading });
    try {
      const outcome = await readPlanWorkbook(file.name, new Uint8Array(await file.arrayBuffer()));
      if ("error" in outcome) return show({ kind: "error", message: outcome.error });
      setAnalysis(outcome.analysis);
      show({ kind: "idle" });
    } catch {
      show({ kind: "error", message: T.unexpected(file.name) });
    } finally {
      event.target.value = "";
    }
  }

  async function put(action: (base64: string) => Promise<WordOutcome>): Promise<void> {
    if (!analysis) return;
    show({ kind: "busy", label: T.building });
    try {
      const outcome = await action(await planDocumentBase64(analysis, { schedule }));
      show({ kind: !outcome.ok ? "error" : outcome.warning ? "warning" : "done", message: outcome.message });
    } catch (error) {
      show({ kind: "error", message: T.buildFailed(error instanceof Error ? error.message : String(error)) });
    }
  }

  const busy = status.kind === "busy";
  return (
    <main className="pane" aria-labelledby="pane-title">
      <div className="view">
        <Text as="h1" id="pane-title" weight="semibold" size={400} className="pane-title">
          {T.title}
        </Text>
        <Body1>{T.intro}</Body1>
        <div className="field">
          <label htmlFor={pickerId} className="visually-hidden">
            {T.pickFile}
          </label>
          <input
            ref={input}
            id={pickerId}
            type="file"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            accept={WORKBOOK_FILES}
            onChange={(e) => void onFile(e)}
          />
          <Text as="p" weight="semibold" id={`${pickerId}-label`}>
            {T.pickFile}
          </Text>
          <Button appearance={analysis ? "secondary" : "primary"} aria-describedby={`${pickerId}-label ${pickerId}-name`} disabledFocusable={busy} onClick={() => input.current?.click()}>
            {T.chooseFile}
          </Button>
          <Caption1 id={`${pickerId}-name`} className="file-name">
            {fileName ? T.chosen(fileName) : T.noFile}
          </Caption1>
        </div>
        {analysis && <Summary analysis={analysis} headingRef={summaryHeading} />}
        {analysis && <Switch label={T.schedule} checked={schedule} onChange={(_, d) => !busy && setSchedule(d.checked)} />}
        {analysis && (
          <>
            <div className="row">
              <Button appearance="primary" disabledFocusable={busy} onClick={() => void put(commands.openAsNewDocument)}>
                {T.openNew}
              </Button>
              <Button disabledFocusable={busy} aria-describedby={warningId} onClick={() => void put(commands.insertIntoThisDocument)}>
                {T.insertHere}
              </Button>
            </div>
            <Caption1 id={warningId}>{T.insertWarning}</Caption1>
          </>
        )}
        <StatusBar status={status} />
        <div role="status" aria-live="polite" className="visually-hidden">
          {live}
        </div>
      </div>
    </main>
  );
}
