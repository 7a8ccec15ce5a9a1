// Installs the Excel fake as the page's `Excel` and `Office` globals, so the real task pane runs in a plain browser
// (the Chromium e2e tests) or in jsdom without Office.
//
// Usage (bundle this file into the test page before the pane's script, then):
//   const excel = installExcelStandIn({ sheets: [{ name: "Khung logic", values: [[…], …] }] }, { host: "Excel" });
//   … drive the pane …
//   excel.workbook.sheet("Khung logic").conditionalFormats   // what the pane did, see FakeSheetData
//   excel.syncs()                                            // context.sync() calls since install
// The seed is the same `Seed` the jest tests use (excel-fake.ts); test/fakes/seed.ts turns an engine grid into one.
import { createWorkbook, FakeRequestContext, type FakeWorkbookData, type HostOptions, type Seed } from "./excel-fake";

export interface StandInOptions {
  /** "Excel" (default) or "Word": what Office.onReady reports. */
  host?: "Excel" | "Word";
  /** Office.context.platform: "OfficeOnline" (default), "PC", "Mac", "iOS". */
  platform?: string;
  /** The host's ExcelApi version and custom-functions runtime, as the fake enforces them. */
  excel?: HostOptions;
  /** Milliseconds each context.sync() takes, as a real host's round trip does (0 by default). */
  delayMs?: number;
}

export interface ExcelStandIn {
  workbook: FakeWorkbookData;
  /** Total context.sync() calls across every Excel.run so far. */
  syncs(): number;
  /** How many Excel.run batches the pane started. */
  runs(): number;
}

export function installExcelStandIn(seed: Seed, options: StandInOptions = {}): ExcelStandIn {
  const workbook = createWorkbook(seed);
  const contexts: FakeRequestContext[] = [];
  const host = options.host ?? "Excel";
  const platform = options.platform ?? "OfficeOnline";
  const info = { host, platform };
  const globals = globalThis as unknown as Record<string, unknown>;
  globals.Excel = {
    run: async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
      const context = new FakeRequestContext(workbook, options.excel);
      const delay = options.delayMs ?? 0;
      if (delay > 0) {
        const sync = context.sync.bind(context);
        context.sync = () => new Promise((resolve) => setTimeout(resolve, delay)).then(sync);
      }
      contexts.push(context);
      return batch(context);
    },
  };
  globals.Office = {
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: { host, platform, requirements: { isSetSupported: () => true } },
    HostType: { Excel: "Excel", Word: "Word" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
  };
  return {
    workbook,
    syncs: () => contexts.reduce((n, c) => n + c.syncCount, 0),
    runs: () => contexts.length,
  };
}
