// What a date format shows of its date: a day, or only a month ("mm/yyyy", "mmm-yy": Excel's own format for "6/2026"
// typed in a cell), or only a year, or a day without its year ("dd/mm": "15/11" typed while drafting the year
// before). What is shown is what the official means: a whole month, not its first day; a day of the plan's year.
// Pure, shared by the file reader and the pane's reading of Office.js number formats.
export type DateShows = "day" | "month" | "year" | "day-month";

/** Built-in number formats 16 ("d-mmm") and 17 ("mmm-yy") show part of a date; the others a day and year, or a time. */
const BUILT_IN_SHOWS: Record<number, DateShows> = { 16: "day-month", 17: "month" };

/**
 * A format's first section with what names no date part taken out: quoted text, escapes, padding, [colour] and
 * [condition] brackets ("[h]", elapsed hours, kept as an hour), "General". Case as typed: Excel reads "DD/MM/YYYY" too.
 */
export function dateCodes(code: string): string {
  return code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "")
    .split(";")[0]
    .replace(/General/gi, "");
}

/** What a date format code shows, or null where it shows no date part at all. */
export function dateShows(code: string): DateShows | null {
  const section = dateCodes(code);
  if (/[hs]/i.test(section)) return "day";
  if (/d/i.test(section)) return /y/i.test(section) ? "day" : "day-month";
  if (/m/i.test(section)) return "month";
  if (/y/i.test(section)) return "year";
  return null;
}

/** The same for a built-in format id (styles.xml names no code for those). */
export function builtInDateShows(id: number): DateShows | null {
  return BUILT_IN_SHOWS[id] ?? null;
}
