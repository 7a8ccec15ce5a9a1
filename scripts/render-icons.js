#!/usr/bin/env node
// Renders assets/icon.svg to the PNG sizes the manifest names (16, 32, 64, 80, 128),
// with the system's headless Chromium through playwright-core (no browser download).
// Usage: node scripts/render-icons.js   (CHROMIUM=/path/to/chromium to override)
"use strict";

const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const SIZES = [16, 32, 64, 80, 128];
const ASSETS = path.join(__dirname, "..", "assets");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

async function renderSize(browser, svg, size) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const dataUrl = "data:image/svg+xml;base64," + Buffer.from(svg).toString("base64");
  // A bare <img> on a transparent page keeps the PNG's background transparent.
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}"></body></html>`,
  );
  await page.waitForFunction(() => document.images[0].complete);
  const file = path.join(ASSETS, `icon-${size}.png`);
  await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
  return file;
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`Không tìm thấy Chromium tại ${CHROMIUM}; cài gói chromium hoặc đặt biến CHROMIUM.`);
    process.exit(2);
  }
  const svg = fs.readFileSync(path.join(ASSETS, "icon.svg"), "utf8");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const size of SIZES) console.log(await renderSize(browser, svg, size));
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(`Không vẽ được biểu tượng: ${err.message}`);
  process.exit(1);
});
