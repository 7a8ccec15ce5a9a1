// Every word the reader knows, in one place, stored folded (lower case, no accents: see text.ts fold).
// To teach the engine a new header wording, level word, total word or unit, add it here; the pre-filters
// (first words, first letters) are derived from these lists, never kept by hand.
import type { FieldKey } from "./types";

/**
 * Header wordings per field (domain brief §2.5 and what officials type besides). Matching is by words: a header
 * matches the longest wording whose words it contains in order; qualifiers and filler words around it are tolerated.
 */
export const HEADER_WORDINGS: Record<FieldKey, readonly string[]> = {
  number: ["tt", "stt", "so tt", "so thu tu", "thu tu"],
  content: [
    "noi dung", "nhiem vu", "nhiem vu cu the", "ten nhiem vu", "hoat dong", "ten hoat dong", "noi dung cong viec",
    "noi dung nhiem vu", "cong viec", "noi dung hoat dong", "de an", "ten de an",
    // The 5W1H questions as officials trained in them head their columns ("Việc gì (What)", "Làm gì?").
    "viec gi", "lam gi", "lam viec gi", "what",
  ],
  goal: ["muc tieu", "muc dich", "nhiem vu chung", "muc tieu cu the", "tai sao", "vi sao", "de lam gi", "why"],
  output: ["san pham", "san pham dau ra", "ket qua dau ra", "ket qua", "dau ra", "ket qua san pham", "hinh thuc van ban"],
  indicator: ["chi so thanh cong", "chi so ket qua", "chi so", "chi tieu", "chi so danh gia", "chi tieu danh gia"],
  verification: ["phuong tien xac minh", "tai lieu kiem chung", "nguon kiem chung", "phuong thuc kiem chung"],
  budget: [
    "ngan sach", "kinh phi", "du toan", "du toan kinh phi", "nguon kinh phi", "kinh phi thuc hien",
    // The whole beside its sources ("Tổng kinh phí | Trong đó: Ngân sách tỉnh | Ngân sách huyện").
    "tong kinh phi", "tong du toan", "tong so kinh phi", "tong nguon kinh phi", "tong ngan sach",
  ],
  period: [
    "thoi gian", "thoi gian thuc hien", "tien do", "thoi han", "thoi han hoan thanh", "thoi gian hoan thanh", "han hoan thanh", "moc thoi gian",
    "khi nao", "bao gio", "when",
    // Start and end side by side with no Thời gian over them ("Ngày bắt đầu | Ngày hoàn thành"): one period.
    "ngay bat dau", "ngay hoan thanh", "ngay ket thuc", "thoi gian bat dau", "thoi gian ket thuc",
  ],
  lead: [
    "chu tri", "co quan chu tri", "don vi chu tri", "co quan dau moi", "dau moi", "don vi thuc hien", "co quan thuc hien",
    "don vi chu tri thuc hien", "co quan don vi chu tri", "chu tri thuc hien", "ai lam", "ai thuc hien", "ai chu tri", "who",
    // A commune's or a Sở's own wording: "Bộ phận phụ trách", "Người/bộ phận thực hiện".
    "phu trach", "bo phan thuc hien",
  ],
  partners: ["phoi hop", "co quan phoi hop", "don vi phoi hop", "phoi hop thuc hien", "co quan don vi phoi hop"],
  assignment: ["phan cong", "trach nhiem", "phan cong thuc hien", "trach nhiem thuc hien", "to chuc thuc hien"],
  method: [
    "cach thuc thuc hien", "cach thuc", "bien phap", "bien phap thuc hien", "giai phap", "phuong thuc thuc hien",
    "nhu the nao", "lam nhu the nao", "thuc hien nhu the nao", "how",
  ],
  note: ["ghi chu"],
  // A flat list that names each row's reform area in a column of its own.
  area: ["linh vuc", "linh vuc cai cach", "linh vuc cai cach hanh chinh", "linh vuc cchc", "thuoc linh vuc"],
};

/** A period column that says when a task must be done, not when it runs: a date alone under it is a deadline. */
export const DEADLINE_HEADINGS: readonly string[] = ["thoi han", "thoi han hoan thanh", "thoi gian hoan thanh", "han hoan thanh", "ngay hoan thanh"];

