import vectors from "./fixtures/vectors/amounts.json";
import { parseBudget } from "../src/core/amount";

describe("parseBudget: amounts.json vectors", () => {
  it.each(vectors.cases)("$text", ({ text, expect: expected }) => {
    const budget = parseBudget(text);
    expect(budget).not.toBeNull();
    expect(budget).toMatchObject(expected);
    expect(budget?.text).toBe(text);
  });
});

describe("parseBudget: text idioms", () => {
  it.each([
    ["1.500.000", 1_500_000],
    ["1,500,000", 1_500_000],
    ["1.500.000,50", 1_500_001],
    ["1,500,000.50", 1_500_001],
    ["5.000.000đ", 5_000_000],
    ["5.000.000 VNĐ", 5_000_000],
    ["200.000.000 VND", 200_000_000],
    ["2 tỷ đồng", 2_000_000_000],
    ["2 tỉ", 2_000_000_000],
    ["1 tỷ 200 triệu", 1_200_000_000],
    ["50 tr", 50_000_000],
    ["50tr", 50_000_000],
    ["12 ng", 12_000],
    ["0,5 triệu", 500_000],
    ["15.000.000 (Giảng viên)\n20.000.000 (Tổ chức lớp)", 35_000_000],
    ["- 10.000.000 (in ấn)\n- 5.000.000 (hội nghị)", 15_000_000],
    ["10 triệu; 5 triệu", 15_000_000],
    ["10.000.000 + 5.000.000", 15_000_000],
    ["30.000.000\nTrong đó:\n- 20.000.000 (in ấn)\n- 10.000.000 (hội nghị)", 30_000_000],
    ["Năm 2026: 50.000.000", 50_000_000],
    ["0 đồng", 0],
    ["-1,5 triệu", -1_500_000],
    // The figure before "Trong đó" on the same line is the whole; what follows details it.
    ["Tổng: 30 triệu. Trong đó: NS tỉnh 20 triệu, NS huyện 10 triệu", 30_000_000],
    ["30 triệu, trong đó NSNN 20 triệu", 30_000_000],
    // Per year, in a yearly plan: the year's amount.
    ["5 triệu/năm", 5_000_000],
    // A year among words is no money.
    ["Kinh phí 2026: 30 triệu", 30_000_000],
    ["Giai đoạn 2026-2030: 100 triệu", 100_000_000],
    // Spoken forms: each read before as its bare digits ("3 trăm triệu" was 3 đồng, "1 tỷ 2" 1,000,000,002).
    ["3 trăm triệu", 300_000_000],
    ["5 trăm triệu đồng", 500_000_000],
    ["2 trăm nghìn", 200_000],
    ["1 triệu rưỡi", 1_500_000],
    ["1 tỷ rưỡi", 1_500_000_000],
    ["1 tỷ 2", 1_200_000_000],
    ["2 tỷ 500", 2_500_000_000],
    ["1 tỷ 2 (NSTW)", 1_200_000_000],
    // The unit glued between the figure and its fraction, or abbreviated: each read before as a few đồng ("3tr5" was 5).
    ["3tr5", 3_500_000],
    ["3 tr5", 3_500_000],
    ["3 tr 5", 3_500_000],
    ["2tr500", 2_500_000],
    ["1tỷ2", 1_200_000_000],
    ["10tr5 (NSNN)", 10_500_000],
    ["3triệu5", 3_500_000],
    ["3tr5đ", 3_500_000],
    ["2tr500 đồng", 2_500_000],
    ["1tr rưỡi", 1_500_000],
    ["1tỷ rưỡi", 1_500_000_000],
    // A stated đồng after the digits is literal.
    ["1 triệu 500 đồng", 1_000_500],
    ["NS tỉnh: 1 tỷ 2, NS huyện: 300 triệu", 1_500_000_000],
  ])("%p → %p VND", (text, amount) => {
    expect(parseBudget(text)).toMatchObject({ amount, currency: "VND", text });
  });

  it("reads NFD input like NFC", () => {
    expect(parseBudget("2 triệu đồng".normalize("NFD"))).toMatchObject({ amount: 2_000_000, currency: "VND" });
  });

  it("keeps a figure together with its stated source", () => {
    expect(parseBudget("Ngân sách tỉnh: 50.000.000")).toEqual({
      amount: 50_000_000, currency: "VND", text: "Ngân sách tỉnh: 50.000.000", source: true,
    });
  });

  it.each([
    "Kinh phí chi thường xuyên",
    "Ngân sách huyện",
    "Ngân sách nhà nước",
    "Nguồn kinh phí được giao",
    "Xã hội hóa",
    "Không sử dụng ngân sách nhà nước",
    "Lồng ghép trong kinh phí hoạt động",
    // Each was unparsed before (budget-unparsed asked for a figure the official had no reason to give).
    "Trong dự toán được giao",
    "Đã bố trí trong dự toán của đơn vị",
    "Kinh phí CCHC",
  ])("%p is a funding source with no figure", (text) => {
    expect(parseBudget(text)).toEqual({ amount: null, currency: "VND", text, source: true });
  });

  it.each([
    ["2.000 USD", 2000, "USD"],
    ["$1,500", 1500, "USD"],
    ["3 triệu EUR", 3_000_000, "EUR"],
  ])("%p keeps its currency, never converted", (text, amount, currency) => {
    expect(parseBudget(text)).toMatchObject({ amount, currency });
  });

  it.each([
    ["2.000 USD", 2000, "USD"],
    ["3 triệu EUR", 3_000_000, "EUR"],
    ["1.500.000", 1_500_000_000_000, "VND"],
  ])("%p in a triệu đồng column: the column's unit scales đồng only", (text, amount, currency) => {
    expect(parseBudget(text, 1_000_000)).toMatchObject({ amount, currency });
  });

  it.each([
    "khoảng vài chục",
    "5-10 triệu",
    "Theo dự toán được duyệt",
    "2 triệu USD\n5.000.000",
    "Quyết định số 12/QĐ-UBND",
  ])("%p is unparsed, text kept", (text) => {
    expect(parseBudget(text)).toEqual({ amount: null, currency: "VND", text, unparsed: true });
  });
});

