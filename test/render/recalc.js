// LibreOffice headless helpers shared by the render scripts: a throw-away profile per run (so runs never share
// or lock ~/.config/libreoffice) that recalculates every formula on load, and one conversion call.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

// OOXMLRecalcMode 0 = "always recalculate" when LibreOffice loads an .xlsx.
const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh profile directory under the system temp dir, with the recalc-on-load setting written in. */
function freshProfile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-lo-"));
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), RECALC_XCU);
  return dir;
}

/**
 * Converts `file` with LibreOffice headless (e.g. to "xlsx" to recalculate, "pdf" to render) into `outDir`;
 * returns the output path. Throws with soffice's output when the conversion fails.
 */
function convert(file, format, outDir) {
  const profile = freshProfile();
  try {
    const result = spawnSync(
      "soffice",
      ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", format, "--outdir", outDir, file],
      { encoding: "utf8", timeout: 180000 },
    );
    const ext = format.split(":")[0];
    const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${ext}`);
    if (result.status !== 0 || !fs.existsSync(out)) {
      throw new Error(`soffice --convert-to ${format} failed (${result.status}): ${result.stderr || result.stdout}`);
    }
    return out;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

module.exports = { freshProfile, convert };
