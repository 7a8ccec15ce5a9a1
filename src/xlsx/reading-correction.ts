// A reading correction kept in the workbook as a custom XML part (issue 7): invisible in the sheets, saved by Excel
// with the file, read the same by the command line (through the loader's customXmlParts) and the task pane
// (Office.js workbook.customXmlParts). XML is parsed here, in the shell; the engine gets plain objects.
// Browser-safe. The part looks like:
//   <reading xmlns="urn:ke-hoach-cchc:reading:1" version="1">
//     <table sheet="Khung logic" headerRow="6"><column letter="E" field="budget"/></table>
//   </reading>
import { FIELD_KEYS } from "../core/report-keys";
import type { FieldKey, ReadingCorrection } from "../core/types";
import { parseXml, XmlError } from "./xml";

export const READING_NAMESPACE = "urn:ke-hoach-cchc:reading:1";
const PART = "customXml (Cách đọc bảng)";
const FIELDS = new Set<string>([...FIELD_KEYS, "none"]);

/** The corrections in one custom XML part; null where the part is not ours or not well-formed. */
export function parseReadingXml(xml: string): ReadingCorrection[] | null {
  const tables: ReadingCorrection[] = [];
  let ours = false;
  let current: ReadingCorrection | null = null;
  try {
    parseXml(PART, (write) => write(xml), {
      open(element) {
        if (element.ns !== READING_NAMESPACE) return;
        if (element.local === "reading") ours = true;
        else if (element.local === "table") {
          current = {};
          const sheet = element.attrs.get("sheet");
          const headerRow = Number(element.attrs.get("headerRow"));
          if (sheet) current.sheet = sheet;
          if (Number.isInteger(headerRow) && headerRow > 0) current.headerRow = headerRow;
          tables.push(current);
        } else if (element.local === "column" && current) {
          const letter = (element.attrs.get("letter") ?? "").toUpperCase();
          const field = element.attrs.get("field") ?? "";
          if (/^[A-Z]{1,3}$/.test(letter) && FIELDS.has(field)) (current.columns ??= {})[letter] = field as FieldKey | "none";
        }
      },
      close(ns, local) {
        if (ns === READING_NAMESPACE && local === "table") current = null;
      },
      text() {},
    });
  } catch (error) {
    if (error instanceof XmlError) return null;
    throw error;
  }
  return ours ? tables : null;
}

/** The corrections of the first of the workbook's custom XML parts that is ours; [] where none is. */
export function correctionsInParts(parts: readonly string[]): ReadingCorrection[] {
  for (const part of parts) {
    if (!part.includes(READING_NAMESPACE)) continue;
    const corrections = parseReadingXml(part);
    if (corrections) return corrections;
  }
  return [];
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The custom XML part for these corrections. */
export function readingXml(corrections: readonly ReadingCorrection[]): string {
  const tables = corrections.map((c) => {
    const attrs = [c.sheet !== undefined ? ` sheet="${escapeAttribute(c.sheet)}"` : "", c.headerRow !== undefined ? ` headerRow="${c.headerRow}"` : ""].join("");
    const columns = Object.entries(c.columns ?? {}).map(([letter, field]) => `<column letter="${escapeAttribute(letter)}" field="${escapeAttribute(field)}"/>`);
    return `<table${attrs}>${columns.join("")}</table>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><reading xmlns="${READING_NAMESPACE}" version="1">${tables.join("")}</reading>`;
}