it.each(["Không", "Không có", "Không phát sinh", "Không phát sinh kinh phí", "Không có kinh phí"])("%p is no money: 0", (text) => {
  expect(parseBudget(text)).toEqual({ amount: 0, currency: "VND", text });
});

describe("parseBudget: text that is not one sum of money is unparsed, never read as a wrong figure", () => {
  it.each(["3tr5/tháng", "3 trăm người", "Hỗ trợ 5 trạm", "2 trăm rưỡi", "1 triệu 50", "2 tỷ 25", "10%", "2 x 5 triệu", "5 triệu đồng/lớp x 4 lớp", "3.000.000đ/người", "200.000 đ / người / ngày", "1 triệu/tháng", "Dự toán 2026"])("%p", (text) => {
    expect(parseBudget(text)).toMatchObject({ amount: null, unparsed: true, text });
  });
});

it("a year beside a funding source is the source alone, with no figure", () => {
  expect(parseBudget("Nguồn 2026")).toMatchObject({ amount: null, source: true });
});

it("shares of named funding sources name the sources, not an amount", () => {
  expect(parseBudget("100% NSNN")).toMatchObject({ amount: null, source: true });
  expect(parseBudget("NSNN 70%, XHH 30%")).toMatchObject({ amount: null, source: true });
  expect(parseBudget("100% NSNN: 20 triệu")).toMatchObject({ amount: 20_000_000, source: true });
});

describe("parseBudget: a count in the words before the money is the label's, never added to it", () => {
  it.each([
    ["In 500 tờ gấp: 2.000.000", 2_000_000],
    ["Hội nghị 2 lần: 6.000.000", 6_000_000],
    ["Mua 05 máy tính: 75.000.000", 75_000_000],
    ["- Lớp 1: 10.000.000\n- Lớp 2: 10.000.000", 20_000_000],
    ["Giai đoạn 1: 5 triệu; giai đoạn 2: 3 triệu", 8_000_000],
    ["In 500 tờ gấp 2.000.000", 2_000_000],
    ["Tập huấn 2 lớp 10 triệu", 10_000_000],
    // Sources, each with its figure, stay a sum.
    ["NS tỉnh: 20tr, NS xã: 5tr", 25_000_000],
    ["Ngân sách tỉnh: 20 triệu; xã: 5 triệu", 25_000_000],
    ["2.000.000 tổ chức hội nghị", 2_000_000],
    // Money before the colon, the count after it; money on both sides of a dash (a reviewer's cases).
    ["10 triệu: 2 lớp tập huấn", 10_000_000],
    ["6.000.000đ: 02 lần", 6_000_000],
    ["50.000.000 đồng: 1.000 tờ gấp", 50_000_000],
    ["NS tỉnh 20 triệu - NS xã: 5 triệu", 25_000_000],
    ["Hội nghị 5 triệu - In tài liệu: 2 triệu", 7_000_000],
  ])("%p is %p đồng", (text, amount) => {
    expect(parseBudget(text)?.amount).toBe(amount);
  });
});

it("in a triệu column, a bare figure before the colon is money and the count after it is not: 30: 2 lớp", () => {
  expect(parseBudget("30: 2 lớp", 1_000_000)?.amount).toBe(30_000_000);
});

describe("parseBudget: cell values", () => {
  it.each([null, "", "   ", "-", "—", "…"])("%p is an empty cell", (value) => {
    expect(parseBudget(value)).toBeNull();
  });
  it("a number cell is VND as it stands, rounded to the đồng", () => {
    expect(parseBudget(12_000_000)).toEqual({ amount: 12_000_000, currency: "VND", text: "12000000" });
    expect(parseBudget(1500.6)).toMatchObject({ amount: 1501 });
    expect(parseBudget(-300)).toMatchObject({ amount: -300 });
  });
  it("an Excel error is unparsed with its code as text", () => {
    expect(parseBudget({ error: "#REF!" })).toEqual({ amount: null, currency: "VND", text: "#REF!", unparsed: true });
  });
  it("a boolean or date is unparsed", () => {
    expect(parseBudget(true)).toMatchObject({ amount: null, unparsed: true });
    expect(parseBudget(new Date(Date.UTC(2026, 0, 1)))).toMatchObject({ amount: null, unparsed: true, text: "01/01/2026" });
  });
});
