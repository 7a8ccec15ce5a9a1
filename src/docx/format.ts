// Small shared pieces of the document: units, fonts, text runs that keep cell text literal, and the plan's
// particulars (PlanInfo) resolved to printable text with visible "…" blanks where the workbook is silent.
import { AlignmentType, Paragraph, TextRun, type IParagraphOptions, type IParagraphStyleOptions, type IRunOptions } from "docx";
import { INFO_KEYS } from "../core/forms";
import type { Plan, PlanInfo } from "../core/types";
import * as S from "./strings.vi";

export { money } from "./money";

export const FONT = "Times New Roman";

/** The appendix cells are most of a large plan, so the document defaults are a table cell's (12 pt, left,
 *  1.5 pt around) and a plain cell carries no properties at all; body text names its own style (14 pt,
 *  justified). This halves the XML of a 2,000-row plan. */
export const DEFAULT_RUN_SIZE = 24;
export const DEFAULT_PARAGRAPH = { spacing: { before: 30, after: 30 } };

export const STYLE = {
  body: "CchcBody",
  heading: "CchcHeading",
  cellCentre: "CchcCellCentre",
  cellRight: "CchcCellRight",
  cellHeader: "CchcCellHeader",
} as const;

/** The body's 6 pt after a paragraph, in twips; legal bases and the paragraph after a table keep the same rhythm. */
export const BODY_AFTER = 120;

const BODY_PARAGRAPH = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: Math.ceil((10 * 1440) / 25.4) },
  spacing: { before: 0, after: BODY_AFTER, line: 312 },
};
export const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  { id: STYLE.body, name: "CCHC Body", basedOn: "Normal", quickFormat: true, run: { size: 28 }, paragraph: BODY_PARAGRAPH },
  { id: STYLE.heading, name: "CCHC Heading", basedOn: STYLE.body, next: STYLE.body, run: { bold: true }, paragraph: { keepNext: true } },
  { id: STYLE.cellCentre, name: "CCHC Cell Centre", basedOn: "Normal", paragraph: { alignment: AlignmentType.CENTER } },
  { id: STYLE.cellRight, name: "CCHC Cell Right", basedOn: "Normal", paragraph: { alignment: AlignmentType.RIGHT } },
  { id: STYLE.cellHeader, name: "CCHC Cell Header", basedOn: STYLE.cellCentre, run: { bold: true } },
];

/** Millimetres to twentieths of a point (twips), rounded up so a 20 mm margin never falls below 20 mm. */
export function mm(millimetres: number): number {
  return Math.ceil((millimetres * 1440) / 25.4);
}

/** Points to docx half-points. */
export function pt(points: number): number {
  return points * 2;
}

/** Em widths of Times New Roman (and Liberation Serif) by kind of character; accents do not widen a letter. */
function emWidth(char: string): number {
  if (char >= "0" && char <= "9") return 0.5;
  if (NARROW.has(char) || char.trim() === "") return 0.3;
  if (WIDE.has(char)) return 0.9;
  if (char !== char.toLocaleLowerCase("vi")) return 0.72;
  return 0.5;
}

const NARROW = new Set(".,:;'!|ijlIft()[]/-");
const WIDE = new Set("mwMW%");
/** Accents (combining marks) left by NFD: they sit above or below a letter and take no width. */
const COMBINING_MARK = /\p{M}/u;

/** Twips a word needs at a size in points (bold is wider), the letters' base forms measured. */
export function wordTwips(word: string, points: number, bold: boolean): number {
  let ems = 0;
  for (const char of word.normalize("NFD")) if (!COMBINING_MARK.test(char)) ems += emWidth(char);
  return Math.ceil(ems * points * 20 * (bold ? 1.08 : 1));
}

/** Characters XML 1.0 forbids; a cell can carry them (pasted from old systems) and Word refuses the file. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Anything cleanText would change; most cells have none, and one test is cheaper than three replaces. */
const NEEDS_CLEANING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\r\t]/;

export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(XML_FORBIDDEN, "").replace(/\r\n?/g, "\n").replace(/\t/g, " ");
}

type RunStyle = Omit<IRunOptions, "text" | "break" | "children">;

/** One run per line of the text; lines after the first start with a line break, so cell line breaks survive.
 *  An unstyled single line takes docx's cheap string form: most appendix cells are exactly that. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  const clean = cleanText(text);
  const plain = Object.keys(style).length === 0;
  if (plain && !clean.includes("\n")) return [new TextRun(clean)];
  return clean
    .split("\n")
    .map((line, index) => (plain && index === 0 ? new TextRun(line) : new TextRun({ ...style, text: line, break: index > 0 ? 1 : undefined })));
}

export function para(text: string, style: RunStyle = {}, options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({ ...options, children: runs(text, style) });
}

/** Unformatted text in a paragraph of the named style, or of the defaults, by the path that builds the fewest docx
 *  objects; without a style, docx's string form, which writes the same XML (bench/word.ts). */