/**
 * Words a header may carry around its wording without changing its field: "Dự kiến kinh phí", "Thời gian thực hiện
 * dự kiến", "Cơ quan, đơn vị chủ trì", "Sản phẩm (nếu có)" (brackets are dropped before matching).
 */
export const HEADER_QUALIFIERS: readonly string[] = [
  "du kien", "thuc hien", "tien hanh", "neu co", "co quan", "don vi", "cac", "chinh", "chu yeu", "cu the", "can dat",
  "phai dat", "cua", "va", "de xuat", "giao", "nam", "hoan thanh",
];

/** The qualifiers a header may open with ("Dự kiến kinh phí", "Cơ quan, đơn vị chủ trì", "Bộ phận chủ trì", "Phòng
 *  phối hợp", "Người phụ trách": their first word lets the cell be looked at, and two words are left unexplained at
 *  most); the others only follow. */
export const OPENING_QUALIFIERS: readonly string[] = ["du kien", "co quan", "don vi", "bo phan", "phong", "nguoi"];

/** A header with more words than this that its wording and qualifiers do not explain is data, not a header. */
export const HEADER_LEFTOVER_WORDS = 2;

/** Parents merged over sub-columns whose sub-columns fill parts of one field (domain brief §2.5, issue 7). */
export const PERIOD_PARENTS: readonly string[] = ["thoi gian", "thoi gian thuc hien", "tien do", "thoi han", "tien do thuc hien"];
export const PERIOD_START_WORDS: readonly string[] = ["bat dau", "tu ngay", "tu thang", "tu", "ngay bat dau", "khoi cong"];
export const PERIOD_END_WORDS: readonly string[] = ["ket thuc", "hoan thanh", "den ngay", "den thang", "den", "ngay hoan thanh"];
export const BUDGET_PARENTS: readonly string[] = ["kinh phi", "ngan sach", "du toan", "nguon kinh phi", "kinh phi thuc hien"];
/** A parent over the parts of the column before it ("Tổng kinh phí | Trong đó: NS tỉnh | NS huyện"): under it, money
 *  columns are funding sources of that budget. */
export const BREAKDOWN_PARENTS: readonly string[] = ["trong do", "chia ra", "bao gom", "phan theo nguon"];
/** Under a budget parent: the column that is already the row's total (the sources beside it detail it). */
export const BUDGET_TOTAL_WORDS: readonly string[] = ["tong so", "tong", "tong cong", "cong", "tong kinh phi"];
/** Under a budget parent, the sub-columns that name a funding source (any other child is one too). */
export const FUNDING_SOURCE_WORDS: readonly string[] = [
  "ngan sach trung uong", "trung uong", "ngan sach tinh", "tinh", "ngan sach huyen", "huyen", "ngan sach xa", "xa",
  "ngan sach dia phuong", "dia phuong", "nguon khac", "khac", "xa hoi hoa", "von vay", "tai tro", "nsnn", "nstw", "nsdp",
];
/** Funding sources written short (folded, word by word): "NS tỉnh" and "Ngân sách tỉnh" are one source. */
export const FUNDING_SOURCE_SHORT: Readonly<Record<string, string>> = {
  ns: "ngan sach",
  nsnn: "ngan sach nha nuoc",
  nstw: "ngan sach trung uong",
  nsdp: "ngan sach dia phuong",
  xhh: "xa hoi hoa",
};
export const RESPONSIBILITY_PARENTS: readonly string[] = ["trach nhiem", "phan cong", "trach nhiem thuc hien", "phan cong thuc hien", "to chuc thuc hien"];

/** Level words opening a label: "Lĩnh vực 1:", "Kết quả 1.1", "Hoạt động 1.1.1" (domain brief §2.1). */
export const LEVEL_WORDS = {
  area: ["linh vuc", "phan", "muc", "noi dung"],
  result: ["ket qua", "dau ra", "muc tieu", "m/tieu", "san pham"],
  activity: ["hoat dong", "nhiem vu", "cong viec"],
} as const;

