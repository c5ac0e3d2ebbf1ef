// The benchmark's data sets by factor, and the location page each measures.
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
// A fixed anchor: expiries, closures and bundle validity are dated from it, so a cached data set is
// the same data set on every run (a moving "today" would make a new cache key every day).
const BENCH_TODAY = '2026-12-01';

const generator = () => require(path.join(root, 'dist/database/seed/scale'));
const benchOptions = (factor) => generator().scaleOptionsFor(factor, BENCH_TODAY);

/** The data set's row counts, and a mid-sized open location: the median by practitioners among open locations with bundles. */
const pickLocation = (options) => {
  const data = generator().scaleDataSet(options);
  const staff = new Map();
  for (const p of data.practitioners) for (const l of p.locations) staff.set(l, (staff.get(l) ?? 0) + 1);
  const withBundles = new Set(data.bundleOfferings.map((b) => b.location));
  const open = data.locations
    .filter((l) => l.status === 'open' && withBundles.has(l.slug))
    .sort((a, b) => (staff.get(a.slug) ?? 0) - (staff.get(b.slug) ?? 0) || a.slug.localeCompare(b.slug));
  const counts = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.length]));
  counts.licences = data.practitioners.reduce((n, p) => n + p.licences.length, 0);
  counts.rows = Object.values(counts).reduce((n, c) => n + c, 0);
  return { slug: open[Math.floor(open.length / 2)].slug, counts };
};

module.exports = { BENCH_TODAY, benchOptions, pickLocation };
