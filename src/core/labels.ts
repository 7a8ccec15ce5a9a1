// Reading the labels officials put in the TT and content cells: "Lĩnh vực 1:", "I.", "Kết quả 1.1", "1.1.1", "a)",
// ditto marks, blank-form placeholders, total, subtotal, note and words lines. Every word comes from vocabulary.ts;
// tests run on folded text (accent- and case-free).
import { fold, foldUnique, mayStartWith } from "./text";
import type { Level } from "./types";
import {
  CLOSING_WORDS,
  DITTO_MARKS,
  DOCUMENT_SECTION_WORDS,
  GRAND_TOTAL_WORDS,
  initialsOf,
  LEVEL_WORDS,
  NOTE_MARKS,
  NOTE_WORDS,
  phrasesPattern,
  PLACEHOLDER_WORDS,
  SUBTOTAL_GROUPS,
  SUBTOTAL_WORDS,
  UNIT_ROW_WORDS,
  WORDS_LINE_WORDS,
} from "./vocabulary";

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

/** Reads a TT cell, or a leading "1.1." / "II." / "a)" in front of text. A lone "c" is Roman until its neighbours say. */
export function readNumbering(token: string): Numbering | null {
  const text = token.trim();
  if (!couldBeNumbering(text)) return null;
  const bare = bareNumbering(text);
  if (!bare) return null;
  if (NUMBER_TOKEN.test(bare)) return { text, kind: "arabic", depth: 1 + dotsIn(bare) };
  if (isRoman(bare)) return { text, kind: "roman", depth: 1 };
  if (text.length <= 3 && /^[a-zđ]$/i.test(bare)) return { text, kind: "letter", depth: 1 };
  return null;
}

/** 2 for "1.1.1": counted, not split, as every TT cell passes here. */
function dotsIn(text: string): number {
  let dots = 0;
  for (let at = text.indexOf("."); at >= 0; at = text.indexOf(".", at + 1)) dots += 1;
  return dots;
}

/** "(II.)" → "II", "1.1." → "1.1", "1)", "a/" → "1", "a": the numbering without its opening bracket and closing punctuation. Sliced, not
 *  replaced: every TT cell passes here, and an end-anchored regex tries each position of the text. */
function bareNumbering(text: string): string {
  const start = text.startsWith("(") ? 1 : 0;
  let end = text.length;
  while (end > start && ".):/".includes(text[end - 1])) end -= 1;
  return text.slice(start, end);
}

/** The single character a Roman or letter numbering stands on ("c" of "c)"), or null. */
export function singleLetter(numbering: Numbering): string | null {
  const bare = bareNumbering(numbering.text).toLowerCase();
  return bare.length === 1 ? bare : null;
}

/** The Vietnamese alphabet as plans number with it (đ after d); i, v, x, l, c are Roman numerals too. */
const ALPHABET = "abcdđefghiklmnopqrstuvxy";

/** A letter run a, b, c …: is `letter` the one after `previous`? */
export function followsInAlphabet(previous: string, letter: string): boolean {
  const at = ALPHABET.indexOf(previous);
  const next = ALPHABET.indexOf(letter);
  if (at < 0 || next < 0) return previous.charCodeAt(0) + 1 === letter.charCodeAt(0);
  return next === at + 1 || (previous === "d" && letter === "e") || (previous === "h" && letter === "i") || (previous === "i" && letter === "j");
}

/** The characters a Roman numeral may start with: a text starting otherwise is no Roman numbering. */
export const ROMAN_INITIALS = "IVXLCivxlc";

/**
 * Arabic numbering starts with a digit, roman with a roman letter, and a letter numbering is at most three characters:
 * task text (most cells asked) is ruled out here before any regex runs over it.
 */
function couldBeNumbering(text: string): boolean {
  if (text.length <= 3) return true;
  const first = text.charCodeAt(0);
  return (first >= 0x30 && first <= 0x39) || ROMAN_INITIALS.includes(text[0]);
}

const LEADING_NUMBER = /^\s*((?:\d{1,3}(?:\.\d{1,3}){0,4}[.)/]?|\(\d{1,3}\)|[IVXLC]{1,8}\.|[a-zđ][)/]|\([a-zđ]\)))\s+/i;

/** Splits "1.1. Nâng cấp website" into its numbering and the rest. */
export function splitLeadingNumber(text: string): { numbering: Numbering | null; rest: string } {
  const match = LEADING_NUMBER.exec(text);
  if (!match) return { numbering: null, rest: text };
  const numbering = readNumbering(match[1]);
  if (!numbering) return { numbering: null, rest: text };
  return { numbering, rest: text.slice(match[0].length) };
}

const LABEL_NUMBER = "([ivxlc]+|\\d+(?:\\.\\d+)*)";

