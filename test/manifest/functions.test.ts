// =CCHC.BANGCHU: what an official sees in the cell, the options text, the #VALUE! errors, and the metadata
// Excel registers (generated at build time by the same library custom-functions-metadata-plugin uses).
import * as path from "path";
import { bangChu, parseWordsOptions } from "../../src/functions/bangchu";

const ROOT = path.join(__dirname, "..", "..");
const FUNCTIONS_TS = path.join(ROOT, "src", "functions", "functions.ts");

describe("bangChu: the amount in words", () => {
  test("reads a number cell and a text cell with thousands dots the same way", () => {
    expect(bangChu(117000000)).toBe("Một trăm mười bảy triệu đồng");
    expect(bangChu("117.000.000")).toBe("Một trăm mười bảy triệu đồng");
    expect(bangChu(149000000, "")).toBe("Một trăm bốn mươi chín triệu đồng");
  });

  test("applies the options le, bon, ngan, typed with or without accents, in any case and separator", () => {
    expect(bangChu(1105024)).toBe("Một triệu một trăm linh năm nghìn không trăm hai mươi tư đồng");
    const everyOption = "Một triệu một trăm lẻ năm ngàn không trăm hai mươi bốn đồng";
    expect(bangChu(1105024, "le,bon,ngan")).toBe(everyOption);
    expect(bangChu(1105024, " Lẻ; BỐN  ngàn ")).toBe(everyOption);
    expect(bangChu(1105024, "ngan")).toBe("Một triệu một trăm linh năm ngàn không trăm hai mươi tư đồng");
  });

  test("reads amounts beyond Excel's 15 digits when typed as text", () => {
    expect(bangChu("1.000.000.000.000.000.000")).toBe("Một tỷ tỷ đồng");
  });

  test.each([
    [null, /trống/],
    ["", /trống/],
    [true, /trống hoặc không phải là số/],
    [1.5, /số nguyên/],
    ["abc", /số nguyên/],
    [2 ** 60, /quá lớn/],
  ])("refuses %p with a Vietnamese message", (amount, message) => {
    expect(() => bangChu(amount)).toThrow(RangeError);
    expect(() => bangChu(amount)).toThrow(message);
  });

  test("names an unknown option word", () => {
    expect(() => parseWordsOptions("le,linh")).toThrow(/Tùy chọn "linh" không hợp lệ/);
    expect(parseWordsOptions(undefined)).toEqual({});
  });
});

describe("=CCHC.BANGCHU in Excel's runtime", () => {
  class RuntimeError {
    constructor(
      public code: string,
      public message?: string,
    ) {}
  }
  const runtime = { Error: RuntimeError, ErrorCode: { invalidValue: "#VALUE!" } };

  beforeAll(() => {
    (globalThis as Record<string, unknown>).CustomFunctions = runtime;
  });
  afterAll(() => {
    delete (globalThis as Record<string, unknown>).CustomFunctions;
  });

  test("returns the words, and turns bad input into #VALUE! carrying the Vietnamese message", async () => {
    const { bangChuFunction } = await import("../../src/functions/functions");
    expect(bangChuFunction(5000000, "ngan")).toBe("Năm triệu đồng");
    let thrown: unknown;
    try {
      bangChuFunction("12,5 triệu");
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(RuntimeError);
    expect(thrown).toMatchObject({ code: "#VALUE!" });
    expect((thrown as RuntimeError).message).toMatch(/^Số tiền phải là số nguyên/);
  });

  test("the generated metadata registers BANGCHU with a required amount and an optional options text", async () => {
    const pluginDir = path.dirname(require.resolve("custom-functions-metadata-plugin/package.json"));
    const generatorPath = require.resolve("custom-functions-metadata", { paths: [pluginDir] });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { generateCustomFunctionsMetadata } = require(generatorPath);
    const result = await generateCustomFunctionsMetadata([FUNCTIONS_TS], false);
    expect(result.errors).toEqual([]);
    const [fn] = JSON.parse(result.metadataJson).functions;
    expect(fn.id).toBe("BANGCHU");
    expect(fn.name).toBe("BANGCHU");
    expect(fn.parameters.map((p: { name: string; optional?: boolean }) => [p.name, Boolean(p.optional)])).toEqual([
      ["amount", false],
      ["options", true],
    ]);
    expect(fn.result.type).toBe("string");
    expect(result.associate).toEqual([expect.objectContaining({ id: "BANGCHU", functionName: "bangChuFunction" })]);
  });
});
