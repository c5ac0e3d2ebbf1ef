// `npm run import -- --demo | --scale <n> | --file <data-set.json>`: imports a seed data set
// (database/seed/seed-types.ts) into the configured database (DATABASE_CLIENT, DATABASE_FILENAME or
// DATABASE_URL, as `npm start`) through the bulk import: every row validated first, then written in
// one transaction; rows whose document exists (same slug, or same service and location …) are left
// as they are, so running it twice adds nothing. Shows a progress bar (plain lines when not a
// terminal), prints what it wrote, the rows/s, or the report of every refused row and field and
// exits 1 (nothing written).
const fs = require('node:fs');
const path = require('node:path');
const { importProgress } = require('./lib/import-progress');

const root = path.resolve(__dirname, '..');
const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] ?? '' : null;
};

const dataSet = (today) => {
  if (process.argv.includes('--demo')) return require(path.join(root, 'dist/database/seed/demo')).demoDataSet(today);
  const scale = arg('scale');
  if (scale !== null) {
    const n = Number(scale);
    if (!(n > 0)) throw new Error('--scale takes a factor, e.g. --scale 1 (50 locations, 1,000 practitioners)');
    return require(path.join(root, 'dist/database/seed/scale')).scaleDataSet({ today, locations: 50 * n, practitioners: 1000 * n, licencesPerPractitioner: 2, services: 60, bundles: 40, seed: 1 });
  }
  const file = arg('file');
  if (file) return JSON.parse(fs.readFileSync(path.resolve(file), 'utf8'));
  throw new Error('say what to import: --demo, --scale <n> or --file <data-set.json>');
};

const main = async () => {
  process.env.CLINIC_LICENCE_JOB_CRON = process.env.CLINIC_LICENCE_JOB_CRON || 'off';
  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({ appDir: root, distDir: path.join(root, 'dist') });
  app.log.level = 'warn';
  await app.load();
  const { importDataSet, isImportRefused, rowCount } = require(path.join(root, 'dist/database/seed/import-data-set'));
  const today = app.plugin('clinic').service('clock').today();
  const data = dataSet(today);
  const progress = importProgress();
  const started = Date.now();
  let code = 0;
  try {
    const report = await importDataSet(app, data, { today, onProgress: progress.onProgress });
    progress.stop();
    const seconds = (Date.now() - started) / 1000;
    const created = Object.values(report.created).reduce((n, x) => n + x, 0);
    const existing = Object.values(report.existing).reduce((n, x) => n + x, 0);
    console.log(`✔ ${rowCount(data)} rows in ${seconds.toFixed(1)} s (${Math.round(rowCount(data) / seconds)} rows/s): ${created} written, ${existing} already there`);
    for (const [type, n] of Object.entries(report.created)) console.log(`    ${type}: ${n}`);
    // The import logged one change; apply it here so the site API shows the import at once.
    await app.plugin('clinic').service('site-pages').whenIdle();
  } catch (error) {
    progress.stop();
    if (!isImportRefused(error)) throw error;
    console.error(error.message);
    code = 1;
  }
  await app.destroy();
  process.exit(code);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
