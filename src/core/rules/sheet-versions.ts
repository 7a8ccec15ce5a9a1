// sheet-versions: a workbook that keeps two versions of one plan (the draft beside the final, an old copy hidden)
// counted the plan's money twice. The reader sets a marked version apart where an unmarked one remains
// (versions.ts); this says which sheet was read and why, or, where neither is marked, that both were counted.
import type { Finding, VersionMark } from "../types";
import type { Rule, RuleContext } from "./rule";

const VERSION_WORDS: Record<VersionMark, (sheet: string) => string> = {
  draft: (sheet) => `Trang "${sheet}" là bản dự thảo của`,
  old: (sheet) => `Trang "${sheet}" là bản cũ của`,
  hidden: (sheet) => `Trang ẩn "${sheet}" là một bản khác của`,
};
const DRAFT_WORD: Record<VersionMark, string> = { draft: "bản dự thảo", old: "bản cũ", hidden: "trang ẩn" };

export const messages = {
  setApart: (sheet: string, of: string, mark: VersionMark, shared: string) =>
    `${VERSION_WORDS[mark](sheet)} kế hoạch ở trang "${of}" (${shared} nhiệm vụ trùng nhau): chỉ đọc trang "${of}", để kinh ` +
    `phí không bị cộng hai lần; muốn kiểm tra ${DRAFT_WORD[mark]}, hãy đọc riêng trang đó.`,
  bothRead: (sheet: string, of: string, shared: string) =>
    `Trang "${sheet}" và trang "${of}" có thể là hai bản của cùng một kế hoạch (${shared} nhiệm vụ trùng nhau): kinh phí ` +
    'của cả hai đang được cộng vào tổng; nếu một trang là bản cũ, hãy xóa hoặc ẩn trang đó, hoặc ghi "dự thảo" vào tên trang.',
};

export const sheetVersions: Rule = {
  id: "sheet-versions",
  severity: "warning",
  check({ plan }: RuleContext): Finding[] {
    return (plan.versions ?? []).map((version) => {
      const shared = `${version.shared}/${version.tasks}`;
      return {
        rule: sheetVersions.id,
        severity: sheetVersions.severity,
        sheet: version.sheet,
        row: version.headerRow,
        cell: version.headerCell,
        message: version.setApart ? messages.setApart(version.sheet, version.of, version.setApart, shared) : messages.bothRead(version.sheet, version.of, shared),
      };
    });
  },
};
