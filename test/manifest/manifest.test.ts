// The add-in manifest: schema-valid, every reference resolvable, the ribbon officials will see, and the
// production rewrite of its URLs (ADDIN_URL) that an IT admin relies on.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { children, findAll, parseXml, type XmlElement } from "./xml";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifestUrls } = require("../../scripts/manifest-url") as {
  rewriteManifestUrls: (xml: string, url: string) => string;
};

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST_XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
/** Microsoft's manifest schemas live outside the repository (README, "Manifest schemas"): ../shared, or a folder
 *  named by CCHC_MANIFEST_SCHEMAS. */
const SCHEMA_DIR = process.env.CCHC_MANIFEST_SCHEMAS || path.join(ROOT, "..", "shared", "manifest-schemas");
const SCHEMA = path.join(SCHEMA_DIR, "OfficeAppManifestV1_1.xsd");
const DEV_ORIGIN = "https://localhost:3000";

const hasXmllint = spawnSync("sh", ["-c", "command -v xmllint"]).status === 0;
const hasSchema = fs.existsSync(SCHEMA);

/** Under CI=true nothing is excused: a missing schema folder or xmllint fails the suite instead of skipping it. */
const IN_CI = process.env.CI === "true";

/** Why schema validation cannot run here, or null when it can. */
function schemaSkipReason(): string | null {
  if (!hasSchema) return `the manifest schemas are not at ${SCHEMA} (set CCHC_MANIFEST_SCHEMAS to their folder)`;
  if (!hasXmllint) return "xmllint is not installed (apt-get install libxml2-utils)";
  return null;
}

