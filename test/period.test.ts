import vectors from "./fixtures/vectors/periods.json";
import { parsePeriod, yearsMentioned } from "../src/core/period";
import type { Period } from "../src/core/types";

/** The interval a user would read off the cell: kind and dates, with null and absent the same. */
function interval(period: Period | null): { kind: string; start: string | null; end: string | null } | null {
  return period && { kind: period.kind, start: period.start ?? null, end: period.end ?? null };
}

describe("parsePeriod: periods.json vectors", () => {
  it.each(vectors.cases)("$text (year $year)", ({ text, year, expect: expected }) => {
    const period = parsePeriod(text, year);
    expect(period?.text).toBe(text);
    const want = { kind: expected.kind, start: expected.start ?? null, end: expected.end ?? null };
    expect(interval(period)).toEqual(want);
  });
});

describe("parsePeriod: more idioms", () => {
  it.each([
    ["Từ tháng 02/2019 tới tháng 4/2019", 2019, "2019-02-01", "2019-04-30"],
    ["Từ tháng 02/2019 đến tháng 4/2019", 2019, "2019-02-01", "2019-04-30"],
    ["Quý II-III/2019", 2019, "2019-04-01", "2019-09-30"],
    ["Quý I, II", 2026, "2026-01-01", "2026-06-30"],
    // Batches: from the first to the last, so the later batch is not lost.
    ["Đợt 1: tháng 4; đợt 2: tháng 9", 2026, "2026-04-01", "2026-09-30"],
    ["Tổ chức 2 đợt: đợt 1 trong Quý I, đợt 2 trong Quý III/2026", 2026, "2026-01-01", "2026-09-30"],
    ["Quý I và Quý II năm 2026", 2025, "2026-01-01", "2026-06-30"],
    ["quy iii", 2026, "2026-07-01", "2026-09-30"],
    ["QUÝ 4/2026", 2026, "2026-10-01", "2026-12-31"],
    ["Quý I năm 2026", null, "2026-01-01", "2026-03-31"],
    ["Tháng 1-2/2026", 2026, "2026-01-01", "2026-02-28"],
    ["Tháng 3 - 5", 2026, "2026-03-01", "2026-05-31"],
    ["Từ 10 đến 20 tháng 9/2026", 2026, "2026-09-10", "2026-09-20"],
    ["Năm 2026", 2025, "2026-01-01", "2026-12-31"],
    ["2026-2027", 2026, "2026-01-01", "2027-12-31"],
    ["Trong năm", 2026, "2026-01-01", "2026-12-31"],
    ["Từ tháng 10 đến tháng 2", 2026, "2026-10-01", "2027-02-28"],
    ["Từ 15/12 đến 15/01/2027", 2027, "2026-12-15", "2027-01-15"],
    // The property suite's counterexample: a leap day in the year before the one the end names.
    ["Từ 29/2 đến 1/1/2037", null, "2036-02-29", "2037-01-01"],
    ["Từ 29/2 đến 1/1/2037", 2030, "2036-02-29", "2037-01-01"],
    ["Từ 1/12 đến 29/2", 2027, "2027-12-01", "2028-02-29"],
    ["15.10.2013", 2013, "2013-10-15", "2013-10-15"],
    ["29/2/2024", null, "2024-02-29", "2024-02-29"],
    ["Nửa cuối năm", 2026, "2026-07-01", "2026-12-31"],
    ["Tháng 12 năm 2025.", 2026, "2025-12-01", "2025-12-31"],
    ["Quý I/2026 (dự kiến)", 2026, "2026-01-01", "2026-03-31"],
    ["Tháng 6/2026\n(sau khi có hướng dẫn)", 2026, "2026-06-01", "2026-06-30"],
    // Parts of a year, quarter or month: đầu năm is Quý I, cuối năm Quý IV, giữa năm June–July; a quarter's
    // đầu/giữa/cuối is its first, middle or last month; a month's (or its thượng/trung/hạ tuần) days 1–10, 11–20, 21–end.
    ["Đầu năm", 2026, "2026-01-01", "2026-03-31"],
    ["Cuối năm 2026", 2025, "2026-10-01", "2026-12-31"],
    ["Vào cuối năm", 2026, "2026-10-01", "2026-12-31"],
    ["Giữa năm", 2026, "2026-06-01", "2026-07-31"],
    ["Cuối tháng 6", 2026, "2026-06-21", "2026-06-30"],
    ["Đầu tháng 3/2026", 2025, "2026-03-01", "2026-03-10"],
    ["Giữa tháng 2", 2024, "2024-02-11", "2024-02-20"],
    ["Cuối tháng 2/2024", 2026, "2024-02-21", "2024-02-29"],
    ["Hạ tuần tháng 11", 2026, "2026-11-21", "2026-11-30"],
    ["Thượng tuần tháng 7/2026", 2026, "2026-07-01", "2026-07-10"],
    ["Cuối quý II", 2026, "2026-06-01", "2026-06-30"],
    ["Đầu Quý III/2026", 2026, "2026-07-01", "2026-07-31"],
    ["Giữa quý 4", 2026, "2026-11-01", "2026-11-30"],
    ["Tổ chức hội nghị sơ kết vào giữa năm", 2026, "2026-06-01", "2026-07-31"],
    // "Từ …" with no end runs from it to the end of its year.
    ["Từ tháng 3", 2026, "2026-03-01", "2026-12-31"],
    ["Từ Quý II/2026", 2026, "2026-04-01", "2026-12-31"],
    ["Bắt đầu từ ngày 15/9/2026", 2026, "2026-09-15", "2026-12-31"],
    ["Từ đầu năm", 2026, "2026-01-01", "2026-12-31"],
    ["Từ tháng 10/2025", 2026, "2025-10-01", "2026-12-31"],
    // Q for Quý, as typed in a hurry.
    ["Q3/2026", 2026, "2026-07-01", "2026-09-30"],
    ["Q1-Q2", 2026, "2026-01-01", "2026-06-30"],
    ["Q.4", 2026, "2026-10-01", "2026-12-31"],
    ["Từ Q1 đến Q3/2026", 2026, "2026-01-01", "2026-09-30"],
    // A part of a period as either end of a range.
    ["Từ đầu năm đến cuối năm", 2026, "2026-01-01", "2026-12-31"],
    ["Từ đầu tháng 3 đến cuối tháng 5/2026", 2026, "2026-03-01", "2026-05-31"],
    ["Giữa tháng 6 - cuối tháng 7", 2026, "2026-06-11", "2026-07-31"],
    // Q.1 and Q.3 in an address are districts (Quận), not quarters.
    ["Tại Q.1, tháng 6", 2026, "2026-06-01", "2026-06-30"],
    ["Trung tâm Y tế Q.3 thực hiện trong quý II", 2026, "2026-04-01", "2026-06-30"],
    // Sentences that open with a word a period may also open with.
    ["Đầu mối: Văn phòng, trong quý II", 2026, "2026-04-01", "2026-06-30"],
    ["Sau khi có hướng dẫn, trong tháng 9", 2026, "2026-09-01", "2026-09-30"],
  ])("%p (year %p) → %s … %s", (text, year, start, end) => {
    expect(interval(parsePeriod(text, year))).toEqual({ kind: "range", start, end });
  });

  it.each([
    ["Trước 31/3/2026", 2026, "2026-03-31"],
    ["Chậm nhất ngày 15/11", 2026, "2026-11-15"],
    ["Hoàn thành trước tháng 6/2026", 2026, "2026-05-31"],
    ["Trước Quý III", 2026, "2026-06-30"],
    // "Chậm nhất" and "hạn chót" (at the latest) end with the month or quarter they name; "trước" (before) ends
    // the day before it starts.
    ["Chậm nhất tháng 6/2026", 2026, "2026-06-30"],
    ["Hạn chót Quý III", 2026, "2026-09-30"],
    ["Chậm nhất là cuối năm", 2026, "2026-12-31"],
    // "Trước cuối …" is by the end of it; "trước đầu …" before it begins.
    ["Trước cuối tháng 6", 2026, "2026-06-30"],
    ["Trước cuối năm 2026", 2026, "2026-12-31"],
    ["Trước đầu năm 2027", 2026, "2026-12-31"],
    ["Hạn chót: tháng 6/2026", 2026, "2026-06-30"],
    // "Đến (hết) …" and "Từ nay đến …": by then at the latest; each was unreadable before.
    ["Đến hết năm 2026", 2026, "2026-12-31"],
    ["Từ nay đến cuối năm", 2026, "2026-12-31"],
    ["Đến tháng 6/2026", 2026, "2026-06-30"],
    ["Tới 30/6", 2026, "2026-06-30"],
    // A yearly deadline, in a year's plan, is that year's (it was read as ongoing over the year).
    ["Trước 20/12 hằng năm", 2026, "2026-12-20"],
  ])("deadline %p → %s", (text, year, end) => {
    expect(interval(parsePeriod(text, year))).toEqual({ kind: "deadline", start: null, end });
  });

  // How often, as officials write it: each read before as a blank form ("02 lần/năm"), unreadable, or Quý I alone.
  it.each(["Hằng tháng", "Hàng quý", "Định kỳ hằng quý", "Thường xuyên", "thường xuyên.", "02 lần/năm", "1 lần/quý", "Mỗi quý 1 lần", "6 tháng/lần", "Mỗi tháng vào ngày 25"])(
    "%p is ongoing over the plan year",
    (text) => {
      expect(interval(parsePeriod(text, 2026))).toEqual({ kind: "ongoing", start: "2026-01-01", end: "2026-12-31" });
    },
  );

  it("an ongoing task that names a year covers that year", () => {
    expect(interval(parsePeriod("Thường xuyên trong năm 2027", 2026))).toMatchObject({ start: "2027-01-01", end: "2027-12-31" });
  });

  it("reads NFD text and any case like NFC", () => {
    const period = parsePeriod("TỪ THÁNG 10 ĐẾN THÁNG 12".normalize("NFD"), 2013);
    expect(interval(period)).toEqual({ kind: "range", start: "2013-10-01", end: "2013-12-31" });
    expect(period?.text).toBe("TỪ THÁNG 10 ĐẾN THÁNG 12");
  });

  it.each(["Từ tháng ../năm tới tháng.../năm", "…/…/20…", "Tháng .../2019", "Từ ngày __ đến ngày __"])(
    "%p is a blank-form placeholder",
    (text) => {
      expect(parsePeriod(text, 2026)).toEqual({ kind: "placeholder", text });
    },
  );

  it.each(["31/2/2026", "Tháng 13", "Quý V", "khi có yêu cầu", "30/6/2026-01/3/2026", "Trước khi có chỉ đạo", "(chờ hướng dẫn)"])(
    "%p is unparsed, text kept verbatim",
    (text) => {
      expect(parsePeriod(text, 2026)).toEqual({ kind: "unparsed", text });
    },
  );

  it.each([
    ["Quý I", "range"],
    ["Tháng 8", "range"],
    ["Trước 15/4", "deadline"],
    ["Thường xuyên", "ongoing"],
  ])("with no plan year, year-less %p keeps kind %p and has no dates", (text, kind) => {
    expect(parsePeriod(text, null)).toEqual({ kind, text });
  });

  it("a leap day in a year that has none is unparsed, whichever end names the year", () => {
    expect(parsePeriod("Từ 29/2 đến 1/1/2038", null)?.kind).toBe("unparsed");
    expect(parsePeriod("Từ 1/3 đến 29/2/2037", null)?.kind).toBe("unparsed");
  });

  it("with no plan year, an invalid year-less date is still unparsed", () => {
    expect(parsePeriod("31/2", null)).toEqual({ kind: "unparsed", text: "31/2" });
  });
});

