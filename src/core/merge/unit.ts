// Which unit a draft comes from: the issuing body of its "Thông tin kế hoạch" sheet, else the body named above its
// plan table ("UBND XÃ AN HẢI", "SỞ TƯ PHÁP"), else the file name. Pure.
import type { Analysis } from "../analyze";
import { namesDocument } from "../labels";
import { cellText, fold } from "../text";
import type { SheetGrid } from "../types";
import type { UnitName } from "./types";

/** Folded openings of a body's name in a plan heading (a line like "Số: 05/KH-UBND" does not match: no letter after "so "). */
const BODY_LINE = /^(?:ubnd|uy ban nhan dan|hdnd|so|ban|van phong|phong|trung tam|cuc|chi cuc|bo|thanh tra|tong cuc|vien|truong|benh vien|dai)\s+\p{L}/u;

/** Words in a body's name at most: "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Thuận" is ten. */
const BODY_NAME_WORDS = 14;

/** A body's name, not a sentence that opens like one ("Bộ phận Một cửa giải quyết 100% hồ sơ đúng hạn.", "Ban hành
 *  100% văn bản …", "Sở phấn đấu … dẫn đầu."): a name has no share and no closing full stop ("UBND Phường 3" has a
 *  figure, and is one). */
function isBodyName(line: string): boolean {
  return !/%|[.;:]$/.test(line) && line.split(/\s+/).length <= BODY_NAME_WORDS;
}

function bodyLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/[_\-–—=.]{3,}/g, "").trim())
    .filter((line) => line.length > 0 && line.length <= 80 && BODY_LINE.test(fold(line)) && isBodyName(line));
}

/** A body the title itself names: "… NĂM 2026 (UBND PHƯỜNG ĐÀI SƠN)", "… NĂM 2026 CỦA SỞ GIAO THÔNG VẬN TẢI". */
function bodyInTitle(title: string): string | null {
  const bracketed = /\(([^()]+)\)\s*$/.exec(title)?.[1];
  const after = /\s(?:của|CỦA|Của)\s+(.+)$/u.exec(title)?.[1];
  return [bracketed, after].map((text) => text?.trim()).find((text): text is string => !!text && bodyLines(text).length === 1) ?? null;
}

/** A division inside a body ("VĂN PHÒNG HĐND VÀ UBND", "VĂN PHÒNG SỞ", "PHÒNG TƯ PHÁP"), naming no place of its own. */
const DIVISION = /^(?:van phong|phong)\b/;
/** A place named: its kind and its name ("xã Ninh Hải"; "xã hội" is no place, and "UBND XÃ" alone names none), or the
 *  province, of which a compiled plan has one. */
const PLACE = /\b(?:(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tp)\s+(?!hoi\b)[a-z]|tinh\b)/;

/**
 * The body named above a plan table whose header starts at 1-based `headerRow`: the last matching line before it,
 * reading row by row, left to right (the parent body "UBND TỈNH …" comes first, the issuing body under it). A division
 * that names no place of its own comes with its parent ("UBND XÃ NINH HẢI – VĂN PHÒNG HĐND VÀ UBND"): every commune
 * has a Văn phòng HĐND và UBND, and two communes are two units.
 */
export function bodyAbove(grid: SheetGrid, headerRow: number): string | null {
  const found: string[] = [];
  let named: string | null = null;
  const lastRow = Math.min(grid.values.length, headerRow - 1 - (grid.originRow ?? 0));
  rows: for (let r = 0; r < lastRow; r++) {
    for (const value of grid.values[r] ?? []) {
      const text = cellText(value);
      // Under the title come its subject, legal bases and goals, not the body that issues it.
      if (namesDocument(fold(text))) {
        named = bodyInTitle(text);
        if (found.length > 0) break rows;
        continue;
      }
      found.push(...bodyLines(text));
    }
  }
  const issuing = found.pop() ?? named;
  if (!issuing) return null;
  const parent = found.pop();
  const folded = fold(issuing);
  return parent && DIVISION.test(folded) && !PLACE.test(folded) ? `${parent} – ${issuing}` : issuing;
}

/** The body named above the first plan table that names one. */
export function headingBody(grids: SheetGrid[], analysis: Analysis): string | null {
  for (const table of analysis.plan.tables) {
    const grid = grids.find((g) => g.name === table.sheet);
    const body = grid ? bodyAbove(grid, table.headerRows[0]) : null;
    if (body) return body;
  }
  return null;
}

/** "so-tu-phap_2026.xlsx" (or .xlsm) → "so-tu-phap_2026": the file's own name, as its sender typed it. */
export function fileUnit(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(xlsx|xlsm)$/i, "").trim() || base;
}

export function unitOf(file: string, grids: SheetGrid[], analysis: Analysis): UnitName {
  const issuing = analysis.plan.info.issuingBody?.trim();
  if (issuing) return { name: oneLine(issuing), source: "thong-tin" };
  const heading = headingBody(grids, analysis);
  if (heading) return { name: oneLine(heading), source: "heading" };
  return { name: fileUnit(file), source: "file" };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Two names of one unit compare equal: accents, case, punctuation and "Ủy ban nhân dân" / "UBND" folded away. */
export function unitKey(name: string): string {
  const key = fold(name)
    .replace(/\buy ban nhan dan\b/g, "ubnd")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  // "SỞ TƯ PHÁP TỈNH NINH THUẬN" is the SỞ TƯ PHÁP of the province being compiled.
  return key.replace(PROVINCE_SUFFIX, "$1");
}

/** A province's department, board or office named with its province after it ("Trung tâm Y tế thành phố …" is a
 *  city's centre, another unit than the province's). */
const PROVINCE_SUFFIX = /^((?:so|ban|chi cuc|trung tam|thanh tra|cong an|kho bac|bao hiem xa hoi|dai phat thanh)\b.*?) tinh [a-z][a-z ]*$/;
