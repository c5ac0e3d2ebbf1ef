// The import measurement (issue 9, item 5): imports a seed data set into a booted app through the bulk
// import and times it, then imports it a second time (idempotent: nothing is written, every row is
// found by its key). Called by bench/build-data.js (the data builder bench/run.js and
// bench/read-model.js use) and by bench/import.js.
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

/**
 * @param app a loaded Strapi app (compiled, dist/)
 * @param data a seed data set (database/seed/seed-types.ts)
 * @param options { today, onProgress?, again?: boolean } — `again` also times the second, no-op import
 * @returns { rows, ms, rowsPerSecond, validateMs, writeMs, heapBeforeMb (the data set built), peakHeapMb, peakRssMb (while importing),
 *   created, existing, again?: { ms, rowsPerSecond, created } }
 */
const measureImport = async (app, data, { today, onProgress, again = false }) => {
  const { importDataSet, rowCount } = require(path.join(root, 'dist/database/seed/import-data-set'));
  const rows = rowCount(data);
  const peak = { heap: 0, rss: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.heap = Math.max(peak.heap, m.heapUsed);
    peak.rss = Math.max(peak.rss, m.rss);
  };
  const heapBefore = process.memoryUsage().heapUsed; // the data set is built already: what the import adds is the rest
  const sampler = setInterval(sample, 50);
  const t0 = Date.now();
  let report;
  try {
    report = await importDataSet(app, data, { today, onProgress });
  } finally {
    clearInterval(sampler);
  }
  const ms = Date.now() - t0;
  sample();
  const mb = (bytes) => Math.round(bytes / 2 ** 20);
  const result = {
    rows,
    ms,
    rowsPerSecond: Math.round(rows / (ms / 1000)),
    validateMs: report.ms.validate,
    writeMs: report.ms.write,
    heapBeforeMb: mb(heapBefore),
    peakHeapMb: mb(peak.heap),
    peakRssMb: mb(peak.rss),
    created: report.created,
    existing: report.existing,
  };
  if (again) {
    const t1 = Date.now();
    const second = await importDataSet(app, data, { today });
    const ms2 = Date.now() - t1;
    result.again = { ms: ms2, rowsPerSecond: Math.round(rows / (ms2 / 1000)), created: second.created };
  }
  return result;
};

module.exports = { measureImport };
