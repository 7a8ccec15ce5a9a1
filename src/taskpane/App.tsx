import * as React from "react";
import { Text } from "@fluentui/react-components";
import { excelUsable } from "../office/capabilities";
import { BudgetView } from "./BudgetView";
import { CheckView } from "./CheckView";
import type { Checked, ExcelCommands } from "./commands";
import { InsertView } from "./InsertView";
import { MergeView } from "./MergeView";
import { Navigation } from "./Navigation";
import { NAVIGATION, viewFromHash, type View } from "./navigation";
import { ReadingView } from "./ReadingView";
import { ScheduleView } from "./ScheduleView";
import { Message } from "./Status";
import { S } from "./strings.vi";
import { useMarks } from "./useMarks";
import { AnnounceContext } from "./useTask";
import { WordView } from "./WordView";

/** A polite live region: every notice and error of the pane is read out once, whatever view shows it. */
function useLiveRegion(): [string, (message: string) => void] {
  const [text, setText] = React.useState("");
  // The same sentence twice in a row is still announced: clear, then set on the next frame.
  const announce = React.useCallback((message: string) => {
    setText("");
    requestAnimationFrame(() => setText(message));
  }, []);
  return [text, announce];
}

export function App({ platform, commands }: { platform: string | undefined; commands: ExcelCommands }): React.JSX.Element {
  const [view, setView] = React.useState<View>(() => viewFromHash(window.location.hash));
  const [checked, setChecked] = React.useState<Checked | null>(null);
  const marks = useMarks(commands);
  const [live, announce] = useLiveRegion();

  React.useEffect(() => {
    const follow = (): void => setView(viewFromHash(window.location.hash));
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);

  const recheck = React.useCallback(async () => {
    const result = await commands.readAndAnalyze();
    setChecked(result);
    return result;
  }, [commands]);

  const renderView = (current: View): React.JSX.Element => {
    switch (current) {
      case "insert":
        return <InsertView commands={commands} />;
      case "check":
        return <CheckView checked={checked} recheck={recheck} commands={commands} marks={marks} />;
      case "budget":
        return <BudgetView checked={checked} recheck={recheck} commands={commands} />;
      case "schedule":
        return <ScheduleView checked={checked} recheck={recheck} commands={commands} />;
      case "merge":
        return <MergeView commands={commands} />;
      case "reading":
        return <ReadingView checked={checked} recheck={recheck} commands={commands} />;
      case "word":
        return <WordView recheck={recheck} platform={platform} />;
    }
  };

  return (
    <AnnounceContext.Provider value={announce}>
      <main className="pane" aria-labelledby="pane-title">
        <Text as="h1" id="pane-title" weight="semibold" size={400} className="pane-title">
          {S.appTitle}
        </Text>
        {excelUsable(commands.capabilities) ? (
          <>
            <Navigation entries={NAVIGATION} selected={view} onSelect={setView} />
            {renderView(view)}
          </>
        ) : (
          <Message intent="error">{S.floor(commands.capabilities.excelApi)}</Message>
        )}
        <div role="status" aria-live="polite" className="visually-hidden">
          {live}
        </div>
      </main>
    </AnnounceContext.Provider>
  );
}
