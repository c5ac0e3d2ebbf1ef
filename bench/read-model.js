// `node bench/read-model.js [--db sqlite|postgres] [--scale 1]`: what the read model costs (issue 9).
// Builds the scale data set once per database and scale (SQLite: cached in .tmp/bench/read-model-<key>.db,
// reused by later runs; PostgreSQL: a scratch database, dropped after), boots the compiled app in-process,
// and measures: a full rebuild (time, SQL statements, peak heap, longest event-loop stall), a targeted
// rebuild after one offering price publish (time, statements, pages built and changed), and a draft save
// (changes logged, pages built). Prints one JSON line per database.
const fs = require('node:fs');
const path = require('node:path');
const { fork } = require('node:child_process');
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { createScratchDatabase, dropScratchDatabase } = require('../scripts/postgres');

const root = path.resolve(__dirname, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const factor = Number(arg('scale', 1));
const scale = { today: '2026-12-01', locations: 50 * factor, practitioners: 1000 * factor, licencesPerPractitioner: 2, services: 60, bundles: 40, seed: 1 };
const key = `${scale.locations}-${scale.practitioners}-${scale.services}-${scale.bundles}-${scale.seed}-${scale.today}`;
const pg = { host: process.env.PGHOST || '127.0.0.1', port: Number(process.env.PGPORT || 5432), user: process.env.PGUSER || 'postgres' };
const secrets = { ...require('../scripts/lib/secrets').generatedSecrets(), ALLOW_SQLITE_IN_PRODUCTION: 'true' };

const buildData = (dbEnv) =>
  new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'build-data.js'), [], {
      cwd: root,
      env: { ...process.env, ...dbEnv, ...secrets, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true', CLINIC_LICENCE_JOB_CRON: 'off', BENCH_SCALE: JSON.stringify(scale) },
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`building the data set failed (exit ${code})`))));
  });

const waitFor = async (probe, timeoutMs = 600_000) => {
  const started = Date.now();
  while (!(await probe())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

const measure = async (database) => {
  let dbEnv;
  let scratch = null;
  if (database === 'sqlite') {
    const file = path.join(root, '.tmp', 'bench', `read-model-${key}.db`);
    dbEnv = { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.relative(root, file) };
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      console.error(`building the data set into ${file} (once; later runs reuse it)`);
      await buildData(dbEnv);
    }
  } else {
    scratch = await createScratchDatabase(pg);
    dbEnv = { DATABASE_CLIENT: 'postgres', DATABASE_URL: `postgres://${pg.user}@${pg.host}:${pg.port}/${scratch}` };
    console.error(`building the data set into ${scratch}`);
    await buildData(dbEnv);
  }
  Object.assign(process.env, dbEnv, secrets, { NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true', CLINIC_LICENCE_JOB_CRON: 'off', REDIS_URL: '' });
  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({ appDir: root, distDir: path.join(root, 'dist') });
  app.log.level = 'error';
  try {
    await app.load();
    const pages = app.plugin('clinic').service('site-pages');
    await pages.whenIdle();
    const last = () => pages.rebuildReports().reports.at(-1);

    // Full rebuild, with the peak heap and the longest event-loop stall while it runs.
    const loop = monitorEventLoopDelay({ resolution: 10 });
    let peakHeap = 0;
    const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    loop.enable();
    await pages.rebuildNow();
    loop.disable();
    clearInterval(sampler);
    const full = last();

    // One offering price publish, as an editor makes it.
    const offerings = app.documents('plugin::clinic.offering');
    const [offering] = await offerings.findMany({ status: 'draft', populate: { priceOverrides: true, location: { fields: ['slug'] } }, filters: { priceOverrides: { minutes: { $gt: 0 } } }, limit: 1 });
    const bumped = offering.priceOverrides.map((o) => ({ minutes: o.minutes, price: Number(o.price) + 1 }));
    const counted = pages.rebuildReports().count;
    const logged = await app.db.connection('clinic_read_model_changes').count({ n: '*' }).first();
    await offerings.update({ documentId: offering.documentId, data: { priceOverrides: bumped } });
    const afterDraft = await app.db.connection('clinic_read_model_changes').count({ n: '*' }).first();
    await new Promise((r) => setTimeout(r, 500));
    const draftRebuilds = pages.rebuildReports().count - counted;
    const published = Date.now();
    await offerings.publish({ documentId: offering.documentId });
    await waitFor(async () => pages.rebuildReports().count > counted);
    const visibleMs = Date.now() - published;
    const targeted = last();

    const result = {
      database,
      scale: factor,
      sizes: { locations: scale.locations, practitioners: scale.practitioners },
      full: { pages: full.targets.length, written: full.written.length, ms: full.ms, statements: full.statements, peakHeapMb: Math.round(peakHeap / 1e6), heapBeforeMb: Math.round(heapBefore / 1e6), maxEventLoopStallMs: Math.round(loop.max / 1e6) },
      draftSave: { changesLogged: Number(afterDraft.n) - Number(logged.n), rebuilds: draftRebuilds },
      targeted: { mode: targeted.mode, built: targeted.targets, written: targeted.written, ms: targeted.ms, statements: targeted.statements, publishToAppliedMs: visibleMs },
    };
    console.log(JSON.stringify(result));
    return result;
  } finally {
    await app.destroy();
    if (scratch) await dropScratchDatabase(pg, scratch);
  }
};

const main = async () => {
  const results = [];
  for (const database of arg('db', 'sqlite').split(',')) results.push(await measure(database));
  fs.mkdirSync(path.join(root, '.tmp', 'bench'), { recursive: true });
  fs.writeFileSync(path.join(root, '.tmp', 'bench', `read-model-${factor}x.json`), JSON.stringify(results, null, 2));
  process.exit(0);
};
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
