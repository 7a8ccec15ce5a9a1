// The differential test on real workbooks from other libraries' test suites (test/fixtures/real-world/SOURCES.md):
// wherever ExcelJS reads a file, our grid equals its grid (sheet names, merges, every value, date and formula with
// its cached value), up to the principled differences listed in test/corpus/compare.ts; where ExcelJS fails or
// misreads, ours reads; what is not a readable workbook is refused with one reason.
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { nativeInflate } from "../../src/cli/load";
import { LoadError, loadWorkbook } from "../../src/xlsx/load";
import { compare, excelJsFacts, factsOf, type CellFacts, type WorkbookFacts } from "../corpus/compare";
import { compareWithLibreOffice, pivotSheetsOf } from "../corpus/libreoffice";

const DIR = join(__dirname, "../fixtures/real-world");
const classes = JSON.parse(readFileSync(join(DIR, "classes.json"), "utf8")) as Record<string, string>;
const entries = Object.entries(classes);
const read = (file: string) => loadWorkbook(readFileSync(join(DIR, file)), { inflateRaw: nativeInflate });

test("the fixtures cover every failure class of the issue", () => {
  const counts = new Map<string, number>();
  for (const [, cls] of entries) counts.set(cls, (counts.get(cls) ?? 0) + 1);
  for (const cls of ["prefix", "noRef", "inline", "emptyDeflated", "strict", "autofilter", "date1904", "excelJsFails", "excelJsWrong", "refused"]) {
    expect([cls, counts.get(cls) ?? 0]).toEqual([cls, expect.any(Number)]);
    expect(counts.get(cls)).toBeGreaterThan(0);
  }
  expect(entries.length).toBeGreaterThanOrEqual(150);
});

describe.each(entries.filter(([, cls]) => cls === "refused"))("refused: %s", (file) => {
  it("throws a LoadError with one reason", () => {
    let error: unknown;
    try {
      read(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).reason).not.toMatch(/\n/);
  });
});

describe.each(entries.filter(([, cls]) => cls === "excelJsFails" || cls === "excelJsWrong"))("ExcelJS fails or misreads, ours reads: %s", (file) => {
  it("reads at least one sheet", () => {
    expect(read(file).sheets.length).toBeGreaterThan(0);
  });
});

describe.each(entries.filter(([, cls]) => !["refused", "excelJsFails", "excelJsWrong"].includes(cls)))("equal to ExcelJS where it reads: %s (%s)", (file) => {
  it("same sheet names, merges, values, dates, formulas and cached values; or, where ExcelJS fails, read by ours", async () => {
    const ours = read(file);
    const theirs = await excelJsFacts(readFileSync(join(DIR, file))).catch(() => null);
    // Many files with prefixed elements (<x:worksheet>) are ones ExcelJS cannot open at all.
    if (theirs === null) return expect(ours.sheets.length).toBeGreaterThan(0);
    const result = compare(factsOf(ours.sheets.map((s) => s.name), ours.grids), theirs);
    expect({ names: result.sheetNamesEqual, merges: result.mergesEqual, unexplained: result.unexplained.slice(0, 3) }).toEqual({
      names: true,
      merges: true,
      unexplained: [],
    });
  });
});

// LibreOffice as the third opinion where ExcelJS gives none: libreoffice/ holds LibreOffice 7.4's re-saved copy of each
// fixture ExcelJS fails on or misreads (made by test/corpus/libreoffice.ts --copies; SOURCES.md). ExcelJS reads those
// copies; ours, reading the ORIGINAL, must give the same sheets and values, up to the causes counted apart in
// test/corpus/libreoffice.ts (a pivot table laid out afresh, a formula LibreOffice computed).
const LIBREOFFICE = join(DIR, "libreoffice");
const withCopy = entries.filter(([file]) => existsSync(join(LIBREOFFICE, file)));
/** Fixtures LibreOffice 7.4 does not open ("source file could not be loaded"). */
const LIBREOFFICE_REFUSES = [
  "PHPOffice+PhpSpreadsheet/tests__data__Reader__XLSX__Zip-Windows-Directory-Separator.xlsx", // `\` in zip entry names
  "tafia+calamine/tests__issue_530.xlsx",
];
/** Cells where LibreOffice is the one that misreads, each checked by hand against the file's XML. */
const LIBREOFFICE_MISREADS: Record<string, string[]> = {
  // <c r="D2" t="inlineStr"><v>1.0</v><is><r><t>1.</t></r></is></c>: an inline string's text is in <is> (ECMA-376
  // §18.3.1.4); LibreOffice, seeing a <v> too, drops the cell.
  "tafia+calamine/tests__inlineStr_with_value.xlsx": ["Requirements!D2"],
};

test("every fixture ExcelJS fails on or misreads has LibreOffice's copy, or LibreOffice refuses it", () => {
  const unsettled = entries.filter(([, cls]) => cls === "excelJsFails" || cls === "excelJsWrong").map(([file]) => file);
  expect(unsettled.filter((file) => !existsSync(join(LIBREOFFICE, file)) && !LIBREOFFICE_REFUSES.includes(file))).toEqual([]);
  expect(withCopy.length).toBeGreaterThanOrEqual(30);
});

describe.each(withCopy)("read as LibreOffice reads it: %s (%s)", (file) => {
  it("same sheet names and cell values as LibreOffice's re-saved copy", async () => {
    const ours = read(file);
    const original = readFileSync(join(DIR, file));
    const theirs = await excelJsFacts(readFileSync(join(LIBREOFFICE, file)));
    const result = compareWithLibreOffice(factsOf(ours.sheets.map((s) => s.name), ours.grids), theirs, pivotSheetsOf(original));
    expect({ names: result.sheetNamesEqual, differing: result.differing.map((d) => `${d.sheet}!${d.address}`) }).toEqual({
      names: true,
      differing: LIBREOFFICE_MISREADS[file] ?? [],
    });
  });
});

test("the LibreOffice comparison reports a plain cell that differs, and sets pivot tables apart only on their sheets", () => {
  const facts = (cells: Record<string, CellFacts>): WorkbookFacts => ({
    sheets: ["Kế hoạch", "Pivot"],
    cells: new Map([["Kế hoạch", new Map(Object.entries(cells))]]),
    merges: new Map(),
  });
  const ours = facts({ B2: { value: "Sở Nội vụ", formula: null }, C2: { value: 12, formula: null } });
  const theirs = facts({ B2: { value: "Sở Nội vụ", formula: null }, C2: { value: 13, formula: null } });
  expect(compareWithLibreOffice(ours, theirs).differing.map((d) => d.address)).toEqual(["C2"]);
  expect(compareWithLibreOffice(ours, theirs, new Set(["Pivot"])).differing.map((d) => d.address)).toEqual(["C2"]);
  expect(compareWithLibreOffice(ours, theirs, new Set(["Kế hoạch"]))).toMatchObject({ differing: [], explained: { "pivot-table-sheet": 1 } });
});
