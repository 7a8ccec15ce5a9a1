// A tiny static file server for the e2e site, on 127.0.0.1 and a free port the OS picks. Serves files only from
// its root; anything outside (../) or missing is a 404.
"use strict";
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

function fileFor(root, url) {
  const pathname = decodeURIComponent(new URL(url, "http://127.0.0.1").pathname);
  const file = path.resolve(root, `.${pathname.endsWith("/") ? `${pathname}index.html` : pathname}`);
  return file.startsWith(path.resolve(root) + path.sep) ? file : null;
}

/** Starts serving `root`; resolves to { url, close() }. */
function serve(root) {
  const server = http.createServer((req, res) => {
    const file = fileFor(root, req.url || "/");
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

module.exports = { serve };
