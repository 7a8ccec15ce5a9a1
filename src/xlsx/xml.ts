// Streaming XML for the reader: a small tokenizer of our own (measured against saxes in the README), namespaces
// resolved as it goes, so every element is matched by namespace and local name whatever its prefix (`<x:c>`,
// `<ns0:c>`, `<c>`). DTDs are refused outright: no entity is ever declared, let alone expanded.

/** Deeper than any spreadsheet part (Excel's own stay under 15 levels): refused as too complex, not recursed into. */
export const MAX_XML_DEPTH = 256;

/** The SpreadsheetML namespaces: transitional, strict, and none at all (some hand-made writers omit it). */
const MAIN_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
  "",
]);
const RELATIONSHIP_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
]);

export const isMainNs = (ns: string) => MAIN_NAMESPACES.has(ns);

export class XmlError extends Error {
  constructor(
    readonly kind: "malformed" | "dtd" | "depth",
    readonly part: string,
  ) {
    super(`${kind}: ${part}`);
  }
}

type Prefixes = Record<string, string>;

export interface XmlElement {
  ns: string;
  local: string;
  /** The name as written, prefix included (`x:row`). */
  name: string;
  attrs: Attributes;
  /** Whether the element is in a SpreadsheetML namespace. */
  main: boolean;
  /** Resolves the prefix of a qualified attribute name (`r:id`) to its namespace. */
  prefixes: Prefixes;
}

export interface XmlHandler {
  open(element: XmlElement): void;
  close(ns: string, local: string): void;
  text(text: string): void;
  /**
   * Optional fast path for an element of a common, simple shape (a cell `<c r="A1" t="s"><v>3</v></c>`): offered
   * each start tag (not self-closing, declaring no namespace, below the root) with `name` as written and the text
   * from `contentStart` on. It returns where the element's end tag ends if it read the whole element itself, as
   * open, text and close would have, or -1 to leave it to them; it must change nothing before deciding.
   */
  leaf?(element: XmlElement, name: string, source: string, contentStart: number): number;
  /**
   * Optional fast path over a run of simple sibling elements (a row's cells, the shared-string items): offered the
   * text from `from` on before each token, with how many elements are open. It reads whole elements only, as open,
   * text and close would have, and returns where it stopped: `from` where it reads nothing, or the start of the
   * first element it leaves to the long way (one it does not read, or one the chunk's end cuts off).
   */
  bulk?(source: string, from: number, depth: number): number;
}

/** The value of an attribute in the relationships namespace (`r:id`, `rel:id` …). */
export function relationshipId(element: XmlElement): string | undefined {
  const attrs = element.attrs;
  for (let i = 0; i < attrs.count; i++) {
    const key = attrs.name(i);
    const colon = key.indexOf(":");
    if (colon > 0 && key.slice(colon + 1) === "id" && RELATIONSHIP_NAMESPACES.has(element.prefixes[key.slice(0, colon)])) {
      return attrs.value(i);
    }
  }
  return undefined;
}

/**
 * Parses one part. `feed` calls `write` with the part's text chunk by chunk; `part` names it in errors.
 * Throws XmlError for malformed XML, a DTD, or nesting past MAX_XML_DEPTH; a handler's own errors pass through.
 */
export function parseXml(part: string, feed: (write: (chunk: string) => void) => void, handler: XmlHandler): void {
  const tokenizer = new Tokenizer(part, handler);
  feed((chunk) => tokenizer.write(chunk));
  tokenizer.end();
}

const SLASH = 47;
const QUESTION = 63;
const BANG = 33;

const GT = 62;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;
const endsName = (code: number) => code === 32 || code === 10 || code === 13 || code === 9 || code === GT || code === SLASH;

/**
 * A tag's attributes as offsets into the text: names are compared in place and values sliced only when asked
 * for. Strings made from parsed text for every attribute (and interned as property names) cost more than the rest
 * of the tokenizer together. Valid during the handler's open() or leaf() only.
 */
export class Attributes {
  source = "";
  count = 0;
  /** keyStart, keyEnd, valueStart, valueEnd for each attribute. */
  readonly offsets: number[] = [];
  decode: (raw: string) => string = (raw) => raw;

