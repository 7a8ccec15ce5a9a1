// Reform-area presets (domain brief §3). Data, never branches: a plan picks one, and unknown titles stay as typed.
import { fold } from "./text";

export interface AreaPreset {
  id: "2021-2030" | "2011-2020";
  name: string;
  areas: string[];
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

/** An area title without its numeral or "Lĩnh vực 5:" label, folded for matching. */
export function foldAreaTitle(title: string): string {
  return fold(title).replace(AREA_LABEL, "").replace(/[.;:]+$/, "").trim();
}

/**
 * The preset title a row's title names, or null. Matches accent- and case-insensitively, with or without its numeral;
 * a shortened title ("Cải cách tổ chức bộ máy") matches the preset title it begins.
 */
export function matchArea(title: string, preset: AreaPreset): string | null {
  const key = foldAreaTitle(title);
  if (key.length < 6) return null;
  const exact = preset.areas.find((area) => fold(area) === key);
  if (exact) return exact;
  const prefix = preset.areas.find((area) => {
    const folded = fold(area);
    return folded.startsWith(key) || key.startsWith(folded);
  });
  return prefix ?? null;
}
