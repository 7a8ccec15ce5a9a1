// `cchc template KIND -o OUT.xlsx [--year YYYY] [--areas 2021-2030|2011-2020] [--force]`: a blank, formatted form.
// Never overwrites without --force (output.ts, the policy `build` shares), so a filled-in plan cannot be lost to a typo.
import ExcelJS from "exceljs";
import { buildForm, FORM_KINDS, isFormKind, type FormLayoutKind } from "../core/forms";
import { AREA_PRESETS } from "../core/presets";
import { onePositional, parseArgs, parseYear, UsageError } from "./args";
import { commandUsage, PREFIX } from "./messages";
import { checkOutput, writeOutput } from "./output";
import { renderLayout } from "./xlsx-writer";

export interface TemplateIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIO: TemplateIO = {
  out: (s) => process.stdout.write(s + "\n"),
  err: (s) => process.stderr.write(s + "\n"),
};

const kindList = FORM_KINDS.join(", ");
const presetList = AREA_PRESETS.map((p) => p.id).join(" hoặc ");

const text = {
  missingKind: `Thiếu loại biểu mẫu (${kindList}), ví dụ: cchc template khung-logic -o khung-logic.xlsx`,
  badKind: (kind: string) => `Không có biểu mẫu "${kind}": chọn một trong ${kindList}.`,
  missingOut: "Thiếu tệp kết quả: thêm -o TÊN-TỆP.xlsx",
  badAreas: (areas: string) => `Không có bộ lĩnh vực "${areas}": chọn ${presetList}.`,
  written: (out: string, sheet: string) => `Đã tạo "${out}" (trang tính "${sheet}").`,
};

interface TemplateRequest {
  kind: FormLayoutKind;
  out: string;
  year: number;
  presetId: string;
  force: boolean;
}

function checkKind(kind: string): FormLayoutKind {
  if (!isFormKind(kind)) throw new UsageError(text.badKind(kind));
  return kind;
}

/** A plan is drafted in the autumn for the next year, so that is the default year. */
function defaultYear(): number {
  return new Date().getFullYear() + 1;
}

function parseRequest(args: string[]): TemplateRequest | "help" {
  const parsed = parseArgs(args, { command: "template", valued: ["-o", "--out", "--year", "--areas"], flags: ["--force"] });
  if (parsed.help) return "help";
  const kind = checkKind(onePositional(parsed, text.missingKind));
  const out = parsed.values["-o"] ?? parsed.values["--out"];
  if (out === undefined) throw new UsageError(text.missingOut);
  const presetId = parsed.values["--areas"] ?? AREA_PRESETS[0].id;
  if (!AREA_PRESETS.some((p) => p.id === presetId)) throw new UsageError(text.badAreas(presetId));
  const force = parsed.flags.has("--force");
  checkOutput(out, ".xlsx", force);
  return { kind, out, year: parseYear(parsed.values["--year"]) ?? defaultYear(), presetId, force };
}

async function formFile(request: TemplateRequest): Promise<{ data: Buffer; sheet: string }> {
  const layout = buildForm(request.kind, { year: request.year, presetId: request.presetId });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kế hoạch CCHC";
  // No cached results are written, so Excel computes the SUBTOTALs when the file opens.
  workbook.calcProperties.fullCalcOnLoad = true;
  renderLayout(workbook, layout);
  return { data: Buffer.from(await workbook.xlsx.writeBuffer()), sheet: layout.sheetName };
}

export async function runTemplate(args: string[], io: TemplateIO = defaultIO): Promise<number> {
  try {
    const request = parseRequest(args);
    if (request === "help") {
      io.out(commandUsage("template"));
      return 0;
    }
    const { data, sheet } = await formFile(request);
    writeOutput(request.out, data, request.force);
    io.out(text.written(request.out, sheet));
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(PREFIX + error.message);
    return 2;
  }
}
