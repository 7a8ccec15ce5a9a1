import fc from "fast-check";
import { convertLegacy, detectLegacy, fixLegacyText, isVietnameseSyllable, LegacyEncoding } from "../src/core/legacy";

// ---- Test-only encoders (Unicode → legacy), written independently of the module's tables ----

// TCVN3 (VN3) code points, in code point order as the published chart lists them.
const TCVN3_CODES: Record<string, number> = {
  Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7,
  ă: 0xa8, â: 0xa9, ê: 0xaa, ô: 0xab, ơ: 0xac, ư: 0xad, đ: 0xae,
  à: 0xb5, ả: 0xb6, ã: 0xb7, á: 0xb8, ạ: 0xb9,
  ằ: 0xbb, ẳ: 0xbc, ẵ: 0xbd, ắ: 0xbe, ặ: 0xc6,
  ầ: 0xc7, ẩ: 0xc8, ẫ: 0xc9, ấ: 0xca, ậ: 0xcb,
  è: 0xcc, ẻ: 0xce, ẽ: 0xcf, é: 0xd0, ẹ: 0xd1,
  ề: 0xd2, ể: 0xd3, ễ: 0xd4, ế: 0xd5, ệ: 0xd6,
  ì: 0xd7, ỉ: 0xd8, ĩ: 0xdc, í: 0xdd, ị: 0xde,
  ò: 0xdf, ỏ: 0xe1, õ: 0xe2, ó: 0xe3, ọ: 0xe4,
  ồ: 0xe5, ổ: 0xe6, ỗ: 0xe7, ố: 0xe8, ộ: 0xe9,
  ờ: 0xea, ở: 0xeb, ỡ: 0xec, ớ: 0xed, ợ: 0xee,
  ù: 0xef, ủ: 0xf1, ũ: 0xf2, ú: 0xf3, ụ: 0xf4,
  ừ: 0xf5, ử: 0xf6, ữ: 0xf7, ứ: 0xf8, ự: 0xf9,
  ỳ: 0xfa, ỷ: 0xfb, ỹ: 0xfc, ý: 0xfd, ỵ: 0xfe,
};

/** Unicode → TCVN3: capitals with tones have no code point of their own, so they take the small letter's. */
function toTcvn3(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const code = TCVN3_CODES[char] ?? TCVN3_CODES[char.toLowerCase()];
    out += code === undefined ? char : String.fromCharCode(code);
  }
  return out;
}

type Tone = "" | "sac" | "huyen" | "hoi" | "nga" | "nang";
const TONE_OF_MARK: Record<string, Tone> = { "\u0301": "sac", "\u0300": "huyen", "\u0309": "hoi", "\u0303": "nga", "\u0323": "nang" };
const VNI_TONE: Record<Tone, string> = { "": "", sac: "ù", huyen: "ø", hoi: "û", nga: "õ", nang: "ï" };
const VNI_CIRCUMFLEX: Record<Tone, string> = { "": "â", sac: "á", huyen: "à", hoi: "å", nga: "ã", nang: "ä" };
const VNI_BREVE: Record<Tone, string> = { "": "ê", sac: "é", huyen: "è", hoi: "ú", nga: "ü", nang: "ë" };
const VNI_I: Record<Tone, string> = { "": "i", sac: "í", huyen: "ì", hoi: "æ", nga: "ó", nang: "ò" };

/** One Unicode letter → VNI-Windows, from its decomposition: base letter, vowel shape, tone. */
function vniLetter(letter: string): string {
  if (letter === "đ" || letter === "Đ") return letter === "đ" ? "ñ" : "Ñ";
  const parts = [...letter.normalize("NFD")];
  const base = parts[0];
  if (!/[aeiouy]/i.test(base)) return letter;
  const lower = base.toLowerCase();
  const tone = parts.map((mark) => TONE_OF_MARK[mark]).find((t) => t !== undefined) ?? "";
  let vni: string;
  if (parts.includes("\u0302")) vni = lower + VNI_CIRCUMFLEX[tone];
  else if (parts.includes("\u0306")) vni = lower + VNI_BREVE[tone];
  else if (parts.includes("\u031b")) vni = (lower === "o" ? "ô" : "ö") + VNI_TONE[tone];
  else if (lower === "i") vni = VNI_I[tone];
  else if (lower === "y" && tone === "nang") vni = "î";
  else vni = lower + VNI_TONE[tone];
  return base === lower ? vni : vni.toUpperCase();
}

