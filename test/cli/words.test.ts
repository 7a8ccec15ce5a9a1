import { runCli, expectOnePlainLine } from "./run-cli";

describe("cchc words", () => {
  it("reads the contract's example total", async () => {
    const result = await runCli("words", "117000000");
    expect(result).toEqual({ code: 0, stdout: "Một trăm mười bảy triệu đồng\n", stderr: "" });
  });

  it("accepts dots as thousands separators", async () => {
    expect((await runCli("words", "1.005")).stdout).toBe("Một nghìn không trăm linh năm đồng\n");
  });

  it("applies --le, --bon and --ngan", async () => {
    expect((await runCli("words", "105000000", "--le")).stdout).toBe("Một trăm lẻ năm triệu đồng\n");
    expect((await runCli("words", "24500", "--bon")).stdout).toBe("Hai mươi bốn nghìn năm trăm đồng\n");
    expect((await runCli("words", "24500", "--ngan")).stdout).toBe("Hai mươi tư ngàn năm trăm đồng\n");
    expect((await runCli("words", "--le", "--bon", "--ngan", "1204000")).stdout).toBe(
      "Một triệu hai trăm lẻ bốn ngàn đồng\n",
    );
  });

  it.each([
    ["1 tỷ 200 triệu", "Một tỷ hai trăm triệu đồng"],
    ["10.000.000 (in ấn)", "Mười triệu đồng"],
  ])("spells %j as check sums it: %s", async (text, words) => {
    const result = await runCli("words", text);
    expect([result.code, result.stdout]).toEqual([0, `${words}\n`]);
  });

  it.each([["abc"], ["1,5"], ["12.34"], ["1e6"], [""], ["5 (triệu)"], ["12 (tháng)"]])("refuses %j with exit 2 and one line", async (text) => {
    const result = await runCli("words", text);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expectOnePlainLine(result.stderr);
    expect(result.stderr).toContain("không phải là số tiền");
  });

  it("refuses a missing amount, an extra argument and an unknown option", async () => {
    for (const argv of [["words"], ["words", "5", "6"], ["words", "5", "--lẻ"]]) {
      const result = await runCli(...argv);
      expect(result.code).toBe(2);
      expectOnePlainLine(result.stderr);
    }
    expect((await runCli("words", "5", "--xyz")).stderr).toContain('"--xyz"');
  });
});
