// Money as Vietnamese documents print it. Its own module, free of docx, so the pane can show totals
// without loading the document library.

/** Thousands grouped with dots: 149000000 → "149.000.000". */
export function money(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  return sign + String(Math.round(Math.abs(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}
