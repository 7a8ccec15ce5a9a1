// Legacy Vietnamese encodings (domain brief §9). Old workbooks typed with TCVN3 (ABC, .VnTime fonts) or
// VNI-Windows fonts reach us as Latin-1 text ("KÕ ho¹ch", "Keá hoaïch"). We recognise such text
// conservatively and convert it back to Unicode (NFC).
//
// Capitals in TCVN3: the VN3 subset that ABC fonts use has code points only for the lower-case toned vowels
// plus Ă Â Ê Ô Ơ Ư Đ. Capitals with tones are shown by the .VnTimeH ("H") fonts, which draw every code point
// as a capital. The text alone cannot tell a .VnTimeH cell, so convertLegacy upper-cases a toned vowel only
// where its word is visibly in capitals (no small letter and a capital after the first letter, as "HO¹CH"),
// or where such a word shows the whole text is in capitals ("KÕ HO¹CH"). "KÕ" alone stays "Kế". A caller that
// knows the cell's font is an "H" font passes { capitals: true }.

export type LegacyEncoding = "tcvn3" | "vni";

export interface ConvertOptions {
  /** The text was set in a capitals-only legacy font (.VnTimeH, .VnArialH): every letter is a capital. */
  capitals?: boolean;
}

/** Unicode letters and their TCVN3 (ABC) code points as Latin-1 characters, position by position. */
const TCVN3_ROWS: readonly (readonly [unicode: string, legacy: string])[] = [
  ["àảãáạ", "µ¶·¸¹"],
  ["ăằẳẵắặ", "¨»¼½¾Æ"],
  ["âầẩẫấậ", "©ÇÈÉÊË"],
  ["èẻẽéẹ", "ÌÎÏÐÑ"],
  ["êềểễếệ", "ªÒÓÔÕÖ"],
  ["ìỉĩíị", "×ØÜÝÞ"],
  ["òỏõóọ", "ßáâãä"],
  ["ôồổỗốộ", "«åæçèé"],
  ["ơờởỡớợ", "¬êëìíî"],
  ["ùủũúụ", "ïñòóô"],
  ["ưừửữứự", "\u00adõö÷øù"],
  ["ỳỷỹýỵ", "úûüýþ"],
  ["đ", "®"],
  ["ĂÂÊÔƠƯĐ", "¡¢£¤¥¦§"],
];

// VNI-Windows writes a vowel as its base letter followed by one mark character.
const VNI_TONE_MARKS = "øûõùï"; // huyền, hỏi, ngã, sắc, nặng
const VNI_CIRCUMFLEX_MARKS = "âàåãáä"; // circumflex alone, then with huyền, hỏi, ngã, sắc, nặng
const VNI_BREVE_MARKS = "êèúüéë"; // breve alone, then with huyền, hỏi, ngã, sắc, nặng

/** Base letter, its mark characters, and the Unicode letters they make, position by position (lower case). */
const VNI_ROWS: readonly (readonly [base: string, marks: string, unicode: string])[] = [
  ["a", VNI_TONE_MARKS, "àảãáạ"],
  ["a", VNI_CIRCUMFLEX_MARKS, "âầẩẫấậ"],
  ["a", VNI_BREVE_MARKS, "ăằẳẵắặ"],
  ["e", VNI_TONE_MARKS, "èẻẽéẹ"],
  ["e", VNI_CIRCUMFLEX_MARKS, "êềểễếệ"],
  ["o", VNI_TONE_MARKS, "òỏõóọ"],
  ["o", VNI_CIRCUMFLEX_MARKS, "ôồổỗốộ"],
  ["ô", VNI_TONE_MARKS, "ờởỡớợ"],
  ["u", VNI_TONE_MARKS, "ùủũúụ"],
  ["ö", VNI_TONE_MARKS, "ừửữứự"],
  ["y", "øûõù", "ỳỷỹý"],
];

/** VNI letters written as one character (ì and í are the same code points as in Unicode, so not listed). */
const VNI_SINGLES: readonly [legacy: string, unicode: string] = ["ôöñæóòî", "ơưđỉĩịỵ"];

function zip(legacy: string, unicode: string, into: Map<string, string>, prefix = ""): Map<string, string> {
  const from = [...legacy];
  const to = [...unicode];
  from.forEach((char, i) => into.set(prefix + char, to[i]));
  return into;
}

const TCVN3_MAP: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [unicode, legacy] of TCVN3_ROWS) zip(legacy, unicode, map);
  return map;
})();

/** VNI base + mark pairs, keyed in lower case. */
const VNI_PAIRS: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [base, marks, unicode] of VNI_ROWS) {
    [...marks].forEach((mark, i) => map.set(base + mark, [...unicode][i]));
  }
  return map;
})();

