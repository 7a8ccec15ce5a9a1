import * as React from "react";
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { TaskState } from "./useTask";

/** The spinner while a task runs, then its error or notice as a MessageBar. */
export function Status({ task, busyLabel }: { task: TaskState; busyLabel: string }): React.JSX.Element | null {
  if (task.busy) return <Spinner size="small" label={busyLabel} />;
  if (task.error) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{task.error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (task.notice) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{task.notice}</MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
