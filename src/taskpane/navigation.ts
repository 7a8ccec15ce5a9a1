// The pane's navigation as data: one entry per view, in tab order. A new view is one entry here and one case in
// App's renderView; the tab row fits any width (tabs that do not fit go to a "Thêm" menu). The ribbon buttons open
// the pane at #insert, #check, #budget, #schedule, #merge, #reading or #word.
import { S } from "./strings.vi";

export const VIEWS = ["insert", "check", "budget", "schedule", "merge", "reading", "word"] as const;
export type View = (typeof VIEWS)[number];

export interface NavEntry {
  id: View;
  label: string;
}

export const NAVIGATION: readonly NavEntry[] = [
  { id: "insert", label: S.tabs.insert },
  { id: "check", label: S.tabs.check },
  { id: "budget", label: S.tabs.budget },
  { id: "schedule", label: S.tabs.schedule },
  { id: "merge", label: S.tabs.merge },
  { id: "reading", label: S.tabs.reading },
  { id: "word", label: S.tabs.word },
];

export function viewFromHash(hash: string): View {
  const name = hash.replace(/^#/, "").toLowerCase();
  return (VIEWS as readonly string[]).includes(name) ? (name as View) : "check";
}

/** Office hosts where the pane can hand the user a file through a[download]. */
export function canDownload(platform: string | undefined): boolean {
  return platform !== "Mac" && platform !== "iOS" && platform !== "Android";
}