const VNI_SINGLE_MAP: Map<string, string> = zip(VNI_SINGLES[0], VNI_SINGLES[1], new Map());

// TCVN3 letters whose case the text shows: Ă Â Ê Ô Ơ Ư Đ are capitals, ă â ê ô ơ ư đ small.
const TCVN3_CAPITALS = new Set([..."¡¢£¤¥¦§"]);
const TCVN3_SMALL = new Set([..."¨©ª«¬\u00ad®"]);

function isUpper(char: string): boolean {
  return char !== char.toLowerCase();
}

const LEGACY_WORD = /[A-Za-z\u00a1-\u00ff]+/g;

function isCapital(char: string): boolean {
  return TCVN3_CAPITALS.has(char) || (char >= "A" && char <= "Z");
}

function isSmall(char: string): boolean {
  return TCVN3_SMALL.has(char) || (char >= "a" && char <= "z");
}

/** A word is visibly in capitals when it has no small letter and a capital after its first letter ("HO¹CH", "¸N"). */
function wordInCapitals(word: string): boolean {
  const chars = [...word];
  return !chars.some(isSmall) && chars.slice(1).some(isCapital);
}

// "Sè TT" stays "Số TT": only a word holding a toned vowel can show that the whole text is in capitals.
function textInCapitals(text: string): boolean {
  if ([...text].some(isSmall)) return false;
  return (text.match(LEGACY_WORD) ?? []).some((word) => wordInCapitals(word) && [...word].some((c) => TCVN3_MAP.has(c)));
}

function convertTcvn3(text: string): string {
  const wholeInCapitals = textInCapitals(text);
  return text.replace(LEGACY_WORD, (word) => {
    const inCapitals = wholeInCapitals || wordInCapitals(word);
    let out = "";
    for (const char of word) {
      const mapped = TCVN3_MAP.get(char);
      out += mapped === undefined ? char : inCapitals ? mapped.toUpperCase() : mapped;
    }
    return out;
  });
}

function convertVni(text: string): string {
  const chars = [...text];
  let out = "";
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i];
    const pair = i + 1 < chars.length ? VNI_PAIRS.get((char + chars[i + 1]).toLowerCase()) : undefined;
    const mapped = pair ?? VNI_SINGLE_MAP.get(char.toLowerCase());
    if (pair !== undefined) i += 1;
    // The base letter decides the case: files mix capital bases with either form of the mark.
    out += mapped === undefined ? char : isUpper(char) ? mapped.toUpperCase() : mapped;
  }
  return out;
}

/** Converts TCVN3 or VNI text (as read through Latin-1) to Unicode NFC. Characters outside the table are kept. */
export function convertLegacy(text: string, encoding: LegacyEncoding, options: ConvertOptions = {}): string {
  const converted = encoding === "tcvn3" ? convertTcvn3(text) : convertVni(text);
  return (options.capitals ? converted.toUpperCase() : converted).normalize("NFC");
}

// ---- Detection ----

const TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];

/** Every Vietnamese letter in NFC, both cases: these never count as evidence of a legacy encoding. */
const VIETNAMESE_LETTERS: Set<string> = (() => {
  const letters = new Set<string>([..."abcdefghijklmnopqrstuvwxyzđ"]);
  for (const vowel of "aăâeêioôơuưy") {
    for (const tone of TONES) letters.add((vowel + tone).normalize("NFC"));
  }
  for (const letter of [...letters]) letters.add(letter.toUpperCase());
  return letters;
})();

/** The legacy characters that are not Vietnamese letters; VNI marks also come in capital form. */
function evidenceSet(chars: Iterable<string>, withCapitals: boolean): Set<string> {
  const set = new Set<string>();
  for (const char of chars) {
    const forms = withCapitals ? [char, char.toUpperCase()] : [char];
    for (const form of forms) if (!VIETNAMESE_LETTERS.has(form)) set.add(form);
  }
  return set;
}

// Characters that a legacy text produces and Vietnamese Unicode text never contains: µ ¸ ¹ ¬ ® ø û ï …
const TCVN3_EVIDENCE = evidenceSet(TCVN3_MAP.keys(), false);
const VNI_EVIDENCE = evidenceSet([...VNI_TONE_MARKS, ...VNI_CIRCUMFLEX_MARKS, ...VNI_BREVE_MARKS, ...VNI_SINGLES[0]], true);

const ANY_EVIDENCE = new RegExp(`[${[...new Set([...TCVN3_EVIDENCE, ...VNI_EVIDENCE])].join("")}]`);

/** Letters and marks only Unicode Vietnamese has (ă đ ơ ư, ạ…ỹ, combining tones): such text is not legacy. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u0300-\u0323\u1ea0-\u1ef9]/;

/** Text holding a letter only Unicode has (ă, đ, ơ, ư, ạ … ỹ, combining marks): typed in Unicode, whatever else. */
export function hasUnicodeVietnamese(text: string): boolean {
  return UNICODE_VIETNAMESE.test(text);
}

