// The benchmark's data sets, imported once and reused: a 20× import costs minutes (16 min through
// the Document Service), a copy of the result seconds. The key is a hash of what decides the
// database's contents: the generator's options and its source (database/seed, the importer
// included), the plugin's content-type and component schemas,
// the read model's version and Strapi's version. A change to any of them makes a new key (and a new
// import); stale entries stay until deleted (`rm -r .tmp/bench-cache`, and the PostgreSQL databases
// named bench_cache_*).
//
// SQLite: .tmp/bench-cache/<key>.db, copied to the run's own file per run (runs publish prices).
// PostgreSQL: a database bench_cache_<key>, and per run `CREATE DATABASE … TEMPLATE bench_cache_<key>`.
// A build writes under a temporary name and renames on success, so a killed import never leaves a
// half-filled cache entry that a later run would trust.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');

const root = path.resolve(__dirname, '..', '..');
const cacheDir = path.join(root, '.tmp', 'bench-cache');

const filesUnder = (dir, name) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full, name);
    return name(e.name) ? [full] : [];
  });

const hashOf = (files) => {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) {
    hash.update(path.relative(root, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
};

/** A hash of every schema the import writes into: content types and components, plugin and app. */
const schemaHash = () =>
  hashOf(
    ['plugins/clinic/server/src/content-types', 'plugins/clinic/server/src/components', 'src/api', 'src/components']
      .map((d) => path.join(root, d))
      .filter((d) => fs.existsSync(d))
      .flatMap((d) => filesUnder(d, (n) => n.endsWith('.json'))),
  );

const readModelVersion = () => {
  const source = fs.readFileSync(path.join(root, 'plugins/clinic/server/src/repositories/site-pages.repository.ts'), 'utf8');
  const m = /export const READ_MODEL_VERSION = (\d+);/.exec(source);
  if (!m) throw new Error('READ_MODEL_VERSION not found in repositories/site-pages.repository.ts');
  return Number(m[1]);
};

/** What the key is made of (kept beside the entry, so `ls .tmp/bench-cache` says what each holds). */
const keyParts = (options) => ({
  options,
  generator: hashOf(filesUnder(path.join(root, 'database/seed'), (n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).filter((f) => !f.includes('__tests__'))),
  schema: schemaHash(),
  readModelVersion: readModelVersion(),
  strapi: require(path.join(root, 'node_modules/@strapi/strapi/package.json')).version,
});

const cacheKey = (options) =>
  createHash('sha256').update(JSON.stringify(keyParts(options))).digest('hex').slice(0, 12);

const pgConnect = async (pg, database = 'postgres') => {
  const client = new Client({ host: pg.host, port: pg.port, user: pg.user, database, connectionTimeoutMillis: 5000 });
  await client.connect();
  return client;
};
const pgUrl = (pg, database) => `postgres://${pg.user}@${pg.host}:${pg.port}/${database}`;
const pgExists = async (client, name) => (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount > 0;

const sidecar = (key) => path.join(cacheDir, `${key}.json`);
const readSidecar = (key, database) => {
  try {
    return JSON.parse(fs.readFileSync(sidecar(key), 'utf8'))[database] ?? null;
  } catch {
    return null;
  }
};
const writeSidecar = (key, database, entry) => {
  let all = {};
  try {
    all = JSON.parse(fs.readFileSync(sidecar(key), 'utf8'));
  } catch {
    /* first entry */
  }
  all.key = keyParts(entry.options);
  all[database] = entry;
  fs.writeFileSync(sidecar(key), JSON.stringify(all, null, 2) + '\n');
};

const SQLITE_FILES = ['', '-wal', '-shm'];
const copySqlite = (from, to) => {
  for (const s of SQLITE_FILES) fs.rmSync(to + s, { force: true });
  for (const s of SQLITE_FILES) if (fs.existsSync(from + s)) fs.copyFileSync(from + s, to + s);
};

/**
 * A fresh database holding the data set of `options`, for one run: from the cache when the key is
 * there, else built once with `build(dbEnv)` (which imports and returns its figures) and cached.
 * Returns { dbEnv, floorDb, drop(), cached, built } where built holds the import's figures (rows,
 * ms, rows/s) from whichever run paid for the import.
 */
const freshDatabase = async ({ database, options, build, pg, runName, log = console.log }) => {
  fs.mkdirSync(cacheDir, { recursive: true });
  const key = cacheKey(options);
  if (database === 'sqlite') {
    const entry = path.join(cacheDir, `${key}.db`);
    let cached = fs.existsSync(entry) && readSidecar(key, 'sqlite') !== null;
    if (!cached) {
      const building = path.join(cacheDir, `${key}.building-${process.pid}.db`);
      for (const s of SQLITE_FILES) fs.rmSync(building + s, { force: true });
      log(`  no cached data set ${key} for SQLite: importing it once into ${path.relative(root, entry)}`);
      const figures = await build({ DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.relative(root, building) });
      for (const s of SQLITE_FILES) if (fs.existsSync(building + s)) fs.renameSync(building + s, entry + s);
      writeSidecar(key, 'sqlite', { options, builtAt: new Date().toISOString(), ...figures });
    } else {
      log(`  cached data set ${key} for SQLite (${path.relative(root, entry)}): copying it`);
    }
    const file = path.join(root, '.tmp', 'bench', `${runName}.db`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    copySqlite(entry, file);
    return {
      key,
      cached,
      built: readSidecar(key, 'sqlite'),
      dbEnv: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.relative(root, file) },
      floorDb: `sqlite:${file}`,
      drop: async () => {
        for (const s of SQLITE_FILES) fs.rmSync(file + s, { force: true });
      },
    };
  }

  const template = `bench_cache_${key}`;
  const runDb = `bench_run_${runName.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${process.pid}`;
  const admin = await pgConnect(pg);
  try {
    const cached = (await pgExists(admin, template)) && readSidecar(key, 'postgres') !== null;
    if (!cached) {
      const building = `bench_building_${key}_${process.pid}`;
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.query(`create database ${building}`);
      log(`  no cached data set ${key} for PostgreSQL: importing it once into database ${template}`);
      let figures;
      try {
        figures = await build({ DATABASE_CLIENT: 'postgres', DATABASE_URL: pgUrl(pg, building) });
      } catch (error) {
        await admin.query(`drop database if exists ${building} with (force)`);
        throw error;
      }
      await admin.query(`alter database ${building} rename to ${template}`);
      writeSidecar(key, 'postgres', { options, builtAt: new Date().toISOString(), ...figures });
    } else {
      log(`  cached data set ${key} for PostgreSQL (database ${template}): copying it as a template`);
    }
    await admin.query(`drop database if exists ${runDb} with (force)`);
    await admin.query(`create database ${runDb} template ${template}`);
    return {
      key,
      cached,
      built: readSidecar(key, 'postgres'),
      dbEnv: { DATABASE_CLIENT: 'postgres', DATABASE_URL: pgUrl(pg, runDb) },
      floorDb: pgUrl(pg, runDb),
      drop: async () => {
        const c = await pgConnect(pg);
        try {
          await c.query(`drop database if exists ${runDb} with (force)`);
        } finally {
          await c.end();
        }
      },
    };
  } finally {
    await admin.end();
  }
};

module.exports = { freshDatabase, cacheKey, keyParts, cacheDir };
