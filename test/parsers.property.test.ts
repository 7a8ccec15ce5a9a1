import fc from "fast-check";
import { parsePeriod } from "../src/core/period";
import { parseBudget } from "../src/core/amount";
import { amountInWords } from "../src/core/words";
import { normalize } from "../src/core/text";

/** Strings built from the characters period and budget cells use, so the generator reaches the parsers' deep paths. */
const cellish = fc.string({
  unit: fc.constantFrom(..."0123456789./-,;+:() \n…_", "Quý ", "I", "V", "tháng ", "năm ", "Từ ", " đến ", "trước ", "triệu", "tỷ", "đồng", "USD", "nghìn", "Ngân sách"),
  maxLength: 40,
});
const anyText = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: "binary", maxLength: 30 }), cellish);
const planYear = fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null });
const TEN_POW_18 = 10n ** 18n;

describe("parsers never throw", () => {
  it("parsePeriod on arbitrary text returns a period with the text kept (or null for blank)", () => {
    fc.assert(
      fc.property(anyText, planYear, (text, year) => {
        const period = parsePeriod(text, year);
        if (period === null) return /^[-–—\s.;,:…]*$/.test(normalize(text));
        return period.text === normalize(text);
      })
    );
  });

  it("parsePeriod: every range it returns with dates runs forwards", () => {
    fc.assert(
      fc.property(cellish, planYear, (text, year) => {
        const period = parsePeriod(text, year);
        return !(period?.start && period.end) || period.start <= period.end;
      })
    );
  });

  it("parseBudget on arbitrary text returns a budget whose amount is whole, or null", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const budget = parseBudget(text);
        return budget === null || budget.amount === null || Number.isInteger(budget.amount);
      })
    );
  });

  it("amountInWords never throws on a bigint 0..10^18, starts with a capital and ends with đồng", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: TEN_POW_18 }), (n) => {
        const words = amountInWords(n);
        return /^[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]/u.test(words) && words.endsWith(" đồng");
      })
    );
  });

  it("amountInWords on junk throws only RangeError", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        try {
          amountInWords(text);
          return /^\s*-?[\d.]+\s*$/.test(text);
        } catch (error) {
          return error instanceof RangeError;
        }
      })
    );
  });
});

describe("parsers read what they are given", () => {
  it("a day range typed 'Từ d/m đến d/m/yyyy' is that range when the dates are real (starting the year before if need be), else unparsed", () => {
    const part = fc.tuple(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 13 }));
    const iso = (year: number, month: number, day: number) =>
      `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const real = (year: number, month: number, day: number) =>
      month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
    fc.assert(
      fc.property(part, part, fc.integer({ min: 1990, max: 2100 }), ([d1, m1], [d2, m2], year) => {
        const period = parsePeriod(`Từ ${d1}/${m1} đến ${d2}/${m2}/${year}`, null);
        const end = iso(year, m2, d2);
        const overNewYear = iso(year, m1, d1) > end;
        const startYear = overNewYear ? year - 1 : year;
        const start = iso(startYear, m1, d1);
        const valid = real(startYear, m1, d1) && real(year, m2, d2);
        return valid ? period?.kind === "range" && period.start === start && period.end === end : period?.kind === "unparsed";
      })
    );
  });

  it("a whole number with '.' thousands groups reads back as that number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
        return parseBudget(`${grouped} đồng`)?.amount === n;
      })
    );
  });

  it("'n triệu' reads as n million", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => parseBudget(`${n} triệu`)?.amount === n * 1_000_000)
    );
  });
});
