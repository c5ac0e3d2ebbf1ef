// `npm run faults [-- --connections 20 --outage 5]`: the site API under load while its own
// Redis stops and starts, its own PostgreSQL restarts, and the instance gets SIGTERM.
// Never the machine's services. Reports errors per phase and seconds to recover into
// bench/faults-results.*.
const fs = require('node:fs');
const path = require('node:path');
const { startOwnPostgres, startOwnRedis } = require('../scripts/lib/own-services');
const { startApp, exampleRequests, root } = require('./lib/app-under-load');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const connections = arg('connections', 20);
const outageSeconds = arg('outage', 5);
const workDir = path.join(root, '.tmp', 'faults');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Closed-loop load: each worker sends the example operations in turn and records every outcome. */
const load = (baseUrl, requests) => {
  let phase = 'baseline';
  let running = true;
  const counts = {};
  const bump = (kind) => {
    counts[phase] ??= { ok: 0 };
    counts[phase][kind] = (counts[phase][kind] ?? 0) + 1;
  };
  const worker = async (offset) => {
    for (let i = offset; running; i++) {
      const r = requests[i % requests.length];
      try {
        const res = await fetch(baseUrl + r.path, { method: 'POST', headers: r.headers, body: r.body, signal: AbortSignal.timeout(10_000) });
        const body = await res.json();
        bump(res.status === 200 && !body.errors ? 'ok' : `HTTP ${res.status} ${body.errors?.[0]?.extensions?.code ?? ''}`.trim());
      } catch (error) {
        const code = error.cause?.code ?? error.name;
        bump(code);
        if (code === 'ECONNREFUSED') await sleep(50);
      }
    }
  };
  const workers = Array.from({ length: connections }, (_, i) => worker(i));
  return {
    set phase(name) {
      phase = name;
    },
    counts,
    async stop() {
      running = false;
      await Promise.all(workers);
    },
  };
};

const until = async (probe, timeoutMs = 60_000) => {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await probe().catch(() => false)) return (Date.now() - started) / 1000;
    await sleep(100);
  }
  return null;
};

const main = async () => {
  fs.mkdirSync(workDir, { recursive: true });
  const pg = await startOwnPostgres();
  const redis = await startOwnRedis();
  const results = {};
  let app;
  try {
    console.log('▶ starting the app (demo chain, its own PostgreSQL and Redis)');
    app = await startApp({ databaseUrl: pg.url, redisUrl: redis.url, logFile: path.join(workDir, 'app.log') });
    const requests = await exampleRequests(app.baseUrl);
    const ready = async () => (await fetch(`${app.baseUrl}/_ready`)).status === 200;
    const answers = async () => {
      const r = requests[0];
      const res = await fetch(app.baseUrl + r.path, { method: 'POST', headers: r.headers, body: r.body });
      return res.status === 200 && !(await res.json()).errors;
    };
    const traffic = load(app.baseUrl, requests);
    await sleep(5000);

    console.log(`▶ Redis stopped for ${outageSeconds} s`);
    traffic.phase = 'redis-down';
    await redis.stop();
    await sleep(outageSeconds * 1000);
    await redis.start();
    traffic.phase = 'redis-back';
    results.redisReadySeconds = await until(ready);
    await sleep(3000);

    console.log(`▶ PostgreSQL stopped for ${outageSeconds} s`);
    traffic.phase = 'postgres-down';
    pg.stop();
    await sleep(outageSeconds * 1000);
    pg.start();
    traffic.phase = 'postgres-back';
    results.postgresAnswersSeconds = await until(answers);
    results.postgresReadySeconds = await until(ready);
    await sleep(3000);

    console.log('▶ SIGTERM under load');
    traffic.phase = 'sigterm';
    const signalled = Date.now();
    const exited = new Promise((r) => app.child.once('exit', r));
    app.child.kill('SIGTERM');
    results.exitCode = await exited;
    results.shutdownSeconds = (Date.now() - signalled) / 1000;
    await sleep(500);
    await traffic.stop();
    results.phases = traffic.counts;
  } finally {
    if (app && app.child.exitCode === null) app.child.kill('SIGKILL');
    await redis.stop();
    pg.destroy();
  }
  // During SIGTERM, refused connections are expected (the instance is gone); resets are cut requests.
  const sig = results.phases.sigterm ?? {};
  results.cutRequests = (sig.ECONNRESET ?? 0) + (sig.UND_ERR_SOCKET ?? 0) + Object.entries(sig).filter(([k]) => k.startsWith('HTTP')).reduce((n, [, v]) => n + v, 0);
  const at = new Date().toISOString();
  fs.writeFileSync(path.join(root, 'bench/faults-results.json'), JSON.stringify({ at, connections, outageSeconds, ...results }, null, 2) + '\n');
  const md = [
    `# Faults (\`npm run faults\`), ${at}`,
    '',
    `${connections} connections of closed-loop load over the five example operations; each outage ${outageSeconds} s.`,
    '',
    '| phase | outcomes |',
    '|---|---|',
    ...Object.entries(results.phases).map(([phase, c]) => `| ${phase} | ${Object.entries(c).map(([k, v]) => `${k}: ${v}`).join(', ')} |`),
    '',
    `- Redis back: ready again after ${results.redisReadySeconds} s`,
    `- PostgreSQL back: answering after ${results.postgresAnswersSeconds} s, ready after ${results.postgresReadySeconds} s`,
    `- SIGTERM: exit code ${results.exitCode} after ${results.shutdownSeconds} s, ${results.cutRequests} cut requests`,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(root, 'bench/faults-results.md'), md);
  console.log(`\n${md}\nWritten bench/faults-results.md and bench/faults-results.json`);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
