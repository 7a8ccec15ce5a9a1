// Budget cells (domain brief §5): numbers, amounts typed as text with unit words, several labelled amounts,
// or a funding source with no figure. Text is matched in folded form (no accents, lower case).
import type { Budget, CellValue } from "./types";
import { cellText, escapeRegex, fold, normalize } from "./text";
import { COUNTED_THINGS, FOREIGN_CURRENCY_WORDS, FUNDING_SOURCE_SHORT, phrasesPattern } from "./vocabulary";

/** Unit words after a figure, as powers of ten of đồng. */
const UNIT_EXPONENTS: Record<string, number> = {
  nghin: 3, ngan: 3, ng: 3, k: 3,
  trieu: 6, tr: 6, trd: 6, "tr.d": 6,
  ty: 9, ti: 9,
};

/**
 * A figure with an optional unit word. The character before it may not be a digit, "/", ".", "," or "-", so
 * dates (15/10/2013) and ranges are not read as amounts; a "-" glued to the digits is a minus, "- " is a bullet.
 */
const AMOUNT_TOKEN =
  /(^|[^\d/.,-])(-?)(\d[\d.,]*)(?:\s*(nghin|ngan|ng|k|trieu|tr\.d|trd|tr|ty|ti))?(?:\s*(?:dong|vnd|d))?(?![a-z\d/])/g;
/** Words just before a figure that make it a number of something else (a year, a document), not money. */
const NOT_MONEY_BEFORE = /\b(so|nam|thang|quy|ngay|dot|lan|muc|khoan|stt|tt)\s*:?\s*$/;
const RANGE = /\d\s*(-|–|den|toi)\s*\d/;
/** Not one sum of money: a share ("10%"), a product ("2 x 5 triệu"), an amount per head, class or month
 *  ("3.000.000đ/người"). Read as a figure, each would be silently wrong; the official is asked for the sum instead. */
const NOT_A_SUM = /\d\s*%|(?:^|[\s\d])[x×*]\s*\d|\d\s*(?:nghin|ngan|trieu|tr|ty|k|dong|d|vnd)(?:\s*(?:dong|d|vnd))?\s*\/\s*[a-z]/;
const SHARE = /\d+(?:[.,]\d+)?\s*%/g;
/** A year among words ("Dự toán 2026", "Kinh phí 2026: 30 triệu", "giai đoạn 2026-2030"): no money, whatever follows. */
const YEARS = /(^|[^\d.,])(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?![\d.,]|\s*(?:nghin|ngan|trieu|tr|ty|ti|k|dong|vnd|d)(?![a-z]))/g;
const HAS_WORDS = /[a-z]{2}/;
/** Per year: in a yearly plan, the year's amount ("5 triệu/năm"). */
const PER_YEAR = /\s*\/\s*nam\b/g;
const FUNDING_SOURCE = new RegExp(
  [
    "ngan sach|nguon|xa hoi hoa|thuong xuyen|su nghiep|long ghep|tai tro|\\bvon\\b|\\boda\\b|tu chu|khong su dung",
    // Within the unit's estimate ("Trong dự toán được giao"), or the reform's own fund ("Kinh phí CCHC"). "Theo dự toán
    // được duyệt" defers the figure to an estimate not yet made: unparsed, so the official is asked for it.
    "trong du toan|du toan (?:duoc giao|cua (?:co quan|don vi))|(?:kinh phi|\\bkp) (?:cchc|cai cach hanh chinh)",
    ...Object.keys(FUNDING_SOURCE_SHORT).map((short) => `\\b${short}\\b`),
  ].join("|"),
);
/** No money: "Không", "Không có", "Không phát sinh (kinh phí)". */
const ZERO_WORD = /^khong(?: dong| co| phat sinh| can)?(?: kinh phi)?\.?$/;
const EMPTY_MARK = /^[-–—.…\s]*$/;
/** "Trong đó:" starts a breakdown of the figure above it, which must not be added again. */
const BREAKDOWN = /^trong do\b/;
const FOREIGN_CURRENCIES: [RegExp, string][] = FOREIGN_CURRENCY_WORDS.map(({ code, words, signs = [] }) => [
  new RegExp([...words.map((w) => `\\b${escapeRegex(w)}\\b`), ...signs.map(escapeRegex)].join("|")),
  code,
]);

/** The foreign currency a folded text names, or null. */
export function foreignCurrencyIn(folded: string): string | null {
  for (const [pattern, currency] of FOREIGN_CURRENCIES) if (pattern.test(folded)) return currency;
  return null;
}

