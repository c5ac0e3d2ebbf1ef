// Builds the scale data set into the database named by the env (DATABASE_CLIENT, DATABASE_FILENAME or
// DATABASE_URL): boots the compiled app in-process, imports through the Document Service (so the
// document middlewares validate every row), rebuilds the site read model, destroys the app.
// Run by bench/run.js as a child process, so the harness itself never holds a Strapi instance.
const path = require('node:path');
const cliProgress = require('cli-progress');

const root = path.resolve(__dirname, '..');

const main = async () => {
  const options = JSON.parse(process.env.BENCH_SCALE || '{}');
  const { scaleDataSet } = require(path.join(root, 'dist/database/seed/scale'));
  const { importDataSet } = require(path.join(root, 'dist/database/seed/import-data-set'));
  const data = scaleDataSet(options);
  const total = Object.values(data).reduce((n, rows) => n + rows.length, 0) + data.practitioners.reduce((n, p) => n + p.licences.length, 0);

  const { createStrapi } = require('@strapi/strapi');
  const started = Date.now();
  const app = createStrapi({ appDir: root, distDir: path.join(root, 'dist') });
  app.log.level = 'error';
  await app.load();
  const booted = Date.now();

  const bar = new cliProgress.SingleBar(
    { format: '  importing |{bar}| {percentage}% {value}/{total} rows | {step}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 5000 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { step: '' });
  let done = 0;
  let last = { step: '', n: 0 };
  const report = await importDataSet(app, data, {
    today: options.today,
    // (step, done, total) from the Document Service importer; ({ phase, type, done, total }) from the bulk one.
    onProgress: (first, second) => {
      const step = typeof first === 'string' ? first : `${first.phase} ${first.type}`;
      const n = typeof first === 'string' ? second : first.done;
      done += step === last.step ? n - last.n : n;
      last = { step, n };
      bar.update(Math.min(done, total), { step });
    },
  });
  bar.update(total, { step: 'done' });
  bar.stop();
  const imported = Date.now();
  await app.plugin('clinic').service('site-pages').rebuildNow();
  const rebuilt = Date.now();
  await app.destroy();
  const timings = { bootMs: booted - started, importMs: imported - booted, rebuildMs: rebuilt - imported };
  const rowsPerSecond = Math.round((total / timings.importMs) * 1000);
  console.log(`  imported ${JSON.stringify(report.counts)}`);
  console.log(`  boot ${timings.bootMs} ms, import ${timings.importMs} ms (${total} rows, ${rowsPerSecond} rows/s), read-model rebuild ${timings.rebuildMs} ms`);
  if (process.send) process.send({ counts: report.counts, rows: total, rowsPerSecond, timings });
  process.exit(0);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
