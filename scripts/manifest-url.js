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

module.exports = { DEV_ORIGIN, normalizeAddinUrl, rewriteManifestUrls };
