// Period cells (domain brief §6): quarters, months, days, ranges, deadlines, parts of a year, ongoing tasks.
// The text is folded (no accents, lower case) and rewritten into a small grammar of "points" joined by "-".
import type { CellValue, Period, PeriodKind } from "./types";
import { cellText, fold, normalize } from "./text";
import { PERIOD_SPELLINGS } from "./vocabulary";

type Unit = "day" | "month" | "quarter" | "year" | "bare";

/** One end of a period as typed; fields the text leaves out are filled from the other end or the plan year. */
interface Point {
  unit: Unit;
  day?: number;
  month?: number;
  quarter?: number;
  year?: number;
  /** A lone number ("3" in "3-5/2014") whose unit comes from the other end. */
  bare?: number;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

/** Start and end days; null when the plan year is unknown and the text names none. */
type Span = { start: Day; end: Day; batches?: { start: Day; end: Day }[] } | null;

const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
/** A blank form's "Tháng …/năm …"; "2 lần/năm" is a frequency, not a blank. */
const PLACEHOLDER = /\.{2,}|…|_{2,}|(?<!\blan ?)\/nam\b(?! ?\d)/;
/** Recurring work: "thường xuyên", "hằng quý", "mỗi tháng", "2 lần/năm", "6 tháng/lần". */
const ONGOING =
  /thuong xuyen|dinh ky|\b(?:hang|moi) (?:ngay|tuan|thang|quy|nam)\b|lien tuc|\blan ?\/ ?(?:\d+ ?)?(?:ngay|tuan|thang|quy|nam)\b|\b(?:ngay|tuan|thang|quy|nam) ?(?:\/ ?|\d+ )lan\b/;
/** "Trước" (before) ends the day before what it names starts, "trước cuối …" (by the end of) with it; "chậm nhất",
 *  "hạn chót" (at the latest) end with what they name. */
const DEADLINE = /^(?:hoan thanh |xong )?(truoc|cham nhat|han chot|den het)(?: la)?\s*:?\s*(.+)$/;
const END_PART = /^(?:cuoi|ha tuan) /;
const LEADING_WORDS = /^(?:du kien|thoi gian|trong|vao|tu|bat dau tu|bat dau|trong thoi gian|(?:to chuc |thuc hien )?(?:\d{1,2}|hai|ba|bon) (?:dot|lan):)\s+/;
const WHOLE_YEAR = /^(?:ca |suot )?nam(?: (\d{4}))?$/;
/** The first or last months of the year: "6 tháng đầu năm", "nửa cuối năm", "9 tháng đầu năm" (the nine-month review). */
const MONTHS_OF_YEAR = /^(?:(\d{1,2}|sau|ba|chin) thang|(nua)) (dau|cuoi) nam(?: (\d{4}))?$/;
const MONTH_WORDS: Record<string, number> = { sau: 6, ba: 3, chin: 9, nua: 6 };
/** Đầu năm is Quý I, giữa năm June to July (the mid-year review), cuối năm Quý IV. */
const PART_OF_YEAR = /^(dau|giua|cuoi) nam(?: (\d{4}))?$/;
const YEAR_PARTS: Record<string, [number, number]> = { dau: [1, 3], giua: [6, 7], cuoi: [10, 12] };
/** A quarter's first, middle or last month. */
const PART_OF_QUARTER = /^(dau|giua|cuoi) quy (i|ii|iii|iv|[1-4])(?:\/(\d{4}))?$/;
/** A month's days 1–10, 11–20 and 21 to its end: đầu, giữa, cuối tháng, or thượng, trung, hạ tuần. */
const PART_OF_MONTH = /^(dau|giua|cuoi|thuong tuan|trung tuan|ha tuan) thang (\d{1,2})(?:\/(\d{4}))?$/;
/** What every part of a period opens with: most cells open otherwise, and skip the three patterns. */
const PART_START = /^(?:dau|giua|cuoi|thuong|trung|ha) /;
const THIRDS: Record<string, number> = { dau: 0, "thuong tuan": 0, giua: 1, "trung tuan": 1, cuoi: 2, "ha tuan": 2 };
const YEAR_IN_TEXT = /(?<!\d)(\d{4})(?!\d)/g;

/**
 * The 4-digit years from 1990 to 2100 a text mentions, each once, in order of appearance
 * (the reader counts them across period cells to infer the plan year).
 */
export function yearsMentioned(text: string): number[] {
  const years: number[] = [];
  for (const match of text.matchAll(YEAR_IN_TEXT)) {
    const year = Number(match[1]);
    if (year >= 1990 && year <= 2100 && !years.includes(year)) years.push(year);
  }
  return years;
}

/** Rewrites the idioms into points joined by "-": "Từ 01 đến 15 tháng 10/2013" → "01-15/10/2013". */
function canonical(folded: string): string {
  let text = folded
    .replace(/[–—]/g, "-")
    .replace(/\bngay\s+(?=\d)/g, "")
    .replace(/\bhet\s+/g, "")
    .replace(/(\d{1,2}) thang (\d{1,2})\b/g, "$1/$2")
    // "Quý II - 2026", "Tháng 5 - năm 2026": a month or quarter of that year, not a range to its end.
    .replace(/\b((?:quy|thang)\s+(?:i|ii|iii|iv|\d{1,2}))\s*-\s*(?:nam\s+)?(\d{4})\b/g, "$1/$2")
    .replace(/(\d|\b(?:i|ii|iii|iv))\s+nam\s+(\d{4})\b/g, "$1/$2")
    // "Quý 1, 2/2026": each number after Quý is a quarter, not "2/2026" a month.
    .replace(/\bquy\s+((?:i|ii|iii|iv|[1-4])(?:\s*,\s*(?:i|ii|iii|iv|[1-4]))+)(?=\/|\s|$)/g, (_, list: string) =>
      list.split(/\s*,\s*/).map((quarter) => `quy ${quarter}`).join(","),
    )
    .replace(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, "$1/$2/$3")
    .replace(/\s*\/\s*/g, "/")
    // "Đến hết năm 2026", "Từ nay đến cuối năm": by then at the latest.
    .replace(/^(?:tu (?:nay|bay gio) )?(?:den|toi) /, "den het ")
    .replace(/\s*;\s*/g, ",")
    .replace(/\s+(?:den|toi)\s+/g, "-")
    // "Tháng 3 và tháng 9" lists two months, as "tháng 3, tháng 9" does: not the months between.
    .replace(/\s+va\s+/g, ",")
    .replace(/\s*([-,])\s*/g, "$1");
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = text.replace(LEADING_WORDS, "");
  }
  return text;
}

