// A tiny typed stand-in for the part of the Word JavaScript API the Word pane uses: Word.run, createDocument(base64)
// .open(), document.insertFileFromBase64 (WordApi 1.5) and body.insertFileFromBase64 (the 1.1 fallback). It records
// every call so the e2e scenarios can check what the pane asked Word to do.

export interface WordCall {
  kind: "createDocument" | "open" | "document.insertFileFromBase64" | "body.insertFileFromBase64";
  /** Length of the base64 text handed over, and its first bytes decoded (a .docx starts "PK"). */
  base64Length?: number;
  magic?: string;
  location?: string;
}

export interface WordLog {
  calls: WordCall[];
}

function magicOf(base64: string): string {
  return atob(base64.slice(0, 4)).slice(0, 2);
}

function fileCall(kind: WordCall["kind"], base64: string, location?: string): WordCall {
  return { kind, base64Length: base64.length, magic: magicOf(base64), location };
}

/** Office refuses an API the host does not have; the stand-in throws the same kind of error. */
function apiNotFound(name: string): Error {
  const error = new Error(`${name} is not supported on this host (WordApi 1.5 missing).`);
  error.name = "RichApi.Error";
  (error as Error & { code: string }).code = "ApiNotFound";
  return error;
}

class FakeWordContext {
  readonly application: { createDocument(base64: string): { open(): void } };
  readonly document: {
    body: { insertFileFromBase64(base64: string, location: string): void };
    insertFileFromBase64(base64: string, location: string): void;
  };

  constructor(
    log: WordLog,
    wordApi15: boolean,
    private readonly delayMs: number,
  ) {
    this.application = {
      createDocument: (base64: string) => {
        log.calls.push(fileCall("createDocument", base64));
        return { open: () => void log.calls.push({ kind: "open" }) };
      },
    };
    this.document = {
      body: {
        insertFileFromBase64: (base64: string, location: string) => void log.calls.push(fileCall("body.insertFileFromBase64", base64, location)),
      },
      insertFileFromBase64: (base64: string, location: string) => {
        if (!wordApi15) throw apiNotFound("document.insertFileFromBase64");
        log.calls.push(fileCall("document.insertFileFromBase64", base64, location));
      },
    };
  }

  async sync(): Promise<void> {
    // Every call above takes effect at once; only the round trip's time is played.
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
  }
}

/** Installs globalThis.Word; returns the log the scenarios read. */
export function installWordStandIn(wordApi15: boolean, delayMs = 0): WordLog {
  const log: WordLog = { calls: [] };
  const word = {
    run: <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> =>
      batch(new FakeWordContext(log, wordApi15, delayMs) as unknown as Word.RequestContext),
    InsertLocation: { replace: "Replace", start: "Start", end: "End", before: "Before", after: "After" },
  };
  (globalThis as unknown as { Word: unknown }).Word = word;
  return log;
}
