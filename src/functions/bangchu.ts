// The logic behind =CCHC.BANGCHU, kept free of the Excel runtime so jest can test it directly.
import { fold } from "../core/text";
import { amountInWords, type WordsOptions } from "../core/words";

/** Option words a user may type, accent- and case-insensitively: "le" ≡ "lẻ", "bon" ≡ "bốn", "ngan" ≡ "ngàn". */
const OPTION_KEYS: Record<string, keyof WordsOptions> = { le: "le", bon: "bon", ngan: "ngan" };

/**
 * Reads the options text of =CCHC.BANGCHU: words separated by commas, semicolons or spaces,
 * e.g. "le,bon,ngan". Blank means the defaults (linh, tư, nghìn). Throws RangeError on an unknown word.
 */
export function parseWordsOptions(text: string | null | undefined): WordsOptions {
  const options: WordsOptions = {};
  for (const token of fold(text ?? "").split(/[,;\s]+/)) {
    if (token === "") continue;
    const key = OPTION_KEYS[token];
    if (!key) {
      throw new RangeError(`Tùy chọn "${token}" không hợp lệ; chỉ dùng le, bon, ngan (cách nhau bằng dấu phẩy).`);
    }
    options[key] = true;
  }
  return options;
}

/** A cell value as the amount amountInWords accepts; rejects blanks and numbers Excel cannot hold exactly. */
function toAmount(value: unknown): number | string {
  if (typeof value === "number") {
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      throw new RangeError("Số tiền quá lớn để Excel giữ đủ chữ số; hãy nhập số tiền dạng văn bản, ví dụ \"1.000.000.000.000.000.000\".");
    }
    return value;
  }
  if (typeof value === "string" && value.trim() !== "") return value;
  throw new RangeError("Ô số tiền đang trống hoặc không phải là số.");
}

/** The amount in Vietnamese words, e.g. 117000000 → "Một trăm mười bảy triệu đồng". Throws RangeError on junk. */
export function bangChu(amount: unknown, optionsText?: string | null): string {
  return amountInWords(toAmount(amount), parseWordsOptions(optionsText));
}
