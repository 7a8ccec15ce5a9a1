// Puts the plan document into Word: as a new document (WordApi 1.3) or into the open one (WordApi 1.5 keeps
// headers, page numbers and the landscape appendix; the 1.1 body-only fallback cannot). Each action syncs once.
// A missing requirement set or a refusal by Word comes back as one Vietnamese sentence, never as a throw.
import { wordText } from "./strings.vi";

/** Office's requirement check, injectable so tests can play an old Word. */
export type RequirementCheck = (set: string, version: string) => boolean;

export interface WordOutcome {
  ok: boolean;
  message: string;
}

/** insertFileFromBase64 accepts documents up to 4 MB. */
export const MAX_INSERT_BYTES = 4 * 1024 * 1024;

export const officeRequirements: RequirementCheck = (set, version) => Office.context.requirements.isSetSupported(set, version);

/** Decoded size of a base64 string, without decoding it. */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

async function syncOnce(context: Word.RequestContext, success: string): Promise<WordOutcome> {
  try {
    await context.sync();
    return { ok: true, message: success };
  } catch (error) {
    const detail = error instanceof Error && error.message ? error.message : String(error);
    return { ok: false, message: wordText.failed(detail) };
  }
}

export async function openAsNewDocument(
  context: Word.RequestContext,
  base64: string,
  supports: RequirementCheck = officeRequirements,
): Promise<WordOutcome> {
  if (!supports("WordApi", "1.3")) return { ok: false, message: wordText.needsCreate };
  context.application.createDocument(base64).open();
  return syncOnce(context, wordText.opened);
}

export async function insertIntoThisDocument(
  context: Word.RequestContext,
  base64: string,
  supports: RequirementCheck = officeRequirements,
): Promise<WordOutcome> {
  const bytes = base64Bytes(base64);
  if (bytes > MAX_INSERT_BYTES) return { ok: false, message: wordText.tooLarge((bytes / 1024 / 1024).toFixed(1)) };
  if (supports("WordApi", "1.5")) {
    context.document.insertFileFromBase64(base64, "Replace", {
      importTheme: true,
      importStyles: true,
      importParagraphSpacing: true,
      importPageColor: true,
      importDifferentOddEvenPages: true,
    });
    return syncOnce(context, wordText.inserted);
  }
  if (!supports("WordApi", "1.1")) return { ok: false, message: wordText.needsInsert };
  context.document.body.insertFileFromBase64(base64, "Replace");
  return syncOnce(context, wordText.insertedBodyOnly);
}