function toVni(text: string): string {
  return [...text.normalize("NFC")].map(vniLetter).join("");
}

const encoders: Record<LegacyEncoding, (text: string) => string> = { tcvn3: toTcvn3, vni: toVni };

// ---- The letters ----

const TONE_MARKS = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const VOWELS = [..."aăâeêioôơuưy"];
const SMALL_LETTERS = [...VOWELS.flatMap((v) => TONE_MARKS.map((t) => (v + t).normalize("NFC"))), "đ"];
const CAPITAL_LETTERS = SMALL_LETTERS.map((letter) => letter.toUpperCase());
/** The letters that need an encoding: all but a e i o u y and their capitals. */
const MARKED_LETTERS = [...SMALL_LETTERS, ...CAPITAL_LETTERS].filter((letter) => !/^[a-z]$/i.test(letter));

// Real wording from the domain brief: header variants, area titles, form text.
const BRIEF_PHRASES = [
  "Kế hoạch cải cách hành chính năm 2026",
  "Cơ quan chủ trì",
  "Thời gian thực hiện",
  "Ngân sách (Đồng)",
  "Phòng Tổ chức cán bộ",
  "Mục tiêu chung", "Mục tiêu cụ thể", "Nội dung", "Chỉ số thành công", "Phương tiện xác minh",
  "Trách nhiệm", "Cơ quan đầu mối", "Cơ quan phối hợp", "Lĩnh vực 1: Cải cách thể chế", "Kết quả 1.1",
  "Hoạt động 1.1.1", "Mục tiêu", "Nhiệm vụ", "Sản phẩm", "Tiến độ", "Phân công", "Cách thức thực hiện",
  "Kinh phí", "I. Cải cách thể chế", "II. Cải cách tổ chức bộ máy", "Nhiệm vụ chung", "Nhiệm vụ cụ thể",
  "Kinh phí dự kiến", "Ghi chú", "Tổng kinh phí: (bằng chữ)", "Từ tháng ../năm tới tháng.../năm",
  "Đơn vị chủ trì", "Đơn vị phối hợp", "Số TT", "Tên nhiệm vụ", "Kết quả đầu ra", "Sản phẩm đầu ra",
  "Chỉ số kết quả", "Chỉ số", "Chỉ tiêu", "Tài liệu kiểm chứng", "Nguồn kiểm chứng", "Ngân sách (VNĐ)",
  "Dự toán (đồng)", "Thời gian", "Thời hạn hoàn thành", "Chủ trì", "Phối hợp", "Cách thức", "Biện pháp",
  "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy hành chính nhà nước",
  "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "Cải cách tài chính công",
  "Hiện đại hóa hành chính", "Công tác chỉ đạo, điều hành cải cách hành chính", "Cải cách chế độ công vụ",
  "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", "Văn phòng Sở", "Phòng Nội vụ",
  "- Chủ trì: VP. Sở\n- Phối hợp: Trung tâm CNTT", "Trước ngày 28/02/2018", "6 tháng đầu năm",
  "Thường xuyên", "Định kỳ hằng quý", "Quý I/2014", "Kinh phí thường xuyên", "Ngân sách tỉnh",
  "10.000.000 (in ấn)", "1,5 triệu", "Rà soát 100% văn bản", "Độc lập - Tự do - Hạnh phúc",
  "Nơi nhận:", "Ninh Thuận, ngày 05 tháng 11 năm 2026", "Một trăm mười bảy triệu đồng",
];

const NOT_LEGACY = [
  ...BRIEF_PHRASES,
  ...BRIEF_PHRASES.map((phrase) => phrase.normalize("NFD")),
  "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Kinh phí", "Ghi chú", "Chính phủ", "Tiếng Việt có dấu: à á â ã è é ê ì í ò ó ô õ ù ú ý",
  "Annual administrative reform plan", "Means of verification (document)", "Microsoft® Excel©",
  "François Müller", "Noël Dupont", "Jérôme Benoît", "Raphaël Haïti", "Anaïs Loïc", "Søren Kierkegaard",
  "José Peña", "Zoë Straße", "Thérèse Chloé", "café crème brûlée", "«Bonjour»", "Le coût total",
  "1.500.000", "2 × 3 = 6", "½ ngày", "5 µm", "§ 12", "Mã số: 0123-456", "10:30", "12,5%", "",
];

