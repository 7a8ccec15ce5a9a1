// The form's own round trip: `cchc template`, a few activities typed, `cchc check`. Expected facts from the filled
// cells (test/fixtures/filled-form.ts), written before running the engine on them.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runTemplate } from "../../src/cli/template";
import { analyze, type Analysis } from "../../src/core/analyze";
import { loadGrids } from "../../src/cli/load";
import { FILLED, writeFilledForm } from "../fixtures/filled-form";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-round-trip-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let counter = 0;
async function filled(options: Parameters<typeof writeFilledForm>[1]): Promise<Analysis> {
  const file = await writeFilledForm(path.join(dir, `filled-${counter++}.xlsx`), options);
  return analyze(await loadGrids(file));
}

const rulesOf = (analysis: Analysis) => analysis.findings.map((f) => `${f.rule}@${f.cell ?? f.row ?? "plan"}`);

describe("the inserted Khung logic, filled in and checked", () => {
  test.each([
    ["as Excel saves it (SUBTOTAL results cached)", true],
    ["as written by another tool (formulas not yet calculated)", false],
  ])("one amount typed as text gets one finding, at that cell, and nothing about the SUBTOTAL rows: %s", async (_, cached) => {
    const analysis = await filled({ textAmount: true, cached });
    const money = analysis.findings.filter((f) => f.letter === "5M");
    expect(money.map((f) => [f.rule, f.cell])).toEqual([["budget-as-text", FILLED.textCell]]);
    expect(money[0].message).toContain("hàm SUBTOTAL");
    expect(money[0].message).toContain("nhập lại thành số");
    expect(analysis.totals.total).toBe(FILLED.total);
  });

  test("typed as numbers, the SUBTOTAL rows agree and nothing about money is said", async () => {
    const analysis = await filled({ cached: true });
    expect(analysis.findings.filter((f) => f.letter === "5M")).toEqual([]);
    expect(analysis.totals.total).toBe(FILLED.total);
  });

  test("the form is never told to add a column, and each of the five untouched areas gets one warning", async () => {
    const analysis = await filled({ cached: true });
    expect(analysis.findings.filter((f) => f.rule === "form-missing-column")).toEqual([]);
    const empty = analysis.findings.filter((f) => f.rule === "empty-area");
    expect(empty).toHaveLength(FILLED.emptyAreas);
    expect(empty.every((f) => f.severity === "warning" && /^Lĩnh vực ".+" chưa có nhiệm vụ nào/.test(f.message))).toBe(true);
    expect(rulesOf(analysis).filter((r) => !r.startsWith("empty-area"))).toEqual([]);
  });

  test.each(["khung-logic", "de-cuong", "5w1h"])("a blank %s form is one error saying nothing is filled in yet", async (kind) => {
    const file = path.join(dir, `blank-${kind}.xlsx`);
    expect(await runTemplate([kind, "-o", file, "--year", "2026"], { out: () => undefined, err: () => undefined })).toBe(0);
    const analysis = analyze(await loadGrids(file));
    expect(analysis.findings.map((f) => [f.rule, f.severity])).toEqual([["empty-plan", "error"]]);
    expect(analysis.findings[0].message).toContain("chưa được điền");
  });
});
