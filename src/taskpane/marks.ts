// Where the Check view's marks are. They belong to one sheet, the one last checked with the switch on, known by its
// worksheet id (a rename keeps it) and the name it was read under. The pane remembers it (useMarks, held by App) so
// a visit to another tab does not forget marks still on the sheet.
import type { SheetRef } from "../excel/highlight";
import type { Checked, ExcelCommands } from "./commands";

export type { SheetRef };

type MarkCommands = Pick<ExcelCommands, "highlight" | "clearHighlight">;

/** The sheet a check read, as the marks know it. */
export function sheetOf(checked: Pick<Checked, "sheet" | "sheetId">): SheetRef {
  return { id: checked.sheetId, name: checked.sheet };
}

/**
 * After a check with marks on `marked`: the marks follow the sheet just checked, and leave the sheet they were on
 * (its marks would no longer match anything the pane shows); a sheet with no plan gets none. The sheet now marked.
 */
export async function marksAfterCheck(commands: MarkCommands, marked: SheetRef | null, result: Checked, hasPlan: boolean): Promise<SheetRef | null> {
  if (marked === null) return null;
  if (marked.id !== result.sheetId || !hasPlan) await commands.clearHighlight(marked);
  if (!hasPlan) return null;
  await commands.highlight(sheetOf(result), result.analysis.findings);
  return sheetOf(result);
}