  get(name: string): string | undefined {
    const { offsets, source } = this;
    for (let i = 0; i < this.count; i++) {
      const start = offsets[4 * i];
      if (offsets[4 * i + 1] - start === name.length && source.startsWith(name, start)) return this.value(i);
    }
    return undefined;
  }

  name(i: number): string {
    return this.source.slice(this.offsets[4 * i], this.offsets[4 * i + 1]);
  }

  value(i: number): string {
    const raw = this.source.slice(this.offsets[4 * i + 2], this.offsets[4 * i + 3]);
    return raw.indexOf("&") < 0 ? raw : this.decode(raw);
  }
}

/**
 * A small XML tokenizer, strict where it matters (tags must match and close, entity references must be the five
 * predefined ones or character references, no DTD) and about four times faster than saxes on sheet XML, which
 * is what lets the reader beat ExcelJS three times over (README, "Reading workbooks"). A token cut by a chunk edge
 * waits for more text; retrying is deferred until the buffer has doubled, so a huge token costs linear time.
 */
class Tokenizer {
  private buffer = "";
  private retryAt = 0;
  private readonly stack: Prefixes[] = [{ xml: "http://www.w3.org/XML/1998/namespace" }];
  private readonly names: string[] = [];
  private readonly qualified: QualifiedName[] = [];
  private sawRoot = false;

  constructor(
    private readonly part: string,
    private readonly handler: XmlHandler,
  ) {
    this.attributes.decode = this.decodeAttribute;
  }

  write(chunk: string): void {
    this.buffer = this.buffer.length === 0 ? chunk : this.buffer + chunk;
    if (this.buffer.length >= this.retryAt) this.run(false);
  }

  end(): void {
    this.run(true);
    // A part of no bytes at all (some writers leave one) is an empty document, not a damaged one.
    if (this.buffer.trim().length > 0 || this.names.length > 0) this.fail();
  }

  private fail(kind: "malformed" | "dtd" | "depth" = "malformed"): never {
    throw new XmlError(kind, this.part);
  }