function xmllint(xml: string): { ok: boolean; output: string } {
  const reason = schemaSkipReason();
  if (reason) throw new Error(`Schema validation cannot run in CI: ${reason}.`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-manifest-"));
  const file = path.join(dir, "manifest.xml");
  fs.writeFileSync(file, xml);
  const run = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
  fs.rmSync(dir, { recursive: true, force: true });
  if (run.error) throw new Error(`xmllint could not run: ${run.error.message}`);
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** Resource id → value, per kind (Images, Urls, ShortStrings, LongStrings). */
function resources(root: XmlElement): Record<string, Map<string, string>> {
  const [resourcesElement] = findAll(root, "Resources");
  const table: Record<string, Map<string, string>> = {};
  for (const group of resourcesElement.children) {
    const kind = group.name.replace(/^\w+:/, "");
    table[kind] = new Map(group.children.map((item) => [item.attrs.id, item.attrs.DefaultValue]));
  }
  return table;
}

/** The resource kind an element's resid must point into, by the element's name. */
function expectedKind(element: XmlElement, parentName: string): string {
  const name = element.name.replace(/^\w+:/, "");
  if (name === "Image") return "Images";
  if (name === "SourceLocation" || name === "LearnMoreUrl") return "Urls";
  if (name === "Description" && parentName !== "OfficeApp") return "LongStrings";
  return "ShortStrings";
}

function residReferences(element: XmlElement, parentName = ""): { resid: string; kind: string }[] {
  const own = element.attrs.resid ? [{ resid: element.attrs.resid, kind: expectedKind(element, parentName) }] : [];
  return own.concat(...element.children.map((child) => residReferences(child, element.name)));
}

/** Every URL the manifest states: top-level settings and the Urls/Images resources. */
function allUrls(root: XmlElement): string[] {
  const urls: string[] = [];
  const visit = (element: XmlElement) => {
    for (const [name, value] of Object.entries(element.attrs)) {
      if ((name === "DefaultValue" || name === "Value") && /^[a-z][a-z0-9+.-]*:/i.test(value)) urls.push(value);
    }
    element.children.forEach(visit);
  };
  visit(root);
  return urls;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface RibbonButton {
  label: string;
  tip: string;
  action: string;
  taskpaneId: string;
  url: string;
}

function ribbonButtons(root: XmlElement, hostType: string): { tabLabel: string; buttons: RibbonButton[] } {
  const strings = resources(root);
  const text = (resid: string) => strings.ShortStrings.get(resid) ?? strings.LongStrings.get(resid) ?? "";
  const host = findAll(root, "Host").find((h) => h.attrs["xsi:type"] === hostType);
  if (!host) throw new Error(`no VersionOverrides host ${hostType}`);
  const [tab] = findAll(host, "CustomTab");
  const buttons = findAll(tab, "Control").map((control) => {
    const [action] = children(control, "Action");
    const [supertip] = children(control, "Supertip");
    return {
      label: text(children(control, "Label")[0].attrs.resid),
      tip: text(children(supertip, "Description")[0].attrs.resid),
      action: action.attrs["xsi:type"],
      taskpaneId: children(action, "TaskpaneId")[0]?.text ?? "",
      url: strings.Urls.get(children(action, "SourceLocation")[0].attrs.resid) ?? "",
    };
  });
  return { tabLabel: text(children(tab, "Label")[0].attrs.resid), buttons };
}

describe("manifest.xml against Microsoft's XML schema (offline, xmllint)", () => {
  const reason = schemaSkipReason();
  if (reason && !IN_CI) console.warn(`Schema validation skipped: ${reason}.`);
  const schemaTest = reason && !IN_CI ? test.skip : test;

  schemaTest("the development manifest validates", () => {
    const result = xmllint(MANIFEST_XML);
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
  });

  schemaTest("the production manifest (ADDIN_URL rewrite) validates", () => {
    const result = xmllint(rewriteManifestUrls(MANIFEST_XML, "https://cchc.example.gov.vn/addin"));
    expect(result.ok).toBe(true);
  });

  schemaTest("the validation does catch an element out of order (Permissions before DefaultSettings)", () => {
    const permissions = "<Permissions>ReadWriteDocument</Permissions>";
    const swapped = MANIFEST_XML.replace(permissions, "").replace("<DefaultSettings>", `${permissions}\n  <DefaultSettings>`);
    expect(swapped).not.toBe(MANIFEST_XML);
    expect(xmllint(swapped).ok).toBe(false);
  });
});

describe("manifest.xml: references, URLs, icons, hosts", () => {
  const root = parseXml(MANIFEST_XML);
  const table = resources(root);

  test("every resid names a resource of the right kind, and every resource is used", () => {
    const references = residReferences(root);
    expect(references.length).toBeGreaterThan(30);
    const missing = references.filter(({ resid, kind }) => !table[kind]?.has(resid)).map((r) => `${r.kind}:${r.resid}`);
    expect(missing).toEqual([]);
    const used = new Set(references.map((r) => r.resid));
    const unused = Object.values(table).flatMap((map) => [...map.keys()].filter((id) => !used.has(id)));
    expect(unused).toEqual([]);
  });

  test("every URL is https", () => {
    const urls = allUrls(root);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((url) => !url.startsWith("https://"))).toEqual([]);
  });

  test("every icon the manifest names exists in assets/ with the pixel size it is used at", () => {
    const iconUrls = allUrls(root).filter((url) => url.endsWith(".png"));
    expect(iconUrls.length).toBeGreaterThanOrEqual(5);
    for (const url of iconUrls) {
      const file = path.join(ROOT, new URL(url).pathname);
      expect(fs.existsSync(file)).toBe(true);
    }
    const sizeOfResid = new Map(findAll(root, "Image").filter((i) => i.attrs.size).map((i) => [i.attrs.resid, i.attrs.size]));
    for (const [resid, url] of table.Images) {
      const size = Number(sizeOfResid.get(resid));
      expect(pngSize(path.join(ROOT, new URL(url).pathname))).toEqual({ width: size, height: size });
    }
    const [icon] = findAll(root, "IconUrl");
    const [highRes] = findAll(root, "HighResolutionIconUrl");
    expect(pngSize(path.join(ROOT, new URL(icon.attrs.DefaultValue).pathname)).width).toBe(64);
    expect(pngSize(path.join(ROOT, new URL(highRes.attrs.DefaultValue).pathname)).width).toBe(128);
  });

  test("it asks for ReadWriteDocument and declares Excel and Word, in both places", () => {
    expect(children(root, "Permissions")[0].text).toBe("ReadWriteDocument");
    const [topHosts] = children(root, "Hosts");
    expect(children(topHosts, "Host").map((h) => h.attrs.Name)).toEqual(["Workbook", "Document"]);
    const [overrides] = children(root, "VersionOverrides");
    const [ovHosts] = children(overrides, "Hosts");
    expect(children(ovHosts, "Host").map((h) => h.attrs["xsi:type"])).toEqual(["Workbook", "Document"]);
  });

  test("no Requirements element gates Word behind a set only Excel has", () => {
    expect(MANIFEST_XML).not.toMatch(/<Set\b[^>]*Name="CustomFunctionsRuntime"/);
  });

  test("name and description are Vietnamese, and the default pane is taskpane.html", () => {
    expect(children(root, "DefaultLocale")[0].text).toBe("vi-VN");
    expect(children(root, "DisplayName")[0].attrs.DefaultValue).toBe("Kế hoạch CCHC");
    expect(children(root, "Description")[0].attrs.DefaultValue).toMatch(/kế hoạch cải cách hành chính/);
    const [settings] = children(root, "DefaultSettings");
    expect(children(settings, "SourceLocation")[0].attrs.DefaultValue).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });
});

describe("manifest.xml: the ribbon and the custom function", () => {
  const root = parseXml(MANIFEST_XML);

  test("Excel has a Kế hoạch CCHC tab with the six buttons, each opening the one pane on its view", () => {
    const { tabLabel, buttons } = ribbonButtons(root, "Workbook");
    expect(tabLabel).toBe("Kế hoạch CCHC");
    expect(buttons.map((b) => [b.label, b.url.replace(DEV_ORIGIN, "")])).toEqual([
      ["Mở ngăn", "/taskpane.html"],
      ["Chèn mẫu", "/taskpane.html#insert"],
      ["Kiểm tra", "/taskpane.html#check"],
      ["Kinh phí", "/taskpane.html#budget"],
      ["Tiến độ", "/taskpane.html#schedule"],
      ["Tạo kế hoạch Word", "/taskpane.html#word"],
    ]);
    expect(new Set(buttons.map((b) => `${b.action}/${b.taskpaneId}`))).toEqual(new Set(["ShowTaskpane/CCHC.Pane"]));
    for (const button of buttons) expect(button.tip).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/);
  });

  test("Word has a Kế hoạch CCHC tab whose Tạo kế hoạch button opens the same pane on #word", () => {
    const { tabLabel, buttons } = ribbonButtons(root, "Document");
    expect(tabLabel).toBe("Kế hoạch CCHC");
    expect(buttons.map((b) => [b.label, b.action, b.taskpaneId, b.url])).toEqual([
      ["Tạo kế hoạch", "ShowTaskpane", "CCHC.Pane", `${DEV_ORIGIN}/taskpane.html#word`],
    ]);
  });

  test("the CustomFunctions point names namespace CCHC and the files webpack emits", () => {
    const table = resources(root);
    const [point] = findAll(root, "ExtensionPoint").filter((e) => e.attrs["xsi:type"] === "CustomFunctions");
    const url = (name: string) => table.Urls.get(findAll(children(point, name)[0], "SourceLocation")[0].attrs.resid);
    expect(table.ShortStrings.get(children(point, "Namespace")[0].attrs.resid)).toBe("CCHC");
    expect(url("Script")).toBe(`${DEV_ORIGIN}/functions.js`);
    expect(url("Page")).toBe(`${DEV_ORIGIN}/functions.html`);
    expect(url("Metadata")).toBe(`${DEV_ORIGIN}/functions.json`);
    const source = fs.readFileSync(path.join(ROOT, "src", "functions", "functions.ts"), "utf8");
    expect(source).toMatch(/@customfunction BANGCHU\b/);
  });
});

describe("production manifest rewrite (ADDIN_URL)", () => {
  test("moves every URL under the hosting address and leaves no localhost", () => {
    const rewritten = rewriteManifestUrls(MANIFEST_XML, "https://cchc.example.gov.vn/");
    expect(rewritten).not.toContain("localhost");
    const urls = allUrls(parseXml(rewritten));
    expect(urls.length).toBe(allUrls(parseXml(MANIFEST_XML)).length);
    for (const url of urls) {
      expect(url.startsWith("https://cchc.example.gov.vn/")).toBe(true);
      expect(new URL(url).protocol).toBe("https:");
    }
    expect(urls).toContain("https://cchc.example.gov.vn/taskpane.html#budget");
  });

  test("keeps a path prefix, without doubling slashes", () => {
    const rewritten = rewriteManifestUrls(MANIFEST_XML, "https://portal.tinh.gov.vn/addins/cchc//");
    expect(rewritten).toContain('DefaultValue="https://portal.tinh.gov.vn/addins/cchc/functions.json"');
    expect(rewritten).not.toMatch(/cchc\/\/|localhost/);
  });

  test.each([
    ["http://cchc.example.gov.vn", /https:\/\//],
    ["cchc.example.gov.vn", /không phải là một địa chỉ web/],
    ["https://cchc.example.gov.vn/?v=2", /không có \?, #/],
  ])("refuses %s with a Vietnamese sentence", (url, message) => {
    expect(() => rewriteManifestUrls(MANIFEST_XML, url)).toThrow(message);
  });
});
