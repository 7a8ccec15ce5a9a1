// Every property of the run uses the seed the global setup chose, and its number of runs (1000 × FC_RUNS_FACTOR).
const fc = require("fast-check");

const factor = Number(process.env.FC_RUNS_FACTOR ?? "1") || 1;
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? "20261201"), numRuns: 1000 * factor });
