// legacy-encoding: a plan sheet typed in TCVN3 (ABC, .VnTime fonts) or VNI. The reader converts its text to Unicode,
// so checks and the Word plan are right; the official is told once per sheet, with how to convert the file itself.
import type { Finding } from "../types";
import type { Rule, RuleContext } from "./rule";

const ENCODING_NAMES = { tcvn3: "TCVN3 (ABC, phông .VnTime)", vni: "VNI (phông VNI-Times)" } as const;

export const messages = {
  converted: (sheet: string, encoding: keyof typeof ENCODING_NAMES) =>
    `Trang "${sheet}" được gõ bằng bảng mã ${ENCODING_NAMES[encoding]}: đã tự chuyển sang Unicode khi đọc. ` +
    "Nên chuyển cả tệp sang Unicode (ví dụ Unikey → Công cụ chuyển mã) để nơi khác đọc được.",
};

export const legacyEncoding: Rule = {
  id: "legacy-encoding",
  severity: "info",
  check({ plan }: RuleContext): Finding[] {
    return (plan.legacySheets ?? []).map(({ sheet, encoding }) => ({
      rule: legacyEncoding.id,
      severity: legacyEncoding.severity,
      sheet,
      row: null,
      cell: null,
      message: messages.converted(sheet, encoding),
    }));
  },
};