export function styledPara(text: string, style?: string): Paragraph {
  const clean = cleanText(text);
  if (clean.includes("\n")) return new Paragraph({ style, children: runs(clean) });
  return style ? new Paragraph({ style, children: [new TextRun(clean)] }) : new Paragraph(clean);
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** Decree 30: day below 10 and months 1–2 take a leading zero. */
function datePartsOf(day: number, month: number, year: number): DateParts {
  return {
    day: String(day).padStart(2, "0"),
    month: month <= 2 ? String(month).padStart(2, "0") : String(month),
    year: String(year),
  };
}

/** Reads "05/11/2026", "2026-11-05" or "5-11-2026"; anything else leaves visible blanks. */
export function parseDate(text: string | undefined, fallbackYear: string): DateParts {
  const blank = { day: S.BLANK, month: S.BLANK, year: fallbackYear };
  if (!text) return blank;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text.trim());
  if (iso) return datePartsOf(Number(iso[3]), Number(iso[2]), Number(iso[1]));
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (dmy) return datePartsOf(Number(dmy[1]), Number(dmy[2]), Number(dmy[3]));
  const words = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i.exec(text);
  if (words) return datePartsOf(Number(words[1]), Number(words[2]), Number(words[3]));
  return blank;
}

/** Words that name the kind of body ("Sở Nội vụ", "Ủy ban nhân dân tỉnh Ninh Thuận"): a name follows them. */
const BODY_KINDS = ["ủy ban nhân dân", "uỷ ban nhân dân", "văn phòng", "chi cục", "trung tâm", "ban", "bộ", "cục", "phòng", "sở", "tổng cục", "ubnd", "hđnd"];
/** Units whose name is a place: every word after them is capitalised ("tỉnh Ninh Thuận"). */
const PLACE_UNITS = ["thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường"];
const ABBREVIATIONS = new Set(["UBND", "HĐND", "CNTT", "TTHC", "CCHC", "TP", "TP.", "KH", "VP"]);

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase("vi") + word.slice(1);
}

function startsWithPhrase(words: string[], at: number, phrases: string[]): number {
  for (const phrase of phrases) {
    const parts = phrase.split(" ");
    if (parts.every((part, i) => words[at + i] === part)) return parts.length;
  }
  return 0;
}

/**
 * A body's name as running text prints it: "SỞ NỘI VỤ" → "Sở Nội vụ", "UBND TỈNH NINH THUẬN" → "UBND tỉnh Ninh Thuận",
 * "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG" → "Sở Tài nguyên và Môi trường". Only a name typed in capitals is recased.
 */
export function bodyInRunningText(name: string): string {
  const trimmed = name.trim();
  if (trimmed !== trimmed.toLocaleUpperCase("vi") || !/\p{L}/u.test(trimmed)) return trimmed;
  const original = trimmed.split(/\s+/);
  const words = original.map((word) => word.toLocaleLowerCase("vi"));
  const out: string[] = [];
  let capitaliseNext = true;
  let inPlace = false;
  for (let i = 0; i < words.length; ) {
    if (ABBREVIATIONS.has(original[i].replace(/[,.]$/, ""))) {
      out.push(original[i]);
      capitaliseNext = true;
      i += 1;
      continue;
    }
    // "và xã hội" is part of a name, not the unit "xã": a unit never starts a new part of the name.
    const partStart = i > 0 && (words[i - 1] === "và" || words[i - 1] === "-" || words[i - 1].endsWith(","));
    const unit = partStart ? 0 : startsWithPhrase(words, i, PLACE_UNITS);
    if (unit > 0 && out.length > 0) {
      out.push(...words.slice(i, i + unit));
      inPlace = true;
      i += unit;
      continue;
    }
    const kind = startsWithPhrase(words, i, BODY_KINDS);
    if (kind > 0 && capitaliseNext) {
      out.push(capitalise(words[i]), ...words.slice(i + 1, i + kind));
      capitaliseNext = true;
      i += kind;
      continue;
    }
    const word = words[i];
    out.push(inPlace || capitaliseNext ? capitalise(word) : word);
    // A new part of the name after "và", a comma or a dash: "Văn hóa, Thể thao và Du lịch".
    capitaliseNext = word === "và" || word === "-" || word.endsWith(",");
    i += 1;
  }
  return out.join(" ");
}

/** Legal bases as the decree prints them: each "Căn cứ …;", the last ending with "."; a line typed without
 *  "Căn cứ" gets it, the document's name keeping its capital ("Căn cứ Nghị quyết số 76/NQ-CP …"). */