interface PartReading {
  amount: number | null;
  currency: string;
  source: boolean;
  zero: boolean;
  bad: boolean;
}

/**
 * A figure in đồng, exactly: "." groups thousands (1.500.000); "," is a decimal mark (1,5) unless it too groups
 * exactly three digits with no unit after it (US style 200,000,000). With both marks, the last one is decimal.
 * The figure is scaled by its unit as digits, not as a float: 2,5 triệu is 2.500.000, 1,15 triệu 1.150.000.
 */
function figureValue(raw: string, hasUnit: boolean, exponent: number): number {
  const figure = raw.replace(/[.,]+$/, "");
  const lastDot = figure.lastIndexOf(".");
  const lastComma = figure.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const at = figure.lastIndexOf(decimal);
    return scaleDigits(figure.slice(0, at).replace(/[.,]/g, ""), figure.slice(at + 1), exponent);
  }
  const mark = lastDot >= 0 ? "." : lastComma >= 0 ? "," : "";
  if (!mark) return scaleDigits(figure, "", exponent);
  const groups = figure.split(mark);
  const groupsThousands = groups.slice(1).every((group) => group.length === 3) && groups[0].length <= 3;
  const isGrouping = groupsThousands && (mark === "." || groups.length > 2 || !hasUnit);
  if (isGrouping) return scaleDigits(groups.join(""), "", exponent);
  if (groups.length > 2) return NaN;
  return scaleDigits(groups[0], groups[1], exponent);
}

/** whole.fraction × 10^exponent in whole đồng: exact while it fits, a fraction of a đồng rounded half up. */
export function scaleDigits(whole: string, fraction: string, exponent: number): number {
  const digits = Number((whole || "0") + fraction);
  if (!Number.isFinite(digits)) return NaN;
  const shift = exponent - fraction.length;
  return shift >= 0 ? digits * 10 ** shift : Math.round(digits / 10 ** -shift);
}

/** A number cell scaled by its column's unit: 2.5 in a triệu column is 2,500,000, from its digits, not 2.5 × 10^6. */
export function scaleNumber(value: number, exponent: number): number {
  const sign = value < 0 ? -1 : 1;
  // A whole number (most cells) scaled up: its digits are the number itself, no text needed.
  if (Number.isSafeInteger(value) && exponent >= 0) return sign * (Math.abs(value) * 10 ** exponent);
  const text = String(Math.abs(value));
  if (text.includes("e")) return sign * Math.round(Math.abs(value) * 10 ** exponent);
  const [whole, fraction = ""] = text.split(".");
  return sign * scaleDigits(whole, fraction, exponent);
}

/** "10 000 000" (spaces or non-breaking spaces between groups of three) → "10000000". */
function joinSpacedGroups(text: string): string {
  return /\d[ \u00a0\u202f]\d{3}/.test(text) ? text.replace(/(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, "$1") : text;
}

/** A đồng unit word after a figure ("5 triệu", "200.000 đ"): the part is in đồng whatever its column's currency. */
const DONG_UNIT = /\d\s*(nghin|ngan|trieu|tr|ty|dong|vnd|d)\b/;

const UNIT_WORD = "nghin|ngan|trieu|ty";
/** "3 trăm triệu": hundreds of the unit after, or of đồng where the part is only that ("5 trăm"; "5 trạm" is no money). */
const HUNDREDS = new RegExp(`(^|[^\\d.,])(\\d{1,3}) tram(?= (?:${UNIT_WORD})\\b)|^(\\s*)(\\d{1,3}) tram(?=(?: dong| d)?\\s*$)`, "g");
/** "1 triệu rưỡi": and a half of it. */
const AND_A_HALF = new RegExp(`(^|[^\\d.,])(\\d+) ?(${UNIT_WORD}|tr|ti) ruoi\\b`, "g");
/**
 * "1 tỷ 2", "2 tỷ 500": one digit, or three, after a unit with no unit of their own are its fraction (1,2 tỷ; 2,5 tỷ).
 * Two ("1 triệu 50": 1,05 or 1,5 triệu?) and a stated đồng ("1 triệu 500 đồng") are left as they are, never guessed.
 */
const UNIT_FRACTION = new RegExp(`(^|[^\\d.,])(\\d+) (ty|ti|trieu|tr) (\\d|\\d{3})(?=\\s*(?:$|[,;)]))`, "g");
/** "3tr5", "1tỷ2", "2tr500đ": a unit glued between the figure and its fraction; an đồng after it is the whole's. */
const GLUED_FRACTION = /(^|[^\d.,])(\d+)(trieu|tr|ty|ti)(\d{3}|\d)\s*(?:dong|vnd|d)?(?=\s*(?:$|[,;)]))/g;
/** A spoken amount per something ("3tr5/tháng", "1 triệu 2/người"): no sum. */
const SPOKEN_PER_UNIT = /\d\s*(?:trieu|tr|ty|ti)\s*\d{1,3}\s*(?:dong|vnd|d)?\s*\/\s*[a-z]/;
/** "3 tr5", "3tr 5": a unit written half glued, spaced out to be read as spoken. */
const GLUED_UNIT = /(\d)\s*(trieu|tr|ty|ti)\s*(?=\d)/g;
/** "trăm" or "rưỡi" left over ("3 trăm người"), or two digits after a unit ("1 triệu 50"): a spoken amount not
 *  understood, never read as its bare digits. */
