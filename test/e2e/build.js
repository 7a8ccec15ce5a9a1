// Builds the e2e site into artifacts/e2e/site/ with webpack's Node API: the harness (stand-ins, then the real pane)
// and a page that loads no Office CDN. The seeds (the khung-logic example as grids, and a plan with funding-source
// columns) are read here, in Node, with the CLI's loader, and embedded in the bundle.
"use strict";
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { TS_RULE } = require("../../webpack.config.js");

const ROOT = path.resolve(__dirname, "../..");
const SITE = path.join(ROOT, "artifacts/e2e/site");

async function loadSeed() {
  const { register } = require("tsx/cjs/api");
  const unregister = register();
  try {
    return await require("./make-seed.ts").buildSeeds();
  } finally {
    unregister();
  }
}

function config(seed) {
  return {
    mode: "development",
    devtool: false,
    context: ROOT,
    entry: { harness: "./test/e2e/harness.ts" },
    output: { path: SITE, filename: "[name].js", chunkFilename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [TS_RULE],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __E2E_SEEDS__: JSON.stringify(seed) }),
      new HtmlWebpackPlugin({ filename: "index.html", template: path.join(__dirname, "index.html"), chunks: ["harness"] }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/icon-*.png", to: "assets/[name][ext]" }] }),
    ],
  };
}

function compile(options) {
  return new Promise((resolve, reject) => {
    webpack(options, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}

/** Builds the site; resolves to its directory. */
async function buildSite() {
  await compile(config(await loadSeed()));
  return SITE;
}

module.exports = { buildSite, SITE };
