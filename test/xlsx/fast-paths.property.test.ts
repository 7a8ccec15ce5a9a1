// The tokenizer's fast paths (XmlHandler.leaf and .bulk: a row's plain cells, the shared strings' plain items) read
// exactly what the long way reads (open, text, close), whatever the cells look like and wherever a chunk ends.
// The long way is the same handler with its fast paths hidden from the tokenizer.
import fc from "fast-check";
import { SharedStringsParser } from "../../src/xlsx/parts";
import { WorksheetParser, type CellReadContext } from "../../src/xlsx/worksheet";
import { parseXml, XmlError, type XmlHandler } from "../../src/xlsx/xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const SHARED = ["Một", "hai", "Ba & bốn", "", "năm"];

const context = (): CellReadContext => ({
  sharedStrings: SHARED,
  isDateStyle: (style) => style === 7,
  date1904: false,
  text: { total: 0 },
  cells: { total: 0 },
});

/** The handler as the tokenizer sees it with no fast path. */
function longWay(handler: XmlHandler): XmlHandler {
  return { open: (e) => handler.open(e), close: (ns, local) => handler.close(ns, local), text: (t) => handler.text(t) };
}

/** Feeds `xml` cut at `cuts` (offsets, any order); the handler's result, or the kind of XML error. */
function parse<T>(xml: string, cuts: number[], handler: XmlHandler, result: () => T): T | string {
  const ends = [...new Set(cuts.map((cut) => cut % (xml.length + 1)))].sort((a, b) => a - b);
  try {
    parseXml("part.xml", (write) => {
      let from = 0;
      for (const end of [...ends, xml.length]) {
        if (end > from) write(xml.slice(from, end));
        from = Math.max(from, end);
      }
    }, handler);
    return result();
  } catch (error) {
    if (error instanceof XmlError) return `XmlError ${error.kind}`;
    throw error;
  }
}

const quoted = (name: string, value: string, quote: string) => `${name}=${quote}${value}${quote}`;

const cellArb = fc.record({
  ref: fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 40 })).map(([col, row]) => String.fromCharCode(65 + (col % 26)) + row),
    fc.constantFrom("", "b2", "1A", "AAAA1", "A0", "XFD1048576"),
  ),
  hasRef: fc.boolean(),
  type: fc.option(fc.constantFrom("s", "n", "str", "inlineStr", "b", "e", "d", "x", "", "s&amp;", "&#115;"), { nil: undefined }),
  style: fc.option(fc.constantFrom("0", "3", "7", "12", "-1", " 4", "5x", "&#55;", "1234567890", ""), { nil: undefined }),
  extra: fc.option(fc.constantFrom('x14ac:dyDescent="0.25"', 'cm="1"', 'xmlns:q="urn:q"', 'xmlns="urn:other"'), { nil: undefined }),
  quote: fc.constantFrom('"', "'"),
  gap: fc.constantFrom(" ", "  ", "\n", " \t"),
  tight: fc.boolean(),
  body: fc.oneof(
    fc.constant({ kind: "empty" as const }),
    fc.constant({ kind: "open-close" as const }),
    fc.constantFrom("0", "1", "2", "4", "12", "3.5", "", "a&amp;b", "x\r\ny", "TRUE", "2026-03-01").map((v) => ({ kind: "value" as const, v })),
    fc.constantFrom("Nội dung", "A &amp; B").map((v) => ({ kind: "inline" as const, v })),
    fc.constantFrom("SUM(A1:A2)", "").map((f) => ({ kind: "formula" as const, f })),
    fc.constant({ kind: "spaced" as const }),
  ),
});
type CellSpec = typeof cellArb extends fc.Arbitrary<infer T> ? T : never;

function cellXml(cell: CellSpec, p: string): string {
  const attrs: string[] = [];
  if (cell.hasRef) attrs.push(quoted("r", cell.ref, cell.quote));
  if (cell.type !== undefined) attrs.push(quoted("t", cell.type, cell.quote));
  if (cell.style !== undefined) attrs.push(quoted("s", cell.style, cell.quote));
  if (cell.extra !== undefined) attrs.push(cell.extra);
  // Tight: no space between one attribute's closing quote and the next name, which XML's grammar wants but the
  // tokenizer (like Excel) lets pass.
  const start = `<${p}c${attrs.map((a, i) => (cell.tight && i > 0 ? "" : cell.gap) + a).join("")}`;
  switch (cell.body.kind) {
    case "empty":
      return `${start}${cell.tight ? "" : " "}/>`;
    case "open-close":
      return `${start}></${p}c>`;
    case "value":
      return `${start}><${p}v>${cell.body.v}</${p}v></${p}c>`;
    case "inline":
      return `${start}><${p}is><${p}t>${cell.body.v}</${p}t></${p}is></${p}c>`;
    case "formula":
      return `${start}><${p}f>${cell.body.f}</${p}f><${p}v>5</${p}v></${p}c>`;
    case "spaced":
      return `${start}> <${p}v>9</${p}v></${p}c>`;
  }
}

/**
 * Each prefix with a decoy: another prefix bound to another namespace, whose elements the long way skips. Some hold
 * characters a regular expression would read as its own ("a+" matching "aa" unescaped).
 */
const PREFIXES: [string, string][] = [["", "q:"], ["x:", "y:"], ["a+:", "aa:"], ["a.b:", "axb:"], ["x(:", "xx:"], ["p*:", ":"]];

