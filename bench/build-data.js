// Builds the scale data set into the database named by the env (DATABASE_CLIENT, DATABASE_FILENAME or
// DATABASE_URL): boots the compiled app in-process, imports through the bulk import (every row
// validated with the document middlewares' rules, then written set-based), rebuilds the site read
// model, destroys the app. Run by bench/run.js and bench/read-model.js as a child process, so the
// harness itself never holds a Strapi instance. Sends { counts, rows, rowsPerSecond, timings }.
const path = require('node:path');
const { importProgress } = require('../scripts/lib/import-progress');
const { measureImport } = require('./lib/import');

const root = path.resolve(__dirname, '..');

const main = async () => {
  const options = JSON.parse(process.env.BENCH_SCALE || '{}');
  const { scaleDataSet } = require(path.join(root, 'dist/database/seed/scale'));
  const data = scaleDataSet(options);

  const { createStrapi } = require('@strapi/strapi');
  const started = Date.now();
  const app = createStrapi({ appDir: root, distDir: path.join(root, 'dist') });
  app.log.level = 'error';
  await app.load();
  const booted = Date.now();

  const progress = importProgress();
  const imported = await measureImport(app, data, { today: options.today, onProgress: progress.onProgress, again: process.env.BENCH_IMPORT_AGAIN === 'true' });
  progress.stop();
  const importedAt = Date.now();
  await app.plugin('clinic').service('site-pages').rebuildNow();
  const rebuilt = Date.now();
  await app.destroy();
  const counts = { ...imported.created, ...Object.fromEntries(Object.entries(imported.existing).map(([k, n]) => [k, n + (imported.created[k] ?? 0)])) };
  const timings = { bootMs: booted - started, importMs: importedAt - booted, rebuildMs: rebuilt - importedAt, import: imported };
  console.log(`  imported ${JSON.stringify(counts)}`);
  console.log(`  boot ${timings.bootMs} ms, import ${timings.importMs} ms (${imported.rows} rows, ${imported.rowsPerSecond} rows/s), read-model rebuild ${timings.rebuildMs} ms`);
  if (imported.again) console.log(`  second import of the same data: ${imported.again.ms} ms, written ${JSON.stringify(imported.again.created)}`);
  if (process.send) process.send({ counts, rows: imported.rows, rowsPerSecond: imported.rowsPerSecond, timings });
  process.exit(0);
};

main().catch((error) => {
  console.error(error && error.name === 'ImportRefusedError' ? error.message : error);
  process.exit(1);
});
