// `npm run bench [-- --scale 1|20|1,20] [-- --db sqlite|postgres|sqlite,postgres]`: what a publish,
// a rebuild and a page cost as the catalogue grows (issue 9). Default: 1× on both databases.
//
// Per scale and database: a fresh copy of the cached data set (bench/lib/data-set-cache.js: imported
// once per key, then copied), with its read model marked out of date so the app's boot builds it in
// full, as on a new read-model version. Then, each app as `npm start` runs it (its heap bound):
//   1. app P (response cache off, SQL statements counted): the boot's full rebuild (time, statements,
//      peak heap, peak RSS), then the location page under autocannon (p50, statements, CPU-ms).
//   2. apps A and B on one Redis of the bench's own (never the machine's), response cache on: an
//      editor's draft save and publish through A's admin API, polled on A's and on B's site API.
// Writes bench/results.json, bench/results.md and bench/results.svg (cost against size).
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const knexFactory = require('knex');
const { startApp, stop, peakRssMb, root } = require('./lib/processes');
const { measure } = require('./lib/measure');
const queries = require('./lib/queries');
const { freshDatabase } = require('./lib/data-set-cache');
const { buildDataSet } = require('./lib/build');
const { benchOptions, pickLocation } = require('./lib/scale');
const { adminToken, adminApi } = require('./lib/admin-api');
const { measurePublishes } = require('./lib/publish-latency');
const { measureSearch } = require('./lib/search-latency');
const { startOwnRedis } = require('../scripts/lib/own-services');
const { postgresAnswers } = require('../scripts/postgres');
const { heapMb } = require('../scripts/start');
const report = require('./lib/scale-report');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const scales = arg('scale', '1').split(',').map(Number);
const databases = arg('db', 'sqlite,postgres').split(',');
const settings = {
  seconds: Number(arg('seconds', 10)),
  warmupSeconds: Number(arg('warmup', 3)),
  connections: Number(arg('connections', 10)),
  publishes: Number(arg('publishes', 20)),
};
const workDir = path.join(root, '.tmp', 'bench');
const pg = { host: process.env.PGHOST || '127.0.0.1', port: Number(process.env.PGPORT || 5432), user: process.env.PGUSER || 'postgres' };
const BOOT_TIMEOUT_MS = 20 * 60_000; // the 20× boot builds every page

for (const s of scales) if (!Number.isInteger(s) || s < 1) throw new Error(`--scale takes whole factors >= 1 (1, 20 or 1,20), got ${arg('scale')}`);
for (const d of databases) if (!['sqlite', 'postgres'].includes(d)) throw new Error(`--db takes sqlite, postgres or both, got ${d}`);

const phase = async (label, fn) => {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const value = await fn();
  console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return value;
};
const run = (cmd, args) => execSync([cmd, ...args].join(' '), { cwd: root, stdio: 'inherit' });
const sorted = (xs) => [...xs].sort((a, b) => a - b);
/** Nearest rank: with 20 samples p95 is the 19th, p50 the 10th. */
const percentile = (xs, p) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
const median = (xs) => percentile(xs, 50);

/** Marks the stored read model as another version, so the next boot builds every page (as after an upgrade). */
const outdateReadModel = async (dbEnv) => {
  const db =
    dbEnv.DATABASE_CLIENT === 'sqlite'
      ? knexFactory({ client: 'better-sqlite3', connection: { filename: path.resolve(root, dbEnv.DATABASE_FILENAME) }, useNullAsDefault: true })
      : knexFactory({ client: 'pg', connection: dbEnv.DATABASE_URL });
  try {
    const n = await db('clinic_site_pages').where({ kind: 'meta', key: 'build' }).update({ body: JSON.stringify({ version: 0, buildId: 'bench-outdated' }) });
    if (n !== 1) throw new Error(`expected the read model's meta row in the cached data set, updated ${n}`);
  } finally {
    await db.destroy();
  }
};

const readHeapPeak = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')).peakHeapMb;
  } catch {
    return null;
  }
};

