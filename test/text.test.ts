// normalize() skips ICU's NFC for text made only of NFC_STABLE's characters: that is right only if NFC changes none of
// them, alone or beside another (composition joins neighbours), which this checks for every character and pair.
import fc from "fast-check";
import { NFC_STABLE, normalize } from "../src/core/text";

const stable: string[] = [];
for (let code = 0; code < 0x10000; code++) {
  const char = String.fromCharCode(code);
  if (code < 0xd800 || code > 0xdfff) if (NFC_STABLE.test(char)) stable.push(char);
}

test("the fast path's characters are Latin (Vietnamese included), spacing modifiers and punctuation: over a thousand", () => {
  expect(stable.length).toBeGreaterThan(1000);
  for (const char of ["ơ", "ư", "đ", "Đ", "ạ", "ỹ", "Ẫ", "–", "“", "•"]) expect(NFC_STABLE.test(char)).toBe(true);
  // Combining accents (text typed in NFD) and the precomposed characters NFC would change are not in it.
  for (const char of ["\u0301", "\u0323", "\u212b", "\u2126", "\u2000"]) expect(NFC_STABLE.test(char)).toBe(false);
});

test("NFC leaves every one of them, and every pair of them, as it is", () => {
  let changed = 0;
  for (const a of stable) {
    if (a.normalize("NFC") !== a) changed++;
    for (const b of stable) {
      const pair = a + b;
      if (pair.normalize("NFC") !== pair) changed++;
    }
  }
  expect(changed).toBe(0);
});

test("text typed decomposed (NFD) is still composed: 'Lĩnh vực' typed with combining accents reads as typed precomposed", () => {
  const typed = "Lĩnh vực".normalize("NFD");
  expect(typed).not.toBe("Lĩnh vực");
  expect(normalize(`  ${typed} `)).toBe("Lĩnh vực");
});

/** normalize as written before its fast paths: every text through ICU, then the odd spaces and carriage returns. */
function reference(text: string): string {
  return text.normalize("NFC").replace(/[\u00a0\u2007\u202f]/g, " ").replace(/\r\n?/g, "\n").trim();
}

test("normalize gives what NFC, the odd-space and line-end replacements and trim give, for text of any mix", () => {
  const pool = ["a", "Đ", "ệ", " ", "\u00a0", "\u2007", "\u202f", "\r", "\n", "\r\n", "\t", "e\u0301", "\u0323", "–", "“", "Ω", "\u212b", "1", "€"];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 12 }), (parts) => {
      const text = parts.join("");
      expect(normalize(text)).toBe(reference(text));
    }),
    { numRuns: 2000 },
  );
});
