// What this Office host can do, read once from Office.context.requirements and handed to every adapter, so no
// adapter asks isSetSupported itself and a test can play any host by passing a different value.
// Versions are the minor numbers of the 1.N requirement sets (ExcelApi 1.13 → 13); 0 means "not this host".

export interface Capabilities {
  /** Highest ExcelApi 1.N supported; 0 outside Excel. */
  excelApi: number;
  /** Highest WordApi 1.N supported; 0 outside Word. */
  wordApi: number;
  /** Excel runs custom functions (CustomFunctionsRuntime 1.1), so =CCHC.BANGCHU can be written. */
  customFunctions: boolean;
}

export interface RequirementSets {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** Newest minor versions probed; a host claiming more is treated as this (nothing here needs newer). */
const NEWEST = { ExcelApi: 25, WordApi: 15 };

/** The ExcelApi sets the Excel commands need. */
export const EXCEL_API = {
  /** getRangeByIndexes, freezePanes (1.7), getUsedRangeOrNullObject (1.4), conditional formats (1.6): Office 2019. */
  floor: 7,
  /** getRanges, getSpecialCells, RangeAreas, pageLayout. */
  rangeAreas: 9,
  /** getMergedAreasOrNullObject. */
  mergedAreas: 13,
} as const;

/** WordApi sets the Word pane needs. */
export const WORD_API = {
  /** body.insertFileFromBase64. */
  insertBody: 1,
  /** application.createDocument(base64).open(). */
  createDocument: 3,
  /** document.insertFileFromBase64 with headers, footers and sections. */
  insertDocument: 5,
} as const;

/** Every capability: what tests and the command line assume unless they say otherwise. */
export const ALL_CAPABILITIES: Capabilities = { excelApi: NEWEST.ExcelApi, wordApi: NEWEST.WordApi, customFunctions: true };

function highest(requirements: RequirementSets, set: "ExcelApi" | "WordApi"): number {
  for (let minor = NEWEST[set]; minor >= 1; minor -= 1) if (requirements.isSetSupported(set, `1.${minor}`)) return minor;
  return 0;
}

export function detectCapabilities(requirements: RequirementSets): Capabilities {
  return {
    excelApi: highest(requirements, "ExcelApi"),
    wordApi: highest(requirements, "WordApi"),
    customFunctions: requirements.isSetSupported("CustomFunctionsRuntime", "1.1"),
  };
}

/** The host's capabilities, or every capability where Office.js is absent (never in the add-in). */
export function officeCapabilities(): Capabilities {
  const office = (globalThis as { Office?: { context?: { requirements?: RequirementSets } } }).Office;
  const requirements = office?.context?.requirements;
  return requirements ? detectCapabilities(requirements) : ALL_CAPABILITIES;
}

/** Whether the Excel commands can run at all on this host. */
export function excelUsable(caps: Capabilities): boolean {
  return caps.excelApi >= EXCEL_API.floor;
}
