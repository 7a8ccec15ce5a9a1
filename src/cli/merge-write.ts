// The merged workbook as bytes, the same whatever the input order or --jobs: fixed document dates, and the zip
// repacked with one fixed entry date (ExcelJS's JSZip stamps every entry with the time of writing).
import { unzipSync, zipSync, type Zippable } from "fflate";
import ExcelJS from "exceljs";
import type { FormLayout } from "../core/forms";
import { renderLayout } from "./xlsx-writer";

/** DOS zip dates start in 1980; a fixed one keeps every entry's bytes the same between runs. */
const ZIP_DATE = new Date(Date.UTC(1980, 0, 1, 12));

export async function layoutsToXlsx(layouts: FormLayout[], documentDate: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kế hoạch CCHC";
  workbook.lastModifiedBy = "Kế hoạch CCHC";
  workbook.created = documentDate;
  workbook.modified = documentDate;
  // No cached results are written, so Excel computes the formulas when the file opens.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const layout of layouts) renderLayout(workbook, layout);
  return repack(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

function repack(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const zippable: Zippable = {};
  for (const name of Object.keys(entries)) zippable[name] = [entries[name], { mtime: ZIP_DATE }];
  return zipSync(zippable, { level: 6 });
}