/** One point: "quy ii/2019", "iii", "thang 8/2013", "5/2014", "15/10", "15/10/2013", "nam 2019", "2013", "3". */
function parsePoint(text: string): Point | null {
  let match = /^(?:quy )?(i|ii|iii|iv|quy [1-4])(?:\/(\d{4}))?$/.exec(text);
  if (match) return { unit: "quarter", quarter: ROMAN_QUARTERS[match[1].replace("quy ", "")], year: yearOf(match[2]) };
  if ((match = /^thang (\d{1,2})(?:\/(\d{4}))?$/.exec(text)) || (match = /^(\d{1,2})\/(\d{4})$/.exec(text))) {
    return { unit: "month", month: Number(match[1]), year: yearOf(match[2]) };
  }
  if ((match = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(text))) {
    return { unit: "day", day: Number(match[1]), month: Number(match[2]), year: yearOf(match[3]) };
  }
  if ((match = /^(?:nam )?(\d{4})$/.exec(text))) return { unit: "year", year: Number(match[1]) };
  if ((match = /^(\d{1,2})$/.exec(text))) return { unit: "bare", bare: Number(match[1]) };
  return null;
}

function yearOf(digits: string | undefined): number | undefined {
  return digits === undefined ? undefined : Number(digits);
}

/** A lone number takes the unit of the other end, and the fields above that unit from it. */
function completeBare(point: Point, other: Point): Point | null {
  if (point.unit !== "bare") return point;
  const n = point.bare;
  switch (other.unit) {
    case "day":
      return { unit: "day", day: n, month: other.month, year: other.year };
    case "month":
      return { unit: "month", month: n, year: other.year };
    case "quarter":
      return { unit: "quarter", quarter: n, year: other.year };
    default:
      return null;
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day a point covers in a year, or null when its fields are out of range (31/2, Quý V). */
function pointDays(point: Point, year: number): { first: Day; last: Day } | null {
  const month = point.month ?? 0;
  switch (point.unit) {
    case "day": {
      const valid = month >= 1 && month <= 12 && (point.day ?? 0) >= 1 && (point.day ?? 0) <= daysInMonth(year, month);
      const day = { year, month, day: point.day ?? 0 };
      return valid ? { first: day, last: day } : null;
    }
    case "month":
      return month >= 1 && month <= 12 ? monthsDays(year, month, month) : null;
    case "quarter": {
      const quarter = point.quarter ?? 0;
      return quarter >= 1 && quarter <= 4 ? monthsDays(year, quarter * 3 - 2, quarter * 3) : null;
    }
    case "year":
      return monthsDays(year, 1, 12);
    default:
      return null;
  }
}

function monthsDays(year: number, firstMonth: number, lastMonth: number): { first: Day; last: Day } {
  return { first: { year, month: firstMonth, day: 1 }, last: { year, month: lastMonth, day: daysInMonth(year, lastMonth) } };
}

function isoDate(day: Day): string {
  return `${String(day.year).padStart(4, "0")}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
}

/** Year-less validity check uses a leap year, so 29/2 passes and 31/2 does not. */
const ANY_LEAP_YEAR = 2000;

/**
 * The span from the first point to the last; missing years come from the other end, then the plan year.
 * Returns undefined when the text does not make a valid span, null when it is valid but no year is known.
 */
function spanOf(points: Point[], planYear: number | null): Span | undefined {
  const last = completeBare(points[points.length - 1], points[0]);
  const first = last && completeBare(points[0], last);
  if (!first || !last) return undefined;
  let firstYear = first.year ?? last.year ?? planYear;
  let lastYear = last.year ?? first.year ?? planYear;
  // A point is checked in its own year, or a leap year when it names none: "29/2" may belong to the year before.
  if (!pointDays(first, first.year ?? ANY_LEAP_YEAR) || !pointDays(last, last.year ?? ANY_LEAP_YEAR)) return undefined;
  if (firstYear === null || lastYear === null) return null;
  if (firstYear === lastYear && crossesYearEnd(first, last)) {
    if (last.year === undefined) lastYear += 1;
    else if (first.year === undefined) firstYear -= 1;
  }
  const firstDays = pointDays(first, firstYear);
  const lastDays = pointDays(last, lastYear);
  if (!firstDays || !lastDays || isoDate(lastDays.last) < isoDate(firstDays.first)) return undefined;
  return { start: firstDays.first, end: lastDays.last };
}

/** "Từ 15/12 đến 15/01/2027": an end before the start, in the same year, means the span runs over New Year.
 *  Compared by month and day (in a leap year, so 29/2 compares too); the real years are checked after. */
function crossesYearEnd(first: Point, last: Point): boolean {
  const firstDays = pointDays(first, ANY_LEAP_YEAR);
  const lastDays = pointDays(last, ANY_LEAP_YEAR);
  return !!firstDays && !!lastDays && isoDate(lastDays.last) < isoDate(firstDays.first);
}

/** The points of "đầu năm", "cuối quý II", "giữa tháng 6/2026", "hạ tuần tháng 11"; null for any other text. */
function partPoints(text: string): Point[] | null {
  if (!PART_START.test(text)) return null;
  let match = PART_OF_YEAR.exec(text);
  if (match) {
    const [first, last] = YEAR_PARTS[match[1]];
    const year = yearOf(match[2]);
    return [{ unit: "month", month: first, year }, { unit: "month", month: last, year }];
  }
  if ((match = PART_OF_QUARTER.exec(text))) {
    return [{ unit: "month", month: (ROMAN_QUARTERS[match[2]] - 1) * 3 + 1 + THIRDS[match[1]], year: yearOf(match[3]) }];
  }
  if ((match = PART_OF_MONTH.exec(text))) {
    const month = Number(match[2]);
    const year = yearOf(match[3]);
    const third = THIRDS[match[1]];
    // The last third runs to the month's own end (28 to 31 days): the month as the end point gives it.
    const last: Point = third === 2 ? { unit: "month", month, year } : { unit: "day", day: third * 10 + 10, month, year };
    return [{ unit: "day", day: third * 10 + 1, month, year }, last];
  }
  return null;
}

/** Whole year, half year, part of a year, quarter or month, or points joined by "-" / ",". */
function parseSpan(text: string, planYear: number | null): Span | undefined {
  const whole = WHOLE_YEAR.exec(text);
  if (whole) return spanOf([{ unit: "year", year: yearOf(whole[1]) }], planYear);
  const part = MONTHS_OF_YEAR.exec(text);
  if (part) {
    const count = MONTH_WORDS[part[1] ?? part[2]] ?? Number(part[1]);
    if (count < 1 || count > 11) return undefined;
    const year = yearOf(part[4]);
    const months = part[3] === "dau" ? [1, count] : [13 - count, 12];
    return spanOf([{ unit: "month", month: months[0], year }, { unit: "month", month: months[1], year }], planYear);
  }
  const points = pointsOf(text.split(/[-,]/));
  if (!points) return undefined;
  const span = spanOf(points, planYear);
  const batches = span ? batchesOf(text, points, span, planYear) : null;
  return span && batches ? { ...span, batches } : span;
}

/** A part of a period ("đầu tháng 3") is its own first and last points: either end of a range may be one. */
function pointsOf(pieces: string[]): Point[] | null {
  const points: Point[] = [];
  for (const piece of pieces) {
    const part = partPoints(piece);
    if (part) points.push(...part);
    else {
      const point = parsePoint(piece);
      if (point === null) return null;
      points.push(point);
    }
  }
  return points.length === 0 ? null : points;
}

/**
 * The batches of a list ("tháng 3, 6, 9, 12", "quý I, III/2026", "tháng 1-2, tháng 6"), each read with the year and
 * unit the list gives its other items; null for one span, or where a batch does not read alone or falls outside
 * the list's span (a list over New Year).
 */
function batchesOf(text: string, points: Point[], span: NonNullable<Span>, planYear: number | null): { start: Day; end: Day }[] | null {
  if (!text.includes(",")) return null;
  const groups = text.split(",");
  const reference = [...points].reverse().find((point) => point.unit !== "bare");
  if (!reference) return null;
  const year = reference.year ?? span.end.year ?? planYear;
  const batches: { start: Day; end: Day }[] = [];
  for (const group of groups) {
    const own = pointsOf(group.split("-"));
    const completed = own?.map((point) => completeBare(point, reference));
    if (!completed || completed.some((point) => point === null)) return null;
    const batch = spanOf(completed as Point[], year);
    if (!batch || isoDate(batch.start) < isoDate(span.start) || isoDate(batch.end) > isoDate(span.end)) return null;
    batches.push(batch);
  }
  // In order of their ends, as the report promises: a list may name its middle items out of order ("tháng 3, 6, 4, 9").
  return batches.sort((a, b) => (isoDate(a.end) < isoDate(b.end) ? -1 : isoDate(a.end) > isoDate(b.end) ? 1 : 0));
}

function result(kind: PeriodKind, text: string, start?: Day, end?: Day, batches?: { start: Day; end: Day }[]): Period {
  const period: Period = { kind, text };
  if (start) period.start = isoDate(start);
  if (end) period.end = isoDate(end);
  if (batches) period.batches = batches.map((batch) => ({ start: isoDate(batch.start), end: isoDate(batch.end) }));
  return period;
}

/** "Trước X": a date is the last day itself; a month, quarter or year ends the day before it starts. "Chậm nhất X"
 *  (`inclusive`) ends with the last day of X. */
function deadlineOf(rest: string, planYear: number | null, text: string, inclusive: boolean): Period | null {
  const span = parseSpan(rest, planYear);
  if (span === undefined) return null;
  if (span === null) return result("deadline", text);
  // "Chậm nhất tháng 3, 6, 9, 12": a deadline in each batch.
  const ends = (span.batches ?? [span]).map((batch) => deadlineDay(batch, inclusive));
  const period = result("deadline", text, undefined, ends[ends.length - 1]);
  if (span.batches) period.batches = ends.map((end) => ({ end: isoDate(end) }));
  return period;
}

/** "Đến năm 2030" in a 2026 plan: work that runs from the plan year on past it, not a deadline idle all year. */
function runningOn(due: Period | null, planYear: number | null): Period | null {
  if (!due?.end || planYear === null || Number(due.end.slice(0, 4)) <= planYear || due.batches) return due;
  return { ...due, kind: "range", start: `${planYear}-01-01` };
}

/** The last day of a deadline on `span`: the span's own for a date or "chậm nhất", else the day before it starts. */
function deadlineDay(span: { start: Day; end: Day }, inclusive: boolean): Day {
  if (inclusive || isoDate(span.start) === isoDate(span.end)) return span.end;
  const before = new Date(Date.UTC(span.start.year, span.start.month - 1, span.start.day - 1));
  return { year: before.getUTCFullYear(), month: before.getUTCMonth() + 1, day: before.getUTCDate() };
}

function ongoingOf(text: string, planYear: number | null): Period {
  const year = yearsMentioned(text)[0] ?? planYear;
  if (year === null) return result("ongoing", text);
  return result("ongoing", text, { year, month: 1, day: 1 }, { year, month: 12, day: 31 });
}

function parsePeriodText(text: string, planYear: number | null): Period | null {
  if (/^[-–—\s.;,:…]*$/.test(text)) return null;
  // Notes in parentheses ("Quý I/2026 (dự kiến)") do not change the period; where the rest reads as none, the
  // parentheses may hold it ("Đợt 1 (tháng 5), đợt 2 (tháng 10)").
  const withoutNotes = parseText(text.replace(/\([^)]*\)/g, " "), text, planYear);
  if (withoutNotes.kind !== "unparsed" || !text.includes("(") || !groupsArePeriods(text, planYear)) return withoutNotes;
  return parseText(text.replace(/[()]/g, " "), text, planYear);
}

/** Every bracketed group reads alone as a period ("(tháng 5)"), not a note or a document ("(Kế hoạch 45/KH-UBND năm
 *  2025)", "(Quyết định … ngày 15/3/2026)"), whose date is not the task's. */
function groupsArePeriods(text: string, planYear: number | null): boolean {
  const groups = text.match(/\(([^)]*)\)/g) ?? [];
  return groups.every((group) => {
    const folded = fold(group.slice(1, -1)).trim();
    const period = folded === "" ? null : parseFolded(folded, group, planYear);
    return period !== null && period.kind !== "unparsed" && period.end !== undefined;
  });
}

function parseText(cleaned: string, text: string, planYear: number | null): Period {
  let folded = fold(cleaned).replace(/[\s.;,:…]+$/, "");
  for (const [spelling, standard] of PERIOD_SPELLINGS) folded = folded.replace(spelling, standard);
  if (PLACEHOLDER.test(folded)) return result("placeholder", text);
  const whole = openEnded(parseFolded(folded, text, planYear), folded, planYear);
  return whole.kind === "unparsed" ? (periodInSentence(folded, text, planYear) ?? whole) : whole;
}

/** A cell that is only "Từ tháng 3" (no "đến …"): the task starts then and runs on, to the end of the plan year (or of
 *  its own, if later). Only the whole cell: inside a sentence ("từ tháng 3, hoàn thành trong tháng 6") another period
 *  gives the end. */
const OPEN_START = /^(?:bat dau )?tu (?!(?:nay|bay gio) (?:den|toi) )/;

function openEnded(period: Period, folded: string, planYear: number | null): Period {
  if (period.kind !== "range" || period.start === undefined || period.batches || !OPEN_START.test(folded)) return period;
  if (/[-,]/.test(canonical(folded))) return period;
  const year = Math.max(Number(period.start.slice(0, 4)), planYear ?? 0);
  return { ...period, end: `${year}-12-31` };
}

function parseFolded(folded: string, text: string, planYear: number | null): Period {
  if (ONGOING.test(folded)) return (/\d|\bquy\b/.test(folded) ? namedBatches(folded, text, planYear) : null) ?? ongoingOf(text, planYear);
  const rewritten = canonical(folded);
  const deadline = DEADLINE.exec(rewritten);
  if (deadline) {
    const rest = canonical(deadline[2]);
    const inclusive = deadline[1] !== "truoc" || END_PART.test(rest);
    const due = deadlineOf(rest, planYear, text, inclusive);
    return (deadline[1] === "den het" ? runningOn(due, planYear) : due) ?? result("unparsed", text);
  }
  const span = parseSpan(rewritten, planYear);
  if (span === undefined) return result("unparsed", text);
  return span === null ? result("range", text) : result("range", text, span.start, span.end, span.batches);
}

/** "Báo cáo định kỳ: tháng 3, 6, 9, 12", "Tháng 6 và tháng 12 hằng năm": a recurring task that names its months
 *  falls due in each of them; null where it names no batches. */
function namedBatches(folded: string, text: string, planYear: number | null): Period | null {
  const inSentence = periodInSentence(folded, text, planYear);
  if (inSentence?.batches) return inSentence;
  const rest = folded.replace(ONGOING_ALL, " ").replace(/\s+/g, " ").replace(/^[\s.;,:…]+|[\s.;,:…]+$/g, "");
  const named = rest === "" ? null : parseFolded(rest, text, planYear);
  if (named?.batches) return named;
  // "Trước 20/12 hằng năm": in a year's plan, the one time it falls that year.
  return named && YEARLY.test(folded) && named.end !== undefined ? named : null;
}

const YEARLY = /\b(?:hang|moi) nam\b/;
const ONGOING_ALL = new RegExp(ONGOING.source, "g");

/** Where a period may open inside a sentence: "… gửi báo cáo trước ngày 28/02/2018", "hoàn thành trong Quý III". */
const PERIOD_OPENING =
  /(?<= )(?:truoc|cham nhat|han chot|tu|trong|(?:\d{1,2}|sau|ba|chin) thang (?:dau|cuoi)|nua (?:dau|cuoi)|(?:dau|giua|cuoi) (?:nam|quy|thang)|(?:thuong|trung|ha) tuan|thang|quy|ngay|nam|\d{1,2}\/)/g;
const MAX_SENTENCE = 200;
const PERIOD_START =
  /^(?:[\d(]|(?:truoc|cham nhat|han chot|tu|trong|thang|quy|ngay|nam|den|toi|du kien|bat dau|thoi gian|vao|(?:dau|giua|cuoi) (?:nam|quy|thang)|(?:thuong|trung|ha) tuan|(?:ca|suot) nam|(?:nua|(?:sau|ba|chin) thang) (?:dau|cuoi))\b)/;

/**
 * The periods a sentence holds, each from an opening word to as far as still reads as a period; the text is kept.
 * Several ("Đợt 1: tháng 4; đợt 2: tháng 9") give the span from the first start to the last end, so no batch is lost.
 */
function periodInSentence(folded: string, text: string, planYear: number | null): Period | null {
  // Text opening as a period does would only be cut down to a wrong one ("Từ 0/0 đến 1/1/1990" is no range).
  if (folded.length > MAX_SENTENCE || PERIOD_START.test(folded)) return null;
  const found: Period[] = [];
  let from = 1;
  for (const match of folded.matchAll(PERIOD_OPENING)) {
    if (match.index < from) continue;
    const words = folded.slice(match.index).split(" ");
    for (let end = words.length; end >= 1; end -= 1) {
      const candidate = words.slice(0, end).join(" ").replace(/[\s.;,:…]+$/, "");
      const period = parseFolded(candidate, text, planYear);
      if (period.kind === "unparsed" || period.kind === "placeholder") continue;
      found.push(period);
      from = match.index + candidate.length;
      break;
    }
  }
  return found.length <= 1 ? (found[0] ?? null) : spanOfPeriods(found, text, BATCH_MARK.test(folded));
}

/** "Đợt 1 …, đợt 2 …", "lần 1 …": the periods of a sentence are separate batches only where it numbers them; else
 *  they are one task's start and end ("từ tháng 3, hoàn thành trong tháng 6"). */
const BATCH_MARK = /\b(?:dot|lan) (?:\d|i|ii|iii|iv|mot|hai|ba|bon)\b/;

/**
 * Several periods as one: from the earliest start to the latest end (a deadline alone where none has a start). As
 * `batches`, each keeps its own span, and a deadline batch's day counts as a start; where one has no end (no year
 * known), no batch is listed.
 */
function spanOfPeriods(periods: Period[], text: string, asBatches: boolean): Period {
  const batches = asBatches && periods.every((p) => p.end !== undefined) ? sortedBatches(periods.flatMap(batchesOfPeriod)) : null;
  const starts = (batches ? batches.map((b) => b.start ?? b.end) : periods.map((p) => p.start)).filter((d): d is string => d !== undefined).sort();
  const ends = periods.map((p) => p.end).filter((d): d is string => d !== undefined).sort();
  const dated = periods.some((p) => p.start !== undefined);
  const period: Period = { kind: dated ? "range" : "deadline", text };
  if (dated && starts.length > 0) period.start = starts[0];
  if (ends.length > 0) period.end = ends[ends.length - 1];
  if (batches) period.batches = batches;
  return period;
}

type Batch = NonNullable<Period["batches"]>[number];

function batchesOfPeriod(period: Period): Batch[] {
  if (period.batches) return period.batches;
  const end = period.end as string;
  return [period.start === undefined || period.kind === "deadline" ? { end } : { start: period.start, end }];
}

function sortedBatches(batches: Batch[]): Batch[] {
  return batches.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
}

/** A number cell is a period only when it is a year (2026); Excel date serials arrive as Date, never as numbers. */
function parsePeriodNumber(value: number, planYear: number | null): Period {
  const text = String(value);
  const isYear = Number.isInteger(value) && value >= 1990 && value <= 2100;
  return isYear ? parsePeriodText(text, planYear) ?? result("unparsed", text) : result("unparsed", text);
}

/**
 * The period a cell states, or null for an empty cell (or a lone "-").
 * `year` is the plan year, used where the text names none. With year null and no year in the text, a period
 * that is otherwise understood keeps its kind (range, deadline, ongoing) but has no start or end.
 * Invalid dates (31/2) and anything not understood give kind "unparsed" with the text kept verbatim;
 * blank-form text ("Tháng .../2019") gives kind "placeholder". A Date cell is a one-day range.
 */
export function parsePeriod(value: CellValue, year: number | null): Period | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return parsePeriodText(normalize(value), year);
  if (typeof value === "number") return parsePeriodNumber(value, year);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const day = { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
    return result("range", cellText(value), day, day);
  }
  return result("unparsed", cellText(value));
}