describe("parsePeriod: cell values", () => {
  it.each([null, "", "  ", "-"])("%p is an empty cell", (value) => {
    expect(parsePeriod(value, 2026)).toBeNull();
  });
  it("a Date cell is a one-day range", () => {
    expect(parsePeriod(new Date(Date.UTC(2026, 2, 15)), 2025)).toEqual({
      kind: "range", start: "2026-03-15", end: "2026-03-15", text: "15/03/2026",
    });
  });
  it("a number cell holding a year is that year; any other number is not a date", () => {
    expect(interval(parsePeriod(2026, null))).toEqual({ kind: "range", start: "2026-01-01", end: "2026-12-31" });
    expect(parsePeriod(46100, 2026)).toEqual({ kind: "unparsed", text: "46100" });
  });
  it("an Excel error is unparsed", () => {
    expect(parsePeriod({ error: "#N/A" }, 2026)).toEqual({ kind: "unparsed", text: "#N/A" });
  });
});

describe("yearsMentioned", () => {
  it.each([
    ["Từ tháng 02/2019 tới tháng 4/2020", [2019, 2020]],
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 (thay thế năm 2026)", [2026]],
    ["1.500.000 đồng, mã 12345, năm 1800, năm 2101", []],
    ["Quý I/2014", [2014]],
  ])("%p → %p", (text, years) => {
    expect(yearsMentioned(text)).toEqual(years);
  });
});

