import type { CellValue } from "./types";

/** Text to match literally inside a RegExp built from vocabulary words. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

// XML 1.0 forbids most control characters; a cell holding one would make Excel or Word refuse the file.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff&<>"]/;

/** Text for XML content or a double-quoted attribute: &, <, > and " escaped (an apostrophe needs nothing there),
 *  the characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Characters NFC leaves as they are, alone and beside each other (test/text.test.ts checks every one and every pair):
 * Latin with its precomposed letters (Vietnamese's ơ, ư, đ, ạ … ỹ), spacing modifiers, dashes, quotes and bullets.
 * Text of nothing else, nearly every cell, is already NFC, and skips ICU's normalizer, a fifth of a warm analysis.
 */
export const NFC_STABLE = /^[\u0000-\u02ff\u1e00-\u1eff\u2010-\u2027]*$/;

/** NFC, non-breaking spaces to spaces, trimmed; keeps line breaks (cells are multi-line). */
export function normalize(text: string): string {
  // Nearly every cell is NFC already and holds neither odd spaces nor carriage returns: one test says so.
  if (PLAIN.test(text)) return text.trim();
  const nfc = NFC_STABLE.test(text) ? text : text.normalize("NFC");
  const plain = ODD_WHITESPACE.test(nfc) ? nfc.replace(/[\u00a0\u2007\u202f]/g, " ").replace(/\r\n?/g, "\n") : nfc;
  return plain.trim();
}

const ODD_WHITESPACE = /[\u00a0\u2007\u202f\r]/;
/** NFC_STABLE's characters but those ODD_WHITESPACE replaces (the carriage return, the no-break space). */
const PLAIN = /^[\u0000-\u000c\u000e-\u009f\u00a1-\u02ff\u1e00-\u1eff\u2010-\u2027]*$/;

/** Each precomposed Latin letter (Vietnamese included) mapped to its lower-case base letter; built once. */
const BASE_LETTER: Map<string, string> = (() => {
  const map = new Map<string, string>();
  const ranges: [number, number][] = [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code += 1) {
      const char = String.fromCharCode(code);
      const base = char.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
      if (base !== char) map.set(char, base);
    }
  }
  map.set("đ", "d").set("Đ", "d");
  return map;
})();

const FOLD_CACHE_LIMIT = 20_000;
const foldCache = new Map<string, string>();

/** Lower-case, accent-free, single-spaced: the form used for matching headers and labels. */
export function fold(text: string): string {
  const cached = foldCache.get(text);
  if (cached !== undefined) return cached;
  const folded = foldUncached(text);
  // Plans repeat the same short texts (bodies, periods, first words); task text is unique and not worth keeping.
  if (text.length <= 40) {
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

/** fold without the cache: for text unique to its row (a task's opening words), which would only churn the cache. */
export function foldUnique(text: string): string {
  return foldUncached(text);
}

// One pass over the characters: several times faster than normalize("NFD") + regexes on 20,000-row plans.
// Text that is already folded comes back as is; otherwise the code units are collected and turned into one
// string at the end, not built a character at a time (each += would allocate).
function foldUncached(text: string): string {
  if (isFolded(text)) return text;
  const codes: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const unit = code < 0x80 ? null : foldedUnit(code);
    if (unit === "") continue;
    const isSpace = unit === null ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : unit === " ";
    if (isSpace) {
      space = codes.length > 0;
      continue;
    }
    if (space) {
      codes.push(0x20);
      space = false;
    }
    if (unit !== null) pushCodes(codes, unit);
    else codes.push(code >= 0x41 && code <= 0x5a ? code + 32 : code);
  }
  return fromCodes(codes);
}

/** What folding makes of each non-ASCII code unit, filled in as units are met (no string per character looked up). */
const FOLDED_UNIT: (string | undefined)[] = new Array<string | undefined>(0x10000);

/** "" for a combining accent (dropped), " " for whitespace, else the lower-case base letter. */
function foldedUnit(code: number): string {
  return (FOLDED_UNIT[code] ??= foldOneUnit(String.fromCharCode(code)));
}

function foldOneUnit(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x0300 && code <= 0x036f) return "";
  if (WHITESPACE.test(char)) return " ";
  return BASE_LETTER.get(char) ?? char.toLowerCase();
}

/** Plain lower-case ASCII, single-spaced, nothing at either end to trim: folding would change nothing. */
function isFolded(text: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (code < 0x20 || code >= 0x7f || (code >= 0x41 && code <= 0x5a)) {
      return false;
    } else {
      previousSpace = false;
    }
  }
  return !previousSpace || text.length === 0;
}

function pushCodes(codes: number[], chars: string): void {
  for (let i = 0; i < chars.length; i += 1) codes.push(chars.charCodeAt(i));
}

/** Chunked, as a 32,000-character cell would pass too many arguments to one call. */
function fromCodes(codes: number[]): string {
  const CHUNK = 4096;
  if (codes.length <= CHUNK) return String.fromCharCode(...codes);
  let out = "";
  for (let at = 0; at < codes.length; at += CHUNK) out += String.fromCharCode(...codes.slice(at, at + CHUNK));
  return out;
}

const WHITESPACE = /\s/;

/**
 * The first character of fold(text) where the text opens with a plain ASCII character (folding only lower-cases it),
 * else null (unknown without folding). Lets label tests rule most cells out without folding them.
 */
function asciiInitial(text: string): string | null {
  const code = text.charCodeAt(0);
  if (!(code < 0x80) || code === 0x20 || (code >= 0x09 && code <= 0x0d)) return null;
  return String.fromCharCode(code >= 0x41 && code <= 0x5a ? code + 32 : code);
}

/** False only where the folded text surely starts with none of these characters. */
export function mayStartWith(text: string, initials: string): boolean {
  const initial = asciiInitial(text);
  return initial === null || initials.includes(initial);
}

/** A cell's value as display text: numbers plainly, dates as dd/mm/yyyy, errors as their code. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return normalize(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    const dd = String(value.getUTCDate()).padStart(2, "0");
    const mm = String(value.getUTCMonth() + 1).padStart(2, "0");
    return `${dd}/${mm}/${value.getUTCFullYear()}`;
  }
  return value.error;
}

/** Letters of the columns asked for so far: every row asks for the same few columns. */
const LETTERS_BY_COLUMN: string[] = [];

/** 0-based column index to letters: 0 → A, 27 → AB. */
export function columnLetters(col: number): string {
  return (LETTERS_BY_COLUMN[col] ??= lettersOf(col));
}

function lettersOf(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 0-based row and column to an A1 address. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}
