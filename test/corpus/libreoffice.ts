// LibreOffice as the third opinion (issue 8): each workbook is opened and re-saved as .xlsx by LibreOffice headless,
// that copy is read with ExcelJS (which reads LibreOffice's output), and its cell values are compared per sheet with
// our reader's grid of the ORIGINAL file. Used by `npm run corpus -- DIR --libreoffice` on the files ExcelJS cannot
// settle (it fails, or differs beyond the principled causes), or alone on named files:
//   npx tsx test/corpus/libreoffice.ts DIR FILE...            (FILE relative to DIR)
//   npx tsx test/corpus/libreoffice.ts DIR --from OUTPUT      (the files a --verbose run lists as differing or refused)
//   ... --copies OUT                                          (also keeps LibreOffice's copies, as OUT/FILE)
import { spawnSync } from "child_process";
import { strFromU8, unzipSync } from "fflate";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, extname, join, posix } from "path";
import { nativeInflate } from "../../src/cli/load";
import { columnOf } from "../../src/xlsx/address";
import { LoadError, loadWorkbook } from "../../src/xlsx/load";
import { factsOf, sameValue, type CellFacts, type WorkbookFacts } from "./compare";
import { ExcelJsReader } from "./exceljs-reader";

/** Per file when a batch has to be retried alone; a batch of BATCH files gets BATCH_TIME_S. */
const FILE_TIME_S = 60;
const BATCH = 10;
const BATCH_TIME_S = 120;
/** LibreOffice 7.4's sheets end at column AMJ. */
const LIBREOFFICE_COLUMNS = 1024;

// OOXMLRecalcMode 1 = "never recalculate": LibreOffice keeps the cached results the file holds, so what it re-saves
// is its reading of the file, not its own arithmetic (it still computes formulas that hold no cached result).
const NEVER_RECALCULATE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>1</value></prop></item>
</oor:items>
`;

export function sofficeAvailable(): boolean {
  return spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
}

type Conversion = { copy: string } | { refused: string };

/**
 * Converts each file to .xlsx with LibreOffice, BATCH files per soffice start (one profile for the run); a file a
 * batch left without a copy is retried alone, and only then counted as refused. `timeout` signals soffice's whole
 * process group, so no soffice.bin is left behind.
 */
function convertAll(files: string[], work: string, progress: (done: number) => void): Conversion[] {
  const profile = join(work, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), NEVER_RECALCULATE_XCU);
  const input = join(work, "in");
  const output = join(work, "out");
  mkdirSync(input);
  mkdirSync(output);
  // Numbered copies: the corpus repeats base names across folders.
  const staged = files.map((file, i) => {
    const path = join(input, `${i}${extname(file).toLowerCase()}`);
    copyFileSync(file, path);
    return path;
  });
  const run = (batch: string[], seconds: number) =>
    spawnSync(
      "timeout",
      ["-k", "5", String(seconds), "soffice", "--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", "xlsx", "--outdir", output, ...batch],
      { encoding: "utf8" },
    );
  const copyOf = (i: number) => join(output, `${i}.xlsx`);
  const results: Conversion[] = [];
  for (let start = 0; start < staged.length; start += BATCH) {
    const batch = staged.slice(start, start + BATCH);
    run(batch, BATCH_TIME_S);
    batch.forEach((file, k) => {
      const i = start + k;
      if (existsSync(copyOf(i))) return (results[i] = { copy: copyOf(i) });
      // Alone again: a crash or overrun on one file of a batch loses the files after it.
      const alone = run([file], FILE_TIME_S);
      results[i] = existsSync(copyOf(i)) ? { copy: copyOf(i) } : { refused: refusal(alone.status) };
    });
    progress(Math.min(start + BATCH, staged.length));
  }
  return results;
}

/** soffice exits 0 with "source file could not be loaded" on a file it cannot open; 124 is timeout's. */
function refusal(status: number | null): string {
  if (status === 124) return `LibreOffice timed out after ${FILE_TIME_S} s`;
  return status === 0 ? "LibreOffice could not load it" : `LibreOffice crashed (exit ${status})`;
}

const DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Differences in a cell that are not disagreements about what the file holds; each counted apart, by cause. The
 * column limit and the date format are guards (neither occurs in the corpus of the README); the others occur.
 */
export const LIBREOFFICE_CAUSES: {
  id: string;
  says: string;
  explains: (ours: CellFacts | undefined, theirs: CellFacts | undefined, where: CellPlace) => boolean;
}[] = [
  {
    id: "beyond-libreoffice-columns",
    says: "a cell past column AMJ (the 1,024th), where LibreOffice 7.4's sheets end: it drops it",
    explains: (_ours, _theirs, where) => where.column >= LIBREOFFICE_COLUMNS,
  },
  {
    id: "pivot-table-sheet",
    says: "a cell on a sheet holding a pivot table: LibreOffice lays the pivot table out afresh from its cache (its own labels, e.g. \"- all -\" for \"(All)\"), where ours reads the cells the file holds",
    explains: (_ours, _theirs, where) => where.pivotSheet,
  },
  {
    id: "date-as-serial",
    says: "a date that LibreOffice re-saves with a date format ExcelJS does not recognise, so the copy reads as the same serial",
    explains: (ours, theirs) =>
      ours?.value instanceof Date && typeof theirs?.value === "number" && Math.abs((ours.value.getTime() - EXCEL_EPOCH) / DAY - theirs.value) < 1e-6,
  },
  {
    id: "computed-by-libreoffice",
    says: "a formula the file holds with no cached result: LibreOffice computes one, ours (like Excel's file) has none",
    explains: (ours, theirs) => ours?.formula !== null && ours?.value === null && theirs !== undefined,
  },
  {
    id: "recalculated",
    says: "a formula cell whose result in LibreOffice's copy is not the cached one (LibreOffice recalculated it on load despite the setting)",
    explains: (ours, theirs) => (ours?.formula ?? theirs?.formula ?? null) !== null,
  },
];

interface CellPlace {
  /** 0-based. */
  column: number;
  pivotSheet: boolean;
}

/**
 * Names of the sheets that hold a pivot table (a worksheet relationship of type .../pivotTable), found by following
 * the package's relationships; best effort, for the comparison only (the reader never reads pivot tables).
 */
export function pivotSheetsOf(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes);
  } catch {
    return names;
  }
  const text = (path: string) => (parts[path] ? strFromU8(parts[path]) : "");
  const relsOf = (part: string) => {
    const rels = text(posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`));
    return [...rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map(([tag]) => {
      const target = /\bTarget="([^"]*)"/.exec(tag)?.[1] ?? "";
      return {
        id: /\bId="([^"]*)"/.exec(tag)?.[1] ?? "",
        type: /\bType="([^"]*)"/.exec(tag)?.[1] ?? "",
        part: target.startsWith("/") ? target.slice(1) : posix.join(posix.dirname(part), target),
      };
    });
  };
  const workbook = relsOf("").find((rel) => rel.type.endsWith("/officeDocument"))?.part;
  if (!workbook) return names;
  const targets = new Map(relsOf(workbook).map((rel) => [rel.id, rel.part]));
  for (const [tag] of text(workbook).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const part = targets.get(/\b\w+:id="([^"]*)"/.exec(tag)?.[1] ?? "");
    if (name && part && relsOf(part).some((rel) => rel.type.endsWith("/pivotTable"))) names.add(decodeXml(name));
  }
  return names;
}