describe("parsePeriod: a sentence that opens with a name", () => {
  it("a sentence opening with Trung tâm or Hà is still searched for its period", () => {
    expect(interval(parsePeriod("Trung tâm Phục vụ hành chính công tổ chức trong quý II", 2026))).toEqual({ kind: "range", start: "2026-04-01", end: "2026-06-30" });
    expect(interval(parsePeriod("Hà Nội: cuối tháng 6", 2026))).toEqual({ kind: "range", start: "2026-06-21", end: "2026-06-30" });
  });

  it("a report on the first six months is the half year, not Quý I", () => {
    expect(interval(parsePeriod("Báo cáo 6 tháng đầu năm", 2026))).toEqual({ kind: "range", start: "2026-01-01", end: "2026-06-30" });
  });

  it("a report on the first nine months is January to September", () => {
    expect(interval(parsePeriod("Báo cáo 9 tháng đầu năm", 2026))).toEqual({ kind: "range", start: "2026-01-01", end: "2026-09-30" });
  });
});

describe("parsePeriod: the first or last months of the year", () => {
  it.each([
    ["3 tháng đầu năm", "2026-01-01", "2026-03-31"],
    ["9 tháng đầu năm 2026", "2026-01-01", "2026-09-30"],
    ["Chín tháng đầu năm", "2026-01-01", "2026-09-30"],
    ["3 tháng cuối năm", "2026-10-01", "2026-12-31"],
    ["Sáu tháng cuối năm 2026", "2026-07-01", "2026-12-31"],
    ["Nửa đầu năm", "2026-01-01", "2026-06-30"],
  ])("%s runs from %s to %s", (text, start, end) => {
    expect(interval(parsePeriod(text, 2026))).toEqual({ kind: "range", start, end });
  });

  it("twelve months or none are no part of a year: the text is kept as typed, not understood", () => {
    expect(parsePeriod("12 tháng đầu năm", 2026)?.kind).toBe("unparsed");
    expect(parsePeriod("0 tháng đầu năm", 2026)?.kind).toBe("unparsed");
  });
});