/** The sheet's own grand total ("Tổng cộng", "Tổng kinh phí"): kept apart, compared, never counted. */
export const GRAND_TOTAL_WORDS: readonly string[] = [
  "tong cong", "tong kinh phi", "tong so", "tong du toan", "tong ngan sach", "tong cong kinh phi", "cong toan bo",
];
/** A subtotal of a group ("Cộng", "Cộng lĩnh vực I", "Cộng mục 1"): compared with its group, never counted. */
export const SUBTOTAL_WORDS: readonly string[] = ["cong", "tieu cong", "cong linh vuc", "cong muc", "cong phan", "tong linh vuc", "cong nhom"];
/** What a Cộng row may close besides an area: "Cộng quý I", "Cộng năm 2026", "Cộng khoản 1", "Cộng 6 tháng đầu năm". */
export const SUBTOTAL_GROUPS: readonly string[] = [
  "quy", "nam", "thang", "dot", "giai doan", "khoan", "nhiem vu", "hoat dong", "ket qua", "chuong trinh", "de an",
  "6 thang dau nam", "6 thang cuoi nam", "sau thang dau nam", "sau thang cuoi nam",
];

/** The "Bằng chữ: …" line under a total. */
export const WORDS_LINE_WORDS: readonly string[] = ["bang chu", "so tien bang chu"];
/** A compiled plan's unit row ("Đơn vị: SỞ TƯ PHÁP", as cchc merge writes it). */
export const UNIT_ROW_WORDS: readonly string[] = ["don vi"];
/**
 * A unit's heading row in a compiled plan, its body's name in capitals ("SỞ TƯ PHÁP", "B. UBND XÃ AN HẢI"): the
 * bodies a province's plan is compiled from, as typed, accents and all (SỐ HÓA is a task, SỞ a body), each followed
 * by what it must not be ("BAN HÀNH …" is a task), or by what it must be where the word is as often a task's
 * (THANH TRA TỈNH is a body, THANH TRA CÔNG VỤ an inspection).
 */
export const UNIT_HEADING_BODIES: readonly { body: string; not?: readonly string[]; only?: readonly string[] }[] = [
  { body: "SỞ" },
  { body: "UBND" },
  { body: "ỦY BAN NHÂN DÂN" },
  { body: "UỶ BAN NHÂN DÂN" },
  { body: "BAN", not: ["HÀNH", "ĐẦU"] },
  { body: "VĂN PHÒNG" },
  { body: "TRUNG TÂM" },
  { body: "CHI CỤC" },
  { body: "BỆNH VIỆN" },
  { body: "ĐÀI PHÁT THANH" },
  { body: "THANH TRA", only: ["TỈNH", "THÀNH PHỐ", "TP", "SỞ", "HUYỆN", "QUẬN", "THỊ XÃ", "BỘ", "CHÍNH PHỦ"] },
  { body: "CÔNG AN" },
  { body: "CỤC", not: ["BỘ"] },
  { body: "KHO BẠC" },
  { body: "BẢO HIỂM XÃ HỘI" },
  { body: "TRƯỜNG", not: ["HỢP"] },
  { body: "HỘI", not: ["NGHỊ", "THẢO", "THI", "DIỄN", "NHẬP"] },
  { body: "LIÊN MINH" },
  { body: "BỘ CHỈ HUY" },
  { body: "ỦY BAN MẶT TRẬN" },
  { body: "UỶ BAN MẶT TRẬN" },
  { body: "UBMTTQ" },
];

/**
 * Words that mark a sheet as a version of a plan another sheet holds (sheet-versions): in its name, or above its table
 * ("DỰ THẢO" in a corner, "KẾ HOẠCH … (DỰ THẢO)"). Folded, except "nháp" and "cũ", kept with their accents: folded,
 * "nhap" is also "nhập" and "cu" also "cư", "củ", "cụ".
 */
export const VERSION_MARKS = {
  draft: { folded: ["du thao"], accented: ["nháp"] },
  old: { folded: [], accented: ["cũ"] },
} as const;

/** What a budget cell counts before its money ("In 500 tờ gấp 2.000.000", "Tập huấn 2 lớp 10 triệu"), folded: the
 *  number before one of these is a count, not money. */
