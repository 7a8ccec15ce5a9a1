// The reading correction kept in the workbook as a custom XML part (workbook.customXmlParts, ExcelApi 1.5, below the
// add-in's 1.7 floor, so every host has it). Reading rides on the syncs readSheet makes anyway; saving takes two.
import { READING_NAMESPACE } from "../xlsx/reading-correction";

/**
 * Queues, before a sync, the lookup of our parts; after that sync, `thenXml` queues each part's text for the next
 * one; after that, `xml` gives the texts. Two syncs the caller makes anyway, none of its own.
 */
export function queueReadingParts(context: Excel.RequestContext): { thenXml(): () => string[] } {
  const parts = context.workbook.customXmlParts.getByNamespace(READING_NAMESPACE);
  parts.load("items/id");
  return {
    thenXml() {
      const results = parts.items.map((part) => part.getXml());
      return () => results.map((result) => result.value);
    },
  };
}

/** The items of a collection loaded as "items/id" (the lint rule knows only a bare "items" load, which loads all). */
function loadedItems(parts: Excel.CustomXmlPartScopedCollection): Excel.CustomXmlPart[] {
  return parts.items;
}

/** Replaces our part with this XML: two syncs (find the old parts; delete them and add the new one in one batch). */
export async function saveReadingPart(context: Excel.RequestContext, xml: string): Promise<number> {
  const parts = context.workbook.customXmlParts.getByNamespace(READING_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  for (const part of loadedItems(parts)) part.delete();
  context.workbook.customXmlParts.add(xml);
  await context.sync();
  return 2;
}
