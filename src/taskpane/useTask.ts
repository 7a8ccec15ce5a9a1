// One long operation at a time per view: busy flag for the spinner, a plain message on success or failure.
import { useCallback, useState } from "react";
import { messageForError } from "./errors";

export interface TaskState {
  busy: boolean;
  error: string | null;
  notice: string | null;
  run(task: () => Promise<string | null>): Promise<void>;
}

export function useTask(): TaskState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const run = useCallback(async (task: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setNotice(await task());
    } catch (caught) {
      setError(messageForError(caught));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, notice, run };
}