const benchOne = async (factor, database, slug, options) => {
  const label = `${factor}× ${database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`;
  const log = (name) => path.join(workDir, `${factor}x-${database}-${name}.log`);
  const fresh = await phase(`${label}: a fresh copy of the data set`, () =>
    freshDatabase({ database, options, build: buildDataSet(options), pg, runName: `${factor}x-${database}` }),
  );
  const servers = [];
  let redis = null;
  try {
    await outdateReadModel(fresh.dbEnv);

    // 1. The full rebuild at boot, in the bounded heap, and the location page.
    const heapFile = path.join(workDir, `${factor}x-${database}-heap.json`);
    fs.rmSync(heapFile, { force: true });
    const p = await phase(`${label}: booting app P (builds every page: full rebuild)`, async () => {
      const server = await startApp('page', fresh.dbEnv, { SITE_API_RESPONSE_CACHE: 'false', BENCH_HEAP_FILE: heapFile }, log('app-page'), {
        nodeArgs: ['--require', path.join(__dirname, 'lib/heap-peak.js')],
        timeoutMs: BOOT_TIMEOUT_MS,
      });
      servers.push(server);
      return server;
    });
    await new Promise((r) => setTimeout(r, 1100)); // the sampler's next write
    const rssAfterBootMb = Math.round(peakRssMb(p.child.pid));
    const heapAfterBootMb = readHeapPeak(heapFile);
    const tokenP = await adminToken(p.baseUrl);
    const fullReport = (await adminApi(p.baseUrl, tokenP).rebuilds()).reports.find((r) => r.mode === 'full');
    if (!fullReport) throw new Error(`${label}: app P reports no full rebuild`);
    const full = { ms: fullReport.ms, statements: fullReport.statements, pages: fullReport.targets.length, bootMs: p.bootMs, peakHeapMb: heapAfterBootMb, peakRssMb: rssAfterBootMb };
    console.log(`  full rebuild: ${full.pages} pages in ${full.ms} ms, ${full.statements} statements; peak heap ${full.peakHeapMb} MB, peak RSS ${full.peakRssMb} MB (heap bound ${heapMb} MB)`);
    const page = await phase(`${label}: the location page ${slug}, response cache off (${settings.seconds} s)`, () => measure(p, queries.curated(slug), settings));
    const searched = await phase(`${label}: site search, ${'the relevance table'}'s queries one at a time`, () => measureSearch(p.baseUrl));
    console.log(`  search: p50 ${searched.p50Ms} ms, p95 ${searched.p95Ms} ms over ${searched.requests} requests (${searched.queries} queries)`);
    const pageShape = await (async () => {
      const res = await fetch(`${p.baseUrl}/site/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: queries.curated(slug).body });
      const answer = await res.json();
      const l = answer.data?.location;
      if (!l) throw new Error(`${label}: the location page ${slug} gave no data.location: ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`);
      // The curated operation (examples/site/src/operations/location-page.graphql) lists practitioners through the cursor connection.
      return { services: l.services.length, bundles: l.bundles.length, practitionersListed: l.practitionerConnection.totalCount };
    })();
    console.log(`  ${page.requestsPerSecond} req/s, p50 ${page.latencyP50Ms} ms, ${page.sqlStatements} statements, ${page.cpuMsPerRequest} CPU ms/req, ${page.responseBytes} bytes, peak RSS ${page.peakRssMb} MB`);
    const peakHeapMb = readHeapPeak(heapFile);
    await stop(p);

    // 2. Publish to visible, on the instance written to and on a second one through Redis.
    redis = await startOwnRedis();
    const shared = { SITE_API_RESPONSE_CACHE: 'true', REDIS_URL: redis.url };
    const [a, b] = await phase(`${label}: booting apps A and B (one Redis, response cache on)`, async () => {
      const one = await startApp('A', fresh.dbEnv, shared, log('app-a'), { timeoutMs: BOOT_TIMEOUT_MS });
      servers.push(one);
      const two = await startApp('B', fresh.dbEnv, shared, log('app-b'), { timeoutMs: BOOT_TIMEOUT_MS });
      servers.push(two);
      return [one, two];
    });
    const apiA = adminApi(a.baseUrl, await adminToken(a.baseUrl));
    const apiB = adminApi(b.baseUrl, await adminToken(b.baseUrl));
    const published = await phase(`${label}: ${settings.publishes} draft saves and publishes through A`, () =>
      measurePublishes({ a, b, apiA, apiB, slug, samples: settings.publishes }),
    );
    const s = published.samples;
    const result = {
      scale: factor,
      database: database === 'sqlite' ? 'SQLite' : 'PostgreSQL',
      slug,
      pageShape,
      dataSet: { key: fresh.key, reusedFromCache: fresh.cached },
      import: fresh.built && { rows: fresh.built.rows, ms: fresh.built.timings.importMs, rowsPerSecond: fresh.built.rowsPerSecond, builtAt: fresh.built.builtAt, builtWith: fresh.built.builtWith ?? null },
      full: { ...full, peakHeapMbWithPageLoad: peakHeapMb },
      search: searched,
      page: { p50Ms: page.latencyP50Ms, p99Ms: page.latencyP99Ms, requestsPerSecond: page.requestsPerSecond, statements: page.sqlStatements, cpuMsPerRequest: page.cpuMsPerRequest, bytes: page.responseBytes, peakRssMb: page.peakRssMb },
      publish: {
        service: published.service,
        minutes: published.minutes,
        samples: s.length,
        visibleOnA: { p50Ms: median(s.map((x) => x.visibleOnAMs)), p95Ms: percentile(s.map((x) => x.visibleOnAMs), 95), maxMs: Math.max(...s.map((x) => x.visibleOnAMs)) },
        visibleOnB: { p50Ms: median(s.map((x) => x.visibleOnBMs)), p95Ms: percentile(s.map((x) => x.visibleOnBMs), 95), maxMs: Math.max(...s.map((x) => x.visibleOnBMs)) },
        publishRequestP50Ms: median(s.map((x) => x.publishMs)),
      },
      draftSave: {
        p50Ms: median(s.map((x) => x.draft.ms)),
        changesLogged: s.reduce((n, x) => n + x.draft.changesLogged, 0),
        rebuilds: s.reduce((n, x) => n + x.draft.rebuilds, 0),
        publicPriceUnchanged: s.every((x) => x.draft.stillOldPrice),
      },
      targeted: {
        p50Ms: median(s.map((x) => x.rebuild.ms)),
        p95Ms: percentile(s.map((x) => x.rebuild.ms), 95),
        statementsP50: median(s.map((x) => x.rebuild.statements)),
        pagesBuilt: median(s.map((x) => x.rebuild.pagesBuilt)),
        pages: s[0].rebuild.built,
      },
      peakRssMb: { a: Math.round(peakRssMb(a.child.pid)), b: Math.round(peakRssMb(b.child.pid)) },
      samples: s,
    };
    return result;
  } finally {
    for (const server of servers) await stop(server);
    if (redis) await redis.stop();
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
  const dataSets = {};
  const runs = [];
  for (const factor of scales) {
    const options = benchOptions(factor);
    const { slug, counts } = pickLocation(options);
    dataSets[factor] = { options, counts, slug };
    console.log(`\n${factor}× data set: ${JSON.stringify(counts)}; measured page: location "${slug}"`);
    for (const database of databases) {
      if (database === 'postgres' && !(await postgresAnswers(pg))) {
        console.log(`\n! PostgreSQL does not answer on ${pg.host}:${pg.port}: skipped`);
        continue;
      }
      runs.push(await benchOne(factor, database, slug, options));
    }
  }
  const git = (cmd) => {
    try {
      return execSync(`git ${cmd}`, { cwd: root, encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  };
  // Runs of other scales or databases from an earlier invocation stay (each says when it was measured).
  const date = new Date().toISOString();
  for (const r of runs) Object.assign(r, { measuredAt: date, commit: git('rev-parse --short HEAD') });
  let kept = [];
  try {
    const earlier = JSON.parse(fs.readFileSync(path.join(__dirname, 'results.json'), 'utf8'));
    kept = (earlier.runs ?? []).filter((o) => o.scale && o.measuredAt && !runs.some((r) => r.scale === o.scale && r.database === o.database));
    for (const o of kept) dataSets[o.scale] ??= earlier.dataSets?.[o.scale];
  } catch {
    /* no earlier results of this shape */
  }
  const results = {
    date,
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    git: { commit: git('rev-parse --short HEAD'), dirty: git('status --porcelain') !== '' },
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg().map((l) => Number(l.toFixed(1))) },
    heapBoundMb: heapMb,
    settings,
    dataSets,
    runs: [...kept, ...runs].sort((x, y) => x.scale - y.scale || x.database.localeCompare(y.database)),
    totalSeconds: Math.round((Date.now() - started) / 1000),
  };
  results.checks = report.checks(results);
  fs.writeFileSync(path.join(__dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  fs.writeFileSync(path.join(__dirname, 'results.md'), report.markdown(results));
  fs.writeFileSync(path.join(__dirname, 'results.svg'), report.svg(results) + '\n');
  console.log(`\n${report.markdown(results)}`);
  console.log(`✔ Wrote bench/results.json, bench/results.md, bench/results.svg in ${results.totalSeconds} s`);
};

/** `--report`: writes results.md and results.svg again from results.json (after a change to the report). */
const rewriteReport = () => {
  const results = JSON.parse(fs.readFileSync(path.join(__dirname, 'results.json'), 'utf8'));
  results.checks = report.checks(results);
  fs.writeFileSync(path.join(__dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  fs.writeFileSync(path.join(__dirname, 'results.md'), report.markdown(results));
  fs.writeFileSync(path.join(__dirname, 'results.svg'), report.svg(results) + '\n');
  console.log('✔ Wrote bench/results.md and bench/results.svg from bench/results.json');
};

(process.argv.includes('--report') ? Promise.resolve().then(rewriteReport) : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
