// The app as `npm start` runs it, on a PostgreSQL cluster and a Redis of the script's own,
// with the demo chain; and the example operations of the typed client to send it.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { freePort } = require('../../scripts/lib/own-services');
const { generatedSecrets } = require('../../scripts/lib/secrets');
const { heapMb } = require('../../scripts/start');

const root = path.resolve(__dirname, '..', '..');

const METRICS_TOKEN = 'load-run-metrics-token';

const startApp = async ({ databaseUrl, redisUrl, responseCache = true, logFile, heap = heapMb, extra = {} }) => {
  const port = await freePort();
  const log = fs.openSync(logFile, 'a');
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    ...generatedSecrets(),
    DATABASE_CLIENT: 'postgres',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl ?? '',
    SITE_API_RESPONSE_CACHE: String(responseCache),
    CLINIC_DEMO: 'true',
    ALLOW_DEMO_IN_PRODUCTION: 'true',
    CLINIC_LICENCE_JOB_CRON: 'off',
    STRAPI_TELEMETRY_DISABLED: 'true',
    METRICS_TOKEN,
    ...extra,
  };
  const child = spawn(process.execPath, [`--max-old-space-size=${heap}`, path.join(root, 'scripts/start.js')], { cwd: root, env, stdio: ['ignore', log, log] });
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = Date.now();
  while (Date.now() - started < 180_000) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode} (log: ${logFile})`);
    try {
      if ((await fetch(`${baseUrl}/_ready`)).status === 200) return { child, baseUrl, bootMs: Date.now() - started };
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the app did not become ready (log: ${logFile})`);
};

const stopApp = async (app) => {
  if (!app || app.child.exitCode !== null) return null;
  const exited = new Promise((r) => app.child.once('exit', r));
  app.child.kill('SIGTERM');
  return exited;
};

const operation = (name) => fs.readFileSync(path.join(root, 'examples/site/src/operations', `${name}.graphql`), 'utf8');

/** The five example operations with variables taken from what the demo chain publishes. */
const exampleRequests = async (baseUrl) => {
  const ask = async (query, variables = {}) => {
    const res = await fetch(`${baseUrl}/site/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const { locations, conditions } = await ask(`{ locations(page: { limit: 3 }) { items { slug geo { latitude longitude } } } conditions(page: { limit: 3 }) { items { slug } } }`);
  const location = locations.items[0];
  const page = await ask(`query ($slug: String!) { location(slug: $slug) { practitioners(page: { limit: 1 }) { items { practitioner { slug } } } } }`, { slug: location.slug });
  const practitioner = page.location.practitioners.items[0].practitioner.slug;
  const request = (name, variables) => ({ method: 'POST', path: '/site/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: operation(name), variables }), name });
  return [
    request('location-page', { slug: location.slug }),
    request('condition-page', { slug: conditions.items[0].slug }),
    request('practitioner-page', { slug: practitioner }),
    request('locations-near', { latitude: location.geo.latitude, longitude: location.geo.longitude, radiusKm: 100 }),
    request('care-plan', { condition: conditions.items[0].slug, location: location.slug }),
  ];
};

/** Resident set size of a pid in MB (VmRSS), sampled by the caller. */
/** CPU time (user + system) the process has used, in ms, from /proc (clock ticks of 10 ms). */
const cpuMs = (pid) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

const rssMb = (pid) => {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
};

/**
 * The runtime's own figures from /metrics (prom-client's default metrics): time spent in
 * garbage collection by kind, the longest event-loop delay, and the V8 heap against its bound.
 */
const runtimeFigures = async (baseUrl) => {
  const text = await (await fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const values = (series) =>
    text
      .split('\n')
      .filter((line) => line.startsWith(series))
      .map((line) => ({ labels: line.slice(series.length, line.lastIndexOf(' ')), value: Number(line.slice(line.lastIndexOf(' ') + 1)) }));
  const gc = (kind, what) => values(`clinic_node_nodejs_gc_duration_seconds_${what}{kind="${kind}"}`)[0]?.value ?? 0;
  const heapSpace = (stat) => values(`clinic_node_nodejs_heap_space_${stat}_bytes`).reduce((sum, v) => sum + v.value, 0);
  const mb = (bytes) => Math.round(bytes / 1024 / 1024);
  return {
    gcMajorSeconds: Number(gc('major', 'sum').toFixed(2)),
    gcMajorCount: gc('major', 'count'),
    gcMinorSeconds: Number(gc('minor', 'sum').toFixed(2)),
    gcIncrementalSeconds: Number(gc('incremental', 'sum').toFixed(2)),
    eventLoopLagMaxMs: Math.round((values('clinic_node_nodejs_eventloop_lag_max_seconds')[0]?.value ?? 0) * 1000),
    heapUsedMb: mb(values('clinic_node_nodejs_heap_size_used_bytes')[0]?.value ?? heapSpace('used_size')),
    heapTotalMb: mb(values('clinic_node_nodejs_heap_size_total_bytes')[0]?.value ?? heapSpace('size')),
  };
};

module.exports = { startApp, stopApp, exampleRequests, rssMb, cpuMs, runtimeFigures, root };
