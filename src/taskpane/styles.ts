// The pane's few layout rules, rendered as a <style> element's text (no innerHTML, no CSS loader).
export const PANE_CSS = `
.pane { font-family: "Segoe UI", sans-serif; padding: 8px 12px; }
.view { display: flex; flex-direction: column; gap: 10px; padding-top: 10px; }
.row { display: flex; gap: 8px; flex-wrap: wrap; }
.group { display: flex; flex-direction: column; gap: 2px; border-top: 1px solid #e0e0e0; padding-top: 6px; }
.finding { justify-content: flex-start; text-align: left; height: auto; gap: 6px; align-items: flex-start; font-weight: normal; }
.finding .fui-Badge { flex-shrink: 0; white-space: nowrap; }
.bar-row { display: grid; grid-template-columns: 1fr; gap: 2px; margin-bottom: 6px; }
.bar-track { background: #f0f0f0; height: 10px; border-radius: 2px; }
.file-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; overflow-wrap: anywhere; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.bar { background: #0f6cbd; height: 10px; border-radius: 2px; }
`;
