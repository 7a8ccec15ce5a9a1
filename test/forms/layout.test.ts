import { buildForm, uniqueSheetName, type FormLayout, type LayoutCell } from "../../src/core/forms";
import { AREA_PRESETS, presetById } from "../../src/core/presets";
import { a1 } from "../../src/core/text";

function cellAt(layout: FormLayout, row: number, col: number): LayoutCell | undefined {
  return layout.cells.find((c) => c.row === row && c.col === col);
}

function rowOf(layout: FormLayout, col: number, value: string): number {
  const cell = layout.cells.find((c) => c.col === col && c.value === value);
  if (!cell) throw new Error(`no cell ${value}`);
  return cell.row;
}

const budgetCol = (layout: FormLayout) => layout.columns.findIndex((c) => c.key === "budget");

describe("khung logic form", () => {
  const layout = buildForm("khung-logic", { year: 2026 });
  const [top, second] = layout.headerRows;

  test("titles the plan year, merged across the table", () => {
    expect(cellAt(layout, 0, 0)).toMatchObject({ value: "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026", merge: { rows: 1, cols: 8 } });
    expect(layout.cells.some((c) => c.value === "Mục tiêu chung")).toBe(true);
    expect(layout.cells.some((c) => c.value === "Mục tiêu cụ thể")).toBe(true);
  });

  test("has the two-row header with Trách nhiệm merged over lead and partners", () => {
    expect(second).toBe(top + 1);
    const headers = layout.columns.map((c) => c.header);
    expect(headers).toEqual([
      "TT",
      "Nội dung",
      "Chỉ số thành công",
      "Phương tiện xác minh",
      "Ngân sách (Đồng)",
      "Thời gian thực hiện",
      "Cơ quan đầu mối",
      "Cơ quan phối hợp",
    ]);
    expect(cellAt(layout, top, 6)).toMatchObject({ value: "Trách nhiệm", merge: { rows: 1, cols: 2 } });
    expect(cellAt(layout, second!, 6)?.value).toBe("Cơ quan đầu mối");
    expect(cellAt(layout, top, 1)).toMatchObject({ value: "Nội dung", merge: { rows: 2, cols: 1 } });
    expect(layout.freezeRows).toBe(second! + 1);
    expect(layout.print.repeatRows).toEqual([top, second]);
  });

  test("puts a numbered result and two activities under each area, task text left empty", () => {
    const areas = presetById("2021-2030").areas;
    areas.forEach((title, i) => {
      const n = i + 1;
      const areaRow = rowOf(layout, 1, `Lĩnh vực ${n}: ${title}`);
      expect(cellAt(layout, areaRow, 0)?.value).toBe(`${n}`);
      expect([1, 2, 3].map((k) => cellAt(layout, areaRow + k, 0)?.value)).toEqual([`${n}.1`, `${n}.1.1`, `${n}.1.2`]);
      for (const k of [1, 2, 3]) expect(cellAt(layout, areaRow + k, 1)?.value).toBeUndefined();
    });
  });

  test("sums each money once: activities are inputs, results and areas SUBTOTAL what is below", () => {
    const col = budgetCol(layout);
    const areaRow = rowOf(layout, 1, "Lĩnh vực 2: Cải cách thể chế");
    expect(cellAt(layout, areaRow, col)?.formula).toBe(`SUBTOTAL(9,${a1(areaRow + 1, col)}:${a1(areaRow + 4, col)})`);
    expect(cellAt(layout, areaRow + 1, col)?.formula).toBe(`SUBTOTAL(9,${a1(areaRow + 2, col)}:${a1(areaRow + 4, col)})`);
    expect(cellAt(layout, areaRow + 2, col)?.formula).toBeUndefined();
    expect(cellAt(layout, areaRow + 2, col)?.numberFormat).toBe("#,##0");
    const total = layout.totalCell!;
    expect(cellAt(layout, total.row, 0)?.value).toBe("Tổng kinh phí");
    const { first, last } = layout.dataRows!;
    expect(cellAt(layout, total.row, total.col)?.formula).toBe(`SUBTOTAL(9,${a1(first, col)}:${a1(last, col)})`);
    expect(cellAt(layout, layout.wordsCell!.row, 0)?.value).toBe("Bằng chữ:");
    expect(layout.cells.some((c) => c.formula?.includes("BANGCHU"))).toBe(false);
  });

  test("follows the chosen area preset", () => {
    const old = buildForm("khung-logic", { year: 2019, presetId: "2011-2020" });
    expect(old.cells.some((c) => c.value === "Lĩnh vực 6: Hiện đại hóa hành chính")).toBe(true);
    expect(old.cells.some((c) => c.value === "Lĩnh vực 4: Cải cách chế độ công vụ")).toBe(false);
  });
});

