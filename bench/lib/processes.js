// Child processes of the benchmark: the app in production mode, the floor server; their CPU and peak RSS.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const { heapMb } = require('../../scripts/start');
const { freePort } = require('../../scripts/lib/own-services');
const { generatedSecrets } = require('../../scripts/lib/secrets');
const CLK_TCK = 100; // Linux USER_HZ

/** Env of a production app child: generated secrets, SQL statement counting, the bench database. */
const appEnv = (dbEnv, extra = {}) => {
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    ...generatedSecrets(),
    CLINIC_SQL_STATS: 'true',
    // The benchmark measures SQLite too, in production mode.
    ALLOW_SQLITE_IN_PRODUCTION: 'true',
    CLINIC_LICENCE_JOB_CRON: 'off',
    STRAPI_TELEMETRY_DISABLED: 'true',
    ...dbEnv,
    ...extra,
  };
  // In-process cache unless the caller names a Redis: one instance, no network hop in the cached number.
  if (!extra.REDIS_URL) delete env.REDIS_URL;
  delete env.CLINIC_DEMO;
  return env;
};

const waitForHealth = async (url, child, timeoutMs = 120_000) => {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before answering ${url}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return Date.now() - started;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
};

const startProcess = async (label, command, args, env, logFile, timeoutMs = 120_000) => {
  const port = await freePort();
  const log = fs.openSync(logFile, 'a');
  const child = spawn(command, args, { cwd: root, env: { ...env, PORT: String(port) }, stdio: ['ignore', log, log] });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    const bootMs = await waitForHealth(`${baseUrl}/_health`, child, timeoutMs);
    return { label, child, baseUrl, bootMs, logFile };
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${label}: ${error.message} (log: ${logFile})`, { cause: error });
  }
};

// The same command line as `npm start` (scripts/start.js): strapi start with its bounded heap.
// `nodeArgs` (a --require of the heap sampler) and `timeoutMs` (a boot that builds the 20× read model) are the two-scale bench's.
const startApp = (label, dbEnv, extra, logFile, { nodeArgs = [], timeoutMs } = {}) =>
  startProcess(
    label,
    process.execPath,
    [`--max-old-space-size=${heapMb}`, ...nodeArgs, path.join(root, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'],
    appEnv(dbEnv, extra),
    logFile,
    timeoutMs,
  );

const startFloor = (floorDb, logFile) =>
  startProcess('floor', process.execPath, [path.join(root, 'bench/floor-server.js')], { ...process.env, FLOOR_DB: floorDb }, logFile);

const stop = async (server) => {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
};

/** The pid and its descendants (strapi start may fork). */
const processTree = (pid) => {
  const parents = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone */
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i += 1) for (const [child, parent] of parents) if (parent === tree[i]) tree.push(child);
  return tree;
};

/** CPU milliseconds (user + system) used so far by the server's process tree. */
const cpuMs = (pid) =>
  processTree(pid).reduce((sum, p) => {
    try {
      const fields = fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
    } catch {
      return sum;
    }
  }, 0);

/** Peak resident set (VmHWM) in MB, the largest of the tree. */
const peakRssMb = (pid) =>
  Math.max(
    ...processTree(pid).map((p) => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
        return m ? Number(m[1]) / 1024 : 0;
      } catch {
        return 0;
      }
    }),
  );

module.exports = { startApp, startFloor, stop, cpuMs, peakRssMb, root };