const sheetArb = fc.record({
  prefixes: fc.constantFrom(...PREFIXES),
  between: fc.constantFrom("", "\n  "),
  /** Elements wrapped around sheetData: none, or up to and past the tokenizer's depth limit. */
  nesting: fc.constantFrom(0, 0, 0, 251, 252, 253, 254, 255),
  rows: fc.array(
    fc.record({
      r: fc.option(fc.constantFrom("1", "2", "7", "40", "0", "2000000", "x"), { nil: undefined }),
      attrs: fc.constantFrom("", ' spans="1:8"', ' spans="1:8" x14ac:dyDescent="0.25"', ' hidden="1"', ' hidden="true" ht="20"', ' customHeight="1" r="9"', ' xmlns:q="urn:q"', " ht='15'", "REBIND"),
      empty: fc.boolean(),
      decoy: fc.boolean(),
      cells: fc.array(fc.record({ cell: cellArb, decoy: fc.boolean() }), { maxLength: 8 }),
    }),
    { maxLength: 6 },
  ),
});

/** The namespace declaration of `prefix` ("x:" → xmlns:x, "" → xmlns). */
const declaration = (prefix: string, ns: string) => (prefix ? ` xmlns:${prefix.slice(0, -1)}="${ns}"` : ` xmlns="${ns}"`);

function sheetXml(sheet: typeof sheetArb extends fc.Arbitrary<infer T> ? T : never): string {
  const [p, decoy] = sheet.prefixes;
  const declare = declaration(p, MAIN) + (decoy === ":" ? "" : declaration(decoy, "urn:other"));
  const rows = sheet.rows.map((row) => {
    const rp = row.decoy ? decoy : p;
    // REBIND: the row binds the prefix in use to another namespace, so its cells are no longer SpreadsheetML's.
    const attrs = row.attrs === "REBIND" ? declaration(p, "urn:rebound") : row.attrs;
    const start = `<${rp}row${row.r === undefined ? "" : ` r="${row.r}"`}${attrs}`;
    if (row.empty && row.cells.length === 0) return `${start}/>`;
    return `${start}>${row.cells.map(({ cell, decoy: other }) => cellXml(cell, other ? decoy : p)).join(sheet.between)}</${rp}row>`;
  });
  const wrapped = `<${p}sheetData>${rows.join(sheet.between)}</${p}sheetData>`;
  const nested = `<${p}w>`.repeat(sheet.nesting) + wrapped + `</${p}w>`.repeat(sheet.nesting);
  return `<${p}worksheet${declare}>${nested}</${p}worksheet>`;
}

const cuts = fc.array(fc.nat(), { maxLength: 6 });

test("a sheet's rows and cells read the same by the fast paths as the long way, in one piece or cut anywhere", () => {
  fc.assert(
    fc.property(sheetArb, cuts, (sheet, at) => {
      const xml = sheetXml(sheet);
      const fast = new WorksheetParser(context());
      const slow = new WorksheetParser(context());
      const expected = parse(xml, [], longWay(slow), () => slow.cells);
      expect(parse(xml, [], fast, () => fast.cells)).toEqual(expected);
      const cutFast = new WorksheetParser(context());
      expect(parse(xml, at, cutFast, () => cutFast.cells)).toEqual(expected);
    }),
    { numRuns: 400 },
  );
});

const itemArb = fc.oneof(
  fc.constantFrom("Một", "", " hai ", "Ba &amp; bốn", "x\r\ny", "_x000D_").map((t) => ({ kind: "plain" as const, t })),
  fc.constantFrom("giữ", " cách ").map((t) => ({ kind: "kept" as const, t })),
  fc.constant({ kind: "rich" as const }),
  fc.constant({ kind: "phonetic" as const }),
  fc.constant({ kind: "attribute" as const }),
);

function itemXml(item: typeof itemArb extends fc.Arbitrary<infer T> ? T : never, p: string): string {
  switch (item.kind) {
    case "plain":
      return `<${p}si><${p}t>${item.t}</${p}t></${p}si>`;
    case "kept":
      return `<${p}si><${p}t xml:space="preserve">${item.t}</${p}t></${p}si>`;
    case "rich":
      return `<${p}si><${p}r><${p}t>ba</${p}t></${p}r><${p}r><${p}t> bốn</${p}t></${p}r></${p}si>`;
    case "phonetic":
      return `<${p}si><${p}t>năm</${p}t><${p}rPh><${p}t>âm</${p}t></${p}rPh></${p}si>`;
    case "attribute":
      return `<${p}si foo="1"><${p}t>sáu</${p}t></${p}si>`;
  }
}

test("shared strings read the same by the fast paths as the long way, in one piece or cut anywhere", () => {
  const tableArb = fc.record({
    prefixes: fc.constantFrom(...PREFIXES),
    between: fc.constantFrom("", "\n"),
    items: fc.array(fc.record({ item: itemArb, decoy: fc.boolean() }), { maxLength: 10 }),
  });
  fc.assert(
    fc.property(tableArb, cuts, (table, at) => {
      const [p, decoy] = table.prefixes;
      const declare = declaration(p, MAIN) + (decoy === ":" ? "" : declaration(decoy, "urn:other"));
      const items = table.items.map(({ item, decoy: other }) => itemXml(item, other ? decoy : p));
      const xml = `<${p}sst${declare}>${items.join(table.between)}</${p}sst>`;
      const slow = new SharedStringsParser();
      const expected = parse(xml, [], longWay(slow), () => slow.strings);
      const fast = new SharedStringsParser();
      expect(parse(xml, [], fast, () => fast.strings)).toEqual(expected);
      const cutFast = new SharedStringsParser();
      expect(parse(xml, at, cutFast, () => cutFast.strings)).toEqual(expected);
    }),
    { numRuns: 300 },
  );
});