/** The levels a label may state, in the order they are tried: "Lĩnh vực 1: …", "Đầu ra 1.1: …", "Hoạt động 1.1.1: …". */
const LABEL_LEVELS = Object.keys(LEVEL_WORDS) as Level[];

/**
 * Each level's words, longest first, in one pattern tried in level order (as one pattern per level, tried in turn,
 * would be): the group of the level that matched is set, and the number follows them.
 */
const LEVEL_LABEL = new RegExp(
  `^(?:${LABEL_LEVELS.map((level) => `(${phrasesPattern(LEVEL_WORDS[level])})`).join("|")})\\s*${LABEL_NUMBER}\\b`,
);

const ALL_LEVEL_WORDS = Object.values(LEVEL_WORDS).flat();
const LEVEL_INITIALS = initialsOf(ALL_LEVEL_WORDS);

/** Labels sit at the start of a cell: folding its head is enough, and keeps long task text out of the fold. */
const LABEL_HEAD = 32;

/** The level and number a label states ("Kết quả 5.1." → result, "5.1"), or null. */
export function readLabel(text: string): { level: Level; number: string; word: string } | null {
  if (!mayStartWith(text, LEVEL_INITIALS)) return null;
  const match = LEVEL_LABEL.exec(foldUnique(text.slice(0, labelHeadEnd(text))));
  if (!match) return null;
  const at = match.findIndex((group, i) => i > 0 && group !== undefined);
  return { level: LABEL_LEVELS[at - 1], number: match[LABEL_LEVELS.length + 1], word: match[at] };
}

/** Where a label's head ends: LABEL_HEAD characters, or just past the first colon (a label's number comes before the
 *  colon that ends it, and a colon before the number leaves none to read, so folding past it changes nothing). */
function labelHeadEnd(text: string): number {
  const colon = text.indexOf(":");
  return colon >= 0 && colon < LABEL_HEAD ? colon + 1 : LABEL_HEAD;
}

export function labelLevel(text: string): Level | null {
  return readLabel(text)?.level ?? null;
}

/** Each base letter with its accented forms, for matching a folded word against text as typed. */
const ACCENTED: Record<string, string> = {
  a: "aàáảãạăằắẳẵặâầấẩẫậ", e: "eèéẻẽẹêềếểễệ", i: "iìíỉĩị", o: "oòóỏõọôồốổỗộơờớởỡợ", u: "uùúủũụưừứửữự",
  y: "yỳýỷỹỵ", d: "dđ",
};

