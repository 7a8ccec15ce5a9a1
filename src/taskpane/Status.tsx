import * as React from "react";
import { MessageBar, MessageBarBody, Spinner, useId } from "@fluentui/react-components";
import type { TaskState } from "./useTask";

type Intent = "error" | "warning" | "success" | "info";

/** A message bar labelled by its own text (Fluent's default label points at a title these bars do not have). */
export function Message({ intent, children }: { intent: Intent; children: React.ReactNode }): React.JSX.Element {
  const bodyId = useId("message");
  return (
    <MessageBar intent={intent} aria-labelledby={bodyId} data-intent={intent}>
      <MessageBarBody id={bodyId}>{children}</MessageBarBody>
    </MessageBar>
  );
}

/** The spinner while a task runs, then its error or notice as a message bar (announced by the task, not here). */
export function Status({ task, busyLabel }: { task: TaskState; busyLabel: string }): React.JSX.Element | null {
  if (task.busy) return <Spinner size="small" label={busyLabel} />;
  if (task.error) return <Message intent="error">{task.error}</Message>;
  if (task.notice) return <Message intent={task.warning ? "warning" : "success"}>{task.notice}</Message>;
  return null;
}