export const COUNTED_THINGS: readonly string[] = [
  "to", "lan", "lop", "may", "nguoi", "buoi", "cuon", "bo", "cai", "dot", "hoi nghi", "quyen", "trang", "luot", "chiec",
  "phong", "cuoc", "ky", "tai lieu", "bang ron", "pano", "khau hieu", "hoc vien", "dai bieu", "don vi", "xa", "phuong",
];

/** A note under or inside a table: "Ghi chú:", "Lưu ý:", "* …". */
export const NOTE_WORDS: readonly string[] = ["ghi chu", "luu y", "chu thich"];
export const NOTE_MARKS: readonly string[] = ["*", "(*)", "**"];

/** Text below a table that is the document again, not a row: the table has ended. */
export const CLOSING_WORDS: readonly string[] = [
  "noi nhan", "giam doc", "chu tich", "kt. giam doc", "kt. chu tich", "tm.", "kt.", "nguoi lap bieu", "nguoi lap",
  "thu truong", "truong phong", "pho giam doc", "pho chu tich",
];

/** The plan document's sections after its task table ("III. TỔ CHỨC THỰC HIỆN"): a row that is one of them, whole,
 *  is the document again, not an area (the table ends there). */
export const DOCUMENT_SECTION_WORDS: readonly string[] = [
  "to chuc thuc hien", "kinh phi thuc hien", "che do bao cao", "che do thong tin bao cao", "trach nhiem thuc hien",
  "dieu khoan thi hanh", "hieu luc thi hanh",
];

/** Ditto marks: "same as the row above" (domain brief §2.6). */
export const DITTO_MARKS: readonly string[] = [
  "nt", "(nt)", "-nt-", "- nt -", "nt.", "-nt", "nhu tren", "(nhu tren)", "-nhu tren-", '"', "\u201d", "\u201c\u201d", "''",
];

/** Units of a budget column or a unit line, as a power of ten of đồng. */
export const UNIT_WORDS: readonly { words: readonly string[]; exponent: number }[] = [
  { words: ["ty dong", "ty", "ti dong", "ty vnd"], exponent: 9 },
  { words: ["trieu dong", "trieu", "trd", "tr.d", "tr d", "tr. dong", "trieu vnd", "tr.dong"], exponent: 6 },
  { words: ["nghin dong", "ngan dong", "nghin", "ngan", "1.000 d", "1.000 dong", "1000 d", "1000 dong", "1.000d", "1000d", "nghin vnd"], exponent: 3 },
  { words: ["dong", "vnd", "d", "vn dong"], exponent: 0 },
];

/**
 * Units a header may state among other words ("Kinh phí, triệu đồng", "(triệu đồng, NSNN)", "Kinh phí" and "triệu
 * đồng" on two lines): only wordings that name the currency. A bare "ngàn", "tỷ" or "đồng" is also a word of header
 * text ("ngân sách" folds to "ngan sach", "tỷ lệ", "đồng chủ trì"), so it counts only alone in brackets: "(triệu)".
 */
export const CURRENCY_UNIT_WORDS: readonly { words: readonly string[]; exponent: number }[] = [
  { words: ["ty dong", "ti dong", "ty vnd", "ty d", "ti d"], exponent: 9 },
  { words: ["trieu dong", "trieu d", "trd", "tr.d", "tr. dong", "trieu vnd", "tr.dong"], exponent: 6 },
  { words: ["nghin dong", "ngan dong", "nghin d", "ngan d", "1.000 d", "1.000 dong", "1000 d", "1000 dong", "1.000d", "1000d", "nghin vnd"], exponent: 3 },
  { words: ["vnd", "vn dong"], exponent: 0 },
];

/**
 * Foreign currencies, by their code and the words (folded) or signs that name them: in a cell ("5.000 USD",
 * "2.000 đô la"), or in a money column's header ("Vốn ODA (USD)"), whose figures then stand in that currency as typed.
 */
export const FOREIGN_CURRENCY_WORDS: readonly { code: string; words: readonly string[]; signs?: readonly string[] }[] = [
  { code: "USD", words: ["usd", "do la", "do la my"], signs: ["$"] },
  { code: "EUR", words: ["eur", "euro"], signs: ["€"] },
  { code: "JPY", words: ["jpy", "yen"] },
  { code: "CNY", words: ["cny", "nhan dan te"] },
];

