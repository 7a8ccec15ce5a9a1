// The Word pane's reading of a workbook handed over as bytes (as the browser's file picker gives them):
// the example plan reads with its total; a file that is not a workbook gets one Vietnamese sentence.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { planDocumentBase64, readPlanWorkbook, summarise } from "../../src/word/pane-actions";

const EXAMPLE = join(__dirname, "..", "fixtures", "examples", "khung-logic-2026.xlsx");

test("the Khung logic example reads in-browser style and summarises with its total", async () => {
  const outcome = await readPlanWorkbook("khung-logic-2026.xlsx", new Uint8Array(readFileSync(EXAMPLE)));
  if ("error" in outcome) throw new Error(outcome.error);
  const summary = summarise(outcome.analysis);
  expect(summary.tables).toBe(1);
  expect(summary.total).toBe(149000000);
  expect(summary.totalInWords).toBe("Một trăm bốn mươi chín triệu đồng");
  expect(summary.errors).toBeGreaterThan(0);
  const zip = await JSZip.loadAsync(Buffer.from(await planDocumentBase64(outcome.analysis), "base64"));
  expect(await zip.file("word/document.xml")?.async("string")).toContain("149.000.000 đồng");
});

test("a text file renamed .xlsx is refused with one sentence naming it", async () => {
  const outcome = await readPlanWorkbook("ghi-chu.xlsx", new TextEncoder().encode("không phải bảng tính"));
  expect(outcome).toEqual({ error: 'Không đọc được "ghi-chu.xlsx": tệp không phải là bảng tính Excel (.xlsx).' });
});

test("an empty file is refused", async () => {
  const outcome = await readPlanWorkbook("rong.xlsx", new Uint8Array());
  expect("error" in outcome && outcome.error).toBe('Không đọc được "rong.xlsx": tệp rỗng (0 byte).');
});