export function legalBasisLines(lines: string[]): string[] {
  const bases = lines.map((line) => line.trim().replace(/^[-+•*]\s*/, "").replace(/[;.,\s]+$/, "")).filter(Boolean);
  return bases.map((line, i) => {
    const stated = /^căn cứ(?=\s|$)/iu.test(line) ? capitalise(line) : `Căn cứ ${line}`;
    return stated + (i === bases.length - 1 ? "." : ";");
  });
}

/** Everything the document prints about the plan itself, blanks filled with "…". */
export interface Particulars {
  parentBody: string | null;
  issuingBody: string;
  /** The issuing body as running text names it ("của Sở Nội vụ"), not in the header's capitals. */
  issuingBodyName: string;
  number: string;
  place: string;
  date: DateParts;
  year: string;
  subject: string;
  legalBases: string[];
  implementation: string[];
  recipients: string[];
  archiveUnit: string;
  signingAuthority: string | null;
  signerTitle: string;
  signerName: string;
  fundingSource: string | null;
}

function present(text: string | undefined | null): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

/** "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026" → "Cải cách hành chính năm 2026". */
/** "SỞ GIAO THÔNG VẬN TẢI", "UBND PHƯỜNG ĐÀI SƠN": a body's name, not "NGƯỜI DÂN NĂM 2026". */
function namesBody(text: string): boolean {
  return startsWithPhrase(text.toLocaleLowerCase("vi").split(/\s+/), 0, BODY_KINDS) > 0;
}

function subjectFromTitle(title: string | null): string | null {
  if (!title) return null;
  const rest = title.trim().replace(/^kế\s+hoạch\s*/i, "");
  if (!rest) return null;
  // "… NĂM 2026 CỦA SỞ GIAO THÔNG VẬN TẢI": the body keeps its name's case (Sở Giao thông vận tải), not the sentence's.
  const match = /^(.*?)\s+(?:của|CỦA|Của)\s+(.+)$/u.exec(rest);
  const body = match && namesBody(match[2]) ? match[2] : null;
  const subject = match && body ? match[1] : rest;
  const lower = subject.toLocaleLowerCase("vi");
  const sentence = lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
  return body ? `${sentence} của ${bodyInRunningText(body)}` : sentence;
}

/** The unit code after "KH-" in the number ("05/KH-SNV" → "SNV"), used in "Lưu: VT, SNV." when none is given. */
function unitFromNumber(number: string | null): string | null {
  const match = number ? /KH-([^\s/]+)/i.exec(number) : null;
  return match ? match[1] : null;
}

export function particulars(plan: Plan, override: PlanInfo = {}): Particulars {
  const info: PlanInfo = { ...plan.info, ...override };
  const yearNumber = override.year ?? plan.year ?? info.year ?? null;
  const year = yearNumber === null ? S.BLANK : String(yearNumber);
  const number = present(info.number)?.replace(/^số\s*:?\s*/i, "") ?? null;
  return {
    parentBody: present(info.parentBody),
    issuingBody: present(info.issuingBody) ?? S.BLANK,
    issuingBodyName: bodyInRunningText(present(info.issuingBody) ?? S.BLANK),
    number: number ?? S.NUMBER_BLANK,
    place: present(info.place) ?? S.BLANK,
    date: parseDate(info.date, year),
    year,
    subject: present(info.subject) ?? subjectFromTitle(plan.title) ?? S.fill(S.subjectDefault, { year }),
    legalBases: legalBasisLines(info.legalBases ?? []),
    implementation: (info.implementation ?? []).map((line) => line.trim()).filter(Boolean),
    recipients: (info.recipients ?? []).map((line) => line.trim()).filter(Boolean),
    archiveUnit: unitFromNumber(number) ?? S.BLANK,
    signingAuthority: present(info.signingAuthority),
    signerTitle: present(info.signerTitle) ?? S.signAuthorityDefault,
    signerName: present(info.signerName) ?? S.signNameDefault,
    fundingSource: present(info.fundingSource),
  };
}

/** Fields of the Thông tin kế hoạch sheet the document prints as a blank ("…") or a stand-in ("Họ và tên"), by the
 *  sheet's own labels, so the user knows what to fill in: `cchc build` names them in one line. */
export function blankInfoFields(plan: Plan, override: PlanInfo = {}): string[] {
  const info: PlanInfo = { ...plan.info, ...override };
  const p = particulars(plan, override);
  const blank: (keyof PlanInfo)[] = [];
  if (!present(info.issuingBody)) blank.push("issuingBody");
  if (!present(info.number)) blank.push("number");
  if (!present(info.place)) blank.push("place");
  if (p.date.day === S.BLANK) blank.push("date");
  if (!present(info.signerTitle)) blank.push("signerTitle");
  if (!present(info.signerName)) blank.push("signerName");
  return blank.map((field) => INFO_KEYS.find((key) => key.field === field)?.label ?? field);
}
