// Builds a data set into the database named by dbEnv, in a child process (bench/build-data.js), and
// returns the import's figures. The one place the benchmark imports: a faster importer drops in
// behind bench/build-data.js without the harness changing.
const { fork } = require('node:child_process');
const path = require('node:path');
const { generatedSecrets } = require('../../scripts/lib/secrets');

const root = path.resolve(__dirname, '..', '..');
// A 20× import holds a large transaction; the Document Service import once died at 4 GB on 10×.
const IMPORT_HEAP_MB = Number(process.env.BENCH_IMPORT_HEAP_MB || 6144);

const buildDataSet = (options) => (dbEnv) =>
  new Promise((resolve, reject) => {
    const child = fork(path.join(root, 'bench/build-data.js'), [], {
      cwd: root,
      execArgv: [`--max-old-space-size=${IMPORT_HEAP_MB}`],
      env: {
        ...process.env,
        ...dbEnv,
        ...generatedSecrets(),
        ALLOW_SQLITE_IN_PRODUCTION: 'true',
        NODE_ENV: 'production',
        STRAPI_TELEMETRY_DISABLED: 'true',
        CLINIC_LICENCE_JOB_CRON: 'off',
        REDIS_URL: '',
        BENCH_SCALE: JSON.stringify(options),
      },
    });
    let message = null;
    child.on('message', (m) => (message = m));
    child.on('exit', (code) => (code === 0 && message ? resolve(message) : reject(new Error(`building the data set failed (exit ${code})`))));
  });

module.exports = { buildDataSet };
