// Reform-area presets (domain brief §3). Data, never branches: a plan picks one, and unknown titles stay as typed.
import { fold } from "./text";

export interface AreaPreset {
  id: "2021-2030" | "2011-2020";
  name: string;
  areas: string[];
  /**
   * Other whole titles plans give an area, folded (no accents, lower case, no punctuation), matched as its own title
   * is: a commune or a Sở writes "Chính quyền điện tử" where the national programme says "Chính phủ điện tử".
   */
  wordings: Record<string, string[]>;
}

export const AREA_PRESETS: readonly AreaPreset[] = [
  {
    id: "2021-2030",
    name: "Chương trình tổng thể CCHC 2021–2030 (Nghị quyết 76/NQ-CP)",
    areas: [
      "Công tác chỉ đạo, điều hành cải cách hành chính",
      "Cải cách thể chế",
      "Cải cách thủ tục hành chính",
      "Cải cách tổ chức bộ máy hành chính nhà nước",
      "Cải cách chế độ công vụ",
      "Cải cách tài chính công",
      "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
    ],
    wordings: {
      "Công tác chỉ đạo, điều hành cải cách hành chính": ["chi dao dieu hanh cai cach hanh chinh", "cong tac chi dao dieu hanh"],
      // An area column's abbreviations written out ("CĐCV", "CCTCC").
      "Cải cách chế độ công vụ": ["che do cong vu"],
      "Cải cách tài chính công": ["tai chinh cong"],
      "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số": [
        "xay dung va phat trien chinh quyen dien tu chinh quyen so",
        "xay dung chinh quyen dien tu chinh quyen so",
        "phat trien chinh quyen dien tu chinh quyen so",
        "chinh quyen dien tu chinh quyen so",
        "chinh quyen dien tu",
        "chinh quyen so",
        "chinh phu so",
        "xay dung chinh quyen so",
        "xay dung chinh phu dien tu chinh phu so",
        "xay dung chinh phu so",
        "chinh phu dien tu chinh phu so",
      ],
    },
  },
  {
    id: "2011-2020",
    name: "Chương trình tổng thể CCHC 2011–2020",
    areas: [
      "Cải cách thể chế",
      "Cải cách thủ tục hành chính",
      "Cải cách tổ chức bộ máy hành chính nhà nước",
      "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
      "Cải cách tài chính công",
      "Hiện đại hóa hành chính",
      "Công tác chỉ đạo, điều hành cải cách hành chính",
    ],
    wordings: {
      "Công tác chỉ đạo, điều hành cải cách hành chính": ["chi dao dieu hanh cai cach hanh chinh", "cong tac chi dao dieu hanh"],
      "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức": ["nang cao chat luong doi ngu can bo cong chuc vien chuc"],
      "Hiện đại hóa hành chính": ["hien dai hoa nen hanh chinh"],
    },
  },
];

export const DEFAULT_PRESET_ID: AreaPreset["id"] = "2021-2030";

/** The programme in force in a plan year: 2011–2020 up to 2020, 2021–2030 after (and when the year is unknown). */
export function presetForYear(year: number | null): AreaPreset {
  const id = year !== null && year <= 2020 ? "2011-2020" : "2021-2030";
  return presetById(id);
}

export function presetById(id: string): AreaPreset {
  return AREA_PRESETS.find((p) => p.id === id) ?? AREA_PRESETS[0];
}

const AREA_LABEL = /^(?:linh vuc|noi dung|phan)?\s*(?:[ivxlc]+|\d+)\s*[.:)\-–]\s*|^(?:linh vuc|noi dung)\s*:?\s*/;

/** The abbreviations plans write in area titles ("Cải cách TTHC"), folded, with what they stand for. */
const TITLE_ABBREVIATIONS: [RegExp, string][] = [
  [/\bcctthc\b/g, "cai cach thu tuc hanh chinh"],
  [/\bcctcc\b/g, "cai cach tai chinh cong"],
  [/\bcc\b/g, "cai cach"],
  [/\btcbm\b/g, "to chuc bo may"],
  [/\bcdcv\b/g, "che do cong vu"],
  [/\bcqdt\b/g, "chinh quyen dien tu"],
  [/\bcqs\b/g, "chinh quyen so"],
  [/\bcpdt\b/g, "chinh phu dien tu"],
  [/\bcps\b/g, "chinh phu so"],
  [/\btthc\b/g, "thu tuc hanh chinh"],
  [/\bcchc\b/g, "cai cach hanh chinh"],
  [/\bhcnn\b/g, "hanh chinh nha nuoc"],
  [/\bcbccvc\b/g, "can bo cong chuc vien chuc"],
];

/** An area title without its numeral or "Lĩnh vực 5:" label, folded for matching: abbreviations written out,
 *  punctuation and runs of spaces gone ("Công tác chỉ đạo điều hành" is "Công tác chỉ đạo, điều hành"). */
export function foldAreaTitle(title: string): string {
  let key = fold(title).replace(AREA_LABEL, "");
  for (const [abbreviation, words] of TITLE_ABBREVIATIONS) key = key.replace(abbreviation, words);
  return key.replace(/[.,;:()\-–]+/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * The preset title a row's title names, or null. Matches accent- and case-insensitively, with or without its numeral,
 * by the area's own title or another wording of it; a shortened title matches the one area it begins.
 */
export function matchArea(title: string, preset: AreaPreset): string | null {
  const key = foldAreaTitle(title);
  if (key.length < 6) return null;
  const titles = titlesOf(preset);
  const exact = titles.find(([folded]) => folded === key);
  if (exact) return exact[1];
  // A shortened title names the one area it begins ("Cải cách tổ chức bộ máy"); one that begins several ("Cải cách")
  // names none. An area's own title may also run on ("Cải cách thể chế, hành chính"); another wording may not: "Xây
  // dựng chính quyền số cấp xã" is a task.
  const prefixed = new Set(titles.filter(([folded, , own]) => folded.startsWith(key) || (own && key.startsWith(folded))).map(([, area]) => area));
  return prefixed.size === 1 ? [...prefixed][0] : null;
}

/** A title folded, its area, and whether it is the area's own title. */
type Title = [string, string, boolean];

const presetTitles = new Map<AreaPreset, Title[]>();

/** Each title an area goes by: its own first (in preset order), then the other wordings. */
function titlesOf(preset: AreaPreset): Title[] {
  let titles = presetTitles.get(preset);
  if (!titles) {
    const own = preset.areas.map((area): Title => [foldAreaTitle(area), area, true]);
    const other = Object.entries(preset.wordings).flatMap(([area, wordings]) => wordings.map((wording): Title => [wording, area, false]));
    presetTitles.set(preset, (titles = [...own, ...other]));
  }
  return titles;
}
