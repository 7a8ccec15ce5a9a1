#!/usr/bin/env node
// Browser end-to-end tests of the task pane: builds the e2e site (stand-ins + the real pane), serves it on
// 127.0.0.1, drives it with the system Chromium through playwright-core, and prints one line per scenario and
// "N passed, N failed". Any request that leaves 127.0.0.1 is blocked and fails the scenario: the pane must make
// no network calls. Without /usr/bin/chromium the suite is skipped with a reason (a failure when CI is set).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = path.resolve(__dirname, "../../artifacts/e2e");

function skipWithoutChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  const reason = "Chromium not installed (apt-get install chromium)";
  if (process.env.CI) {
    console.error(`e2e tests cannot run: ${reason}`);
    process.exit(1);
  }
  console.log(`SKIPPED: ${reason}`);
  process.exit(0);
}

async function launch() {
  const { chromium } = require("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** A fresh page (fresh stand-ins) whose every request off 127.0.0.1 is refused and remembered. */
async function newPane(browser, baseUrl, problems, scenario) {
  const context = await browser.newContext({ viewport: scenario.viewport ?? { width: 400, height: 820 }, colorScheme: scenario.colorScheme ?? "light", forcedColors: scenario.forcedColors ?? "none", deviceScaleFactor: 2, acceptDownloads: true, locale: "vi-VN" });
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    problems.push(`yêu cầu mạng bị chặn: ${route.request().url()}`);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`lỗi trong trang: ${error.message}`));
  return { context, page, baseUrl };
}

async function runScenario(browser, baseUrl, scenario) {
  const problems = [];
  const { context, page } = await newPane(browser, baseUrl, problems, scenario);
  const started = Date.now();
  try {
    await scenario.run(require("./helpers").helpers(page, baseUrl, ARTIFACTS));
    if (problems.length > 0) throw new Error(problems.join("; "));
    return { ok: true, ms: Date.now() - started };
  } catch (error) {
    await page.screenshot({ path: path.join(ARTIFACTS, `FAILED-${scenario.id}.png`) }).catch(() => undefined);
    const extra = problems.length > 0 && !String(error.message).includes(problems[0]) ? ` (${problems.join("; ")})` : "";
    return { ok: false, ms: Date.now() - started, message: `${error.message.split("\n").slice(0, process.env.E2E_VERBOSE ? 12 : 1).join("\n")}${extra}` };
  } finally {
    await context.close();
  }
}

async function main() {
  skipWithoutChromium();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // A failure screenshot from an earlier run must not be taken for one of this run.
  for (const file of fs.readdirSync(ARTIFACTS)) if (/^FAILED-.*\.png$/.test(file)) fs.rmSync(path.join(ARTIFACTS, file));
  const { buildSite } = require("./build");
  const { serve } = require("./server");
  const { scenarios } = require("./scenarios");
  const only = process.argv.slice(2);
  const site = await buildSite();
  const server = await serve(site);
  const browser = await launch();
  let passed = 0;
  let failed = 0;
  try {
    for (const scenario of scenarios.filter((s) => only.length === 0 || only.includes(s.id))) {
      const result = await runScenario(browser, server.url, scenario);
      if (result.ok) passed += 1;
      else failed += 1;
      console.log(`${result.ok ? "PASS" : "FAIL"} ${scenario.id}: ${scenario.title} (${result.ms} ms)${result.ok ? "" : ` — ${result.message}`}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const axe = require("./helpers").writeAxeLog(ARTIFACTS);
  const serious = axe.reduce((n, r) => n + r.blocking, 0);
  console.log(`axe: ${axe.length} states checked, ${serious} serious or critical violations (artifacts/e2e/axe.json)`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(`e2e tests could not run: ${error.message.split("\n").slice(0, 8).join("\n")}`);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