  private run(final: boolean): void {
    const s = this.buffer;
    const n = s.length;
    const bulk = this.handler.bulk;
    let i = 0;
    while (i < n) {
      if (bulk !== undefined && this.names.length < MAX_XML_DEPTH - 1) {
        const end = bulk.call(this.handler, s, i, this.names.length);
        if (end !== i) {
          i = end;
          continue;
        }
      }
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        if (final) {
          this.emitText(s.slice(i));
          i = n;
        } else if (this.names.length > 0) {
          // An entity or a CRLF the chunk's end cuts in two waits for the rest: decoded in halves, it would not read.
          const cut = textCut(s, i);
          if (cut > i) this.emitText(s.slice(i, cut));
          i = cut;
        }
        break;
      }
      if (lt > i) {
        this.emitText(s.slice(i, lt));
        // The fast path gets its chance at the tag after the text too.
        if (bulk !== undefined) {
          i = lt;
          continue;
        }
      }
      i = lt;
      const next = this.token(s, lt, final);
      if (next < 0) break;
      i = next;
    }
    this.buffer = i >= n ? "" : s.slice(i);
    this.retryAt = i >= n ? 0 : this.buffer.length * 2;
    if (final && this.buffer.length > 0) this.fail();
  }

  /** Handles the token at `lt`; returns where the next begins, or -1 when it is cut off by the chunk's end. */
  private token(s: string, lt: number, final: boolean): number {
    const code = s.charCodeAt(lt + 1);
    if (Number.isNaN(code)) return final ? this.fail() : -1;
    if (code === SLASH) {
      const gt = s.indexOf(">", lt);
      if (gt < 0) return final ? this.fail() : -1;
      this.closeTag(closingName(s, lt + 2, gt, this.names[this.names.length - 1]));
      return gt + 1;
    }
    if (code === QUESTION) {
      const end = s.indexOf("?>", lt);
      if (end < 0) return final ? this.fail() : -1;
      return end + 2;
    }
    if (code === BANG) return this.markup(s, lt, final);
    return this.openTag(s, lt, final);
  }

  private markup(s: string, lt: number, final: boolean): number {
    if (s.startsWith("<!--", lt)) {
      const end = s.indexOf("-->", lt + 4);
      if (end < 0) return final ? this.fail() : -1;
      return end + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) return final ? this.fail() : -1;
      if (this.names.length === 0) this.fail();
      this.handler.text(s.slice(lt + 9, end));
      return end + 3;
    }
    if (s.length - lt < 9 && !final) return -1;
    if (s.startsWith("<!DOCTYPE", lt) || s.startsWith("<!ENTITY", lt)) this.fail("dtd");
    return this.fail();
  }

  private openTag(s: string, lt: number, final: boolean): number {
    const n = s.length;
    let j = lt + 1;
    while (j < n && !endsName(s.charCodeAt(j))) j++;
    if (j >= n) return final ? this.fail() : -1;
    const name = s.slice(lt + 1, j);
    if (name.length === 0) this.fail();
    const attrs = this.attributes;
    attrs.source = s;
    attrs.count = 0;
    let declares = false;
    for (;;) {
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return final ? this.fail() : -1;
      const c = s.charCodeAt(j);
      if (c === GT || c === SLASH) {
        if (c === SLASH) {
          if (j + 1 >= n) return final ? this.fail() : -1;
          if (s.charCodeAt(j + 1) !== GT) this.fail();
        }
        if (c !== SLASH && !declares && this.names.length > 0 && this.names.length < MAX_XML_DEPTH - 1 && this.handler.leaf !== undefined) {
          const end = this.leaf(name, attrs, s, j + 1);
          if (end >= 0) return end;
        }
        this.openElement(name, attrs, declares);
        if (c === SLASH) this.closeTag(name);
        return c === SLASH ? j + 2 : j + 1;
      }
      let k = j;
      while (k < n && !endsName(s.charCodeAt(k)) && s.charCodeAt(k) !== EQUALS) k++;
      const keyEnd = k;
      while (k < n && isSpace(s.charCodeAt(k))) k++;
      if (k >= n) return final ? this.fail() : -1;
      if (s.charCodeAt(k) !== EQUALS || keyEnd === j) this.fail();
      k++;
      while (k < n && isSpace(s.charCodeAt(k))) k++;
      if (k >= n) return final ? this.fail() : -1;
      const quote = s.charCodeAt(k);
      if (quote !== QUOTE && quote !== APOSTROPHE) this.fail();
      const close = s.indexOf(quote === QUOTE ? '"' : "'", k + 1);
      if (close < 0) return final ? this.fail() : -1;
      const offsets = attrs.offsets;
      const at = 4 * attrs.count++;
      offsets[at] = j;
      offsets[at + 1] = keyEnd;
      offsets[at + 2] = k + 1;
      offsets[at + 3] = close;
      if (s.charCodeAt(j) === 120 && s.startsWith("xmlns", j)) declares = true;
      j = close + 1;
    }
  }

  private openElement(name: string, attrs: Attributes, declares: boolean): void {
    if (this.names.length === 0 && this.sawRoot) this.fail();
    if (this.names.length >= MAX_XML_DEPTH) this.fail("depth");
    this.sawRoot = true;
    const parent = this.stack[this.stack.length - 1];
    const prefixes = declares ? declare(parent, attrs) : parent;
    this.stack.push(prefixes);
    this.names.push(name);
    const qualifiedName = this.qualify(name, prefixes);
    this.qualified.push(qualifiedName);
    this.handler.open(this.elementOf(name, qualifiedName, attrs, prefixes));
  }

  /** Offers the element to the handler's fast path (XmlHandler.leaf); -1 where it declines. */
  private leaf(name: string, attrs: Attributes, s: string, contentStart: number): number {
    const prefixes = this.stack[this.stack.length - 1];
    const element = this.elementOf(name, this.qualify(name, prefixes), attrs, prefixes);
    return (this.handler.leaf as NonNullable<XmlHandler["leaf"]>)(element, name, s, contentStart);
  }

  /** The one element object, refilled for this tag. */
  private elementOf(name: string, qualifiedName: QualifiedName, attrs: Attributes, prefixes: Prefixes): XmlElement {
    const element = this.element;
    element.ns = qualifiedName.ns;
    element.local = qualifiedName.local;
    element.name = name;
    element.main = qualifiedName.main;
    element.attrs = attrs;
    element.prefixes = prefixes;
    return element;
  }

  /** One element object and one attribute list, refilled for each tag: handlers read them during open() or leaf() only. */
  private readonly attributes = new Attributes();
  private readonly decodeAttribute = (raw: string) => this.decode(raw);
  private readonly element: XmlElement = { ns: "", local: "", name: "", main: false, attrs: new Attributes(), prefixes: {} };
  private cachePrefixes: Prefixes | null = null;
  private readonly nameCache = new Map<string, QualifiedName>();

  /** Names repeat (`c`, `v`, `row`) under the same declarations: resolved once per prefix map. */
  private qualify(name: string, prefixes: Prefixes): QualifiedName {
    if (prefixes !== this.cachePrefixes) {
      this.cachePrefixes = prefixes;
      this.nameCache.clear();
    }
    let found = this.nameCache.get(name);
    if (found === undefined) {
      found = qualify(name, prefixes);
      this.nameCache.set(name, found);
    }
    return found;
  }

  private closeTag(name: string): void {
    if (this.names.length === 0 || this.names[this.names.length - 1] !== name) this.fail();
    this.names.pop();
    this.stack.pop();
    const qualifiedName = this.qualified.pop() as QualifiedName;
    this.handler.close(qualifiedName.ns, qualifiedName.local);
  }

  private emitText(raw: string): void {
    if (this.names.length === 0) {
      if (raw.trim().length > 0) this.fail();
      return;
    }
    // XML's end-of-line handling: CRLF and lone CR read as LF (a typed CR survives only as &#13; or _x000D_).
    const text = raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
    this.handler.text(text.indexOf("&") < 0 ? text : this.decode(text));
  }

  /** The five predefined entities and character references; any other reference is refused (never expanded). */
  private decode(raw: string): string {
    return raw.replace(/&([^;&]*);?/g, (match: string, ref: string) => {
      if (!match.endsWith(";")) this.fail();
      const predefined = PREDEFINED.get(ref);
      if (predefined !== undefined) return predefined;
      const code = ref.startsWith("#x") ? parseInt(ref.slice(2), 16) : ref.startsWith("#") ? parseInt(ref.slice(1), 10) : NaN;
      if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) this.fail();
      return String.fromCodePoint(code);
    });
  }
}