// ---- Tables ----

describe("convertLegacy: every letter round-trips", () => {
  it(`has ${MARKED_LETTERS.length} marked letters to check, đ/Đ included`, () => {
    expect(MARKED_LETTERS).toHaveLength(134);
    expect(MARKED_LETTERS).toEqual(expect.arrayContaining(["đ", "Đ", "ỵ", "Ỵ", "ữ", "Ữ"]));
  });

  it.each(["tcvn3", "vni"] as const)("%s: each small letter inside a word", (encoding) => {
    for (const letter of SMALL_LETTERS) {
      const word = `n${letter}n`;
      expect(convertLegacy(encoders[encoding](word), encoding)).toBe(word);
    }
  });

  it.each(["tcvn3", "vni"] as const)("%s: each capital letter inside a capitals word", (encoding) => {
    for (const letter of CAPITAL_LETTERS) {
      const word = `N${letter}N`;
      expect(convertLegacy(encoders[encoding](word), encoding)).toBe(word);
    }
  });

  it("vni: each letter alone and each capital between small letters", () => {
    for (const letter of [...SMALL_LETTERS, ...CAPITAL_LETTERS]) {
      expect(convertLegacy(toVni(letter), "vni")).toBe(letter);
      expect(convertLegacy(toVni(`${letter}nh`), "vni")).toBe(`${letter}nh`);
    }
  });

  it("tcvn3 code points match the chart for the seven explicit capitals and ư (soft hyphen)", () => {
    expect(convertLegacy("\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7", "tcvn3")).toBe("ĂÂÊÔƠƯĐ");
    expect(convertLegacy("ph\u00ad\u00acng", "tcvn3")).toBe("phương");
  });
});

describe("convertLegacy: real phrases", () => {
  it.each([
    ["KÕ ho¹ch c¶i c¸ch hµnh chÝnh n¨m 2026", "Kế hoạch cải cách hành chính năm 2026"],
    ["C¬ quan chñ tr×", "Cơ quan chủ trì"],
    ["Thêi gian thùc hiÖn", "Thời gian thực hiện"],
    ["Ng©n s¸ch (§ång)", "Ngân sách (Đồng)"],
    ["Phßng Tæ chøc c¸n bé", "Phòng Tổ chức cán bộ"],
  ])("tcvn3 %s → %s", (legacy, unicode) => {
    expect(convertLegacy(legacy, "tcvn3")).toBe(unicode);
  });

  it.each([
    ["Keá hoaïch caûi caùch haønh chính naêm 2026", "Kế hoạch cải cách hành chính năm 2026"],
    ["Cô quan chuû trì", "Cơ quan chủ trì"],
    ["Thôøi gian thöïc hieän", "Thời gian thực hiện"],
    ["Ngaân saùch (Ñoàng)", "Ngân sách (Đồng)"],
    ["Phoøng Toå chöùc caùn boä", "Phòng Tổ chức cán bộ"],
  ])("vni %s → %s", (legacy, unicode) => {
    expect(convertLegacy(legacy, "vni")).toBe(unicode);
  });

  it.each(["tcvn3", "vni"] as const)("%s: every brief phrase and the all-capitals title round-trip", (encoding) => {
    const phrases = [...BRIEF_PHRASES, "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"];
    for (const phrase of phrases) expect(convertLegacy(encoders[encoding](phrase), encoding)).toBe(phrase);
  });

  it("tcvn3: a capitals-only font (.VnTimeH) cell typed in small letters comes back in capitals when told", () => {
    expect(convertLegacy("kÕ ho¹ch c¶i c¸ch", "tcvn3")).toBe("kế hoạch cải cách");
    expect(convertLegacy("kÕ ho¹ch c¶i c¸ch", "tcvn3", { capitals: true })).toBe("KẾ HOẠCH CẢI CÁCH");
  });

  it("tcvn3: a one-capital word in ordinary text stays in sentence case", () => {
    expect(convertLegacy("§Ò ¸n vÒ viÖc", "tcvn3")).toBe("Đề án về việc");
  });

  it("output is NFC and keeps characters outside the tables", () => {
    const out = convertLegacy("Ng©n s¸ch: 1.500.000 ®ång — OK\n2026", "tcvn3");
    expect(out).toBe("Ngân sách: 1.500.000 đồng — OK\n2026");
    expect(out).toBe(out.normalize("NFC"));
  });
});

