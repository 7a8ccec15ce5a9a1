// Installs the Office stand-ins in the e2e page before the pane loads: `Office` and `Excel` from
// test/fakes/office-standin.ts (the in-memory Excel fake), requirement sets as the chosen host really has them,
// and `Word` from word-standin.ts. The page's query string picks the host, as a real Office would.
import type { Seed } from "../fakes/excel-fake";
import { installExcelStandIn, type ExcelStandIn } from "../fakes/office-standin";
import { installWordStandIn, type WordLog } from "./word-standin";

export type Host = "Excel" | "Word";

export interface StandInOptions {
  host: Host;
  /** Office.context.platform: "PC", "Mac", "OfficeOnline". */
  platform: string;
  /** Whether the Word host has WordApi 1.5 (document.insertFileFromBase64). */
  wordApi15: boolean;
}

/** ?host=Word&platform=Mac&wordApi=1.4; Excel on Windows with every API by default. */
export function optionsFromQuery(search: string): StandInOptions {
  const query = new URLSearchParams(search);
  return {
    host: query.get("host") === "Word" ? "Word" : "Excel",
    platform: query.get("platform") ?? "PC",
    wordApi15: query.get("wordApi") !== "1.4",
  };
}

/** Highest version of each requirement set the stand-in host claims. */
function supportedSets(options: StandInOptions): Record<string, number> {
  if (options.host === "Excel") return { ExcelApi: 1.12 };
  return { WordApi: options.wordApi15 ? 1.5 : 1.4 };
}

function installRequirements(options: StandInOptions): void {
  const sets = supportedSets(options);
  Office.context.requirements.isSetSupported = (name: string, version?: string | number): boolean => {
    const highest = sets[name];
    return highest !== undefined && (version === undefined || Number(version) <= highest);
  };
}

export interface StandIns {
  excel: ExcelStandIn;
  word: WordLog;
}

export function installStandIns(options: StandInOptions, seed: Seed): StandIns {
  const excel = installExcelStandIn(seed, { host: options.host, platform: options.platform });
  installRequirements(options);
  const word = installWordStandIn(options.wordApi15);
  return { excel, word };
}