describe("parsePeriod: a dash before the year", () => {
  it.each([
    ["Quý II - 2026", "2026-04-01", "2026-06-30"],
    ["Tháng 5 - 2026", "2026-05-01", "2026-05-31"],
    ["Quý III - năm 2026", "2026-07-01", "2026-09-30"],
    ["Tháng 10 – 2026", "2026-10-01", "2026-10-31"],
    ["Tháng 4-2026", "2026-04-01", "2026-04-30"],
    ["Tháng 4 - 2027", "2027-04-01", "2027-04-30"],
  ])("%s is that month or quarter, not a range to the year's end", (text, start, end) => {
    expect(interval(parsePeriod(text, 2026))).toEqual({ kind: "range", start, end });
  });
});

describe("parsePeriod: a list of quarters in figures", () => {
  it.each(["Quý 1, 2 năm 2026", "Quý 1,2/2026"])("%s is January to June, two batches", (text) => {
    const period = parsePeriod(text, 2026);
    expect(interval(period)).toEqual({ kind: "range", start: "2026-01-01", end: "2026-06-30" });
    expect(period?.batches).toHaveLength(2);
  });
});

describe("parsePeriod: T for Tháng", () => {
  it.each([
    ["T3/2026", "2026-03-01", "2026-03-31"],
    ["T3-T5/2026", "2026-03-01", "2026-05-31"],
    ["Từ T3 đến T6/2026", "2026-03-01", "2026-06-30"],
    ["T12/2026", "2026-12-01", "2026-12-31"],
    ["t.10/2026", "2026-10-01", "2026-10-31"],
    ["T3 năm 2026", "2026-03-01", "2026-03-31"],
  ])("%s runs from %s to %s", (text, start, end) => {
    expect(interval(parsePeriod(text, 2026))).toEqual({ kind: "range", start, end });
  });

  it("T3, T9 are two batches", () => {
    expect(parsePeriod("T3, T9/2026", 2026)?.batches?.map((b) => [b.start, b.end])).toEqual([
      ["2026-03-01", "2026-03-31"],
      ["2026-09-01", "2026-09-30"],
    ]);
  });

  it.each(["T12", "T1", "t.8"])("%s, never a weekday, is a month of the plan year", (text) => {
    expect(parsePeriod(text, 2026)?.kind).toBe("range");
  });

  // T2 to T7 are also Thứ 2 to Thứ 7: without a year they are weekdays as often as months, kept as typed.
  it.each(["T2 - T6", "T2-T7", "Từ T2 đến T6", "Các ngày T2, T4", "T5"])("%s is not read as months", (text) => {
    expect(parsePeriod(text, 2026)?.kind).toBe("unparsed");
  });

  it("T13 is no month", () => {
    expect(parsePeriod("T13/2026", 2026)?.kind).toBe("unparsed");
  });
});

