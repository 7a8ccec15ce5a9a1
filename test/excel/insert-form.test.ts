import { analyze } from "../../src/core/analyze";
import { buildForm, FORM_KINDS, TOTAL_LABEL } from "../../src/core/forms";
import { a1 } from "../../src/core/text";
import { insertForm, charsToPoints } from "../../src/excel/insertForm";
import { readSheet } from "../../src/excel/readSheet";
import { createWorkbook, fakeContext } from "../fakes/excel-fake";

function userBook() {
  return createWorkbook({ sheets: [{ name: "Của tôi", values: [["Ghi chú riêng", 42]], fills: { A1: "#00FF00" } }] });
}

describe("insertForm", () => {
  test("inserting twice adds 'Khung logic' then 'Khung logic (2)' and leaves the user's sheet as it was", async () => {
    const book = userBook();
    const layout = buildForm("khung-logic", { year: 2026 });
    const first = await insertForm(fakeContext(book).context, layout);
    const second = await insertForm(fakeContext(book).context, layout);
    expect([first, second]).toEqual(["Khung logic", "Khung logic (2)"]);
    expect(book.sheets.map((s) => s.name)).toEqual(["Của tôi", "Khung logic", "Khung logic (2)"]);
    const mine = book.sheet("Của tôi");
    expect(mine.valueAt("A1")).toBe("Ghi chú riêng");
    expect(mine.valueAt("B1")).toBe(42);
    expect(mine.formatAt("A1", "fill.color")).toBe("#00FF00");
    expect(mine.cells.size).toBe(2);
    expect(book.activeSheet).toBe("Khung logic (2)");
  });

  test.each(FORM_KINDS)("%s: every layout cell, merge, width, freeze and print setting lands in two syncs", async (kind) => {
    const book = userBook();
    const { fake, context } = fakeContext(book);
    const layout = buildForm(kind, { year: 2026, presetId: "2011-2020" });
    const name = await insertForm(context, layout);
    expect(fake.syncCount).toBe(2);
    const sheet = book.sheet(name);
    for (const cell of layout.cells) {
      const at = a1(cell.row, cell.col);
      if (cell.formula) expect(sheet.formulaAt(at)).toBe(`=${cell.formula}`);
      else if (cell.value !== undefined && !(layout.wordsCell?.row === cell.row && layout.wordsCell.col === cell.col)) expect(sheet.valueAt(at)).toBe(cell.value);
    }
    expect(sheet.merges).toHaveLength(layout.cells.filter((c) => c.merge && (c.merge.rows > 1 || c.merge.cols > 1)).length);
    layout.columns.forEach((column, col) => expect(sheet.columnWidths.get(col)).toBe(charsToPoints(column.width)));
    expect(sheet.frozenRows).toBe(layout.freezeRows);
    expect(sheet.pageLayout.orientation).toBe(layout.print.landscape ? "Landscape" : "Portrait");
    expect(sheet.pageLayout.paperSize).toBe("A4");
    expect(sheet.pageLayout.zoom?.horizontalFitToPages).toBe(1);
    expect(sheet.pageLayout.printTitleRows).toBe(`$${layout.print.repeatRows[0] + 1}:$${layout.print.repeatRows[1] + 1}`);
    for (const { row, points } of layout.rowHeights ?? []) expect(sheet.rowHeights.get(row)).toBe(points);
    const budgetCol = layout.columns.findIndex((column) => column.align === "right");
    if (layout.dataRows) expect(sheet.formatAt(a1(layout.dataRows.first, budgetCol), "horizontalAlignment")).toBe("Right");
    const header = layout.cells.find((c) => c.style === "header");
    expect(header && sheet.formatAt(a1(header.row, header.col), "font.bold")).toBe(true);
    expect(header && sheet.formatAt(a1(header.row, header.col), "borders.EdgeTop.style")).toBe("Continuous");
  });

  test("in the add-in the words cell spells the total live with =CCHC.BANGCHU", async () => {
    const book = userBook();
    const layout = buildForm("khung-logic", { year: 2026 });
    const name = await insertForm(fakeContext(book).context, layout, { wordsFormula: true });
    const total = layout.totalCell!;
    const words = layout.wordsCell!;
    const sheet = book.sheet(name);
    expect(sheet.valueAt(a1(total.row, 0))).toBe(TOTAL_LABEL);
    expect(sheet.formulaAt(a1(words.row, words.col))).toBe(`=CCHC.BANGCHU(${a1(total.row, total.col)})`);
  });

  test("the inserted Khung logic reads back as a Khung logic table with its header where the layout put it", async () => {
    const book = userBook();
    const layout = buildForm("khung-logic", { year: 2026 });
    await insertForm(fakeContext(book).context, layout);
    const { grid } = await readSheet(fakeContext(book).context);
    const table = analyze([grid]).plan.tables[0];
    expect(table.form).toBe("khung-logic");
    expect(table.headerRows).toEqual(layout.headerRows.filter((r) => r !== undefined).map((r) => (r as number) + 1));
  });
});
