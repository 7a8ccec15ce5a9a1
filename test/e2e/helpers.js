// What every scenario uses: open the pane, read the stand-ins' state, wait for it to change, take screenshots, and
// the checks every state must pass: axe-core (0 serious or critical), nothing clipped or scrolling sideways, focus
// never on the page itself.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const TIMEOUT_MS = 10000;
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
/** Every axe run of the suite, for artifacts/e2e/axe.json. */
const axeLog = [];

function helpers(page, baseUrl, artifacts) {
  /** Calls window.__e2e[name](...args) in the page (harness.ts) and returns its JSON result. */
  const state = (name, ...args) => page.evaluate(([n, a]) => window.__e2e[n](...a), [name, args]);

  /** Polls until `check(read())` is truthy; fails with `what` after the timeout. */
  async function until(what, read, check) {
    const deadline = Date.now() + TIMEOUT_MS;
    let last;
    while (Date.now() < deadline) {
      last = await read();
      if (check(last)) return last;
      await page.waitForTimeout(50);
    }
    throw new Error(`hết giờ chờ: ${what} (cuối cùng: ${JSON.stringify(last).slice(0, 300)})`);
  }

  const h = {
    page,
    state,
    until,
    artifacts,
    /** Loads the pane; `query` picks the stand-in host ("?host=Word&wordApi=1.4"), `hash` the view. */
    async open(query = "", hash = "") {
      // Always a fresh page (fresh stand-ins): a URL differing only in its hash would not reload.
      await page.goto("about:blank");
      await page.goto(`${baseUrl}/index.html${query}${hash}`);
      await page.waitForFunction(() => !document.body.innerText.includes("Đang tải Kế hoạch CCHC"), null, { timeout: TIMEOUT_MS });
    },
    /** The visible pane, cut below its content so short views leave no empty page. */
    async shot(name) {
      const viewport = page.viewportSize();
      const content = await page.evaluate(() => document.querySelector("main")?.scrollHeight ?? document.body.scrollHeight);
      const clip = { x: 0, y: 0, width: viewport.width, height: Math.min(viewport.height, Math.ceil(content) + 16) };
      await page.screenshot({ path: path.join(artifacts, `${name}.png`), animations: "disabled", clip });
    },
    /**
     * A message the pane shows: a message bar named by its own text (so its aria-labelledby points at a real
     * element) and the same sentence in the live region, which screen readers announce.
     */
    async notice(text) {
      const bar = page.getByRole("group", { name: text });
      await bar.waitFor({ timeout: TIMEOUT_MS });
      const said = await until(`vùng thông báo đọc "${text}"`, () => page.getByRole("status").first().textContent(), (t) =>
        typeof text === "string" ? t.includes(text) : text.test(t),
      );
      return { bar: (await bar.textContent()).trim(), said };
    },
    /** axe-core on the page as it is now: 0 serious or critical violations allowed. */
    async axe(label) {
      // The state as it settles: a colour still fading in (a button leaving its busy look, a message appearing) is
      // no colour a user reads, and on a loaded machine axe met one midway (slow-word-done, 7 December).
      // (Endless ones, a spinner's, are left running.)
      await page.evaluate(() =>
        Promise.all(
          document
            .getAnimations()
            .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Infinity))
            .map((animation) => animation.finished.catch(() => undefined)),
        ),
      );
      await page.evaluate((source) => {
        if (!window.axe) new Function(source)();
      }, AXE_SOURCE);
      const result = await page.evaluate(async () => {
        // Fluent's tabster inserts focusable "dummy" inputs at the edges of focus groups (TabList, menus) and marks
        // them aria-hidden by design; axe's aria-hidden-focus flags them. They are not content, so they are left out.
        const run = await window.axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
        return run.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 3) }));
      });
      const blocking = result.filter((v) => v.impact === "serious" || v.impact === "critical");
      axeLog.push({ state: label, violations: result.length, blocking: blocking.length, ids: result.map((v) => `${v.id}:${v.impact}`) });
      if (blocking.length > 0) throw new Error(`axe (${label}): ${blocking.map((v) => `${v.id} ${v.impact} ${v.nodes.join(", ")}`).join("; ")}`);
      return result;
    },
    /** Nothing scrolls sideways and no element is cut off at the pane's width. */
    async fits(label) {
      const problems = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const out = [];
        if (document.documentElement.scrollWidth > width) out.push(`trang cuộn ngang (${document.documentElement.scrollWidth} > ${width} px)`);
        for (const el of document.querySelectorAll("main *")) {
          if (el.closest("[data-tabster-dummy], .visually-hidden")) continue;
          const box = el.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          if (box.right > width + 0.5) out.push(`${el.tagName.toLowerCase()}.${String(el.className).split(" ")[0]} tràn ${Math.round(box.right - width)} px: "${el.textContent.slice(0, 30)}"`);
          const style = getComputedStyle(el);
          const clips = ["hidden", "clip"].includes(style.overflowX) || style.textOverflow === "ellipsis";
          if (clips && el.scrollWidth > el.clientWidth + 1 && el.textContent.trim()) out.push(`${el.tagName.toLowerCase()}.${String(el.className).split(" ")[0]} bị cắt: "${el.textContent.slice(0, 30)}"`);
        }
        return out.slice(0, 5);
      });
      if (problems.length > 0) throw new Error(`${label}: ${problems.join("; ")}`);
    },
    /** Waits until a button is no longer busy (Fluent's disabledFocusable sets aria-disabled). */
    async ready(locator) {
      await until("nút sẵn sàng", () => locator.getAttribute("aria-disabled"), (v) => v !== "true");
      return locator;
    },
    /** Focus is on a control of the pane, never on the page (body). */
    async focusKept(after) {
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return !el || el === document.body || el === document.documentElement ? null : `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 40)}"`;
      });
      if (where === null) throw new Error(`tiêu điểm rơi về trang sau: ${after}`);
      return where;
    },
  };
  return h;
}

function writeAxeLog(artifacts) {
  fs.writeFileSync(path.join(artifacts, "axe.json"), JSON.stringify(axeLog, null, 2));
  return axeLog;
}

module.exports = { helpers, writeAxeLog, TIMEOUT_MS };
