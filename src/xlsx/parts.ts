// The workbook-level parts: the workbook itself (sheet names, states, the 1904 date system), the styles (which
// cell styles are dates) and the shared-string table (rich-text runs joined, phonetic runs left out).
import { builtInDateShows, dateCodes, dateShows, type DateShows } from "./number-format";
import { escapeRegex } from "../core/text";
import { LIMITS, LimitError, limitDetail } from "./limits";
import { relationshipId, unescapeXstring, type XmlElement, type XmlHandler } from "./xml";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  state: SheetState;
  relationshipId: string | undefined;
}

export interface WorkbookPart {
  isWorkbook: boolean;
  date1904: boolean;
  sheets: SheetEntry[];
}

/** Starts as a handler, ends holding what it read. */
abstract class Collector implements XmlHandler {
  protected depth = 0;
  protected skipUntil = -1;
  open(element: XmlElement): void {
    this.depth++;
    if (this.skipUntil < 0) this.onOpen(element);
  }
  close(): void {
    if (this.depth === this.skipUntil) this.skipUntil = -1;
    else if (this.skipUntil < 0) this.onClose();
    this.depth--;
  }
  text(text: string): void {
    if (this.skipUntil < 0) this.onText(text);
  }
  protected skip(): void {
    this.skipUntil = this.depth;
  }
  protected abstract onOpen(element: XmlElement): void;
  protected onClose(): void {}
  protected onText(text: string): void {
    void text;
  }
}

export class WorkbookParser extends Collector {
  readonly part: WorkbookPart = { isWorkbook: false, date1904: false, sheets: [] };

  protected onOpen(element: XmlElement): void {
    if (!element.main) return this.skip();
    if (this.depth === 1) {
      this.part.isWorkbook = element.local === "workbook";
      return;
    }
    if (element.local === "workbookPr") {
      const value = element.attrs.get("date1904");
      this.part.date1904 = value === "1" || value === "true";
    } else if (element.local === "sheet") {
      if (this.part.sheets.length >= LIMITS.sheets) throw new LimitError(limitDetail.sheets());
      const state = element.attrs.get("state");
      this.part.sheets.push({
        name: element.attrs.get("name") ?? `Sheet${this.part.sheets.length + 1}`,
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
        relationshipId: relationshipId(element),
      });
    }
  }
}

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30, with the East Asian ones). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * A custom format shows a date or time where, outside quoted text, escapes and [colour]/[condition] brackets,
 * it has a day, month, year, hour or second code. Case-insensitive, as Excel reads them ("DD/MM/YYYY").
 */
export function isDateFormat(code: string): boolean {
  return /[dmyhsb]/i.test(dateCodes(code));
}

export class StylesParser extends Collector {
  private readonly formats = new Map<number, string>();
  private readonly xfFormats: number[] = [];
  private inCellXfs = false;

  protected onOpen(element: XmlElement): void {
    if (!element.main) return this.skip();
    const { local, attrs } = element;
    if (local === "numFmt") this.formats.set(parseInt(attrs.get("numFmtId") ?? "", 10), attrs.get("formatCode") ?? "");
    else if (local === "cellXfs") this.inCellXfs = true;
    else if (local === "cellStyleXfs" || local === "dxfs" || local === "fonts" || local === "fills" || local === "borders") this.skip();
    else if (local === "xf" && this.inCellXfs) this.xfFormats.push(parseInt(attrs.get("numFmtId") ?? "0", 10) || 0);
  }

  protected onClose(): void {
    // cellXfs closes at depth 2 (styleSheet > cellXfs); its xf children close deeper.
    if (this.depth === 2) this.inCellXfs = false;
  }

  /** Whether each cell style (index into cellXfs) shows a date. */
  dateStyles(): boolean[] {
    return this.xfFormats.map((id) => {
      const code = this.formats.get(id);
      return code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id);
    });
  }

  /** Each cell style that shows less of a date than its day and year ("mm/yyyy", "mmm-yy", "yyyy", "dd/mm"), else null. */
  coarseDateStyles(): (Exclude<DateShows, "day"> | null)[] {
    return this.xfFormats.map((id) => {
      const code = this.formats.get(id);
      const shows = code !== undefined ? (isDateFormat(code) ? dateShows(code) : null) : builtInDateShows(id);
      return shows === "day" ? null : shows;
    });
  }
}

export class SharedStringsParser extends Collector {
  readonly strings: string[] = [];
  private current: string | null = null;
  private inText = false;
  private total = 0;