describe("đề cương and 5W1H forms", () => {
  test("đề cương: sections I.–VII., a general task 1. with specific tasks 1 and 2, the total last", () => {
    const layout = buildForm("de-cuong", { year: 2019, presetId: "2011-2020" });
    expect(layout.columns.map((c) => c.header)).toEqual([
      "Nhiệm vụ chung",
      "Nhiệm vụ cụ thể",
      "Sản phẩm",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Thời gian thực hiện",
      "Kinh phí dự kiến",
      "Ghi chú",
    ]);
    const areas = AREA_PRESETS.find((p) => p.id === "2011-2020")!.areas;
    expect(areas).toHaveLength(7);
    const section = rowOf(layout, 0, `VII. ${areas[6]}`);
    expect(cellAt(layout, section, 0)?.merge).toEqual({ rows: 1, cols: 6 });
    expect([cellAt(layout, section + 1, 0)?.value, cellAt(layout, section + 1, 1)?.value]).toEqual(["1.", "1"]);
    expect(cellAt(layout, section + 2, 1)?.value).toBe("2");
    expect(layout.totalCell!.row).toBe(layout.dataRows!.last + 1);
    expect(cellAt(layout, layout.totalCell!.row, 0)?.value).toBe("Tổng kinh phí");
  });

  test("5W1H: names then W-letters, areas I, goal 1, tasks 1.1. and 1.2.", () => {
    const layout = buildForm("5w1h", { year: 2026 });
    const [top, second] = layout.headerRows;
    expect(layout.columns.map((c) => c.header)).toEqual([
      "TT",
      "Mục tiêu",
      "Nhiệm vụ",
      "Sản phẩm",
      "Tiến độ",
      "Phân công",
      "Cách thức thực hiện",
      "Kinh phí",
    ]);
    expect(cellAt(layout, second!, 1)?.value).toBe("Why/What?");
    expect(cellAt(layout, top, 7)?.value).toBe("Kinh phí");
    expect(cellAt(layout, second!, 7)?.value).toBe("5M?");
    const area = rowOf(layout, 0, "II");
    expect(cellAt(layout, area, 1)?.value).toBe("Cải cách thể chế");
    expect(cellAt(layout, area + 1, 0)?.value).toBe("1");
    expect([cellAt(layout, area + 2, 2)?.value, cellAt(layout, area + 3, 2)?.value]).toEqual(["1.1.", "1.2."]);
    expect(cellAt(layout, area + 1, 7)?.formula).toBe(`SUBTOTAL(9,${a1(area + 2, 7)}:${a1(area + 4, 7)})`);
  });
});

describe("uniqueSheetName", () => {
  test("keeps a free name, numbers a taken one, compares case-blind", () => {
    expect(uniqueSheetName("Khung logic", ["Sheet1"])).toBe("Khung logic");
    expect(uniqueSheetName("Khung logic", ["khung LOGIC"])).toBe("Khung logic (2)");
    expect(uniqueSheetName("Khung logic", ["Khung logic", "Khung logic (2)"])).toBe("Khung logic (3)");
  });

  test("stays within Excel's 31 characters", () => {
    const long = "Thông tin kế hoạch cải cách hàn";
    expect(long.length).toBe(31);
    const name = uniqueSheetName(long, [long]);
    expect(name).toHaveLength(31);
    expect(name.endsWith(" (2)")).toBe(true);
  });
});
