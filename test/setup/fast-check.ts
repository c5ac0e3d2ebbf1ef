// Every property of a run draws from one seed, so a failure found in CI replays locally:
// fast-check prints the seed (and the shrunk path) with the counterexample.
//   FC_SEED=<integer>  replay that seed
//   FC_SEED=random     explore with a fresh seed (printed on failure like any other)
// Unset, the seed is fixed: `npm test` is deterministic, in CI and locally.
import fc from 'fast-check';

export const DEFAULT_FC_SEED = 20_261_201;

export const fastCheckSeed = (value = process.env.FC_SEED): number => {
  if (value === undefined || value === '') return DEFAULT_FC_SEED;
  if (value === 'random') return Math.floor(Math.random() * 2 ** 31);
  if (!/^-?\d+$/.test(value)) throw new Error(`FC_SEED must be an integer or "random", got "${value}"`);
  return Number(value);
};

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: fastCheckSeed() });
