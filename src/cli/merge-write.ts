// The merged workbook's bytes: the layouts written straight to an .xlsx (src/xlsx/write-layouts.ts), dated with the
// given date, so the same inputs give the same bytes whatever their order or --jobs.
import type { FormLayout } from "../core/forms";
import { layoutsToXlsxBytes } from "../xlsx/write-layouts";

export async function layoutsToXlsx(layouts: FormLayout[], documentDate: Date): Promise<Uint8Array> {
  return layoutsToXlsxBytes(layouts, { date: documentDate });
}
