#!/usr/bin/env node
// Demo: the command line on the worked example, through the built CLI (as `npx cchc` runs it): check it, spell its
// total, write its Word plan and a blank form for next year into artifacts/demo/.
// The example has findings on purpose, so the demo exits 0 whatever `check` returns.
"use strict";
const { execFileSync } = require("child_process");
const { existsSync, mkdirSync, rmSync } = require("fs");
const { join } = require("path");

const root = join(__dirname, "..");
const builtMain = join(root, "build", "src", "cli", "main.js");

function ensureBuilt() {
  if (existsSync(builtMain)) return;
  console.log("Đang biên dịch công cụ dòng lệnh (tsc -p tsconfig.node.json)…");
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.node.json"], {
    cwd: root,
    stdio: "inherit",
  });
}

async function step(title, argv) {
  console.log(`\n=== ${title}\n$ cchc ${argv.join(" ")}\n`);
  const code = await require(builtMain).main(argv);
  console.log(`(mã thoát ${code})`);
}

async function demo() {
  ensureBuilt();
  const relative = "test/fixtures/examples/khung-logic-2026.xlsx";
  process.chdir(root);
  await step("Kiểm tra kế hoạch mẫu (5W1H, SMART, kinh phí)", ["check", relative]);
  await step("Đọc tổng kinh phí thành chữ", ["words", "149.000.000"]);
  const out = "artifacts/demo";
  mkdirSync(out, { recursive: true });
  // Earlier demo output goes first: `template` never overwrites a file.
  for (const file of ["ke-hoach-cchc-2026.docx", "mau-khung-logic-2027.xlsx", "tong-hop-2026.xlsx", "tong-hop-2026.docx"]) {
    rmSync(join(out, file), { force: true });
  }
  rmSync(join(out, "gop-y"), { recursive: true, force: true });
  await step("Viết văn bản kế hoạch (Word, Nghị định 30/2020)", ["build", relative, "-o", `${out}/ke-hoach-cchc-2026.docx`]);
  await step("Tạo biểu mẫu Khung logic trống cho năm sau", ["template", "khung-logic", "-o", `${out}/mau-khung-logic-2027.xlsx`, "--year", "2027"]);
  // The bundled unit drafts carry errors, a duplicate and unreadable files on purpose: the merge exits 1 and says so.
  await step("Tổng hợp dự thảo của các đơn vị thành một kế hoạch", [
    "merge",
    "test/fixtures/merge/drafts",
    "-o",
    `${out}/tong-hop-2026.xlsx`,
    "--docx",
    `${out}/tong-hop-2026.docx`,
    "--feedback",
    `${out}/gop-y`,
  ]);
  console.log(`\nKết quả tổng hợp: ${join(root, out, "tong-hop-2026.xlsx")} (và tong-hop-2026.docx, góp ý từng đơn vị trong ${join(root, out, "gop-y")})`);
}

demo().then(
  () => (process.exitCode = 0),
  (error) => {
    console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
