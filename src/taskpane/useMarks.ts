// The pane's marks as App holds them: which sheet carries them, and the operations that change that, run one after
// another (a check started before a tab visit and the switch pressed after it never cross: the later sees the
// earlier's outcome). What is remembered changes only once Excel has done it.
import * as React from "react";
import type { Checked, ExcelCommands } from "./commands";
import { marksAfterCheck, sheetOf, type SheetRef } from "./marks";

export interface Marks {
  /** The sheet carrying our marks, or null. */
  marked: SheetRef | null;
  /** After a check in the Check view: the marks move to the sheet checked (none where it has no plan). */
  afterCheck(result: Checked, hasPlan: boolean): Promise<void>;
  /** Marks the checked sheet's finding rows; how many. */
  mark(checked: Checked): Promise<number>;
  /** Removes our marks wherever they are; how many formats went. */
  clear(): Promise<number>;
}

export function useMarks(commands: Pick<ExcelCommands, "highlight" | "clearHighlight">): Marks {
  const [marked, setMarked] = React.useState<SheetRef | null>(null);
  const current = React.useRef<SheetRef | null>(null);
  const queue = React.useRef<Promise<unknown>>(Promise.resolve());

  return React.useMemo(() => {
    const remember = (sheet: SheetRef | null): void => {
      current.current = sheet;
      setMarked(sheet);
    };
    const inTurn = <T>(operation: () => Promise<T>): Promise<T> => {
      const run = queue.current.then(operation, operation);
      queue.current = run.catch(() => undefined);
      return run;
    };
    return {
      marked,
      afterCheck: (result, hasPlan) => inTurn(async () => remember(await marksAfterCheck(commands, current.current, result, hasPlan))),
      mark: (checked) =>
        inTurn(async () => {
          const rows = await commands.highlight(sheetOf(checked), checked.analysis.findings);
          remember(sheetOf(checked));
          return rows;
        }),
      clear: () =>
        inTurn(async () => {
          const sheet = current.current;
          if (sheet === null) return 0;
          const removed = await commands.clearHighlight(sheet);
          remember(null);
          return removed;
        }),
    };
  }, [commands, marked]);
}
