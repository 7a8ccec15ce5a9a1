// A1 references → 0-based row and column, without regular expressions in the hot path.

/** 0-based column of the letters at the start of `ref` ("AB12" → 27); -1 where there are none or too many. */
export function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  return i === 0 || i > 3 || col > 16384 ? -1 : col - 1;
}

/** 0-based row of the digits after the letters ("AB12" → 11); -1 where it is not a row number. */
export function rowOf(ref: string): number {
  let i = 0;
  while (i < ref.length && ((ref.charCodeAt(i) | 0x20) >= 97 && (ref.charCodeAt(i) | 0x20) <= 122)) i++;
  if (i === ref.length) return -1;
  let row = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    row = row * 10 + (code - 48);
  }
  return row >= 1 && row <= 1048576 ? row - 1 : -1;
}

export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * A shared formula's text as it reads from another cell: relative references move by the offset, `$` ones stay.
 * The same rule as ExcelJS's slideFormula (MIT), so both readers give the same text.
 */
export function slideFormula(formula: string, fromRow: number, fromCol: number, toRow: number, toCol: number): string {
  return formula.replace(/(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi, (match, sheet: string | undefined, _s, part: string, paren) => {
    if (paren) return match;
    const ref = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i.exec(part);
    if (!ref) return match;
    const letters = ref[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return match;
    let col = columnOf(letters);
    let row = parseInt(ref[4], 10);
    if (!ref[1]) col += toCol - fromCol;
    if (!ref[3]) row += toRow - fromRow;
    return (sheet ?? "") + (ref[1] ?? "") + columnLetters(col) + (ref[3] ?? "") + row;
  });
}
