// Rewrites the development origin in manifest.xml to the address where an IT admin hosts dist/.
// Used by webpack.config.js for `ADDIN_URL=https://… npm run build`; tested in test/manifest.
"use strict";

const DEV_ORIGIN = "https://localhost:3000";

/**
 * The hosting address as a base URL without a trailing slash (a path prefix such as /cchc is kept).
 * Throws an Error with one Vietnamese sentence when it is not an https address.
 */
function normalizeAddinUrl(addinUrl) {
  let url;
  try {
    url = new URL(String(addinUrl).trim());
  } catch {
    throw new Error(`ADDIN_URL "${addinUrl}" không phải là một địa chỉ web; hãy ghi dạng https://ten-mien/duong-dan.`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_URL "${addinUrl}" phải bắt đầu bằng https:// vì Office chỉ nạp add-in qua HTTPS.`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_URL "${addinUrl}" chỉ được gồm tên miền và đường dẫn, không có ?, # hay tên đăng nhập.`);
  }
  return (url.origin + url.pathname).replace(/\/+$/, "");
}

/** The manifest text with every https://localhost:3000 address moved under addinUrl. */
function rewriteManifestUrls(manifestXml, addinUrl) {
  const base = normalizeAddinUrl(addinUrl);
  return manifestXml.split(DEV_ORIGIN).join(base);
}

/** Microsoft's public Office.js CDN; sovereign and government clouds serve it elsewhere (OFFICE_JS_URL). */
const DEFAULT_OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * The office.js address and, in the same folder, Excel's custom-functions runtime, from OFFICE_JS_URL (the full
 * https address of office.js). Throws one Vietnamese sentence when it is not an https address of a file office.js.
 */
function officeScriptUrls(officeJsUrl = DEFAULT_OFFICE_JS_URL) {
  let url;
  try {
    url = new URL(String(officeJsUrl).trim());
  } catch {
    throw new Error(`OFFICE_JS_URL "${officeJsUrl}" không phải là một địa chỉ web; hãy ghi địa chỉ đầy đủ của office.js.`);
  }
  if (url.protocol !== "https:") throw new Error(`OFFICE_JS_URL "${officeJsUrl}" phải bắt đầu bằng https://.`);
  if (!/\/office\.js$/.test(url.pathname)) throw new Error(`OFFICE_JS_URL "${officeJsUrl}" phải là địa chỉ của tệp office.js (…/office.js).`);
  const officeJs = url.origin + url.pathname;
  return { officeJs, customFunctionsRuntime: officeJs.replace(/office\.js$/, "custom-functions-runtime.js") };
}

module.exports = { DEV_ORIGIN, DEFAULT_OFFICE_JS_URL, normalizeAddinUrl, rewriteManifestUrls, officeScriptUrls };
