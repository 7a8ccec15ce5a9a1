import * as React from "react";
import { Button, Switch, Text } from "@fluentui/react-components";
import { canDownload } from "./navigation";
import type { Checked } from "./commands";
import { Message, Status } from "./Status";
import { S } from "./strings.vi";
import { useTask } from "./useTask";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Hands the bytes to the browser as a file download; the object URL is released once the click is handled. */
function offerDownload(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

interface Props {
  recheck(): Promise<Checked>;
  platform: string | undefined;
}

export function WordView({ recheck, platform }: Props): React.JSX.Element {
  const task = useTask();
  const [schedule, setSchedule] = React.useState(false);
  if (!canDownload(platform)) {
    return (
      <div className="view">
        <Message intent="info">{S.word.mac}</Message>
      </div>
    );
  }
  const build = (): Promise<void> =>
    task.run(async () => {
      const { analysis } = await recheck();
      const { buildPlanDocx } = await import(/* webpackChunkName: "docx" */ "../docx");
      const fileName = S.word.fileName(analysis.plan.year);
      offerDownload(await buildPlanDocx(analysis, { schedule }), fileName);
      return S.word.done(fileName);
    });
  return (
    <div className="view">
      <Text>{S.word.intro}</Text>
      <Switch label={S.word.schedule} checked={schedule} onChange={(_, d) => !task.busy && setSchedule(d.checked)} />
      <Button appearance="primary" onClick={build} disabledFocusable={task.busy}>
        {S.word.button}
      </Button>
      <Status task={task} busyLabel={S.word.busy} />
    </div>
  );
}
