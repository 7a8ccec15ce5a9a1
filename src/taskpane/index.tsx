// The task pane's entry (webpack entry "taskpane"): waits for Office, then shows the Excel views or, inside Word,
// the Word plan panel. Heavy modules (ExcelJS, docx, the Word panel) load only when used.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { PANE_CSS } from "./styles";
import { S } from "./strings.vi";

const WordPlanPanel = React.lazy(() => import(/* webpackChunkName: "word" */ "./word/WordPlanPanel").then((m) => ({ default: m.WordPlanPanel })));

function Root({ host, platform }: { host: Office.HostType | null; platform: string | undefined }): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme}>
      <style>{PANE_CSS}</style>
      {host === Office.HostType.Word ? (
        <React.Suspense fallback={<Spinner label={S.wordHost} />}>
          <WordPlanPanel />
        </React.Suspense>
      ) : (
        <App platform={platform} />
      )}
    </FluentProvider>
  );
}

void Office.onReady().then((info) => {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(<Root host={info.host} platform={String(Office.context?.platform ?? "")} />);
});
