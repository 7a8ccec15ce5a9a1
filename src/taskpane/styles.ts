// The pane's few layout rules, rendered as a <style> element's text (no innerHTML, no CSS loader). Colours come from
// the Fluent theme's CSS variables, so light, dark and contrast themes all apply; under forced colours (Windows
// contrast themes) the bars use system colours, which the browser does not strip.
export const PANE_CSS = `
body { margin: 0; }
.pane { display: block; min-height: 100vh; font-family: "Segoe UI", sans-serif; padding: 8px 12px; max-width: 100%; box-sizing: border-box; overflow-wrap: anywhere; }
.pane-title { display: block; margin: 0 0 4px; }
.nav { min-width: 0; }
.nav .fui-TabList { overflow: hidden; min-width: 0; }
.nav-more { white-space: nowrap; flex-shrink: 0; }
.view { display: flex; flex-direction: column; gap: 10px; padding-top: 10px; min-width: 0; }
.row { display: flex; gap: 8px; flex-wrap: wrap; }
.row > .fui-Button { max-width: 100%; }
.group { display: flex; flex-direction: column; gap: 2px; border-top: 1px solid var(--colorNeutralStroke2); padding-top: 6px; }
.finding { justify-content: flex-start; text-align: left; height: auto; gap: 6px; align-items: flex-start; font-weight: normal; min-width: 0; max-width: 100%; }
.finding-static { display: flex; padding: 5px 12px; }
.finding .fui-Badge { flex-shrink: 0; white-space: nowrap; }
.legend ul { margin: 2px 0 0; padding-left: 18px; }
.bar-row { display: grid; grid-template-columns: minmax(0, 1fr); gap: 2px; margin-bottom: 6px; }
.bar-track { background: var(--colorNeutralBackground3); height: 10px; border-radius: 2px; border: 1px solid var(--colorNeutralStroke2); }
.bar { background: var(--colorBrandBackground); height: 10px; border-radius: 2px; }
.source-row { display: flex; justify-content: space-between; gap: 8px; overflow-wrap: anywhere; margin-bottom: 4px; }
.file-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; overflow-wrap: anywhere; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.file-name { overflow-wrap: anywhere; }
@media (forced-colors: active) {
  .bar-track { forced-color-adjust: none; background: Canvas; border-color: CanvasText; }
  .bar { forced-color-adjust: none; background: Highlight; }
}
`;