// ---- Detection ----

describe("detectLegacy", () => {
  it.each(NOT_LEGACY.map((text) => [text]))("null for %j", (text) => {
    expect(detectLegacy(text)).toBeNull();
  });

  it.each([
    ["KÕ ho¹ch c¶i c¸ch hµnh chÝnh", "tcvn3"],
    ["Keá hoaïch caûi caùch haønh chính", "vni"],
    ["KÕ HO¹CH C¶I C¸CH HµNH CHÝNH N¡M 2026", "tcvn3"],
    ["C¸n bé", "tcvn3"],
    ["Cô quan chuû trì", "vni"],
    ["TiÕn ®é", "tcvn3"],
    ["Ngaân saùch (VNÑ)", "vni"],
  ])("%j is %s", (text, encoding) => {
    expect(detectLegacy(text)).toBe(encoding);
  });

  it.each(["tcvn3", "vni"] as const)("%s: the five required phrases are recognised as that encoding", (encoding) => {
    for (const phrase of BRIEF_PHRASES.slice(0, 5)) expect(detectLegacy(encoders[encoding](phrase))).toBe(encoding);
  });

  it.each(["tcvn3", "vni"] as const)("%s: across the brief's phrases, never the wrong encoding, most recognised", (encoding) => {
    const changed = BRIEF_PHRASES.filter((phrase) => encoders[encoding](phrase) !== phrase);
    const found = changed.filter((phrase) => detectLegacy(encoders[encoding](phrase)) !== null);
    for (const phrase of found) expect(detectLegacy(encoders[encoding](phrase))).toBe(encoding);
    // Misses are short cells whose legacy form is also plausible Unicode ("Ghi chó", "Kinh phÝ").
    expect(found.length / changed.length).toBeGreaterThanOrEqual(0.8);
  });

  it("never flags Vietnamese Unicode text made of letters, spaces and digits (property)", () => {
    const unit = fc.constantFrom(...SMALL_LETTERS, ...CAPITAL_LETTERS, ..."bcdghklmnpqrstvx BCDGHKLMNPQRSTVX 0123456789");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        expect(detectLegacy(text.normalize("NFC"))).toBeNull();
      }),
    );
  });

  it("never throws on arbitrary text (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })), (text) => {
        const result = detectLegacy(text);
        expect(result === null || result === "tcvn3" || result === "vni").toBe(true);
      }),
    );
  });
});

describe("fixLegacyText", () => {
  it("converts legacy text and says which encoding it was", () => {
    expect(fixLegacyText("Ng©n s¸ch (§ång)")).toEqual({ text: "Ngân sách (Đồng)", encoding: "tcvn3" });
    expect(fixLegacyText("Ngaân saùch (Ñoàng)")).toEqual({ text: "Ngân sách (Đồng)", encoding: "vni" });
  });

  it("leaves Unicode text exactly as given", () => {
    expect(fixLegacyText("Ghi chú")).toEqual({ text: "Ghi chú", encoding: null });
  });

  it("round-trips random lowercase Vietnamese text through either encoding (property)", () => {
    const unit = fc.constantFrom(...SMALL_LETTERS, ..."bcdghklmnpqrstvx 0123456789");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.constantFrom("tcvn3", "vni"), (text, encoding) => {
        const nfc = text.normalize("NFC");
        expect(convertLegacy(encoders[encoding as LegacyEncoding](nfc), encoding as LegacyEncoding)).toBe(nfc);
      }),
    );
  });
});

describe("isVietnameseSyllable", () => {
  it.each(["nghiêng", "người", "quốc", "giữa", "gì", "khuỷu", "xoong", "được", "Hoạch"])("%s is a syllable", (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });
  it.each(["total", "coûte", "hoaïch", "ắá", "Windows", "cỏtt"])("%s is not", (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});
