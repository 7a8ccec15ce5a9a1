// npm run corpus -- DIR: reads every .xlsx/.xlsm under DIR with our reader and with ExcelJS (in a worker thread,
// 20 s and 1.5 GB per file, since ExcelJS hangs on some), compares them, and prints the figures the README quotes.
// --json prints one object; --verbose lists each file that differs or that one reader refuses; --libreoffice then has
// LibreOffice settle the files ExcelJS cannot (it fails, or differs beyond the principled causes), including those
// ours refuses too, since ours must read whatever LibreOffice opens: test/corpus/libreoffice.ts.
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { nativeInflate } from "../../src/cli/load";
import { LoadError, loadWorkbook } from "../../src/xlsx/load";
import { compare, factsOf, type WorkbookFacts } from "./compare";
import { ExcelJsReader } from "./exceljs-reader";
import { checkWithLibreOffice, sofficeAvailable } from "./libreoffice";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(xlsx|xlsm)$/i.test(name) && !name.startsWith("~$") ? [path] : [];
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((arg) => !arg.startsWith("--"));
  if (!dir) {
    console.error("Cách dùng: npm run corpus -- THƯ-MỤC [--json] [--verbose] [--libreoffice]");
    process.exitCode = 2;
    return;
  }
  const verbose = args.includes("--verbose");
  const libreOffice = args.includes("--libreoffice");
  if (libreOffice && !sofficeAvailable()) {
    console.error("Không có LibreOffice (soffice): không thể chạy --libreoffice; bỏ cờ này để chỉ so với ExcelJS.");
    process.exitCode = 2;
    return;
  }
  /** Files ExcelJS fails on (whether ours reads them or not) or reads differently beyond the principled causes. */
  const unsettled: string[] = [];
  const excelJs = new ExcelJsReader();
  const figures = {
    files: 0,
    oursRead: 0,
    excelJsRead: 0,
    bothRead: 0,
    equalToExcelJs: 0,
    equalOnceExplained: 0,
    readWhereExcelJsFails: 0,
    excelJsReadsOursRefuses: 0,
    neitherReads: 0,
    cellsCompared: 0,
    explained: {} as Record<string, number>,
    oursRefusals: {} as Record<string, number>,
    excelJsFailures: {} as Record<string, number>,
  };
  for (const file of files(dir)) {
    figures.files++;
    const name = relative(dir, file);
    const bytes = readFileSync(file);
    let ours: WorkbookFacts | null = null;
    try {
      const workbook = loadWorkbook(bytes, { inflateRaw: nativeInflate });
      ours = factsOf(workbook.sheets.map((s) => s.name), workbook.grids);
      figures.oursRead++;
    } catch (error) {
      const reason = error instanceof LoadError ? error.reason : `NOT A LoadError: ${String(error)}`;
      figures.oursRefusals[reason] = (figures.oursRefusals[reason] ?? 0) + 1;
      if (verbose) console.log(`ours refuses  ${name}: ${reason}`);
    }
    const theirs = await excelJs.read(file);
    if ("facts" in theirs) figures.excelJsRead++;
    else figures.excelJsFailures[theirs.failed] = (figures.excelJsFailures[theirs.failed] ?? 0) + 1;
    if (ours && "facts" in theirs) {
      figures.bothRead++;
      const result = compare(ours, theirs.facts);
      figures.cellsCompared += result.cellsCompared;
      for (const [cause, count] of Object.entries(result.explained)) figures.explained[cause] = (figures.explained[cause] ?? 0) + count;
      if (result.equal && Object.keys(result.explained).length === 0) figures.equalToExcelJs++;
      else if (result.equal) {
        figures.equalOnceExplained++;
        if (verbose) console.log(`explained     ${name}: ${JSON.stringify(result.explained)}`);
      } else {
        unsettled.push(name);
        const first = result.unexplained.slice(0, 3).map((d) => `${d.sheet}!${d.address} ours=${JSON.stringify(d.ours)} exceljs=${JSON.stringify(d.theirs)}`);
        if (verbose) console.log(`differs       ${name}: names ${result.sheetNamesEqual}, merges ${result.mergesEqual}, ${result.unexplained.length} cells; ${first.join("; ")}`);
      }
    } else if (ours) {
      figures.readWhereExcelJsFails++;
      unsettled.push(name);
      if (verbose) console.log(`exceljs fails ${name}: ${"failed" in theirs ? theirs.failed : ""}`);
    } else if ("facts" in theirs) figures.excelJsReadsOursRefuses++;
    else {
      figures.neitherReads++;
      unsettled.push(name);
    }
  }
  excelJs.stop();
  const all = libreOffice ? { ...figures, libreOffice: await checkWithLibreOffice(dir, unsettled, (line) => verbose && console.log(line)) } : figures;
  if (args.includes("--json")) console.log(JSON.stringify(all));
  else console.log(JSON.stringify(all, null, 2));
}

void main();
