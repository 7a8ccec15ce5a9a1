import vectors from "./fixtures/vectors/amount-words.json";
import { amountInWords, parseAmountArg } from "../src/core/words";

describe("amountInWords: amount-words.json vectors (default options)", () => {
  it.each(vectors.cases)("$amount → $words", ({ amount, words }) => {
    expect(amountInWords(amount)).toBe(words);
  });
});

describe("amountInWords: large and tricky amounts", () => {
  it.each([
    ["1001", "Một nghìn không trăm linh một đồng"],
    ["1000000001000", "Một nghìn tỷ không trăm linh một nghìn đồng"],
    ["1000000000000000", "Một triệu tỷ đồng"],
    ["1000000000000000000", "Một tỷ tỷ đồng"],
    ["1000000000000000005", "Một tỷ tỷ không trăm linh năm đồng"],
    ["2005000000000000", "Hai triệu không trăm linh năm nghìn tỷ đồng"],
    ["117000000", "Một trăm mười bảy triệu đồng"],
    ["10", "Mười đồng"],
    ["11", "Mười một đồng"],
    ["14", "Mười bốn đồng"],
    ["101", "Một trăm linh một đồng"],
    ["1.500.000", "Một triệu năm trăm nghìn đồng"],
  ])("%s → %s", (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it("reads a bigint exactly beyond 2^53", () => {
    expect(amountInWords(9_007_199_254_740_993n)).toBe(
      "Chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ hai trăm năm mươi tư triệu bảy trăm bốn mươi nghìn chín trăm chín mươi ba đồng",
    );
  });

  it("reads a negative amount with Âm", () => {
    expect(amountInWords(-5000)).toBe("Âm năm nghìn đồng");
  });
});

describe("amountInWords: options", () => {
  it("le reads lẻ for a zero tens digit", () => {
    expect(amountInWords(105000000, { le: true })).toBe("Một trăm lẻ năm triệu đồng");
  });
  it("bon reads bốn after mươi, and leaves mười bốn alone", () => {
    expect(amountInWords(24014, { bon: true })).toBe("Hai mươi bốn nghìn không trăm mười bốn đồng");
  });
  it("ngan reads ngàn", () => {
    expect(amountInWords(15000, { ngan: true })).toBe("Mười lăm ngàn đồng");
  });
  it("all options together", () => {
    expect(amountInWords(1_004_024, { le: true, bon: true, ngan: true })).toBe(
      "Một triệu không trăm lẻ bốn ngàn không trăm hai mươi bốn đồng",
    );
  });
});

describe("amountInWords: bad input", () => {
  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])("number %p throws RangeError in Vietnamese", (amount) => {
    expect(() => amountInWords(amount)).toThrow(RangeError);
    expect(() => amountInWords(amount)).toThrow(/Số tiền phải là số nguyên/);
  });
  it.each(["abc", "1,5", "", "12.34", "1.5000"])("text %p throws RangeError", (amount) => {
    expect(() => amountInWords(amount)).toThrow(RangeError);
  });
});

describe("parseAmountArg", () => {
  it.each([
    ["1500000", 1500000n],
    ["1.500.000", 1500000n],
    [" 42 ", 42n],
    ["-1.000", -1000n],
    ["1000000000000000000000", 1000000000000000000000n],
  ])("%p → %p", (text, expected) => {
    expect(parseAmountArg(text)).toBe(expected);
  });
  it.each(["", "1,5", "1.50", "1.5000.000", "abc", "1e6", "--5"])("%p → null", (text) => {
    expect(parseAmountArg(text)).toBeNull();
  });
});
