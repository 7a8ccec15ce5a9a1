// Random damage to a real workbook, at the byte level and inside its XML: the loader either reads it or throws its
// own LoadError with one reason; nothing else escapes, and no mutation makes it hang (jest's timeout bounds each run).
import { readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import JSZip from "jszip";
import { nativeInflate } from "../../src/cli/load";
import { LoadError, loadWorkbook } from "../../src/xlsx/load";

const EXAMPLE = readFileSync(join(__dirname, "../fixtures/examples/khung-logic-2026.xlsx"));
const SEED = { seed: 20261201, numRuns: 150 };

function outcome(bytes: Uint8Array, native: boolean): "read" | "refused" {
  try {
    loadWorkbook(bytes, native ? { inflateRaw: nativeInflate } : {});
    return "read";
  } catch (error) {
    if (!(error instanceof LoadError)) throw error;
    expect(error.reason).not.toMatch(/\n|undefined|\[object/);
    return "refused";
  }
}

let stored: Uint8Array;
let parts: Record<string, string>;
beforeAll(async () => {
  const zip = await JSZip.loadAsync(EXAMPLE);
  parts = {};
  for (const name of Object.keys(zip.files)) if (name.endsWith(".xml") || name.endsWith(".rels")) parts[name] = await zip.file(name)!.async("string");
  stored = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
});

const flips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 });

test("byte flips in the deflated workbook, with fflate and with zlib", () => {
  fc.assert(
    fc.property(flips, (changes) => {
      const bytes = Uint8Array.from(EXAMPLE);
      for (const [at, value] of changes) bytes[at % bytes.length] = value;
      expect(["read", "refused"]).toContain(outcome(bytes, false));
      expect(["read", "refused"]).toContain(outcome(bytes, true));
    }),
    SEED,
  );
});

test("byte flips in a stored (uncompressed) workbook reach the XML itself", () => {
  fc.assert(
    fc.property(flips, (changes) => {
      const bytes = Uint8Array.from(stored);
      for (const [at, value] of changes) bytes[at % bytes.length] = value;
      expect(["read", "refused"]).toContain(outcome(bytes, false));
    }),
    SEED,
  );
});

const xmlEdit = fc.record({
  part: fc.constantFrom("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels"),
  at: fc.nat(),
  cut: fc.integer({ min: 0, max: 40 }),
  insert: fc.oneof(
    fc.constantFrom("<", ">", "&", "&amp;", "&#0;", "&#x110000;", '"', "</c>", "<c r=\"XFD1048576\">", "<!DOCTYPE x>", "<![CDATA[", "]]>", "<?pi?>", "<!--", "xmlns:x=\"y\"", "\u0000", "\uFFFF"),
    fc.string({ maxLength: 8 }),
  ),
});

test("random edits inside the XML parts (cut, insert markup, entities, a DTD)", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(xmlEdit, { minLength: 1, maxLength: 4 }), async (edits) => {
      const changed = { ...parts };
      for (const { part, at, cut, insert } of edits) {
        const text = changed[part];
        const where = at % (text.length + 1);
        changed[part] = text.slice(0, where) + insert + text.slice(where + cut);
      }
      const zip = new JSZip();
      for (const [name, text] of Object.entries(changed)) zip.file(name, text);
      const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
      expect(["read", "refused"]).toContain(outcome(bytes, true));
    }),
    { ...SEED, numRuns: 100 },
  );
}, 60_000);
