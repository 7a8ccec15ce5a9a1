// Word lists the SMART indicator rules test against (domain brief §4). Data, not branches: extend here.

/** Vague verb phrases an indicator should not rest on; compared accent-insensitively. */
export const VAGUE_PHRASES = [
  "nâng cao",
  "tăng cường",
  "đẩy mạnh",
  "cải thiện",
  "từng bước",
  "chú trọng",
  "quan tâm",
  "tiếp tục",
  "nâng dần",
  "góp phần",
] as const;

/** Words that give a vague phrase something to count (S). Compared with accents: folded "mỗi" would also match "mới", "môi". */
export const COUNT_OBJECT_WORDS = ["tất cả", "toàn bộ", "mỗi", "mọi", "lượt", "người", "văn bản", "phần trăm"] as const;

/**
 * Number words and yes/no wording that make an indicator countable (M), and the acts a document proves done or not
 * ("Quyết định … được ban hành"): qualitative but verifiable, which the manual counts as measurable.
 * Compared with accents, like the list above.
 */
export const MEASURE_WORDS = [
  "ban hành",
  "phê duyệt",
  "công bố",
  "thông qua",
  "hoàn thành",
  "đưa vào sử dụng",
  "một",
  "hai",
  "ba",
  "bốn",
  "năm",
  "sáu",
  "bảy",
  "tám",
  "chín",
  "mười",
  "tất cả",
  "toàn bộ",
  "phần trăm",
  "đạt",
  "không",
] as const;

/** Any digit (a figure, a percentage, a date). */
export const HAS_DIGIT = /\d/;
