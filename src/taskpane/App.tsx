import * as React from "react";
import { Tab, TabList } from "@fluentui/react-components";
import { BudgetView } from "./BudgetView";
import { CheckView } from "./CheckView";
import { InsertView } from "./InsertView";
import { MergeView } from "./MergeView";
import { ScheduleView } from "./ScheduleView";
import { viewFromHash, type View } from "./navigation";
import { readAndAnalyze, type Checked } from "./plan";
import { S } from "./strings.vi";
import { WordView } from "./WordView";

export function App({ platform }: { platform: string | undefined }): React.JSX.Element {
  const [view, setView] = React.useState<View>(() => viewFromHash(window.location.hash));
  const [checked, setChecked] = React.useState<Checked | null>(null);

  React.useEffect(() => {
    const follow = (): void => setView(viewFromHash(window.location.hash));
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);

  const recheck = React.useCallback(async () => {
    const result = await readAndAnalyze();
    setChecked(result);
    return result;
  }, []);

  return (
    <main className="pane">
      <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} size="small">
        <Tab value="insert">{S.tabs.insert}</Tab>
        <Tab value="check">{S.tabs.check}</Tab>
        <Tab value="budget">{S.tabs.budget}</Tab>
        <Tab value="schedule">{S.tabs.schedule}</Tab>
        <Tab value="merge">{S.tabs.merge}</Tab>
        <Tab value="word">{S.tabs.word}</Tab>
      </TabList>
      {view === "insert" && <InsertView />}
      {view === "check" && <CheckView checked={checked} recheck={recheck} />}
      {view === "budget" && <BudgetView checked={checked} recheck={recheck} />}
      {view === "schedule" && <ScheduleView checked={checked} recheck={recheck} />}
      {view === "merge" && <MergeView />}
      {view === "word" && <WordView recheck={recheck} platform={platform} />}
    </main>
  );
}
