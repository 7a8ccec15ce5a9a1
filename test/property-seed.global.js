// Chooses the one fast-check seed of a jest run and prints it, so any failing property can be replayed.
// Fixed by default (and always under CI), so `npm test` is the same run on every clone; FC_SEED=n replays a seed;
// `npm run test:fuzz` (test/fuzz.js) asks for a fresh random seed and ten times the runs.
const FIXED_SEED = 20261201;

module.exports = async function propertySeed() {
  const given = process.env.FC_SEED;
  let seed = FIXED_SEED;
  if (given !== undefined && given !== "") {
    if (!/^-?\d+$/.test(given)) throw new Error(`FC_SEED must be an integer, got "${given}"`);
    seed = Number(given);
  } else if (process.env.FC_FUZZ === "1") {
    seed = Math.floor(Math.random() * 2 ** 31);
  }
  const factor = Number(process.env.FC_RUNS_FACTOR ?? "1") || 1;
  // Read by test/property-seed.setup.js in every worker (workers inherit this environment).
  process.env.FC_SEED = String(seed);
  process.env.FC_RUNS_FACTOR = String(factor);
  process.stdout.write(`\nfast-check seed ${seed}, ${factor}× runs (replay: FC_SEED=${seed} npx jest)\n`);
};
