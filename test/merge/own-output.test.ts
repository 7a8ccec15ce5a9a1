// The sheets a merge writes are never read as a unit's draft (src/core/merge/own-output.ts), whatever they are named;
// a unit's own plan is read whole, even beside merge sheets the pane inserted into its workbook.
import { createHash } from "crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { loadGrids } from "../../src/cli/load";
import { readDrafts } from "../../src/cli/merge-pool";
import { layoutsToXlsx } from "../../src/cli/merge-write";
import { consolidate, draftSheets, feedbackLayout, mergeLayouts, type DraftRead } from "../../src/core/merge";
import type { SheetGrid } from "../../src/core/types";

const DRAFT = join(__dirname, "..", "fixtures", "merge", "drafts", "so-tai-chinh.xlsx");
let dir: string;
let plan: SheetGrid[];
let written: SheetGrid[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cchc-own-output-"));
  plan = await loadGrids(DRAFT);
  const digest = createHash("sha256").update(readFileSync(DRAFT)).digest("hex");
  const drafts = (await readDrafts([{ path: DRAFT, file: "so-tai-chinh.xlsx", digest }], 1)).flatMap((r): DraftRead[] => (r.ok ? [r.draft] : []));
  const c = consolidate(drafts, []);
  // Every sheet a merge writes, renamed as an office might rename them.
  const layouts = [...mergeLayouts(c, "khung-logic"), feedbackLayout(c, c.scorecards[0].unit)].map((layout, i) => ({ ...layout, sheetName: `Trang ${i + 1}` }));
  const file = join(dir, "ket-qua.xlsx");
  writeFileSync(file, await layoutsToXlsx(layouts, new Date(Date.UTC(2026, 0, 1))));
  written = await loadGrids(file);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("knows every sheet a merge writes by its content, not its name", () => {
  expect(written.map((g) => g.name)).toEqual(["Trang 1", "Trang 2", "Trang 3", "Trang 4", "Trang 5"]);
  expect(draftSheets(written)).toEqual([]);
});

it("reads a unit's draft whole, and its plan beside merge sheets inserted into the same workbook", () => {
  expect(draftSheets(plan)).toEqual(plan);
  expect(draftSheets([...plan, ...written]).map((g) => g.name)).toEqual(plan.map((g) => g.name));
});

it("reads a unit's plan that is itself titled as a compilation (a Sở compiles its divisions' tasks)", () => {
  const titled = plan.map((grid) => ({ ...grid, values: [["TỔNG HỢP KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"], ...grid.values] }));
  expect(draftSheets(titled)).toEqual(titled);
});

it("reads a unit's plan whose tasks open as a merge's sheet titles do, near the top of the sheet", () => {
  const tasks = plan.map((grid) => ({
    ...grid,
    values: grid.values.map((row, r) => (r === 5 ? ["1", "Kiểm tra các dự thảo văn bản quy phạm pháp luật", "GÓP Ý DỰ THẢO KẾ HOẠCH CCHC: các phòng"] : row)),
  }));
  expect(draftSheets(tasks)).toEqual(tasks);
});
