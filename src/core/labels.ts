// Reading the labels officials put in the TT and content cells: "Lĩnh vực 1:", "I.", "Kết quả 1.1", "1.1.1", "a)",
// ditto marks, blank-form placeholders, total rows. Works on folded text (accent- and case-free).
import { fold, foldUnique } from "./text";
import type { Level } from "./types";

const ROMAN = /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

export function isRoman(token: string): boolean {
  return token.length > 0 && token.length <= 8 && ROMAN.test(token.toLowerCase());
}

export interface Numbering {
  /** The numbering as typed ("1.1.", "II", "a"). */
  text: string;
  kind: "roman" | "arabic" | "letter";
  /** 1 for "1", 2 for "1.1", 3 for "1.1.1"; roman and letters count as 1. */
  depth: number;
}

const NUMBER_TOKEN = /^(\d{1,3}(?:\.\d{1,3}){0,4})\.?$/;

/** Reads a TT cell, or a leading "1.1." / "II." / "a)" in front of text. */
export function readNumbering(token: string): Numbering | null {
  const text = token.trim();
  if (!couldBeNumbering(text)) return null;
  const bare = text.replace(/[.):]+$/, "");
  if (!bare) return null;
  if (NUMBER_TOKEN.test(text)) return { text, kind: "arabic", depth: bare.split(".").length };
  if (isRoman(bare)) return { text, kind: "roman", depth: 1 };
  if (/^[a-zđ]$/i.test(bare) && text.length <= 2) return { text, kind: "letter", depth: 1 };
  return null;
}

const ROMAN_INITIALS = "IVXLCivxlc";

/**
 * Arabic numbering starts with a digit, roman with a roman letter, and a letter numbering is at most two characters:
 * task text (most cells asked) is ruled out here before any regex runs over it.
 */
function couldBeNumbering(text: string): boolean {
  if (text.length <= 2) return true;
  const first = text.charCodeAt(0);
  return (first >= 0x30 && first <= 0x39) || ROMAN_INITIALS.includes(text[0]);
}

const LEADING_NUMBER = /^\s*((?:\d{1,3}(?:\.\d{1,3}){0,4}\.?|[IVXLC]{1,8}\.|[a-zđ]\)))\s+/i;

/** Splits "1.1. Nâng cấp website" into its numbering and the rest. */
export function splitLeadingNumber(text: string): { numbering: Numbering | null; rest: string } {
  const match = LEADING_NUMBER.exec(text);
  if (!match) return { numbering: null, rest: text };
  const numbering = readNumbering(match[1]);
  if (!numbering) return { numbering: null, rest: text };
  return { numbering, rest: text.slice(match[0].length) };
}

/** Level words in a label: "Lĩnh vực 1: …", "Kết quả 1.1: …", "Hoạt động 1.1.1: …". */
const LEVEL_LABELS: { pattern: RegExp; level: Level }[] = [
  { pattern: /^(linh vuc|phan)\s+([ivxlc]+|\d+)\b/, level: "area" },
  { pattern: /^(ket qua|dau ra|muc tieu|m\/tieu)\s+\d+(\.\d+)*\b/, level: "result" },
  { pattern: /^(hoat dong|nhiem vu)\s+\d+(\.\d+)*\b/, level: "activity" },
];

/** Labels sit at the start of a cell: folding its head is enough, and keeps long task text out of the fold. */
const LABEL_HEAD = 32;

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
function mayStartWith(text: string, initials: string): boolean {
  const initial = asciiInitial(text);
  return initial === null || initials.includes(initial);
}

export function labelLevel(text: string): Level | null {
  if (!mayStartWith(text, "lpkdmhn")) return null;
  const folded = foldUnique(text.slice(0, LABEL_HEAD));
  for (const label of LEVEL_LABELS) if (label.pattern.test(folded)) return label.level;
  return null;
}

/** "Lĩnh vực 1: Cải cách thể chế" → "Cải cách thể chế"; "I. Cải cách thể chế" → "Cải cách thể chế". */
export function stripLabel(text: string): string {
  const withoutWord = text.replace(
    /^\s*(?:lĩnh vực|lĩnh vục|linh vuc|phần|kết quả|hoạt động|nhiệm vụ)\s+(?:[IVXLC]+|\d+(?:\.\d+)*)\s*[.:)\-–]?\s*/iu,
    "",
  );
  if (withoutWord !== text) return withoutWord.trim();
  return splitLeadingNumber(text).rest.trim();
}

const DITTO = new Set(["nt", "(nt)", "-nt-", "- nt -", "nhu tren", "(nhu tren)", "-nhu tren-", '"', "\u201d", "\u201c\u201d", "''", "nt.", "-nt"]);

export function isDitto(text: string): boolean {
  return text.length <= 14 && mayStartWith(text, "n(-\"'") && DITTO.has(fold(text));
}

/** Blank-form text is short; a longer cell is real content. */
const PLACEHOLDER_MAX = 40;

/** Blank-form text: "M/tiêu 1", "1.2…", "1.1. Nhiệm vụ 1", "…". */
export function isPlaceholderText(text: string): boolean {
  if (text.length > PLACEHOLDER_MAX) return false;
  const folded = fold(text);
  if (!folded) return false;
  if (/^[.…\s]+$/.test(folded)) return true;
  const rest = fold(splitLeadingNumber(text).rest);
  const bareNumber = /^\d{1,3}(\.\d{1,3})*\.?\s*(…|\.{2,})$/.test(folded);
  const genericLabel = /^(m\/tieu|muc tieu|nhiem vu|hoat dong|ket qua|noi dung|san pham)\s*\d*(\.\d+)*\s*[.:]?\s*(…|\.{2,})?$/.test(rest);
  return bareNumber || genericLabel || /^(…|\.{2,})$/.test(rest);
}

/** "Tổng kinh phí", "Tổng cộng", "Cộng": the sheet's own total row. */
export function isTotalLabel(text: string): boolean {
  if (!mayStartWith(text, "tc")) return false;
  const folded = fold(text.slice(0, LABEL_HEAD));
  // Not a bare "tổng": "Tổng kết công tác CCHC" is a task.
  return /^(tong cong|tong kinh phi|tong so|tong du toan|tong ngan sach)\b/.test(folded) || /^cong\s*[:(]?$/.test(folded);
}

/** The "Bằng chữ: …" line under a total. */
export function isWordsLine(text: string): boolean {
  if (!mayStartWith(text, "(b")) return false;
  return /^\(?\s*bang chu\b/.test(fold(text.slice(0, LABEL_HEAD)));
}
