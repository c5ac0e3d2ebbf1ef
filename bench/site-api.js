// `npm run bench:site-api [-- --db sqlite|postgres] [-- --seconds 10]`: the site API benchmark of issue 3
// (the curated page against stock shadow CRUD and a raw-SQL floor, at 1×; `npm run bench` is issue 9's
// two-scale benchmark). Per database: a fresh copy of the cached 1× data set (bench/lib/data-set-cache.js;
// imported once), start the app in production mode
// (one child per target, so each peak RSS is its own), check the floor answers the curated JSON,
// measure with autocannon, then write bench/site-api-results.json, .md and .svg.
const assert = require('node:assert');
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startApp, startFloor, stop, root } = require('./lib/processes');
const { measure, post } = require('./lib/measure');
const queries = require('./lib/queries');
const report = require('./lib/report');
const { postgresAnswers } = require('../scripts/postgres');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const databases = arg('db', 'sqlite,postgres').split(',');
const settings = { seconds: Number(arg('seconds', 10)), warmupSeconds: Number(arg('warmup', 3)), connections: Number(arg('connections', 10)) };
const { freshDatabase } = require('./lib/data-set-cache');
const { buildDataSet } = require('./lib/build');
const { benchOptions, pickLocation: pickScaleLocation } = require('./lib/scale');
let scale; // after tsc: the generator's 1× options
const workDir = path.join(root, '.tmp', 'bench');
const pg = { host: process.env.PGHOST || '127.0.0.1', port: Number(process.env.PGPORT || 5432), user: process.env.PGUSER || 'postgres' };

const phase = async (label, fn) => {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const value = await fn();
  console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return value;
};
const run = (cmd, args) => execSync([cmd, ...args].join(' '), { cwd: root, stdio: 'inherit' });

/** The floor must answer the curated response's `data`, deep-equal, or the comparison means nothing. */
const checkFloor = async (curatedServer, floorServer, slug) => {
  const curated = JSON.parse((await post(curatedServer.baseUrl, queries.curated(slug))).text);
  const floor = JSON.parse((await post(floorServer.baseUrl, queries.floor(slug))).text);
  if (curated.errors) throw new Error(`curated answered errors: ${JSON.stringify(curated.errors)}`);
  try {
    assert.deepStrictEqual(floor.data, curated.data);
  } catch (error) {
    fs.writeFileSync(path.join(workDir, 'curated.json'), JSON.stringify(curated, null, 2));
    fs.writeFileSync(path.join(workDir, 'floor.json'), JSON.stringify(floor, null, 2));
    console.error(error.message.slice(0, 4000));
    throw new Error(`✖ the floor's JSON differs from the curated response (both written to ${workDir})`, { cause: error });
  }
  const l = curated.data.location;
  return `${l.services.length} services, ${l.bundles.length} bundles, ${l.practitioners.pageInfo.total} practitioners shown`;
};

const benchDatabase = async (database, slug) => {
  const started = Date.now();
  const timings = {};
  const fresh = await freshDatabase({ database, options: scale, build: buildDataSet(scale), pg, runName: `site-api-${database}` });
  const { dbEnv, floorDb } = fresh;
  const label = database === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  const servers = [];
  const start = async (fn) => {
    const server = await fn();
    servers.push(server);
    return server;
  };
  const log = (name) => path.join(workDir, `${database}-${name}.log`);
  try {
    timings.import = fresh.built;

    const targets = {};
    const measureOn = async (key, server, request) => {
      targets[key] = await phase(`${label}: measuring ${key} (${settings.seconds} s)`, () => measure(server, request, settings));
      const m = targets[key];
      console.log(`  ${m.requestsPerSecond} req/s, p50 ${m.latencyP50Ms} ms, p99 ${m.latencyP99Ms} ms, ${m.sqlStatements} statements, ${m.responseBytes} bytes, ${m.cpuMsPerRequest} CPU ms/req, peak RSS ${m.peakRssMb} MB`);
      await stop(server);
    };

    const floor = await start(() => startFloor(floorDb, log('floor')));
    const curated = await phase(`${label}: starting the app in production mode (response cache off)`, () =>
      start(() => startApp('curated', dbEnv, { SITE_API_RESPONSE_CACHE: 'false' }, log('app-curated'))),
    );
    const pageShape = await phase(`${label}: checking the floor's JSON equals the curated response`, () => checkFloor(curated, floor, slug));
    console.log(`  equal: ${pageShape}`);
    await measureOn('curated', curated, queries.curated(slug));
    await measureOn('floor', floor, queries.floor(slug));
    const cached = await start(() => startApp('cached', dbEnv, { SITE_API_RESPONSE_CACHE: 'true' }, log('app-cached')));
    await measureOn('cached', cached, queries.curated(slug));
    const shadow = await start(() => startApp('shadow', dbEnv, { SITE_API_RESPONSE_CACHE: 'false' }, log('app-shadow')));
    await measureOn('shadow', shadow, queries.shadow(slug));

    timings.totalMs = Date.now() - started;
    const result = { database: label, slug, pageShape, settings, targets, timings };
    result.checks = report.ratios(targets);
    return result;
  } finally {
    for (const server of servers) await stop(server);
    await fresh.drop();
  }
};

const main = async () => {
  const started = Date.now();
  fs.mkdirSync(workDir, { recursive: true });
  await phase('Compiling the clinic plugin and the app (tsc)', () => {
    run(path.join(root, 'node_modules/.bin/tsc'), ['-p', 'plugins/clinic']);
    run(path.join(root, 'node_modules/.bin/tsc'), ['-p', '.']);
  });
  if (!fs.existsSync(path.join(root, 'dist/build'))) {
    await phase('Building the admin panel once (strapi build; production start serves it)', () => run(path.join(root, 'node_modules/.bin/strapi'), ['build']));
  }
  scale = benchOptions(1);
  const { slug, counts } = pickScaleLocation(scale);
  console.log(`\nScale data set: ${JSON.stringify(counts)}; measured page: location "${slug}"`);

  const runs = [];
  for (const database of databases) {
    if (database === 'postgres' && !(await postgresAnswers(pg))) {
      console.log(`\n! PostgreSQL does not answer on ${pg.host}:${pg.port}: skipped`);
      continue;
    }
    runs.push(await benchDatabase(database, slug));
  }

  const git = (cmd) => {
    try {
      return execSync(`git ${cmd}`, { cwd: root, encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  };
  const results = {
    date: new Date().toISOString(),
    git: { commit: git('rev-parse --short HEAD'), dirty: git('status --porcelain') !== '' },
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
    dataSet: { options: scale, counts },
    runs,
    totalSeconds: Math.round((Date.now() - started) / 1000),
  };
  fs.writeFileSync(path.join(__dirname, 'site-api-results.json'), JSON.stringify(results, null, 2) + '\n');
  fs.writeFileSync(path.join(__dirname, 'site-api-results.md'), report.markdown(results));
  fs.writeFileSync(path.join(__dirname, 'site-api-results.svg'), report.svg(results) + '\n');
  console.log(`\n${report.markdown(results)}`);
  console.log(`✔ Wrote bench/site-api-results.json, .md, .svg in ${results.totalSeconds} s`);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
