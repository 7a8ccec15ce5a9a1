import { clearHighlight, highlight } from "../../src/excel/highlight";
import { runExcel } from "../../src/excel/run";
import { ALL_CAPABILITIES } from "../../src/office/capabilities";
import { excelCommands } from "../../src/taskpane/commands";
import { installExcelStandIn } from "../fakes/office-standin";
import { syntheticPlanSheet } from "../fakes/seed";

afterEach(() => {
  const globals = globalThis as Record<string, unknown>;
  delete globals.Excel;
  delete globals.Office;
});

test("the stand-in serves the pane's own code path: Excel.run → readSheet → analyze, then highlight and clear", async () => {
  const excel = installExcelStandIn({ sheets: [syntheticPlanSheet(20)] }, { platform: "PC" });
  const checked = await excelCommands(ALL_CAPABILITIES).readAndAnalyze();
  expect(checked.sheet).toBe("Khung logic");
  expect(checked.analysis.totals.total).toBe(20 * 5_000_000);
  expect(excel.runs()).toBe(1);
  expect(excel.syncs()).toBe(2);
  const findings = [{ rule: "missing-lead" as const, severity: "error" as const, sheet: "Khung logic", row: 5, cell: "G5", message: "" }];
  await runExcel((context) => highlight(context, { id: checked.sheetId, name: checked.sheet }, findings));
  expect(excel.workbook.sheet("Khung logic").conditionalFormats).toHaveLength(1);
  await runExcel((context) => clearHighlight(context, checked.sheetId));
  expect(excel.workbook.sheet("Khung logic").conditionalFormats).toHaveLength(0);
});

test("Office.onReady reports the host and platform the test asked for", async () => {
  installExcelStandIn({ sheets: [{ name: "A" }] }, { host: "Word", platform: "Mac" });
  const info = await Office.onReady();
  expect(info.host).toBe("Word");
  expect(Office.context.platform).toBe("Mac");
});