/** Where text at a chunk's end may be passed on: before an entity with no ";" yet, and before a final CR. */
function textCut(s: string, from: number): number {
  let end = s.length;
  const amp = s.lastIndexOf("&");
  if (amp >= from && s.indexOf(";", amp) < 0) end = amp;
  if (end > from && s.charCodeAt(end - 1) === 13) end -= 1;
  return end;
}

const PREDEFINED = new Map([["lt", "<"], ["gt", ">"], ["amp", "&"], ["quot", "\""], ["apos", "'"]]);

/** The prefix map in force inside an element: the parent's, or a copy with the element's xmlns declarations. */
function declare(parent: Prefixes, attrs: Attributes): Prefixes {
  let own: Prefixes | null = null;
  // Runs only for a tag that declares a namespace (a handful per part).
  for (let i = 0; i < attrs.count; i++) {
    const key = attrs.name(i);
    if (key === "xmlns") (own ??= { ...parent })[""] = attrs.value(i);
    else if (key.startsWith("xmlns:")) (own ??= { ...parent })[key.slice(6)] = attrs.value(i);
  }
  return own ?? parent;
}

/** The name in a closing tag: the open element's own string where it matches (no new string), else the text. */
function closingName(s: string, start: number, end: number, open: string | undefined): string {
  if (open !== undefined && s.startsWith(open, start)) {
    let k = start + open.length;
    while (k < end && isSpace(s.charCodeAt(k))) k++;
    if (k === end) return open;
  }
  return s.slice(start, end).trim();
}

interface QualifiedName {
  ns: string;
  local: string;
  main: boolean;
}

function qualify(name: string, prefixes: Prefixes): QualifiedName {
  const colon = name.indexOf(":");
  const ns = colon < 0 ? (prefixes[""] ?? "") : (prefixes[name.slice(0, colon)] ?? name.slice(0, colon));
  return { ns, local: colon < 0 ? name : name.slice(colon + 1), main: MAIN_NAMESPACES.has(ns) };
}

/** Text escaped as `_xHHHH_` (ST_Xstring: control characters, `_x005F_` for a literal underscore). */
export function unescapeXstring(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