/** A regex source matching a folded phrase in text as typed, with or without accents ("linh vuc" ~ "Lĩnh vực"). */
export function accentInsensitive(phrase: string): string {
  return [...phrase]
    .map((ch) => (ACCENTED[ch] ? `[${ACCENTED[ch]}]` : ch === " " ? "\\s+" : ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")))
    .join("");
}

const STRIP_LABEL = new RegExp(
  `^\\s*(?:${[...ALL_LEVEL_WORDS].sort((a, b) => b.length - a.length).map(accentInsensitive).join("|")})\\s*` +
    `(?:[IVXLC]+|\\d+(?:\\.\\d+)*)\\s*[.:)\\-–]?\\s*`,
  "iu",
);

/** "Lĩnh vực 1: Cải cách thể chế" → "Cải cách thể chế"; "Đầu ra 1.1: …", "I. …" likewise. */
export function stripLabel(text: string): string {
  const withoutWord = text.replace(STRIP_LABEL, "");
  if (withoutWord !== text) return withoutWord.trim();
  return splitLeadingNumber(text).rest.trim();
}

const DITTO = new Set(DITTO_MARKS);
const DITTO_INITIALS = initialsOf(DITTO_MARKS);

export function isDitto(text: string): boolean {
  return text.length <= 14 && mayStartWith(text, DITTO_INITIALS) && DITTO.has(fold(text));
}

/** Blank-form text is short; a longer cell is real content. */
const PLACEHOLDER_MAX = 40;
const GENERIC_LABEL = new RegExp(`^${phrasesPattern(PLACEHOLDER_WORDS)}\\s*\\d*(\\.\\d+)*\\s*[.:]?\\s*(…|\\.{2,})?$`);

/** A form's worked example ("Ví dụ: Rà soát 10 thủ tục…", "VD: …"): how to fill a row, not a task. */
const EXAMPLE = /^\s*(?:vi du|vd)\s*[:.]/;

/** A worked example: its figures show how to write them, and are no money. */
export function isExampleText(text: string): boolean {
  return /^\s*v/i.test(text) && EXAMPLE.test(fold(text.slice(0, 12)));
}

/** Blank-form text: "M/tiêu 1", "1.2…", "1.1. Nhiệm vụ 1", "…", or a worked example ("Ví dụ: …"). */
export function isPlaceholderText(text: string): boolean {
  if (isExampleText(text)) return true;
  if (text.length > PLACEHOLDER_MAX) return false;
  const folded = fold(text);
  if (!folded) return false;
  if (/^[.…\s]+$/.test(folded)) return true;
  const rest = fold(splitLeadingNumber(text).rest);
  const bareNumber = /^\d{1,3}(\.\d{1,3})*\.?\s*(…|\.{2,})$/.test(folded);
  return bareNumber || GENERIC_LABEL.test(rest) || /^(…|\.{2,})$/.test(rest);
}

/** "Tổng số" and "Cộng toàn bộ" open tasks too ("Tổng số hồ sơ …"): they need punctuation, a figure or nothing after. */
const LOOSE_TOTAL_WORDS = ["tong so", "cong toan bo"];
const GRAND_TOTAL = new RegExp(`^${phrasesPattern(GRAND_TOTAL_WORDS.filter((w) => !LOOSE_TOTAL_WORDS.includes(w)))}\\b`);
const LOOSE_TOTAL = new RegExp(`^${phrasesPattern(LOOSE_TOTAL_WORDS)}\\s*(?:$|[:(.)\\-–\\d])`);
/** A line naming the document, folded: "KẾ HOẠCH …", "DỰ THẢO KẾ HOẠCH …", "KẾ HOẠCH" alone over its subject. The
 *  plan's title; the issuing body stands above it. */
export function namesDocument(folded: string): boolean {
  return DOCUMENT_NAME.test(folded);
}

const DOCUMENT_NAME = /^(?:du thao\s+)?ke hoach\b/;

/** "Cộng", "Cộng:", "Cộng lĩnh vực I", "Cộng (I)", "Tiểu cộng": the words, then at most a label or number. */
const SUBTOTAL = new RegExp(`^${phrasesPattern(SUBTOTAL_WORDS)}(?:\\s*(?:[ivxlc]+|\\d+(?:\\.\\d+)*|[a-z]))?\\s*(?:$|[:(.)\\-–])`);
/** "Cộng quý I", "Tiểu cộng năm 2026:", "Cộng 6 tháng đầu năm": the group closed named, then at most its label. */
const SUBTOTAL_OF_GROUP = new RegExp(
  `^(?:cong|tieu cong) ${phrasesPattern(SUBTOTAL_GROUPS)}(?:\\s*(?:[ivxlc]+|\\d{1,4}(?:[./]\\d{1,4})*|[a-z]))?\\s*(?:$|[:(.)\\-–])`,
);
const TOTAL_INITIALS = initialsOf([...GRAND_TOTAL_WORDS, ...SUBTOTAL_WORDS]);
/** One group's label: I, 2, 1.2, A, in brackets or not. */
const GROUP_LABEL = "(?:[ivxlc]+|\\d{1,2}(?:\\.\\d{1,2})*|[a-z])";
/** A subtotal worded with Tổng: "Tổng (2)", "Tổng II", "Tổng cộng lĩnh vực 2", "Tổng cộng (I)": one group's label
 *  after the words (a grand total sums several: "Tổng cộng (I+II)"). */
const TONG_SUBTOTAL = new RegExp(
  `^tong(?: cong)?(?: (?:linh vuc|muc|phan|nhom))?\\s*(?:\\(\\s*${GROUP_LABEL}\\s*\\)|${GROUP_LABEL})\\s*[:.]?$`,
);
/** "Tổng (1+2+3)", "Tổng các lĩnh vực": the grand total. */
const BARE_TOTAL = new RegExp(`^tong\\s*(?:\\(\\s*${GROUP_LABEL}(?:\\s*\\+\\s*${GROUP_LABEL})+\\s*\\)|cac linh vuc\\b)`);
/** "Tổng" or "Tổng:" alone: the grand total where the table ends with it, else a group's subtotal (the reader decides). */
const LONE_TONG = /^tong\s*:?\s*$/;

/** "Tổng kinh phí", "Tổng cộng": the sheet's own grand total row. Not "tổng" with a task's words: "Tổng kết công tác
 *  CCHC" is a task; nor one group's: "Tổng cộng lĩnh vực 2" is its subtotal. */
export function isTotalLabel(text: string): boolean {
  if (!mayStartWith(text, TOTAL_INITIALS)) return false;
  const folded = fold(text.slice(0, LABEL_HEAD));
  if (TONG_SUBTOTAL.test(folded)) return false;
  return GRAND_TOTAL.test(folded) || LOOSE_TOTAL.test(folded) || BARE_TOTAL.test(folded) || LONE_TONG.test(folded);
}

/** "Tổng" or "Tổng:" alone, which is the grand total or a subtotal by where it stands. */
export function isLoneTong(text: string): boolean {
  return text.length <= 8 && LONE_TONG.test(fold(text));
}

/** "Cộng", "Cộng lĩnh vực I", "Cộng mục 1", "Tổng (2)": a group's subtotal. "Cộng tác viên …" and "Công khai …" are tasks. */
export function isSubtotalLabel(text: string): boolean {
  if (!mayStartWith(text, TOTAL_INITIALS) || text.length > 80) return false;
  const folded = fold(text.slice(0, LABEL_HEAD));
  return SUBTOTAL.test(folded) || SUBTOTAL_OF_GROUP.test(folded) || TONG_SUBTOTAL.test(folded);
}

const UNIT_ROW = new RegExp(`^${phrasesPattern(UNIT_ROW_WORDS)}\\s*:\\s*\\S`);

/** "Đơn"/"Don", accents precomposed or not: tasks opening with Đ ("Đẩy mạnh", "Đào tạo") are ruled out unfolded. */
const UNIT_ROW_OPENING = /^\s*[đdĐD][oOơƠ]/;

/** "Đơn vị: " and a unit's name: longer is a sentence ("Đơn vị: Sở Nội vụ chủ trì, phối hợp rà soát …"), a task. */
export const UNIT_ROW_MAX = 80;

/** "Đơn vị: SỞ TƯ PHÁP": the unit a compiled plan's rows below come from, a heading, never a task. */
export function isUnitRowLabel(text: string): boolean {
  if (!UNIT_ROW_OPENING.test(text) || text.length > UNIT_ROW_MAX) return false;
  return UNIT_ROW.test(foldUnique(text.slice(0, LABEL_HEAD)));
}

/** The unit a unit row names: "Đơn vị: SỞ TƯ PHÁP" → "SỞ TƯ PHÁP". */
export function unitRowName(text: string): string {
  return text.slice(text.indexOf(":") + 1).trim();
}

const WORDS_LINE = new RegExp(`^\\(?\\s*${phrasesPattern(WORDS_LINE_WORDS)}\\b`);

/** The "Bằng chữ: …" line under a total. */
export function isWordsLine(text: string): boolean {
  if (!mayStartWith(text, "(bs")) return false;
  return WORDS_LINE.test(fold(text.slice(0, LABEL_HEAD)));
}

const NOTE = new RegExp(`^${phrasesPattern(NOTE_WORDS)}\\s*[:.-]`);
const NOTE_INITIALS = initialsOf(NOTE_WORDS);
const MARK_INITIALS = initialsOf(NOTE_MARKS);

/** "Ghi chú: …", "Lưu ý: …", "* …": a note, not a row. */
export function isNoteLine(text: string): boolean {
  if (MARK_INITIALS.includes(text[0]) && NOTE_MARKS.some((mark) => text.startsWith(mark))) return true;
  if (!mayStartWith(text, NOTE_INITIALS)) return false;
  return NOTE.test(fold(text.slice(0, LABEL_HEAD)));
}

const CLOSING = new RegExp(`^${phrasesPattern(CLOSING_WORDS)}(?:$|[\\s:.])`);
const CLOSING_INITIALS = initialsOf(CLOSING_WORDS);

const DOCUMENT_SECTIONS = new Set(DOCUMENT_SECTION_WORDS);
const DOCUMENT_SECTION_INITIALS = initialsOf(DOCUMENT_SECTION_WORDS);
const LONGEST_SECTION = Math.max(...DOCUMENT_SECTION_WORDS.map((words) => words.length));
/** "III. ", "III.", "Phần III: ": a Roman numeral before a section's title (an arabic one numbers a task). */
const SECTION_NUMBER = /^(?:ph[aầ]n\s+)?[ivxlc]+(?:\s*[.:)\-–]\s*|\s+)/i;

/** "III. TỔ CHỨC THỰC HIỆN", "Tổ chức thực hiện:": one of the plan document's later sections, whole. Every row's
 *  text passes here: most are ruled out by their length or first letter before any folding. */
export function isDocumentSection(text: string): boolean {
  if (text.length > LONGEST_SECTION + 12) return false;
  const rest = ROMAN_INITIALS.includes(text[0]) || text[0] === "P" || text[0] === "p" ? text.replace(SECTION_NUMBER, "") : text;
  if (rest.length > LONGEST_SECTION + 2 || !mayStartWith(rest, DOCUMENT_SECTION_INITIALS)) return false;
  return DOCUMENT_SECTIONS.has(fold(rest).replace(/[\s.:;,]+$/, "").replace(/\s+/g, " "));
}

/** "Nơi nhận:", "GIÁM ĐỐC", "KT. CHỦ TỊCH": the document again below a table. */
export function isClosingText(text: string): boolean {
  if (text.length > 60 || !mayStartWith(text, CLOSING_INITIALS)) return false;
  return CLOSING.test(fold(text.slice(0, LABEL_HEAD)));
}
