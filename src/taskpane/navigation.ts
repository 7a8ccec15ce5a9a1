// Which view the pane opens on: the ribbon buttons open the pane at #insert, #check, #budget, #schedule, #merge or #word.
export const VIEWS = ["insert", "check", "budget", "schedule", "merge", "word"] as const;
export type View = (typeof VIEWS)[number];

export function viewFromHash(hash: string): View {
  const name = hash.replace(/^#/, "").toLowerCase();
  return (VIEWS as readonly string[]).includes(name) ? (name as View) : "check";
}

/** Office hosts where the pane can hand the user a file through a[download]. */
export function canDownload(platform: string | undefined): boolean {
  return platform !== "Mac" && platform !== "iOS" && platform !== "Android";
}