const SPOKEN_LEFT = /\d\s*(?:tram|ruoi)\b|\b(?:nghin|ngan|trieu|tr|ty|ti) ruoi\b|\d (?:ty|ti|trieu|tr) \d{2}(?=\s*(?:$|[,;)]))/;

/** "In 500 tờ gấp:", "Lớp 1:", "NS tỉnh:" before a figure: a label, its numbers no money. */
const LABEL = /(^|[,;]|\s-\s)([^:,;]*?):(?=\s*-?\d)/g;
/** Money in what would be a label ("10 triệu: 2 lớp", "NS tỉnh 20 triệu - NS xã: 5 triệu"): it is no label. */
const MONEY_IN_LABEL = /\d\s*(?:nghin|ngan|trieu|tr|ty|ti|k|dong|vnd|d)(?![a-z])|\d{1,3}(?:[.,]\d{3})+/;
/** A small number before a thing counted ("500 tờ", "2 lớp", "1.000 tờ"): a count, where the part has money besides. */
const COUNT = new RegExp(`(^|[^\\d.,])(?:\\d{1,4}|\\d{1,3}[.,]\\d{3})\\s+${phrasesPattern(COUNTED_THINGS)}(?![a-z])`, "g");

/** A label before a colon: words (a bare "30:" in a triệu column is money), no money among them. */
function dropLabel(match: string, lead: string, label: string): string {
  return /[a-z]/.test(label) && !MONEY_IN_LABEL.test(label) ? `${lead} # ` : match;
}

/** The part with its labels and counts taken out, for the figures alone to be read. */
function figuresOnly(folded: string): string {
  const unlabelled = folded.replace(LABEL, dropLabel);
  const counted = unlabelled.replace(COUNT, "$1 # ");
  return counted !== unlabelled && /\d/.test(counted) ? counted : unlabelled;
}

/** The spoken forms of an amount written as figures with a decimal mark, which the figure reader reads exactly. */
function spokenAmounts(folded: string): string {
  return folded
    .replace(HUNDREDS, (_, lead?: string, digits?: string, space?: string, alone?: string) => `${lead ?? space}${digits ?? alone}00`)
    .replace(GLUED_FRACTION, "$1$2,$4 $3")
    .replace(AND_A_HALF, "$1$2,5 $3")
    .replace(GLUED_UNIT, "$1 $2 ")
    .replace(UNIT_FRACTION, "$1$2,$4 $3");
}

/**
 * The figures in one line or ";"/"+"-separated part, summed; labels in parentheses are ignored. `columnCurrency` is
 * the currency of a part that names none (a column headed "(USD)").
 */