const TCVN3_SYMBOL_LETTERS = /[\u00a1-\u00be]/;

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

// Vowel groups of a written syllable, glides included (oa, uy, ươi …).
const NUCLEI = [
  "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
  "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "iê", "iêu", "oa", "oă", "oe", "oi", "oo", "ôi",
  "ơi", "oai", "oay", "oao", "oeo", "ua", "uâ", "uây", "uê", "ui", "uô", "uôi", "uơ", "uy", "uya", "uyê", "uyu",
  "ưa", "ưi", "ưu", "ươ", "ươi", "ươu", "yê", "yêu",
];
const SYLLABLE = new RegExp(
  `^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?(?:${NUCLEI.join("|")})(?:ch|nh|ng|[cmnpt])?$`,
);

/** Whether a word is spelled like one Vietnamese syllable: initial, vowel group, final, at most one tone. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize("NFD");
  if ((decomposed.match(TONE_MARKS)?.length ?? 0) > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, "").normalize("NFC"));
}

interface Tally {
  /** The text holds a character only this encoding produces (µ ¸ ¹ ® … or ø û ï ñ …). */
  evidence: boolean;
  /** Words that become Vietnamese syllables and either carry such a character or were no syllable before. */
  good: number;
  /** ASCII letters of the last good word: a lone good word must have two ("µm" is a unit, "c¸ch" a word). */
  lastGoodLetters: number;
  /** Words carrying such a character that do not become syllables (foreign names, "Windows®"). */
  bad: number;
  /** Other words of three or more letters that are no Vietnamese syllable (English, French…). */
  alien: number;
}

function asciiLetters(word: string): number {
  return word.replace(/[^A-Za-z]/g, "").length;
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase();
}

function tally(words: string[], encoding: LegacyEncoding): Tally {
  const evidence = encoding === "tcvn3" ? TCVN3_EVIDENCE : VNI_EVIDENCE;
  const result: Tally = { evidence: false, good: 0, lastGoodLetters: 0, bad: 0, alien: 0 };
  for (const word of words) {
    const hasEvidence = [...word].some((char) => evidence.has(char));
    result.evidence ||= hasEvidence;
    // A lone sign ("«", "©", "½") is no word.
    if (word.length < 2 && asciiLetters(word) === 0) continue;
    const converted = convertLegacy(word, encoding);
    if (isVietnameseSyllable(converted)) {
      if (hasEvidence || (converted !== word && !isVietnameseSyllable(word))) {
        result.good += 1;
        result.lastGoodLetters = asciiLetters(word);
      }
    } else if (isAcronym(word)) {
      continue; // VNĐ, HĐND, UBND: abbreviations say nothing either way.
    } else if (hasEvidence) {
      result.bad += 1;
    } else if (word.length >= 3 && !isVietnameseSyllable(word)) {
      result.alien += 1;
    }
  }
  return result;
}

/** Legacy when the text has the encoding's own characters and good words outnumber the rest two to one. */
function convincing(t: Tally): boolean {
  if (!t.evidence || t.good === 0) return false;
  if (t.good === 1 && t.lastGoodLetters < 2) return false;
  return t.good >= 2 * (t.bad + t.alien);
}

/**
 * Recognises TCVN3 (ABC) or VNI text stored as Latin-1. Returns null for Unicode Vietnamese, English,
 * French names and numbers. Cheap for ordinary cells: one regex test finds no legacy-only character.
 */
export function detectLegacy(text: string): LegacyEncoding | null {
  if (!ANY_EVIDENCE.test(text) || UNICODE_VIETNAMESE.test(text)) return null;
  const words = text.match(LEGACY_WORD) ?? [];
  const tcvn3 = tally(words, "tcvn3");
  const vni = tally(words, "vni");
  const tcvn3Wins = convincing(tcvn3);
  const vniWins = convincing(vni);
  // VNI uses only U+00C0–U+00FF; TCVN3's commonest letters (à á ạ ư ơ đ â …) sit in U+00A1–U+00BE.
  if (tcvn3Wins && vniWins) return TCVN3_SYMBOL_LETTERS.test(text) ? "tcvn3" : "vni";
  return tcvn3Wins ? "tcvn3" : vniWins ? "vni" : null;
}

/** Detects a legacy encoding and converts; text that is not legacy comes back unchanged. */
export function fixLegacyText(text: string): { text: string; encoding: LegacyEncoding | null } {
  const encoding = detectLegacy(text);
  return encoding === null ? { text, encoding } : { text: convertLegacy(text, encoding), encoding };
}
