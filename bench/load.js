// `npm run load [-- --seconds 60 --connections 50]`: the site API under load on a PostgreSQL
// cluster and a Redis of its own (never the machine's), cache off and on, over the example
// operations. Reports req/s, p50/p99/max, errors and RSS over time into bench/load-results.*.
const autocannon = require('autocannon');
const fs = require('node:fs');
const path = require('node:path');
const { startOwnPostgres, startOwnRedis } = require('../scripts/lib/own-services');
const { startApp, stopApp, exampleRequests, rssMb, cpuMs, runtimeFigures, root } = require('./lib/app-under-load');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg('seconds', 60);
const connections = arg('connections', 50);
// The V8 heap bound of the app (default: what `npm start` uses, CLINIC_MAX_HEAP_MB or 320).
const heap = arg('heap-mb', require('../scripts/start').heapMb);
const workDir = path.join(root, '.tmp', 'load');

const cannon = (baseUrl, requests) =>
  new Promise((resolve, reject) => {
    const instance = autocannon({ url: baseUrl, requests, duration: seconds, connections, timeout: 30 }, (error, result) => (error ? reject(error) : resolve(result)));
    autocannon.track(instance, { renderProgressBar: process.stdout.isTTY, renderResultsTable: false, renderLatencyTable: false });
  });

const runOne = async (label, pg, redis, responseCache) => {
  console.log(`\n▶ ${label}: starting the app (demo chain on its own PostgreSQL${redis ? ' and Redis' : ''})`);
  const app = await startApp({ databaseUrl: pg.url, redisUrl: redis?.url, responseCache, heap, logFile: path.join(workDir, `${label}.log`) });
  console.log(`  ready in ${(app.bootMs / 1000).toFixed(1)} s; heap bound ${heap} MB; ${connections} connections for ${seconds} s`);
  const idle = await runtimeFigures(app.baseUrl);
  const cpuBefore = cpuMs(app.child.pid);
  const requests = await exampleRequests(app.baseUrl);
  const loadBefore = require('node:os').loadavg()[0];
  const rss = [];
  const sampler = setInterval(() => rss.push(rssMb(app.child.pid)), 1000);
  const result = await cannon(app.baseUrl, requests);
  clearInterval(sampler);
  const cpuUsed = cpuMs(app.child.pid) - cpuBefore;
  // The machine's 1-minute load average around the run: on a shared machine the figures depend on it.
  const machineLoad = [loadBefore, require('node:os').loadavg()[0]].map((l) => Number(l.toFixed(1)));
  const after = await runtimeFigures(app.baseUrl);
  await stopApp(app);
  const row = {
    label,
    requestsPerSecond: Math.round(result.requests.average),
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    rssMb: { min: Math.min(...rss), max: Math.max(...rss), last: rss[rss.length - 1], samples: rss },
    cpuMsPerRequest: Number((cpuUsed / Math.max(1, result.requests.total)).toFixed(2)),
    idle,
    // During the run: garbage collection time and counts (after minus idle), the longest event-loop delay.
    gc: {
      majorSeconds: Number((after.gcMajorSeconds - idle.gcMajorSeconds).toFixed(2)),
      majorCount: after.gcMajorCount - idle.gcMajorCount,
      minorSeconds: Number((after.gcMinorSeconds - idle.gcMinorSeconds).toFixed(2)),
      incrementalSeconds: Number((after.gcIncrementalSeconds - idle.gcIncrementalSeconds).toFixed(2)),
    },
    eventLoopLagMaxMs: after.eventLoopLagMaxMs,
    machineLoad,
    heapUsedMbAfter: after.heapUsedMb,
  };
  console.log(`✔ ${label}: ${row.requestsPerSecond} req/s, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, max ${row.maxMs} ms, ${row.errors} errors, ${row.non2xx} non-2xx, RSS ${row.rssMb.min}–${row.rssMb.max} MB`);
  console.log(`  CPU ${row.cpuMsPerRequest} ms per request`);
  console.log(`  heap idle ${idle.heapUsedMb}/${heap} MB, after ${after.heapUsedMb} MB; major GC ${row.gc.majorCount}× ${row.gc.majorSeconds} s, minor ${row.gc.minorSeconds} s, incremental ${row.gc.incrementalSeconds} s; longest event-loop delay ${row.eventLoopLagMaxMs} ms`);
  return row;
};

const main = async () => {
  fs.mkdirSync(workDir, { recursive: true });
  const pg = await startOwnPostgres();
  const redis = await startOwnRedis();
  try {
    const rows = [await runOne('cache-off', pg, null, false), await runOne('cache-on', pg, redis, true)];
    const at = new Date().toISOString();
    fs.writeFileSync(path.join(root, 'bench/load-results.json'), JSON.stringify({ at, seconds, connections, heapMb: heap, rows }, null, 2) + '\n');
    const md = [
      `# Load (\`npm run load\`), ${at}`,
      '',
      `${connections} connections for ${seconds} s over the five example operations (examples/site/src/operations), demo chain, PostgreSQL and Redis of the run's own, the app started as \`npm start\` starts it.`,
      '',
      `V8 heap bound ${heap} MB; ${require('node:os').cpus().length} cores. CPU is the app process's user + system time over the run divided by the requests answered; machine load is the 1-minute load average before → after the run.`,
      '',
      '| run | req/s | CPU ms/req | p50 ms | p99 ms | max ms | errors | non-2xx | RSS min–max MB | heap used idle → after MB | major GC (count, s) | longest event-loop delay ms | machine load |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...rows.map(
        (r) =>
          `| ${r.label} | ${r.requestsPerSecond} | ${r.cpuMsPerRequest} | ${r.p50Ms} | ${r.p99Ms} | ${r.maxMs} | ${r.errors + r.timeouts} | ${r.non2xx} | ${r.rssMb.min}–${r.rssMb.max} | ${r.idle.heapUsedMb} → ${r.heapUsedMbAfter} | ${r.gc.majorCount}, ${r.gc.majorSeconds} | ${r.eventLoopLagMaxMs} | ${r.machineLoad.join(' → ')} |`,
      ),
      '',
      'RSS every second (MB):',
      '',
      ...rows.map((r) => `- ${r.label}: ${r.rssMb.samples.join(' ')}`),
      '',
    ].join('\n');
    fs.writeFileSync(path.join(root, 'bench/load-results.md'), md);
    console.log('\nWritten bench/load-results.md and bench/load-results.json');
  } finally {
    await redis.stop();
    pg.destroy();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
