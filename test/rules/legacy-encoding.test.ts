// A plan typed in TCVN3 or VNI is read as Unicode, and the official is told once per sheet.
import { analyze } from "../../src/core/analyze";
import { legacyEncoding } from "../../src/core/rules/legacy-encoding";
import type { SheetGrid } from "../../src/core/types";
import { KHUNG_LOGIC, PlanBuilder, check } from "./plan-builder";

/** Unicode → TCVN3 for the letters these rows use, as a .VnTime file stores them (read as Latin-1). */
const TCVN3: Record<string, string> = {
  ế: "Õ", ạ: "¹", ả: "¶", á: "¸", à: "µ", ộ: "é", ờ: "ê", ơ: "¬", ư: "\u00ad", ụ: "ô", ố: "è", ì: "×",
  í: "Ý", ị: "Þ", ệ: "Ö", ủ: "ñ", ở: "ë", ổ: "æ", ò: "ß", ó: "ã", ồ: "ç", ú: "ó", ứ: "ø", ừ: "õ", ự: "÷", ô: "«",
  ê: "ª", ă: "¨", â: "©", đ: "®", Đ: "§",
};
const toTcvn3 = (text: string) => [...text].map((char) => TCVN3[char] ?? char).join("");

describe("legacy-encoding", () => {
  it("reads a TCVN3 plan as Unicode: headers found, text converted, one note for the sheet", () => {
    const rows = [
      ["Kế hoạch cải cách hành chính năm 2026"],
      [],
      ["TT", "Nội dung", "Thời gian", "Đơn vị chủ trì", "Phối hợp"],
      ["1", "Rà soát thủ tục hành chính thuộc Sở", "Quý I", "Văn phòng Sở", "Các phòng chuyên môn"],
      ["2", "Tổ chức hội nghị đối thoại doanh nghiệp", "Tháng 6", "Văn phòng Sở", null],
    ];
    // The title was retyped later in Unicode: the rest of the sheet is still TCVN3.
    const grid: SheetGrid = {
      name: "KH",
      values: rows.map((row, i) => row.map((cell) => (typeof cell === "string" && i > 0 ? toTcvn3(cell) : cell))),
    };
    const { plan, findings } = analyze([grid]);
    expect(plan.year).toBe(2026);
    expect(plan.tables).toHaveLength(1);
    expect(plan.rows.map((row) => row.content)).toEqual([
      "Rà soát thủ tục hành chính thuộc Sở",
      "Tổ chức hội nghị đối thoại doanh nghiệp",
    ]);
    expect(plan.rows[0].lead).toBe("Văn phòng Sở");
    expect(plan.rows[0].period).toMatchObject({ start: "2026-01-01", end: "2026-03-31" });
    const notes = findings.filter((f) => f.rule === "legacy-encoding");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: "info", sheet: "KH" });
    expect(notes[0].message).toContain("TCVN3");
  });

  it("says nothing of a Unicode plan", () => {
    const plan = new PlanBuilder().table({ form: "khung-logic", columns: KHUNG_LOGIC }).activity("1.1.1", "Rà soát").build();
    expect(check(legacyEncoding, plan)).toEqual([]);
  });
});
