#!/usr/bin/env node
// `npm run test:fuzz`: the property tests with a fresh random seed and ten times the runs. The seed is printed;
// a failure is replayed with FC_SEED=<seed> FC_RUNS_FACTOR=10 npx jest <file>.
"use strict";
const { spawnSync } = require("node:child_process");
const { readdirSync, readFileSync } = require("node:fs");
const { join, relative } = require("node:path");

const root = join(__dirname, "..");
function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "e2e" || entry.name === "render" ? [] : testFiles(path);
    return entry.name.endsWith(".test.ts") ? [path] : [];
  });
}
const withProperties = testFiles(join(root, "test")).filter((file) => readFileSync(file, "utf8").includes('from "fast-check"'));
const env = { ...process.env, FC_FUZZ: "1", FC_RUNS_FACTOR: process.env.FC_RUNS_FACTOR ?? "10" };
delete env.FC_SEED;
if (process.env.FC_SEED) env.FC_SEED = process.env.FC_SEED;
const jest = require.resolve("jest/bin/jest");
const args = [jest, ...withProperties.map((file) => relative(root, file)), ...process.argv.slice(2)];
const run = spawnSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
process.exit(run.status ?? 1);
