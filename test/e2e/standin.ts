// Installs the Office stand-ins in the e2e page before the pane loads: `Office` and `Excel` from
// test/fakes/office-standin.ts (the in-memory Excel fake, strict at the declared ExcelApi version), requirement
// sets as that host really has them, the Office theme, and `Word` from word-standin.ts. The page's query string
// picks the host, as a real Office would.
import type { Seed } from "../fakes/excel-fake";
import { installExcelStandIn, type ExcelStandIn } from "../fakes/office-standin";
import { installWordStandIn, type WordLog } from "./word-standin";

export type Host = "Excel" | "Word";

export interface StandInOptions {
  host: Host;
  /** Office.context.platform: "PC", "Mac", "OfficeOnline". */
  platform: string;
  /** The Excel host's ExcelApi version: "1.8", "1.12", "latest" … */
  excelApi: string;
  /** Whether Excel runs custom functions (CustomFunctionsRuntime 1.1). */
  customFunctions: boolean;
  /** Whether the Word host has WordApi 1.5 (document.insertFileFromBase64). */
  wordApi15: boolean;
  /** Office.context.officeTheme: "dark" (Black), "light" (White), or absent (the browser's colour scheme decides). */
  theme: "dark" | "light" | null;
  /** Milliseconds each host round trip takes. */
  delayMs: number;
}

/** ?host=Word&platform=Mac&wordApi=1.4&excelApi=1.8&customFunctions=0&theme=dark&delay=150; Excel on Windows, latest APIs by default. */
export function optionsFromQuery(search: string): StandInOptions {
  const query = new URLSearchParams(search);
  const theme = query.get("theme");
  return {
    host: query.get("host") === "Word" ? "Word" : "Excel",
    platform: query.get("platform") ?? "PC",
    excelApi: query.get("excelApi") ?? "latest",
    customFunctions: query.get("customFunctions") !== "0",
    wordApi15: query.get("wordApi") !== "1.4",
    theme: theme === "dark" || theme === "light" ? theme : null,
    delayMs: Number(query.get("delay") ?? 0),
  };
}

/** Highest minor version of each requirement set the stand-in host claims. */
function supportedSets(options: StandInOptions): Record<string, number> {
  if (options.host === "Excel") {
    const excel = options.excelApi === "latest" ? 20 : Number(options.excelApi.split(".")[1]);
    return options.customFunctions ? { ExcelApi: excel, CustomFunctionsRuntime: 3 } : { ExcelApi: excel };
  }
  return { WordApi: options.wordApi15 ? 5 : 4 };
}

function installRequirements(options: StandInOptions): void {
  const sets = supportedSets(options);
  Office.context.requirements.isSetSupported = (name: string, version?: string | number): boolean => {
    const highest = sets[name];
    const minor = version === undefined ? 0 : Number(String(version).split(".")[1] ?? 0);
    return highest !== undefined && minor <= highest;
  };
}

const OFFICE_THEMES = {
  dark: { isDarkTheme: true, themeId: 0, bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#474747", controlForegroundColor: "#FFFFFF" },
  light: { isDarkTheme: false, themeId: 3, bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#262626" },
};

export interface StandIns {
  excel: ExcelStandIn;
  word: WordLog;
}

export function installStandIns(options: StandInOptions, seed: Seed): StandIns {
  const excel = installExcelStandIn(seed, {
    host: options.host,
    platform: options.platform,
    excel: { excelApi: options.excelApi, customFunctions: options.customFunctions },
    delayMs: options.delayMs,
  });
  installRequirements(options);
  if (options.theme) (Office.context as unknown as { officeTheme: unknown }).officeTheme = OFFICE_THEMES[options.theme];
  const word = installWordStandIn(options.wordApi15, options.delayMs);
  return { excel, word };
}
