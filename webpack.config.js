// Builds the add-in into dist/: the task pane (React), the Excel custom function, their pages, icons and
// the manifest. `npm run build` for production (ADDIN_URL=https://… sets the hosting address), `npm start` to serve.
"use strict";

const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { DEV_ORIGIN, normalizeAddinUrl, officeScriptUrls, rewriteManifestUrls } = require("./scripts/manifest-url");

const DEV_PORT = 3000;

/** TypeScript for the browser; the e2e build (test/e2e/build.js) uses the same rule. */
const TS_RULE = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  loader: "ts-loader",
  // ES modules so that webpack sees import() and splits ExcelJS/docx into their own chunks;
  // type errors are caught by `tsc --noEmit` (npm run lint), not here.
  options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "node" } },
};

/** The manifest copied into dist/: production moves its URLs to ADDIN_URL; without it they stay on localhost. */
function manifestTransform(isProduction) {
  const addinUrl = process.env.ADDIN_URL;
  if (!isProduction) return (content) => content;
  if (!addinUrl) {
    console.warn(
      `[cchc] ADDIN_URL chưa đặt: dist/manifest.xml vẫn trỏ về ${DEV_ORIGIN} (chỉ dùng để thử). ` +
        "Để triển khai: ADDIN_URL=https://ten-mien/duong-dan npm run build",
    );
    return (content) => content;
  }
  try {
    normalizeAddinUrl(addinUrl);
  } catch (err) {
    // Stop before a long compile, with the one sentence that says what to fix.
    console.error(err.message);
    process.exit(2);
  }
  return (content) => rewriteManifestUrls(content.toString("utf8"), addinUrl);
}

function certificateStillValid(file) {
  if (!fs.existsSync(file)) return false;
  const { X509Certificate } = require("crypto");
  return new Date(new X509Certificate(fs.readFileSync(file)).validTo) > new Date();
}

/**
 * HTTPS options for the dev server from office-addin-dev-certs. Where installing the CA fails (Linux without
 * sudo, containers) the certificates are still generated and used; the browser must then trust ca.crt by hand.
 */
async function devHttpsOptions() {
  const defaults = require("office-addin-dev-certs/lib/defaults");
  const readCerts = () => ({
    ca: fs.readFileSync(defaults.caCertificatePath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  });
  // On Linux the library cannot see a CA the user trusted in the browser, so it would make a new one on every
  // start; keep the existing files so that trust given once lasts.
  if (process.platform === "linux" && certificateStillValid(defaults.localhostCertificatePath)) return readCerts();
  try {
    return await require("office-addin-dev-certs").getHttpsServerOptions();
  } catch (err) {
    if (!fs.existsSync(defaults.localhostCertificatePath)) {
      await require("office-addin-dev-certs/lib/generate").generateCertificates();
    }
    console.warn(
      `[cchc] Không cài được chứng chỉ gốc tự động (${err.message.split("\n")[0]}). ` +
        `Hãy tin cậy ${defaults.caCertificatePath} trong trình duyệt rồi mở lại https://localhost:${DEV_PORT}.`,
    );
    return readCerts();
  }
}

/** Office.js and the custom-functions runtime: Microsoft's CDN, or OFFICE_JS_URL=https://…/office.js for other clouds. */
function officeScripts() {
  try {
    return officeScriptUrls(process.env.OFFICE_JS_URL || undefined);
  } catch (err) {
    console.error(err.message);
    process.exit(2);
  }
}

module.exports = async (env, argv) => {
  const isProduction = argv.mode === "production";
  const isServe = Boolean(env && env.WEBPACK_SERVE);
  const office = officeScripts();
  return {
    mode: isProduction ? "production" : "development",
    devtool: isProduction ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // The manifest names functions.js; everything else is content-hashed so an update reaches users past caches.
      filename: (pathData) => (pathData.chunk.name === "functions" ? "functions.js" : "[name].[contenthash:8].js"),
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [TS_RULE],
    },
    optimization: {
      // Only chunks loaded with import() are split: functions.js must stay one file for Excel's custom-functions
      // runtime, and the pane's first load stays one script. The libraries get "vendor-" names so they never clash
      // with the pane's own webpackChunkName comments (its "docx" chunk is src/docx, the library goes to vendor-docx).
      splitChunks: {
        chunks: "async",
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "vendor-exceljs", chunks: "async", priority: 20, enforce: true },
          docx: { test: /[\\/]node_modules[\\/]docx[\\/]/, name: "vendor-docx", chunks: "async", priority: 20, enforce: true },
        },
      },
    },
    // scripts/check-bundle.js measures and limits the first load; webpack's own size hints would only repeat it.
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs: office.officeJs },
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
        templateParameters: { customFunctionsRuntime: office.customFunctionsRuntime },
      }),
      // The manifest's SupportUrl: a plain help page, no script.
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/help/help.html", chunks: [], inject: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: manifestTransform(isProduction) },
        ],
      }),
    ],
    devServer: isServe
      ? {
          port: DEV_PORT,
          server: { type: "https", options: await devHttpsOptions() },
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          hot: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};

module.exports.TS_RULE = TS_RULE;
