// What every scenario uses: open the pane, read the stand-ins' state, wait for it to change, take screenshots.
"use strict";
const path = require("node:path");

const TIMEOUT_MS = 10000;

function helpers(page, baseUrl, artifacts) {
  /** Calls window.__e2e[name](...args) in the page (harness.ts) and returns its JSON result. */
  const state = (name, ...args) => page.evaluate(([n, a]) => window.__e2e[n](...a), [name, args]);

  /** Polls the stand-in state until `check` returns something truthy; fails with `what` after the timeout. */
  async function until(what, read, check) {
    const deadline = Date.now() + TIMEOUT_MS;
    let last;
    while (Date.now() < deadline) {
      last = await read();
      if (check(last)) return last;
      await page.waitForTimeout(100);
    }
    throw new Error(`hết giờ chờ: ${what} (cuối cùng: ${JSON.stringify(last).slice(0, 300)})`);
  }

  return {
    page,
    state,
    until,
    /** Loads the pane; `query` picks the stand-in host ("?host=Word&wordApi=1.4"), `hash` the view. */
    async open(query = "", hash = "") {
      await page.goto(`${baseUrl}/index.html${query}${hash}`);
      await page.waitForFunction(() => !document.body.innerText.includes("Đang tải Kế hoạch CCHC"), null, { timeout: TIMEOUT_MS });
    },
    /** The visible pane, cut below its content so short views leave no empty page. */
    async shot(name) {
      const viewport = page.viewportSize();
      const content = await page.evaluate(() => document.getElementById("root").getBoundingClientRect().bottom);
      const clip = { x: 0, y: 0, width: viewport.width, height: Math.min(viewport.height, Math.ceil(content) + 16) };
      await page.screenshot({ path: path.join(artifacts, `${name}.png`), animations: "disabled", clip });
    },
    artifacts,
  };
}

module.exports = { helpers, TIMEOUT_MS };
