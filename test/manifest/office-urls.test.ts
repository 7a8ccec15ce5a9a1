// The manifest's SupportUrl is a real help page that the build writes, and the Office.js / custom-functions runtime
// addresses are one build option (OFFICE_JS_URL) for sovereign and government clouds.
import * as fs from "fs";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEFAULT_OFFICE_JS_URL, officeScriptUrls } = require("../../scripts/manifest-url");

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), "utf8");

test("SupportUrl names help.html, a page of its own that webpack builds (not the pane)", () => {
  const manifest = read("manifest.xml");
  expect(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/help\.html"\/>/.test(manifest)).toBe(true);
  expect(read("webpack.config.js")).toMatch(/filename: "help\.html", template: "\.\/src\/help\/help\.html"/);
  const help = read("src/help/help.html");
  expect(help).toMatch(/<html lang="vi">/);
  expect(help).not.toMatch(/<script/);
});

test("the manifest says why it has no <Requirements>", () => {
  expect(read("manifest.xml")).toMatch(/No <Requirements> element, on purpose/);
  expect(read("manifest.xml").replace(/<!--[\s\S]*?-->/g, "")).not.toMatch(/<Requirements>/);
});

test("OFFICE_JS_URL: office.js and the custom-functions runtime from the same folder; Microsoft's CDN by default", () => {
  expect(officeScriptUrls()).toEqual({
    officeJs: DEFAULT_OFFICE_JS_URL,
    customFunctionsRuntime: "https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js",
  });
  expect(officeScriptUrls("https://appsforoffice.gov.example/lib/1/hosted/office.js").customFunctionsRuntime).toBe(
    "https://appsforoffice.gov.example/lib/1/hosted/custom-functions-runtime.js",
  );
  expect(() => officeScriptUrls("http://cdn.example/office.js")).toThrow(/https/);
  expect(() => officeScriptUrls("https://cdn.example/lib/")).toThrow(/office\.js/);
});

test("the pages take the addresses from the build, not written in", () => {
  expect(read("src/taskpane/taskpane.html")).toMatch(/src="<%= officeJs %>"/);
  expect(read("src/functions/functions.html")).toMatch(/src="<%= customFunctionsRuntime %>"/);
});
