// The JSON the command line prints: the same value as JSON.stringify gives, laid out a field and a list item a line.
import { formatJson } from "../../src/cli/json";
import { runCli } from "./run-cli";
import { join } from "path";

describe("formatJson", () => {
  it("parses back to the same value, dropping what JSON.stringify drops", () => {
    const value = { a: 1, b: [1, { x: [2] }, undefined], c: { d: undefined, e: "é\n\"" }, u: undefined, f: [], g: null, h: () => 1 };
    expect(JSON.parse(formatJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
    for (const plain of [[], {}, [1, 2], "s", null, 3]) expect(JSON.parse(formatJson(plain))).toEqual(plain);
  });

  it("puts each field of the outer object and each item of its lists on a line of its own", () => {
    expect(formatJson({ file: "a.xlsx", rows: [{ row: 8 }, { row: 9 }], totals: { total: 5 } })).toBe(
      '{\n  "file": "a.xlsx",\n  "rows": [\n    {"row":8},\n    {"row":9}\n  ],\n  "totals": {"total":5}\n}',
    );
  });
});

test("check --json: one line per report row, the whole parsing as the report", async () => {
  const { stdout } = await runCli("check", join(__dirname, "../fixtures/examples/khung-logic-2026.xlsx"), "--json");
  const report = JSON.parse(stdout);
  const rowLines = stdout.split("\n").filter((line) => line.startsWith('    {"sheet":"Khung logic","row":'));
  expect(rowLines).toHaveLength(report.rows.length);
  expect(JSON.parse(rowLines[0].replace(/,$/, ""))).toEqual(report.rows[0]);
});
