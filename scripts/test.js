// `npm test`: compile, type-check the tests, lint, unit tests, then the integration suite on SQLite and, when it
// answers on 127.0.0.1:5432, on PostgreSQL (each in a database of its own, dropped after).
const fs = require('node:fs');
const path = require('node:path');
const { bin, root, run } = require('./run');
const { postgresAnswers, createScratchDatabase, dropScratchDatabase } = require('./postgres');
const { redisAnswers } = require('./redis');
const { buildAdminIfChanged } = require('./admin-build');
const { buildSite } = require('./site-build');

const jest = (label, project, env = {}) =>
  run(label, bin('jest'), ['--selectProjects', project, '--runInBand', ...process.argv.slice(2)], env);

const main = async () => {
  const timings = {};
  timings.compile = Number(run('Compiling the clinic plugin (tsc)', bin('tsc'), ['-p', 'plugins/clinic'])) +
    Number(run('Compiling the app (tsc)', bin('tsc'), ['-p', '.'])) +
    Number(run('Type-checking the tests (tsc)', bin('tsc'), ['-p', 'tsconfig.test.json'])) +
    Number(run("Type-checking the plugin's admin pages (tsc)", bin('tsc'), ['-p', 'plugins/clinic/admin']));
  timings.contract =
    Number(run('Contract: schema.graphql is the site API schema', 'node', ['scripts/print-schema.js', '--check'])) +
    Number(run('Contract: generated resolver and client types are fresh', bin('graphql-codegen'), ['--check'])) +
    Number(run('Contract: the example consumer type-checks against them', bin('tsc'), ['-p', 'examples/site']));
  timings.lint = run('Lint (ESLint, typescript-eslint type-aware rules)', bin('eslint'), ['.', '--max-warnings', '0']);
  timings.unit = jest('Unit tests (domain, demo data, JSON-LD)', 'unit');

  const sqliteFile = path.join('.tmp', `test-${process.pid}.db`);
  fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
  try {
    timings.sqlite = jest('Integration tests on SQLite', 'integration', { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: sqliteFile });
  } finally {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(root, sqliteFile + suffix), { force: true });
  }

  // Once, on SQLite: the pages and the browser do not depend on the database; the API behind
  // them is covered on both by the integration suite. Needs the admin bundle and Chromium.
  timings.adminBuild = buildAdminIfChanged();
  // The example location site runs compiled in its own process (test/browser/example-site.test.ts).
  timings.siteBuild = buildSite();
  const browserFile = path.join('.tmp', `browser-${process.pid}.db`);
  try {
    timings.browser = jest('Browser tests (admin pages and the example site in Chromium)', 'browser', { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: browserFile });
  } finally {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(root, browserFile + suffix), { force: true });
  }

  const pg = { host: process.env.PGHOST || '127.0.0.1', port: Number(process.env.PGPORT || 5432), user: process.env.PGUSER || 'postgres' };
  if (await postgresAnswers(pg)) {
    const database = await createScratchDatabase(pg);
    // Production's shape: PostgreSQL with Redis as the shared site-API cache, when Redis answers.
    const redisUrl = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
    const redis = (await redisAnswers(redisUrl)) ? { REDIS_URL: redisUrl } : {};
    if (!redis.REDIS_URL) console.log(`\n! Redis does not answer on ${redisUrl}: the PostgreSQL run uses the in-process cache`);
    try {
      timings.postgres = jest(`Integration tests on PostgreSQL${redis.REDIS_URL ? ' with Redis' : ''}`, 'integration', {
        DATABASE_CLIENT: 'postgres',
        DATABASE_URL: `postgres://${pg.user}@${pg.host}:${pg.port}/${database}`,
        ...redis,
      });
    } finally {
      await dropScratchDatabase(pg, database);
    }
  } else if (process.env.REQUIRE_POSTGRES === 'true') {
    console.error(`✖ PostgreSQL does not answer on ${pg.host}:${pg.port} and REQUIRE_POSTGRES=true`);
    process.exit(1);
  } else {
    console.log(`\n! PostgreSQL does not answer on ${pg.host}:${pg.port}: integration tests ran on SQLite only`);
  }
  const seconds = Object.entries(timings).map(([step, s]) => `${step} ${Number(s).toFixed(1)}`).join(', ');
  console.log(`\nAll tests passed. Seconds: ${seconds}`);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
