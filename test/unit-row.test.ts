// A compiled plan's unit row ("Đơn vị: SỞ TƯ PHÁP") is a heading, never a task; a task or a money unit that opens
// with the same words is not one.
import { isUnitRowLabel } from "../src/core/labels";

it.each([
  ["Đơn vị: SỞ NỘI VỤ", true],
  ["ĐƠN VỊ: PHÒNG KẾ HOẠCH - TÀI CHÍNH", true],
  ["Don vi: UBND xa An Hai", true], // typed without accents
  ["Đo\u031Bn vi\u0323: Sở Tư pháp", true], // accents typed as combining marks
  ["  Đơn vị :  Trung tâm", true],
  ["Đơn vị thực hiện các nhiệm vụ được giao", false],
  ["Đơn vị sự nghiệp: giao quyền tự chủ", false],
  ["Đơn vị:", false],
  ["Đẩy mạnh cải cách thủ tục hành chính", false],
  ["Tổng hợp đơn vị: 12", false],
])("%j → %s", (text, expected) => {
  expect(isUnitRowLabel(text)).toBe(expected);
});
