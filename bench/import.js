// `npm run bench:import -- [--db sqlite|postgres] [--scale 1]`: import rows/s (issue 9, item 5). Per
// database: a fresh database (SQLite: a file under .tmp/bench, removed after; PostgreSQL: a scratch
// database, dropped after), the scale data set imported through the bulk import in a child process
// (bench/build-data.js, bench/lib/import.js), then imported again (must write nothing), then the
// read-model rebuild. Prints one JSON line per database. Not a timed test: the figures go in the README.
const fs = require('node:fs');
const path = require('node:path');
const { fork } = require('node:child_process');
const { createScratchDatabase, dropScratchDatabase } = require('../scripts/postgres');

const root = path.resolve(__dirname, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const factor = Number(arg('scale', 1));
const databases = arg('db', 'sqlite,postgres').split(',');
const scale = { today: new Date().toISOString().slice(0, 10), locations: 50 * factor, practitioners: 1000 * factor, licencesPerPractitioner: 2, services: 60, bundles: 40, seed: 1 };
const pg = { host: process.env.PGHOST || '127.0.0.1', port: Number(process.env.PGPORT || 5432), user: process.env.PGUSER || 'postgres' };
const secrets = { ...require('../scripts/lib/secrets').generatedSecrets(), ALLOW_SQLITE_IN_PRODUCTION: 'true' };

const build = (dbEnv) =>
  new Promise((resolve, reject) => {
    let message = null;
    const child = fork(path.join(__dirname, 'build-data.js'), [], {
      cwd: root,
      env: { ...process.env, ...dbEnv, ...secrets, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true', CLINIC_LICENCE_JOB_CRON: 'off', REDIS_URL: '', BENCH_SCALE: JSON.stringify(scale), BENCH_IMPORT_AGAIN: 'true' },
    });
    child.on('message', (m) => (message = m));
    child.on('exit', (code) => (code === 0 ? resolve(message) : reject(new Error(`the import failed (exit ${code})`))));
  });

const main = async () => {
  for (const database of databases) {
    let dbEnv;
    let cleanup;
    if (database === 'sqlite') {
      const file = path.join('.tmp', 'bench', `import-${process.pid}.db`);
      fs.mkdirSync(path.join(root, '.tmp', 'bench'), { recursive: true });
      dbEnv = { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file };
      cleanup = async () => { for (const s of ['', '-wal', '-shm']) fs.rmSync(path.join(root, file + s), { force: true }); };
    } else {
      const name = await createScratchDatabase(pg);
      dbEnv = { DATABASE_CLIENT: 'postgres', DATABASE_URL: `postgres://${pg.user}@${pg.host}:${pg.port}/${name}` };
      cleanup = () => dropScratchDatabase(pg, name);
    }
    try {
      const { timings } = await build(dbEnv);
      const i = timings.import;
      console.log(JSON.stringify({ database, scale: factor, rows: i.rows, importMs: i.ms, rowsPerSecond: i.rowsPerSecond, validateMs: i.validateMs, writeMs: i.writeMs, secondImportMs: i.again?.ms, secondImportWrote: i.again?.created, heapBeforeMb: i.heapBeforeMb, peakHeapMb: i.peakHeapMb, peakRssMb: i.peakRssMb, rebuildMs: timings.rebuildMs }));
    } finally {
      await cleanup();
    }
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
