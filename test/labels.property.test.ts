// readLabel folds only a cell's head, up to its first colon, and tries the levels in one pattern: it must read every
// text as folding the first 32 characters and trying each level's pattern in turn reads it.
import fc from "fast-check";
import { readLabel } from "../src/core/labels";
import { fold } from "../src/core/text";
import { LEVEL_WORDS, phrasesPattern } from "../src/core/vocabulary";
import type { Level } from "../src/core/types";

const REFERENCE = (Object.entries(LEVEL_WORDS) as [Level, readonly string[]][]).map(([level, words]) => ({
  level,
  pattern: new RegExp(`^(${phrasesPattern(words)})\\s*([ivxlc]+|\\d+(?:\\.\\d+)*)\\b`),
}));

function reference(text: string): { level: Level; number: string; word: string } | null {
  const folded = fold(text.slice(0, 32));
  for (const { level, pattern } of REFERENCE) {
    const match = pattern.exec(folded);
    if (match) return { level, number: match[2], word: match[1] };
  }
  return null;
}

const pieces = [
  "Lĩnh vực", "LĨNH VỰC", "Kết quả", "Hoạt động", "Nhiệm vụ", "Mục tiêu", "M/tiêu", "Mục", "Phần", "Nội dung", "Đầu ra",
  "Sản phẩm", "Công việc", "Triển khai", "1", "1.1", "1.1.1.", "II", "iv", "x", ":", " ", "  ", "\n", ".", ")", "–", "ấ", "a",
];

test("readLabel reads a label as the reference does, wherever the colon and the number fall", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 9 }), (parts) => {
      const text = parts.join("");
      expect(readLabel(text)).toEqual(reference(text));
    }),
    { numRuns: 5000 },
  );
});

test.each([
  ["Hoạt động 1.1.1: Triển khai nhiệm vụ số 5", { level: "activity", number: "1.1.1", word: "hoat dong" }],
  ["Lĩnh vực II: Cải cách thủ tục hành chính", { level: "area", number: "ii", word: "linh vuc" }],
  ["Kết quả 2.3. Hồ sơ được số hóa", { level: "result", number: "2.3", word: "ket qua" }],
  ["Mục tiêu: nâng cao chỉ số 1", null],
])("%s", (text, expected) => {
  expect(readLabel(text)).toEqual(expected);
});
