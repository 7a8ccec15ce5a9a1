// Seeds for the Excel fake: an engine SheetGrid as Excel would hold it (dates as formatted serials, errors as codes),
// and a synthetic Khung logic plan of any size. No Node imports: the e2e page uses these too.
import type { CellValue, SheetGrid } from "../../src/core/types";
import { buildForm } from "../../src/core/forms";
import { DEFAULT_PRESET_ID, presetById } from "../../src/core/presets";
import { areaAddress } from "../../src/excel/address";
import type { FakeScalar, SeedSheet } from "./excel-fake";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DATE_FORMAT = "dd/mm/yyyy";

function toScalar(value: CellValue): FakeScalar | null {
  if (value === null) return null;
  if (value instanceof Date) return Math.round((value.getTime() - EXCEL_EPOCH_MS) / 86400000);
  if (typeof value === "object") return value.error;
  return value;
}

/** A grid as the seed of one fake sheet. */
export function seedFromGrid(grid: SheetGrid): SeedSheet {
  return {
    name: grid.name,
    originRow: grid.originRow ?? 0,
    originCol: grid.originCol ?? 0,
    values: grid.values.map((row) => row.map(toScalar)),
    formulas: grid.formulas?.map((row) => row.map((f) => (f === null ? null : `=${f}`))),
    numberFormat: grid.values.map((row) => row.map((v) => (v instanceof Date ? DATE_FORMAT : null))),
    merges: (grid.merges ?? []).map(areaAddress),
  };
}

/** The first six areas of the default 2021–2030 preset. */
export const SYNTHETIC_AREAS = presetById(DEFAULT_PRESET_ID).areas.slice(0, 6);

/** The header of the Khung logic form the add-in inserts, one row (sub-columns named as they are). */
export const SYNTHETIC_HEADER = buildForm("khung-logic", { year: 2026 }).columns.map((column) => column.header);
/** Rows above the first data row: the title, a blank line, the header. */
export const SYNTHETIC_TOP = 3;
/** Every activity's budget; every fifth is typed as text ("5.000.000"). */
export const SYNTHETIC_BUDGET = 5_000_000;

/** A Khung logic sheet with `activities` activity rows spread over six areas, 2026 periods and budgets. */
export function syntheticPlanSheet(activities: number, name = "Khung logic"): SeedSheet {
  const values: (FakeScalar | null)[][] = [["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"], [], SYNTHETIC_HEADER];
  const perArea = Math.ceil(activities / SYNTHETIC_AREAS.length);
  let written = 0;
  SYNTHETIC_AREAS.forEach((area, a) => {
    if (written >= activities) return;
    values.push([`${a + 1}`, `Lĩnh vực ${a + 1}: ${area}`, null, null, null, null, null, null]);
    for (let i = 1; i <= perArea && written < activities; i++, written++) {
      const budget = written % 5 === 4 ? "5.000.000" : SYNTHETIC_BUDGET;
      values.push([
        `${a + 1}.${i}`,
        `Hoạt động ${a + 1}.${i}: rà soát, hoàn thiện quy trình nội bộ số ${i}`,
        `Hoàn thành 100% nội dung ${i}`,
        `Báo cáo kết quả số ${i}`,
        budget,
        `Quý ${(i % 4) + 1}/2026`,
        "Văn phòng Sở",
        "Các phòng chuyên môn",
      ]);
    }
  });
  return { name, values };
}
