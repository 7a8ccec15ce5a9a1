// Puts the plan document into Word: as a new document (WordApi 1.3) or into the open one (WordApi 1.5 keeps
// headers, page numbers and the landscape appendix; the 1.1 body-only fallback cannot). Each action syncs once.
// A missing requirement set or a refusal by Word comes back as one Vietnamese sentence, never as a throw.
import { WORD_API, type Capabilities } from "../office/capabilities";
import { wordText } from "./strings.vi";

export interface WordOutcome {
  ok: boolean;
  message: string;
  /** Done, with something the user must act on (the body-only insert lost headers and page numbers). */
  warning?: boolean;
}

/** insertFileFromBase64 accepts documents up to 4 MB. */
export const MAX_INSERT_BYTES = 4 * 1024 * 1024;

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
  caps: Capabilities,
): Promise<WordOutcome> {
  if (caps.wordApi < WORD_API.createDocument) return { ok: false, message: wordText.needsCreate };
  context.application.createDocument(base64).open();
  return syncOnce(context, wordText.opened);
}

export async function insertIntoThisDocument(
  context: Word.RequestContext,
  base64: string,
  caps: Capabilities,
): Promise<WordOutcome> {
  const bytes = base64Bytes(base64);
  if (bytes > MAX_INSERT_BYTES) return { ok: false, message: wordText.tooLarge((bytes / 1024 / 1024).toFixed(1)) };
  if (caps.wordApi >= WORD_API.insertDocument) {
    context.document.insertFileFromBase64(base64, "Replace", {
      importTheme: true,
      importStyles: true,
      importParagraphSpacing: true,
      importPageColor: true,
      importDifferentOddEvenPages: true,
    });
    return syncOnce(context, wordText.inserted);
  }
  if (caps.wordApi < WORD_API.insertBody) return { ok: false, message: wordText.needsInsert };
  context.document.body.insertFileFromBase64(base64, "Replace");
  const outcome = await syncOnce(context, wordText.insertedBodyOnly);
  return outcome.ok ? { ...outcome, warning: true } : outcome;
}
