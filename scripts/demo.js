#!/usr/bin/env node
// Demo: the command line on the worked example, through the built CLI (as `npx cchc` runs it): check it, spell its
// total, write its Word plan and a blank form for next year into artifacts/demo/.
// The example has findings on purpose: `check` exits 1 ("findings were found") and the demo says so, then exits 0.
// It ends by listing the files it wrote.
"use strict";
const { execFileSync } = require("child_process");
const { existsSync, mkdirSync, rmSync } = require("fs");
const { join } = require("path");

const root = join(__dirname, "..");
const builtMain = join(root, "build", "src", "cli", "main.js");

function ensureBuilt() {
  if (existsSync(builtMain)) return;
  console.log("Đang biên dịch công cụ dòng lệnh (tsc -p tsconfig.node.json, rồi scripts/build-threads.js)…");
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.node.json"], { cwd: root, stdio: "inherit" });
  execFileSync(process.execPath, [join(root, "scripts", "build-threads.js")], { cwd: root, stdio: "inherit" });
}

/** What each exit code means, so a 1 reads as "findings were found", not as the demo failing. */
const EXIT_MEANING = {
  0: "xong",
  1: "đã tìm thấy lỗi trong bảng (bản mẫu cố ý có lỗi để minh họa; lệnh đã chạy đúng)",
  2: "không đọc hoặc không ghi được tệp",
};

async function step(title, argv) {
  console.log(`\n=== ${title}\n$ cchc ${argv.join(" ")}\n`);
  const code = await require(builtMain).main(argv);
  console.log(`(mã thoát ${code}: ${EXIT_MEANING[code] ?? "lỗi ngoài dự kiến"})`);
  return code;
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
  console.log("\nCác tệp demo đã ghi:");
  for (const [file, what] of [
    ["ke-hoach-cchc-2026.docx", "văn bản kế hoạch (Word)"],
    ["mau-khung-logic-2027.xlsx", "biểu mẫu Khung logic trống năm 2027"],
    ["tong-hop-2026.xlsx", "bảng tổng hợp các đơn vị"],
    ["tong-hop-2026.docx", "kế hoạch Word của bảng tổng hợp"],
    ["gop-y", "thư mục góp ý cho từng đơn vị"],
  ]) {
    const path = join(root, out, file);
    if (existsSync(path)) console.log(`  ${path}  (${what})`);
  }
}

demo().then(
  () => (process.exitCode = 0),
  (error) => {
    console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