function readPart(part: string, exponent: number, columnCurrency: string): PartReading {
  const plain = fold(joinSpacedGroups(part.replace(/\([^)]*\)/g, " "))).replace(PER_YEAR, " ");
  // An amount per head or month is no sum, however its figure is spoken ("3tr5/tháng").
  if (SPOKEN_PER_UNIT.test(plain)) return { amount: null, currency: columnCurrency, source: false, zero: false, bad: true };
  const words = spokenAmounts(plain);
  // A year gives way to a mark, not a space: "Năm 2026: 50.000.000" must not read as "Năm: 50.000.000" (not money).
  const dated = HAS_WORDS.test(words) ? words.replace(YEARS, "$1 # ") : words;
  // Shares of named funding sources ("100% NSNN", "NSNN 70%, XHH 30%") say where money comes from, not how much.
  const folded = FUNDING_SOURCE.test(dated) ? dated.replace(SHARE, " # ") : dated;
  const currency = foreignCurrencyIn(folded) ?? (DONG_UNIT.test(folded) ? "VND" : columnCurrency);
  const reading: PartReading = { amount: null, currency, source: FUNDING_SOURCE.test(folded), zero: false, bad: false };
  const figures = figuresOnly(folded);
  if (RANGE.test(figures) || NOT_A_SUM.test(figures) || SPOKEN_LEFT.test(figures)) return { ...reading, bad: true };
  if (ZERO_WORD.test(folded)) return { ...reading, zero: true };
  for (const match of figures.matchAll(AMOUNT_TOKEN)) {
    const before = figures.slice(0, (match.index ?? 0) + match[1].length);
    if (NOT_MONEY_BEFORE.test(before)) continue;
    const unit = match[4];
    // The column's unit is so many đồng: a figure in dollars or euros is in its own currency's units.
    const columnExponent = reading.currency === "VND" ? exponent : 0;
    const value = figureValue(match[3], unit !== undefined || columnExponent > 0, unit ? UNIT_EXPONENTS[unit] : columnExponent);
    if (!Number.isFinite(value)) return { ...reading, bad: true };
    const signed = match[2] ? -value : value;
    reading.amount = (reading.amount ?? 0) + signed;
  }
  return reading;
}

/** "Trong đó" inside a line, after a figure: "Tổng: 30 triệu. Trong đó: NS tỉnh 20 triệu, NS huyện 10 triệu". */
const INLINE_BREAKDOWN = /\d[^\n;+]*?[\s.,:]trong\s+(?:đó|do)(?!\p{L})/iu;

/** The parts of a cell: one per line, ";" or "+"; parts after "Trong đó:" detail the figure above and are dropped. */
function cellParts(text: string): string[] {
  const parts = text.split(/[\n;+]/).map((part) => part.trim()).filter((part) => part.length > 0);
  const breakdownAt = parts.findIndex((part) => BREAKDOWN.test(fold(part)));
  const kept = breakdownAt > 0 ? parts.slice(0, breakdownAt) : parts;
  const inlineAt = kept.findIndex((part) => INLINE_BREAKDOWN.test(part));
  if (inlineAt < 0) return kept;
  const line = kept[inlineAt];
  const cut = line.search(/trong\s+(?:đó|do)(?!\p{L})/iu);
  return [...kept.slice(0, inlineAt), line.slice(0, cut)];
}

function unparsed(text: string): Budget {
  return { amount: null, currency: "VND", text, unparsed: true };
}

function parseBudgetText(text: string, exponent: number, currency: string): Budget | null {
  if (EMPTY_MARK.test(text)) return null;
  const readings = cellParts(text).map((part) => readPart(part, exponent, currency));
  const withAmount = readings.filter((reading) => reading.amount !== null);
  const source = readings.some((reading) => reading.source);
  const currencies = new Set(withAmount.map((reading) => reading.currency));
  if (currencies.size > 1 || readings.some((reading) => reading.bad)) return unparsed(text);
  const extra = source ? { source: true } : {};
  if (withAmount.length > 0) {
    const amount = withAmount.reduce((sum, reading) => sum + (reading.amount ?? 0), 0);
    return { amount, currency: withAmount[0].currency, text, ...extra };
  }
  if (readings.some((reading) => reading.zero)) return { amount: 0, currency: "VND", text };
  return source ? { amount: null, currency: "VND", text, source: true } : unparsed(text);
}

/**
 * A budget cell read as an amount in whole units (null for an empty cell or a lone "-"). `unit` is the column's
 * (a power of ten: "triệu đồng" is 1,000,000), applied to figures, typed or as text, that name no unit of their own.
 * Number cells are in the column's currency (VND unless its header names another); text is read per brief §5; a
 * part naming no currency is in the column's; a funding source without a figure gives
 * amount null with source true; anything else, and Excel errors, gives amount null with unparsed true.
 */
export function parseBudget(value: CellValue, unit = 1, currency = "VND"): Budget | null {
  if (value === null || value === undefined) return null;
  const exponent = Math.round(Math.log10(unit));
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return unparsed(String(value));
    // A foreign column's figure stands as typed: its header's unit, if any, was in đồng.
    return currency === "VND" ? { amount: scaleNumber(value, exponent), currency, text: String(value) } : { amount: value, currency, text: String(value) };
  }
  if (typeof value === "string") return parseBudgetText(normalize(value), exponent, currency);
  return unparsed(cellText(value));
}
