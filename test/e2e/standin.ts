// Installs typed stand-ins for Office.js in the e2e page, before the pane loads: `Office` (onReady, host, platform,
// requirement sets), `Excel.run` over the in-memory fake of test/fakes/excel-fake.ts, and `Word.run` from
// word-standin.ts. The page's query string picks the host and what it supports, as a real Office would.
import { createWorkbook, fakeContext, OfficeError, type FakeWorkbookData, type Seed } from "../fakes/excel-fake";
import { installWordStandIn, type WordLog } from "./word-standin";

export type Host = "Excel" | "Word";
export type Platform = "PC" | "Mac" | "OfficeOnline";

export interface StandInOptions {
  host: Host;
  platform: Platform;
  /** Whether the Word host has WordApi 1.5 (document.insertFileFromBase64). */
  wordApi15: boolean;
}

/** ?host=Word&platform=Mac&wordApi=1.4; Excel on Windows with every API by default. */
export function optionsFromQuery(search: string): StandInOptions {
  const query = new URLSearchParams(search);
  const host: Host = query.get("host") === "Word" ? "Word" : "Excel";
  const platform = (["PC", "Mac", "OfficeOnline"] as const).find((p) => p === query.get("platform")) ?? "PC";
  return { host, platform, wordApi15: query.get("wordApi") !== "1.4" };
}

/** Highest minor version of each requirement set the stand-in host claims. */
function supportedSets(options: StandInOptions): Record<string, number> {
  if (options.host === "Excel") return { ExcelApi: 1.12 };
  return { WordApi: options.wordApi15 ? 1.5 : 1.4 };
}

function isSetSupported(sets: Record<string, number>, name: string, version?: string): boolean {
  const highest = sets[name];
  if (highest === undefined) return false;
  return version === undefined || Number(version) <= highest + 1e-9;
}

function installOffice(options: StandInOptions): void {
  const sets = supportedSets(options);
  const info = { host: options.host, platform: options.platform };
  const office = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline", iOS: "iOS", Android: "Android", Universal: "Universal" },
    context: {
      host: options.host,
      platform: options.platform,
      displayLanguage: "vi-VN",
      contentLanguage: "vi-VN",
      requirements: { isSetSupported: (name: string, version?: string) => isSetSupported(sets, name, version) },
    },
    onReady: (callback?: (value: typeof info) => void): Promise<typeof info> => {
      callback?.(info);
      return Promise.resolve(info);
    },
  };
  const scope = globalThis as unknown as Record<string, unknown>;
  scope.Office = office;
  scope.OfficeExtension = { Error: OfficeError };
}

function installExcel(book: FakeWorkbookData): void {
  const excel = {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(fakeContext(book).context),
  };
  (globalThis as unknown as { Excel: unknown }).Excel = excel;
}

export interface StandIns {
  options: StandInOptions;
  book: FakeWorkbookData;
  word: WordLog;
}

export function installStandIns(options: StandInOptions, seed: Seed): StandIns {
  installOffice(options);
  const book = createWorkbook(seed);
  installExcel(book);
  const word = installWordStandIn(options.wordApi15);
  return { options, book, word };
}
