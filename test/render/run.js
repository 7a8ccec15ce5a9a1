#!/usr/bin/env node
// Runs every test/render/*.render.js script (each needs LibreOffice) and prints "N passed, N failed".
// Without soffice the suite is skipped with a reason; in CI (CI=true) a missing soffice is a failure.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).status === 0;
if (!hasSoffice) {
  const reason = "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui";
  if (process.env.CI) {
    console.error(`render tests cannot run: ${reason}`);
    process.exit(1);
  }
  console.log(`SKIPPED render tests: ${reason}`);
  process.exit(0);
}

const dir = __dirname;
const scripts = fs.readdirSync(dir).filter((f) => f.endsWith(".render.js")).sort();
let passed = 0;
let failed = 0;
for (const script of scripts) {
  console.log(`--- ${script}`);
  const result = spawnSync(process.execPath, [path.join(dir, script)], { stdio: "inherit" });
  if (result.status === 0) passed += 1;
  else failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