const decodeXml = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos);/g, (_, entity: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" })[entity] ?? "");

export interface LibreOfficeComparison {
  sheetNamesEqual: boolean;
  mergesEqual: boolean;
  cellsCompared: number;
  explained: Record<string, number>;
  differing: { sheet: string; address: string; ours: CellFacts | undefined; theirs: CellFacts | undefined }[];
}

/** Compares values (not formula text, which LibreOffice rewrites in its own spelling), sheet names and merges. */
export function compareWithLibreOffice(ours: WorkbookFacts, theirs: WorkbookFacts, pivotSheets = new Set<string>()): LibreOfficeComparison {
  const result: LibreOfficeComparison = {
    sheetNamesEqual: JSON.stringify(ours.sheets) === JSON.stringify(theirs.sheets),
    mergesEqual: true,
    cellsCompared: 0,
    explained: {},
    differing: [],
  };
  for (const sheet of new Set([...ours.sheets, ...theirs.sheets])) {
    if (JSON.stringify(ours.merges.get(sheet) ?? []) !== JSON.stringify(theirs.merges.get(sheet) ?? [])) result.mergesEqual = false;
    const a = ours.cells.get(sheet) ?? new Map<string, CellFacts>();
    const b = theirs.cells.get(sheet) ?? new Map<string, CellFacts>();
    for (const address of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(address);
      const y = b.get(address);
      // A formula cell with no result in either reading holds nothing to compare.
      if ((x?.value ?? null) === null && (y?.value ?? null) === null) continue;
      result.cellsCompared++;
      if (x && y && sameValue(x.value, y.value)) continue;
      const where = { column: columnOf(address), pivotSheet: pivotSheets.has(sheet) };
      const cause = LIBREOFFICE_CAUSES.find((c) => c.explains(x, y, where));
      if (cause) result.explained[cause.id] = (result.explained[cause.id] ?? 0) + 1;
      else result.differing.push({ sheet, address, ours: x, theirs: y });
    }
  }
  return result;
}

export interface LibreOfficeFigures {
  filesChecked: number;
  libreOfficeOpened: number;
  equalToLibreOffice: number;
  equalOnceNoted: number;
  cellsCompared: number;
  /** cause id → cells. */
  noted: Record<string, number>;
  differing: { file: string; sheetNames: boolean; merges: boolean; cells: number; first: string[] }[];
  libreOfficeRefused: { file: string; reason: string }[];
  oursRefused: { file: string; reason: string }[];
  copyUnreadable: { file: string; reason: string }[];
}

const show = (facts: CellFacts | undefined) => JSON.stringify(facts?.value ?? null) + (facts?.formula ? ` (=${facts.formula})` : "");

/** Checks `names` (relative to `dir`) against LibreOffice; logs one line per file that is not plainly equal. */
export async function checkWithLibreOffice(
  dir: string,
  names: string[],
  log: (line: string) => void,
  keepCopiesIn?: string,
): Promise<LibreOfficeFigures> {
  const figures: LibreOfficeFigures = {
    filesChecked: names.length,
    libreOfficeOpened: 0,
    equalToLibreOffice: 0,
    equalOnceNoted: 0,
    cellsCompared: 0,
    noted: {},
    differing: [],
    libreOfficeRefused: [],
    oursRefused: [],
    copyUnreadable: [],
  };
  const work = mkdtempSync(join(tmpdir(), "lo-corpus-"));
  const excelJs = new ExcelJsReader();
  try {
    const conversions = convertAll(
      names.map((name) => join(dir, name)),
      work,
      (done) => process.stderr.write(`LibreOffice: ${done}/${names.length}\r`),
    );
    process.stderr.write("\n");
    for (const [i, name] of names.entries()) {
      const conversion = conversions[i];
      if ("refused" in conversion) {
        figures.libreOfficeRefused.push({ file: name, reason: conversion.refused });
        log(`libreoffice refuses ${name}: ${conversion.refused}`);
        continue;
      }
      figures.libreOfficeOpened++;
      if (keepCopiesIn) {
        mkdirSync(dirname(join(keepCopiesIn, name)), { recursive: true });
        copyFileSync(conversion.copy, join(keepCopiesIn, name));
      }
      let ours: WorkbookFacts;
      try {
        const workbook = loadWorkbook(readFileSync(join(dir, name)), { inflateRaw: nativeInflate });
        ours = factsOf(workbook.sheets.map((s) => s.name), workbook.grids);
      } catch (error) {
        const reason = error instanceof LoadError ? error.reason : String(error);
        figures.oursRefused.push({ file: name, reason });
        log(`ours refuses        ${name}: ${reason}`);
        continue;
      }
      const theirs = await excelJs.read(conversion.copy);
      if ("failed" in theirs) {
        figures.copyUnreadable.push({ file: name, reason: theirs.failed });
        log(`copy unreadable     ${name}: ExcelJS on LibreOffice's copy: ${theirs.failed}`);
        continue;
      }
      const result = compareWithLibreOffice(ours, theirs.facts, pivotSheetsOf(readFileSync(join(dir, name))));
      figures.cellsCompared += result.cellsCompared;
      for (const [cause, count] of Object.entries(result.explained)) figures.noted[cause] = (figures.noted[cause] ?? 0) + count;
      const equal = result.sheetNamesEqual && result.mergesEqual && result.differing.length === 0;
      if (equal && Object.keys(result.explained).length === 0) figures.equalToLibreOffice++;
      else if (equal) {
        figures.equalOnceNoted++;
        log(`noted               ${name}: ${JSON.stringify(result.explained)}`);
      } else {
        const first = result.differing.slice(0, 3).map((d) => `${d.sheet}!${d.address} ours=${show(d.ours)} libreoffice=${show(d.theirs)}`);
        if (!result.sheetNamesEqual) first.unshift(`sheets ours=${JSON.stringify(ours.sheets)} libreoffice=${JSON.stringify(theirs.facts.sheets)}`);
        figures.differing.push({ file: name, sheetNames: result.sheetNamesEqual, merges: result.mergesEqual, cells: result.differing.length, first });
        log(`differs             ${name}: names ${result.sheetNamesEqual}, merges ${result.mergesEqual}, ${result.differing.length} cells; ${first.join("; ")}`);
      }
    }
  } finally {
    excelJs.stop();
    rmSync(work, { recursive: true, force: true });
  }
  return figures;
}

/**
 * The files a `npm run corpus -- DIR --verbose` output names as differing from ExcelJS, failed by it, or refused by
 * ours (not its LibreOffice lines, padded wider). Refused by ours includes a few ExcelJS reads: none in the README's run.
 */
export function namesFromVerboseOutput(text: string): string[] {
  return [...new Set([...text.matchAll(/^(?:differs {7}|exceljs fails |ours refuses {2})(\S.*?): /gm)].map((match) => match[1]))];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const [dir, ...rest] = args.filter((arg, i) => !arg.startsWith("--") && !["--from", "--copies"].includes(args[i - 1]));
  const from = option("--from");
  const names = from ? namesFromVerboseOutput(readFileSync(from, "utf8")) : rest;
  if (!dir || names.length === 0) {
    console.error("Cách dùng: npx tsx test/corpus/libreoffice.ts THƯ-MỤC (TỆP... | --from KẾT-QUẢ-CORPUS-VERBOSE)");
    process.exitCode = 2;
    return;
  }
  if (!sofficeAvailable()) {
    console.error("Không có LibreOffice (soffice): bỏ qua phần đối chiếu với LibreOffice.");
    process.exitCode = process.env.CI === "true" ? 1 : 0;
    return;
  }
  const figures = await checkWithLibreOffice(dir, names, (line) => console.log(line), option("--copies"));
  console.log(JSON.stringify(figures, null, 2));
}

if (require.main === module) void main();
