// Runs the command line in-process with captured output.
import { main } from "../../src/cli/main";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...argv: string[]): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** What every exit-2 line must look like: one line, starts "cchc: ", no stack frame or JS error name. */
export function expectOnePlainLine(stderr: string): void {
  const lines = stderr.split("\n").filter((line) => line.length > 0);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^cchc: /);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+|Error:|TypeError|RangeError|undefined|\[object/);
}
