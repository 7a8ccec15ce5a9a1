// An .xlsx package → the engine's grids: relationships from `_rels/.rels` to the workbook, its sheets, shared
// strings, styles and custom XML parts; each part inflated and parsed as a stream, once.
import type { SheetGrid } from "../core/types";
import { sheetGrids } from "./grid";
import { relationshipsOf, type Relationship } from "./opc";
import { SharedStringsParser, StylesParser, WorkbookParser, type SheetState } from "./parts";
import { reason } from "./strings.vi";
import { WorksheetParser, type CellReadContext } from "./worksheet";
import { parseXml, type XmlHandler } from "./xml";
import { ZipArchive } from "./zip";

export interface WorkbookContent {
  /** One grid per worksheet, or several for a sheet whose cells lie in regions far apart (same name). */
  grids: SheetGrid[];
  /** Every worksheet in workbook order, hidden ones included. */
  sheets: { name: string; state: SheetState }[];
  /** The XML text of each custom XML part (`customXml/item*.xml`), well-formed and free of any DTD; others left out. */
  customXmlParts: string[];
  /** When the workbook was last saved (docProps/core.xml's dcterms:modified) as an ISO instant; null where unstated
   *  or unreadable: a merge tells a unit's later draft from its earlier one by it. */
  modified: string | null;
}

/** The package is not a workbook we read; `reason` is the Vietnamese clause. Other failures are ZipError, XmlError, LimitError. */
export class NotWorkbookError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

const MAIN_DOCUMENT = "officeDocument";

export function readPackage(zip: ZipArchive): WorkbookContent {
  rejectOtherPackages(zip);
  const packageRelationships = relationshipsOf(zip, "");
  const workbookName = findWorkbookPart(zip, packageRelationships);
  const workbook = parsePart(zip, workbookName, new WorkbookParser()).part;
  if (!workbook.isWorkbook) throw new NotWorkbookError(reason.notXlsx);
  const relationships = relationshipsOf(zip, workbookName);
  const byId = new Map(relationships.map((rel) => [rel.id, rel]));
  const context: CellReadContext = {
    sharedStrings: readSharedStrings(zip, relationships),
    ...dateStyleLookup(zip, relationships),
    date1904: workbook.date1904,
    text: { total: 0 },
    cells: { total: 0 },
  };
  const grids: SheetGrid[] = [];
  const sheets: WorkbookContent["sheets"] = [];
  for (const sheet of workbook.sheets) {
    const rel = sheet.relationshipId === undefined ? undefined : byId.get(sheet.relationshipId);
    // Chart sheets, dialog and macro sheets hold no cells the engine reads.
    if (!rel || rel.type !== "worksheet" || rel.target === null) continue;
    const cells = parsePart(zip, rel.target, new WorksheetParser(context)).cells;
    sheets.push({ name: sheet.name, state: sheet.state });
    grids.push(...sheetGrids(sheet, cells));
  }
  return { grids, sheets, customXmlParts: customXmlParts(zip, relationships), modified: modifiedDate(zip, packageRelationships) };
}

/** An .ods or .xlsb is a zip too: each gets its own advice instead of "not a workbook". */
function rejectOtherPackages(zip: ZipArchive): void {
  if (zip.has("mimetype") && zip.text("mimetype").trim().startsWith("application/vnd.oasis.opendocument")) {
    throw new NotWorkbookError(zip.text("mimetype").includes("spreadsheet") ? reason.ods : reason.notXlsx);
  }
}

/** The main part the package relationships name (any path); `xl/workbook.xml` only where a package has no `_rels/.rels`. */
function findWorkbookPart(zip: ZipArchive, packageRelationships: Relationship[]): string {
  const main = packageRelationships.find((rel) => rel.type === MAIN_DOCUMENT && rel.target !== null);
  const name = main?.target ?? (zip.has("xl/workbook.xml") ? "xl/workbook.xml" : null);
  if (name === null) throw new NotWorkbookError(zip.has("xl/workbook.bin") ? reason.xlsb : reason.notXlsx);
  if (/\.bin$/i.test(name)) throw new NotWorkbookError(reason.xlsb);
  if (!zip.has(name)) throw new NotWorkbookError(reason.damaged);
  return name;
}

function parsePart<T extends XmlHandler>(zip: ZipArchive, name: string, handler: T): T {
  parseXml(name, (write) => zip.stream(name, write), handler);
  return handler;
}

function related(zip: ZipArchive, relationships: Relationship[], type: string): string | null {
  const rel = relationships.find((r) => r.type === type && r.target !== null && zip.has(r.target));
  return rel?.target ?? null;
}

function readSharedStrings(zip: ZipArchive, relationships: Relationship[]): string[] {
  const name = related(zip, relationships, "sharedStrings");
  return name === null ? [] : parsePart(zip, name, new SharedStringsParser()).strings;
}

function dateStyleLookup(zip: ZipArchive, relationships: Relationship[]): Pick<CellReadContext, "isDateStyle" | "coarseDate"> {
  const name = related(zip, relationships, "styles");
  if (name === null) return { isDateStyle: () => false };
  const styles = parsePart(zip, name, new StylesParser());
  const dates = styles.dateStyles();
  const coarse = styles.coarseDateStyles();
  return { isDateStyle: (style) => dates[style] === true, coarseDate: (style) => coarse[style] ?? null };
}

const NO_HANDLER: XmlHandler = { open() {}, close() {}, text() {} };

const CUSTOM_XML_MAX = 1024 * 1024;

/** The workbook's custom XML parts, related or merely present, each kept only if it parses without a DTD. */
function customXmlParts(zip: ZipArchive, relationships: Relationship[]): string[] {
  const names = new Set(relationships.filter((r) => r.type === "customXml" && r.target !== null).map((r) => r.target as string));
  for (const name of zip.names) if (/^customXml\/item\d*\.xml$/i.test(name)) names.add(name);
  const parts: string[] = [];
  for (const name of [...names].sort()) {
    // Kept whole as text: a part far past any saved reading (a few kilobytes) is someone else's, and left out.
    const size = zip.sizeOf(name);
    if (size === null || size > CUSTOM_XML_MAX) continue;
    try {
      const text = zip.text(name);
      parseXml(name, (write) => write(text), NO_HANDLER);
      parts.push(text);
    } catch {
      // A damaged or DTD-bearing custom part is left out: the plan itself does not depend on it.
    }
  }
  return parts;
}

const DCTERMS = "http://purl.org/dc/terms/";
const DEFAULT_CORE_PART = "docProps/core.xml";

/** dcterms:modified of the core properties part (found through the package relationships), any prefix. The part is
 *  metadata: one that is missing, damaged or undated leaves the date unknown, never the workbook unread. */
function modifiedDate(zip: ZipArchive, packageRelationships: Relationship[]): string | null {
  const core = packageRelationships.find((rel) => rel.type === "core-properties" && rel.target !== null)?.target ?? DEFAULT_CORE_PART;
  if (!zip.has(core)) return null;
  let inModified = false;
  let text = "";
  try {
    parseXml(core, (write) => zip.stream(core, write), {
      open: (element) => void (inModified = element.ns === DCTERMS && element.local === "modified"),
      close: () => void (inModified = false),
      text: (chunk) => void (inModified && (text += chunk)),
    });
  } catch {
    return null;
  }
  const time = Date.parse(text.trim());
  return text.trim() && !Number.isNaN(time) ? new Date(time).toISOString() : null;
}
