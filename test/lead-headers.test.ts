// Lead and partner headers as offices word them: "Bộ phận chủ trì", "Phòng chủ trì", "Người phụ trách". Unread, a lead
// column went unchecked and the plan was told it had none, beside the column that plainly was one.
import { analyze } from "../src/core/analyze";
import { sheet } from "./layouts/harness";

const read = (lead: string, partners: string) =>
  analyze([
    sheet([
      ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
      ["TT", "Nội dung", lead, partners, "Thời gian", "Kinh phí (đồng)"],
      ["1", "Rà soát thủ tục hành chính", "Bộ phận Một cửa", "Công chức Tư pháp", "Quý I/2026", 1_000_000],
      ["2", "Khảo sát sự hài lòng", null, null, "Quý II/2026", 1_000_000],
    ]),
  ]);

test.each([
  ["Bộ phận chủ trì", "Bộ phận phối hợp"],
  ["Phòng chủ trì", "Phòng phối hợp"],
  ["Người chủ trì", "Người phối hợp"],
  ["Bộ phận phụ trách", "Phối hợp"],
  ["Người phụ trách", "Phối hợp"],
  ["Người/bộ phận thực hiện", "Phối hợp"],
])("%p and %p are the lead and partners: the blank lead is asked for", (lead, partners) => {
  const analysis = read(lead, partners);
  expect(analysis.plan.tables[0].columns).toMatchObject({ lead: 2, partners: 3 });
  expect(analysis.plan.rows.map((row) => [row.lead, row.partners])).toEqual([
    ["Bộ phận Một cửa", "Công chức Tư pháp"],
    [null, null],
  ]);
  expect(analysis.findings.filter((f) => f.rule === "missing-lead").map((f) => f.cell)).toEqual(["C4"]);
});

test("a person's column (Người thực hiện) beside Cơ quan chủ trì: the body is the lead", () => {
  const analysis = analyze([
    sheet([
      ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
      ["TT", "Nội dung", "Người thực hiện", "Cơ quan chủ trì", "Thời gian"],
      ["1", "Rà soát thủ tục hành chính", "Ông Nguyễn Văn A", "Văn phòng", "Quý I/2026"],
    ]),
  ]);
  expect(analysis.plan.rows[0].lead).toBe("Văn phòng");
});
