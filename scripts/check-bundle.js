#!/usr/bin/env node
// After `npm run build`: the gzipped size of the JavaScript dist/taskpane.html loads up front (its <script src>
// tags), which is what an official waits for when opening the pane. Fails above the limit.
// ExcelJS and docx are loaded later with import(), so they must not count here; if they do, the split broke.
// Office.js comes from Microsoft's CDN and is the same for every add-in, so it is listed but not counted.
// Usage: node scripts/check-bundle.js [distDir]   exit 0 within the limit, 1 above it, 2 nothing to measure.
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const LIMIT_KB = 350;

/** The src of every <script> tag, quoted or not (html-webpack-plugin minifies attribute quotes away). */
function scriptSources(html) {
  const sources = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) || []) {
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    if (src) sources.push(src[1] || src[2] || src[3]);
  }
  return sources;
}

function isRemote(src) {
  return /^(https?:)?\/\//i.test(src);
}

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

function fail(message) {
  console.error(message);
  process.exit(2);
}

function main() {
  const dist = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
  const htmlFile = path.join(dist, "taskpane.html");
  if (!fs.existsSync(htmlFile)) fail(`Không thấy ${htmlFile}; hãy chạy npm run build trước.`);
  const sources = scriptSources(fs.readFileSync(htmlFile, "utf8"));
  let total = 0;
  for (const src of sources) {
    if (isRemote(src)) {
      console.log(`  (không tính, tải từ CDN) ${src}`);
      continue;
    }
    const file = path.join(dist, src.split(/[?#]/)[0]);
    if (!fs.existsSync(file)) fail(`taskpane.html nạp ${src} nhưng không có tệp ${file}.`);
    const size = gzipSize(file);
    total += size;
    console.log(`  ${(size / 1024).toFixed(1).padStart(8)} KB gzip  ${src}`);
  }
  const totalKb = total / 1024;
  console.log(`Tải lần đầu của ngăn: ${totalKb.toFixed(1)} KB gzip (giới hạn ${LIMIT_KB} KB).`);
  if (totalKb > LIMIT_KB) {
    console.error(`Vượt giới hạn ${LIMIT_KB} KB: hãy nạp thư viện lớn bằng import() thay vì import tĩnh.`);
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { scriptSources, LIMIT_KB };
