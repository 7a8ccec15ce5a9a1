// Where the Check view's marks are. They belong to one sheet, the one last checked with the switch on, and the pane
// remembers it (App holds it, so a visit to another tab does not forget marks that are still on the sheet).
import type { Checked, ExcelCommands } from "./commands";

type MarkCommands = Pick<ExcelCommands, "highlight" | "clearHighlight">;

/**
 * After a check with marks on `marked`: the marks follow the sheet just checked, and leave the sheet they were on
 * (its marks would no longer match anything the pane shows); a sheet with no plan gets none. The sheet now marked.
 */
export async function marksAfterCheck(commands: MarkCommands, marked: string | null, result: Checked, hasPlan: boolean): Promise<string | null> {
  if (marked === null) return null;
  if (marked !== result.sheet || !hasPlan) await commands.clearHighlight(marked);
  if (!hasPlan) return null;
  await commands.highlight(result.sheet, result.analysis.findings);
  return result.sheet;
}
