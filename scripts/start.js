#!/usr/bin/env node
// `npm start` (or `npm start -- word`): serves the add-in on https://localhost:3000 with webpack's dev server and
// the office-addin-dev-certs certificates, then sideloads it where desktop Office can exist (Windows, macOS).
// office-addin-debugging is run through npx, not kept as a dependency: it pulls a native keytar build that fails
// to compile offline. Elsewhere (Linux) the script prints how to upload manifest.xml to Excel on the web.
"use strict";

const net = require("net");
const path = require("path");
const { spawn } = require("child_process");

const ROOT = path.join(__dirname, "..");
const PORT = 3000;
const MANIFEST = "manifest.xml";
const HAS_DESKTOP_OFFICE = process.platform === "win32" || process.platform === "darwin";

function startDevServer() {
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  return spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], { cwd: ROOT, stdio: "inherit" });
}

/** Resolves once something accepts connections on the port (the dev server has finished starting). */
function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.end();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`máy chủ phát triển chưa mở cổng ${port} sau ${timeoutMs / 1000} giây`));
        else setTimeout(attempt, 500);
      });
    };
    attempt();
  });
}

function npx(args) {
  const command = process.platform === "win32" ? "npx.cmd" : "npx";
  return spawn(command, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
}

function sideloadDesktop(app) {
  console.log(`\nNạp thử add-in vào ${app === "word" ? "Word" : "Excel"} trên máy (office-addin-debugging qua npx)…`);
  npx(["office-addin-debugging", "start", MANIFEST, "desktop", "--app", app]).on("exit", (code) => {
    if (code !== 0) {
      console.error(
        "Không nạp được add-in tự động; hãy nạp tay theo docs/deploy.md (mục Nạp thử trên máy tính).",
      );
    }
  });
}

function printWebSideloadSteps() {
  console.log(
    [
      "",
      `Máy chủ phát triển đang chạy tại https://localhost:${PORT} (taskpane.html, functions.js, manifest.xml).`,
      "Máy này không có Office cho máy tính; nạp thử trên Excel cho web (Excel on the web):",
      "  1. Mở một sổ làm việc trên https://www.office.com bằng trình duyệt tin cậy chứng chỉ localhost.",
      "  2. Insert → Add-ins → More Add-ins → Upload My Add-in (Chèn → Phần bổ trợ → Tải lên phần bổ trợ của tôi).",
      `  3. Chọn tệp ${path.join(ROOT, MANIFEST)} rồi Upload; thẻ "Kế hoạch CCHC" xuất hiện trên dải băng.`,
      "Dừng máy chủ: Ctrl+C.",
    ].join("\n"),
  );
}

async function main() {
  const app = process.argv[2] === "word" ? "word" : "excel";
  const server = startDevServer();
  server.on("exit", (code) => process.exit(code ?? 0));
  process.on("SIGINT", () => server.kill("SIGINT"));
  process.on("SIGTERM", () => server.kill("SIGTERM"));
  try {
    await waitForPort(PORT, 120000);
  } catch (err) {
    console.error(`Không khởi động được: ${err.message}.`);
    server.kill();
    return;
  }
  if (HAS_DESKTOP_OFFICE) sideloadDesktop(app);
  else printWebSideloadSteps();
}

main();
