// Placeholder until this command's owner lands it.
import { msg, PREFIX } from "./messages";

export async function runTemplate(args: string[]): Promise<number> {
  void args;
  process.stderr.write(PREFIX + msg.notInThisVersion + "\n");
  return 2;
}