/** Words that announce a unit in a header or on a line of its own ("ĐVT: đồng"): any unit word may follow them. */
export const UNIT_STATEMENT_WORDS: readonly string[] = ["don vi tinh", "dvt"];

/** A line above a table stating the unit of its money: "ĐVT: triệu đồng", "Đơn vị tính: 1.000 đ". */
export const UNIT_LINE_WORDS: readonly string[] = ["don vi tinh", "dvt", "don vi"];

/** Headings above a table that state goals (Why): "Mục tiêu: …", "I. MỤC ĐÍCH, YÊU CẦU". */
export const GOAL_HEADINGS = {
  general: ["muc tieu chung", "muc tieu tong quat", "muc tieu", "muc dich", "muc dich yeu cau", "muc dich, yeu cau", "muc tieu, yeu cau", "muc dich va yeu cau"],
  specific: ["muc tieu cu the"],
  /** Requirements, not goals: the goal lines above end here. */
  stop: ["yeu cau", "noi dung", "nhiem vu", "to chuc thuc hien", "kinh phi"],
} as const;

/** Labels inside a Phân công cell ("- Chủ trì: VP. Sở\n- Phối hợp: …"), accented or not. */
export const LEAD_LABELS: readonly string[] = ["chu tri", "co quan chu tri", "don vi chu tri", "dau moi", "co quan dau moi", "thuc hien"];
export const PARTNER_LABELS: readonly string[] = ["phoi hop", "co quan phoi hop", "don vi phoi hop"];

/** Blank-form words: "M/tiêu 1", "Nhiệm vụ 1.1…", "Nội dung …" are a form not yet filled in. */
export const PLACEHOLDER_WORDS: readonly string[] = ["m/tieu", "muc tieu", "nhiem vu", "hoat dong", "ket qua", "noi dung", "san pham"];

/** The 5W1H letter row under the names ("Why/What?", "When?", "5M?"). */
export const W_LETTERS: readonly string[] = ["why", "what", "when", "who", "where", "how", "whom", "5m", "2c", "1h"];

/** Spellings folded onto the standard one before periods are read ("Quí" → "quý"). */
export const PERIOD_SPELLINGS: readonly [RegExp, string][] = [
  [/\bqui\b/g, "quy"],
  // "Q3/2026", "Q.4", "Q1-Q2", "từ Q1 đến Q3": Q for Quý, where it stands as a period; "Q.1" inside an address
  // ("Tại Q.1, tháng 6") is a district (Quận).
  [/(^|[-–—,]\s*|\b(?:tu|den|toi|trong|truoc|cham nhat|han chot|va) )q\.? ?([1-4])(?=$|\s*[-–—,/]|\s+(?:nam|den|toi|va)\b)/g, "$1quy $2"],
  // "T3/2026", "T3-T5/2026", "từ T3 đến T6/2026": T for Tháng, in the same places. T2 to T7 are also the weekdays
  // (Thứ 2 – Thứ 7: "T2 - T6" is Monday to Friday), so those are months only where a T carries a year.
  [
    /(^|[-–—,]\s*|\b(?:tu|den|toi|trong|truoc|cham nhat|han chot|va) )t\.? ?(1[0-2]|0?[189]|0?[2-7](?=(?:\/| nam )\d{4}|.*\bt\.? ?\d{1,2}(?:\/| nam )\d{4}))(?=$|\s*[-–—,/]|\s+(?:nam|den|toi|va)\b)/g,
    "$1thang $2",
  ],
];

// ---- Derived pre-filters ----

/** Lower-case ASCII initials of a list of folded words. */
export function initialsOf(words: readonly string[]): string {
  return [...new Set(words.map((word) => word[0]))].join("");
}

/** A folded phrase list as a map from its first word to its phrases, longest first. */
export function byFirstWord(phrases: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(" ");
    const list = map.get(words[0]) ?? [];
    list.push(words);
    map.set(words[0], list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

/** Regex source for a folded phrase list at the start of folded text, longest first, escaped. */
export function phrasesPattern(phrases: readonly string[]): string {
  const escaped = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  return `(?:${escaped.join("|")})`;
}
