// The workbook's own dates (docProps/core.xml), read from the zip without a spreadsheet library, so any loader can
// tell a unit's later draft from its earlier one. Browser-safe (fflate only).
import { strFromU8, unzipSync } from "fflate";

const CORE = "docProps/core.xml";

/** dcterms:modified as an ISO instant, or null where the file has no (valid) date. Only that one entry is inflated. */
export function documentModified(bytes: Uint8Array): string | null {
  let xml: string;
  try {
    const entry = unzipSync(bytes, { filter: (file) => file.name === CORE })[CORE];
    if (!entry) return null;
    xml = strFromU8(entry);
  } catch {
    return null;
  }
  const match = /<dcterms:modified\b[^>]*>\s*([^<\s]+)\s*<\/dcterms:modified>/.exec(xml);
  if (!match) return null;
  const time = Date.parse(match[1]);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
