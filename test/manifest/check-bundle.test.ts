// scripts/check-bundle.js: it must count exactly the scripts taskpane.html loads and fail above the limit,
// or the CI gate on first-load size means nothing.
import { spawnSync } from "child_process";
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { scriptSources, LIMIT_KB } = require("../../scripts/check-bundle") as {
  scriptSources: (html: string) => string[];
  LIMIT_KB: number;
};

const SCRIPT = path.join(__dirname, "..", "..", "scripts", "check-bundle.js");

function fakeDist(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-dist-"));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

function check(dist: string) {
  const run = spawnSync(process.execPath, [SCRIPT, dist], { encoding: "utf8" });
  fs.rmSync(dist, { recursive: true, force: true });
  return run;
}

const PAGE = (src: string) =>
  `<!doctype html><html><head><script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>` +
  `<script defer src=${src}></script></head><body></body></html>`;

test("finds quoted and unquoted script sources, not inline scripts", () => {
  const html = `<script src="a.js"></script><script defer src=b.1234.js></script><script>var x</script><script src='c.js'>`;
  expect(scriptSources(html)).toEqual(["a.js", "b.1234.js", "c.js"]);
});

test("passes a small first load, counts only local scripts, and prints the gzipped total", () => {
  const run = check(fakeDist({ "taskpane.html": PAGE("taskpane.js"), "taskpane.js": "console.log(1);".repeat(1000) }));
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/Tải lần đầu của ngăn: \d+\.\d KB gzip/);
  expect(run.stdout).toContain("không tính, tải từ CDN");
});

test(`fails when the up-front scripts exceed ${LIMIT_KB} KB gzipped`, () => {
  // Random bytes barely compress: base64 of 2× the limit gzips to about 1.5× it.
  const big = randomBytes(LIMIT_KB * 1024 * 2).toString("base64");
  const run = check(fakeDist({ "taskpane.html": PAGE("taskpane.js"), "taskpane.js": big }));
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/Vượt giới hạn/);
});

test("says in one sentence what is missing when there is no build", () => {
  const run = check(fakeDist({}));
  expect(run.status).toBe(2);
  expect(run.stderr.trim()).toMatch(/^Không thấy .*taskpane\.html; hãy chạy npm run build trước\.$/);
});