  protected onOpen(element: XmlElement): void {
    if (!element.main) return this.skip();
    const local = element.local;
    if (this.depth === 1) this.itemTags(`${element.name.slice(0, element.name.length - local.length)}si`);
    if (local === "si") {
      if (this.strings.length >= LIMITS.sharedStrings) throw new LimitError(limitDetail.sharedStrings());
      this.current = "";
    } else if (local === "rPh") this.skip();
    else if (local === "t" && this.current !== null) this.inText = true;
  }

  protected onClose(): void {
    if (this.inText) {
      this.inText = false;
      return;
    }
    if (this.current !== null && this.depth === 2) {
      this.strings.push(unescapeXstring(this.current));
      this.current = null;
    }
  }

  protected onText(text: string): void {
    if (!this.inText || this.current === null) return;
    this.total += text.length;
    if (this.total > LIMITS.sharedText) throw new LimitError(limitDetail.sharedText());
    this.current += text;
  }

  /** The fast path for most items: `<si><t>…</t></si>` (the t may keep its spaces) with nothing between the tags and
   *  no entity or carriage return in the text, read in one step; rich text and the rest go the long way. */
  leaf(element: XmlElement, name: string, source: string, contentStart: number): number {
    if (this.skipUntil >= 0 || this.depth !== 1 || !element.main || element.local !== "si") return -1;
    this.itemTags(name);
    return this.item(source, contentStart);
  }

  /**
   * The fast path over the table (XmlHandler.bulk): the items of `leaf`'s shape, `<si><t>…</t></si>` one after
   * another with nothing between them, each matched by one regular expression (machine code at once, where the same
   * scan in JavaScript runs interpreted through the first thousands of items); it stops before any other item, any
   * text, and the table's end.
   */
  bulk(source: string, from: number, depth: number): number {
    if (depth !== 1 || this.depth !== 1 || this.skipUntil >= 0) return from;
    const item = this.itemPattern;
    let at = from;
    for (;;) {
      item.lastIndex = at;
      const match = item.exec(source);
      if (match === null) return at;
      this.add(match[1]);
      at = item.lastIndex;
    }
  }

  /** One item from just after `<si>`, as `bulk` reads it: where it ends, or -1 where it is left to the long way. */
  private item(source: string, contentStart: number): number {
    const tags = this.tags;
    const open = source.startsWith(tags.textOpen, contentStart) ? tags.textOpen : source.startsWith(tags.textOpenKept, contentStart) ? tags.textOpenKept : null;
    if (open === null) return -1;
    const textStart = contentStart + open.length;
    const textEnd = source.indexOf("<", textStart);
    if (textEnd < 0 || !source.startsWith(tags.textClose, textEnd)) return -1;
    const itemClose = textEnd + tags.textClose.length;
    if (!source.startsWith(tags.itemClose, itemClose)) return -1;
    const text = source.slice(textStart, textEnd);
    if (text.indexOf("&") >= 0 || text.indexOf("\r") >= 0) return -1;
    this.add(text);
    return itemClose + tags.itemClose.length;
  }

  private add(text: string): void {
    if (this.strings.length >= LIMITS.sharedStrings) throw new LimitError(limitDetail.sharedStrings());
    this.total += text.length;
    if (this.total > LIMITS.sharedText) throw new LimitError(limitDetail.sharedText());
    this.strings.push(unescapeXstring(text));
  }

  private itemPattern = plainItem("si");

  private tags = { item: "", textOpen: "", textOpenKept: "", textClose: "", itemClose: "" };

  /** `<t>`, `</t>`, `</si>` with the item's own prefix (`x:si` → `<x:t>`). */
  private itemTags(name: string): void {
    if (this.tags.item !== name) {
      const prefix = name.slice(0, name.length - 2);
      this.itemPattern = plainItem(name);
      this.tags = {
        item: name,
        textOpen: `<${prefix}t>`,
        textOpenKept: `<${prefix}t xml:space="preserve">`,
        textClose: `</${prefix}t>`,
        itemClose: `</${name}>`,
      };
    }
  }
}

/** An item of one plain text run, `<si><t>…</t></si>` or with `xml:space="preserve"`, with the table's prefix; the text
 *  (possibly empty) holds no entity or carriage return. */
function plainItem(item: string): RegExp {
  const name = escapeRegex(item);
  const p = escapeRegex(item.slice(0, item.length - 2));
  return new RegExp(`<${name}><${p}t(?: xml:space="preserve")?>([^<&\\r]*)</${p}t></${name}>`, "y");
}
