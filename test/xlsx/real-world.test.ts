// The differential test on real workbooks from other libraries' test suites (test/fixtures/real-world/SOURCES.md):
// wherever ExcelJS reads a file, our grid equals its grid (sheet names, merges, every value, date and formula with
// its cached value), up to the principled differences listed in test/corpus/compare.ts; where ExcelJS fails or
// misreads, ours reads; what is not a readable workbook is refused with one reason.
import { readFileSync } from "fs";
import { join } from "path";
import { nativeInflate } from "../../src/cli/load";
import { LoadError, loadWorkbook } from "../../src/xlsx/load";
import { compare, excelJsFacts, factsOf } from "../corpus/compare";

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