describe("parsePeriod: batches", () => {
  it("a list of months is a span with each month a batch", () => {
    expect(parsePeriod("Tháng 3, 6, 9, 12", 2026)).toEqual({
      kind: "range",
      text: "Tháng 3, 6, 9, 12",
      start: "2026-03-01",
      end: "2026-12-31",
      batches: [
        { start: "2026-03-01", end: "2026-03-31" },
        { start: "2026-06-01", end: "2026-06-30" },
        { start: "2026-09-01", end: "2026-09-30" },
        { start: "2026-12-01", end: "2026-12-31" },
      ],
    });
  });

  it("batches in a sentence keep their own spans; deadlines their own ends", () => {
    expect(parsePeriod("Đợt 1: tháng 4; đợt 2: tháng 9", 2026)?.batches).toEqual([
      { start: "2026-04-01", end: "2026-04-30" },
      { start: "2026-09-01", end: "2026-09-30" },
    ]);
    expect(parsePeriod("Đợt 1 trước 30/4, đợt 2 trước 30/9", 2026)).toMatchObject({ kind: "deadline", end: "2026-09-30", batches: [{ end: "2026-04-30" }, { end: "2026-09-30" }] });
  });

  it("a deadline batch before a dated one opens the span", () => {
    expect(parsePeriod("Đợt 1: trước 31/3; đợt 2: tháng 9", 2026)).toMatchObject({
      kind: "range",
      start: "2026-03-31",
      end: "2026-09-30",
      batches: [{ end: "2026-03-31" }, { start: "2026-09-01", end: "2026-09-30" }],
    });
  });

  // "và" joins items of a list, as a comma does; only "đến" / "tới" / "-" join the ends of a range.
  it.each([
    ["Tháng 3 và tháng 9", [["2026-03-01", "2026-03-31"], ["2026-09-01", "2026-09-30"]]],
    ["Tháng 3, 6 và 9", [["2026-03-01", "2026-03-31"], ["2026-06-01", "2026-06-30"], ["2026-09-01", "2026-09-30"]]],
    ["Quý I và III", [["2026-01-01", "2026-03-31"], ["2026-07-01", "2026-09-30"]]],
    ["Từ tháng 3 đến tháng 5 và tháng 9", [["2026-03-01", "2026-05-31"], ["2026-09-01", "2026-09-30"]]],
    ["Tháng 12/2026 và tháng 1/2027", [["2026-12-01", "2026-12-31"], ["2027-01-01", "2027-01-31"]]],
  ])("%p lists its items as batches, not the months between them", (text, batches) => {
    const period = parsePeriod(text, 2026);
    expect(period?.batches).toEqual(batches.map(([start, end]) => ({ start, end })));
    expect([period?.start, period?.end]).toEqual([batches[0][0], batches[batches.length - 1][1]]);
  });

  it("deadlines joined by và fall due each on its own day", () => {
    expect(parsePeriod("Trước 30/6 và 31/12", 2026)).toMatchObject({ kind: "deadline", end: "2026-12-31", batches: [{ end: "2026-06-30" }, { end: "2026-12-31" }] });
  });

  it.each(["Hằng năm: tháng 6 và tháng 12", "02 đợt: tháng 6 và tháng 12"])("%p falls due in June and in December", (text) => {
    expect(parsePeriod(text, 2026)?.batches?.map((batch) => batch.end)).toEqual(["2026-06-30", "2026-12-31"]);
  });

  it("a yearly task that names its quarter or its deadline is that quarter, that day, this year", () => {
    expect(parsePeriod("Quý IV hằng năm", 2026)).toMatchObject({ kind: "range", start: "2026-10-01", end: "2026-12-31" });
    expect(parsePeriod("Hằng năm, trước 31/12", 2026)).toMatchObject({ kind: "deadline", end: "2026-12-31" });
  });

  it.each(["01 lần/6 tháng", "6 tháng 1 lần"])("%p is ongoing", (text) => {
    expect(parsePeriod(text, 2026)).toMatchObject({ kind: "ongoing", start: "2026-01-01", end: "2026-12-31" });
  });

  it.each(["Đến năm 2030", "Từ nay đến 2030"])("%p runs from the plan year on, past it: not a deadline idle all year", (text) => {
    expect(parsePeriod(text, 2026)).toMatchObject({ kind: "range", start: "2026-01-01", end: "2030-12-31" });
  });

  // A document in brackets dates the document, not the task: unparsed, so the official is asked for the period.
  it.each(["Theo lộ trình (Kế hoạch 45/KH-UBND năm 2025)", "Theo tiến độ (Quyết định 123/QĐ-UBND ngày 15/3/2026)"])("%p is unparsed", (text) => {
    expect(parsePeriod(text, 2026)?.kind).toBe("unparsed");
  });

  it("dates listed with semicolons are batches, as with commas", () => {
    expect(parsePeriod("30/6/2026; 31/12/2026", 2026)?.batches).toEqual([
      { start: "2026-06-30", end: "2026-06-30" },
      { start: "2026-12-31", end: "2026-12-31" },
    ]);
  });

  it("a recurring task that names its months falls due in each", () => {
    expect(parsePeriod("Tháng 6 và tháng 12 hằng năm", 2026)?.batches).toEqual([
      { start: "2026-06-01", end: "2026-06-30" },
      { start: "2026-12-01", end: "2026-12-31" },
    ]);
  });

  it.each(["2 đợt: tháng 6 và tháng 12", "Tổ chức 2 đợt: tháng 6 và tháng 12", "Đợt 1 (tháng 6), đợt 2 (tháng 12)"])("%p: two batches, June and December", (text) => {
    expect(parsePeriod(text, 2026)).toMatchObject({ kind: "range", start: "2026-06-01", end: "2026-12-31", batches: [{ end: "2026-06-30" }, { end: "2026-12-31" }] });
  });

  it("a blank form's month and year stay a blank, whatever else", () => {
    expect(["Tháng .../năm", "Tháng   /năm", "Tháng .../năm 2026"].map((text) => parsePeriod(text, 2026)?.kind)).toEqual(["placeholder", "placeholder", "placeholder"]);
    expect(parsePeriod("Quý I/2026 (dự kiến)", 2026)).toMatchObject({ start: "2026-01-01", end: "2026-03-31" });
  });

  it("a list naming its middle items out of order gives its batches in order", () => {
    expect(parsePeriod("Tháng 3, 6, 4, 9", 2026)?.batches?.map((batch) => batch.end)).toEqual(["2026-03-31", "2026-04-30", "2026-06-30", "2026-09-30"]);
  });

  it("with no year for one batch, no batch is listed (rather than one silently dropped)", () => {
    expect(parsePeriod("Đợt 1: tháng 4/2026; đợt 2: tháng 9", null)).not.toHaveProperty("batches");
  });

  it.each(["Quý I", "Từ 3-5/2014", "Tháng 1-2/2026", "Từ tháng 10 đến tháng 2", "Thực hiện từ tháng 3, hoàn thành trong tháng 6"])("%p is one span, with no batches", (text) => {
    expect(parsePeriod(text, 2026)).not.toHaveProperty("batches");
  });
});

