// The command line as users run it: the compiled build/ (`npm run bench` compiles it first), whose worker threads load
// compiled JavaScript; the TypeScript sources only where there is no build, whose threads compile them through tsx
// at every start (the figures then say so: `*.built_cli` 0).
import { existsSync } from "fs";
import { join } from "path";

export type Main = (argv: string[], io: { stdout: (text: string) => void; stderr: (text: string) => void }) => Promise<number>;

export async function loadMain(): Promise<{ main: Main; built: boolean }> {
  const built = join(__dirname, "..", "build", "src", "cli", "main.js");
  if (existsSync(built)) return { main: ((await import(built)) as { main: Main }).main, built: true };
  return { main: (await import("../src/cli/main")).main, built: false };
}
