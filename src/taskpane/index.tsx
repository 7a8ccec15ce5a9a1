// The task pane's entry (webpack entry "taskpane"): waits for Office, reads the host's capabilities and theme once,
// then shows the Excel views or, inside Word, the Word plan panel. Heavy modules (ExcelJS, docx, the Word panel) load
// only when used.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner } from "@fluentui/react-components";
import { officeCapabilities, type Capabilities } from "../office/capabilities";
import { App } from "./App";
import { excelCommands, wordCommands } from "./commands";
import { PANE_CSS } from "./styles";
import { S } from "./strings.vi";
import { FLUENT_THEMES, THEME_QUERIES, themeKind, type ThemeKind } from "./theme";

const WordPlanPanel = React.lazy(() => import(/* webpackChunkName: "word" */ "./word/WordPlanPanel").then((m) => ({ default: m.WordPlanPanel })));

const media = { matches: (query: string) => window.matchMedia(query).matches };
const currentTheme = (): ThemeKind => themeKind(Office.context?.officeTheme, media);

/** The theme now, and again whenever the system's colour scheme or contrast setting changes. */
function useThemeKind(): ThemeKind {
  const [kind, setKind] = React.useState(currentTheme);
  React.useEffect(() => {
    const lists = THEME_QUERIES.map((q) => window.matchMedia(q));
    const follow = (): void => setKind(currentTheme());
    lists.forEach((l) => l.addEventListener("change", follow));
    return () => lists.forEach((l) => l.removeEventListener("change", follow));
  }, []);
  return kind;
}

function Root({ host, platform, caps }: { host: Office.HostType | null; platform: string | undefined; caps: Capabilities }): React.JSX.Element {
  const kind = useThemeKind();
  const excel = React.useMemo(() => excelCommands(caps), [caps]);
  const word = React.useMemo(() => wordCommands(caps), [caps]);
  return (
    <FluentProvider theme={FLUENT_THEMES[kind]} data-theme={kind}>
      <style>{PANE_CSS}</style>
      {host === Office.HostType.Word ? (
        <React.Suspense fallback={<Spinner label={S.wordHost} />}>
          <WordPlanPanel commands={word} />
        </React.Suspense>
      ) : (
        <App platform={platform} commands={excel} />
      )}
    </FluentProvider>
  );
}

void Office.onReady().then((info) => {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(<Root host={info.host} platform={String(Office.context?.platform ?? "")} caps={officeCapabilities()} />);
});
