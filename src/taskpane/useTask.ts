// One long operation at a time per view: busy flag for the spinner, a plain message on success or failure, and the
// message announced through the pane's live region.
import { createContext, useCallback, useContext, useState } from "react";
import { messageForError } from "./errors";

export type Announce = (message: string) => void;
/** The pane's live region (App provides it); silent where a view is rendered alone. */
export const AnnounceContext = createContext<Announce>(() => undefined);

export interface TaskState {
  busy: boolean;
  error: string | null;
  notice: string | null;
  /** A notice that is a warning (the task ran, with something the user must know). */
  warning: boolean;
  run(task: () => Promise<string | null | { warning: string }>): Promise<void>;
}

export function useTask(): TaskState {
  const announce = useContext(AnnounceContext);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [warning, setWarning] = useState(false);
  const run = useCallback(
    async (task: () => Promise<string | null | { warning: string }>) => {
      setBusy(true);
      setError(null);
      setNotice(null);
      setWarning(false);
      try {
        const result = await task();
        const text = typeof result === "object" && result !== null ? result.warning : result;
        setWarning(typeof result === "object" && result !== null);
        setNotice(text);
        if (text) announce(text);
      } catch (caught) {
        const message = messageForError(caught);
        setError(message);
        announce(message);
      } finally {
        setBusy(false);
      }
    },
    [announce],
  );
  return { busy, error, notice, warning, run };
}
