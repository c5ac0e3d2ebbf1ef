// `node bench/price-matrix.js`: what the price matrix costs at the benchmark's size (issue 10, item 7):
// 50 locations × 60 services (about 1,850 offerings). Builds the scale data set once into
// .tmp/bench/matrix-50.db (reused later), copies it so each run starts from the same prices, boots the
// compiled app in-process (production mode, SQLite), and times over HTTP as the admin page calls it:
// the matrix page of all 50 locations (GET, 5 times), a preview and an apply (publish) of +$1 on one
// length at all 50 locations in one request. Then the PAGE in Debian's Chromium against the same app
// (bench/lib/matrix-page.js; needs the admin bundle: `node scripts/admin-build.js`): opened 5 times by
// URL and 5 times from the menu until all rows' cells are in the DOM, and one +$1 change to all 50
// locations through the page until the cells show it. Prints one JSON line and writes
// bench/price-matrix-results.md (`--no-browser`: the API figures only).
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync, fork } = require('node:child_process');
const { measureMatrixPage } = require('./lib/matrix-page');
const { writeMatrixReport } = require('./lib/matrix-report');

const root = path.resolve(__dirname, '..');
const scale = { today: '2026-12-01', locations: 50, practitioners: 1000, licencesPerPractitioner: 2, services: 60, bundles: 40, seed: 1 };
const source = path.join(root, '.tmp', 'bench', 'matrix-50.db');
const copy = path.join(root, '.tmp', 'bench', 'matrix-50-run.db');
const secrets = { ...require('../scripts/lib/secrets').generatedSecrets(), ALLOW_SQLITE_IN_PRODUCTION: 'true' };
const env = { DATABASE_CLIENT: 'sqlite', NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true', CLINIC_LICENCE_JOB_CRON: 'off' };

const buildData = () =>
  new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'build-data.js'), [], {
      cwd: root,
      env: { ...process.env, ...env, ...secrets, DATABASE_FILENAME: path.relative(root, source), BENCH_SCALE: JSON.stringify(scale) },
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`building the data set failed (exit ${code})`))));
  });

const timed = async (fn) => {
  const started = process.hrtime.bigint();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
};

const withBrowser = !process.argv.includes('--no-browser');
const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();

const main = async () => {
  if (withBrowser && !fs.existsSync(path.join(root, 'dist', 'build', 'index.html'))) {
    throw new Error('The admin panel is not built (dist/build/index.html is missing): run `node scripts/admin-build.js` first, or pass --no-browser.');
  }
  if (!fs.existsSync(source)) {
    fs.mkdirSync(path.dirname(source), { recursive: true });
    await buildData();
  }
  fs.copyFileSync(source, copy);
  Object.assign(process.env, env, secrets, { DATABASE_FILENAME: path.relative(root, copy) });
  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({ appDir: root, distDir: path.join(root, 'dist') });
  app.log.level = 'error';
  await app.load();
  const admin = { email: 'bench@bench.clinic.example', password: 'BenchAdmin2026!' };
  if (!(await app.service('admin::user').exists({ email: admin.email }))) {
    const role = await app.service('admin::role').getSuperAdmin();
    await app.service('admin::user').create({ ...admin, firstname: 'Bench', lastname: 'Admin', isActive: true, roles: [role.id] });
  }
  app.server.mount();
  await new Promise((resolve) => app.server.httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${app.server.httpServer.address().port}`;
  const call = async (method, url, body, token) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${method} ${url}: ${res.status} ${text.slice(0, 500)}`);
    return { json: JSON.parse(text), bytes: text.length };
  };
  const token = (await call('POST', '/admin/login', admin)).json.data.token;

  const reads = [];
  let page = null;
  for (let i = 0; i < 5; i++) {
    const { ms, result } = await timed(() => call('GET', '/clinic/price-matrix?pageSize=50', undefined, token));
    reads.push(ms);
    page = result;
  }
  const { rows, columns } = page.json.data;
  // The length offered at the most locations, so the apply writes as many offerings as the data allows.
  const offeredAt = (i) => rows.filter((r) => r.cells[i].source !== 'not-offered').length;
  const best = columns.map((_, i) => i).sort((a, b) => offeredAt(b) - offeredAt(a))[0];
  const column = columns[best];
  const body = { changes: [{ locations: rows.map((r) => r.location.documentId), variants: [{ service: column.service.documentId, minutes: column.minutes }], operation: { kind: 'add', amount: 1 } }] };
  const preview = await timed(() => call('POST', '/clinic/price-matrix/preview', body, token));
  const apply = await timed(() => call('POST', '/clinic/price-matrix/apply', { ...body, mode: 'publish' }, token));
  const sorted = [...reads].sort((a, b) => a - b);
  const round = (x) => Math.round(x);
  const loadBefore = uptime();
  const pageFigures = withBrowser ? await measureMatrixPage({ base, admin, rows: rows.length, columns: columns.length, column }) : null;
  const result = {
    locations: rows.length,
    services: new Set(columns.map((c) => c.service.documentId)).size,
    columns: columns.length,
    cells: rows.length * columns.length,
    matrixResponseBytes: page.bytes,
    matrixGetMs: { first: round(reads[0]), median: round(sorted[2]), max: round(sorted[4]) },
    previewMs: round(preview.ms),
    previewChanges: preview.result.json.data.changes.length,
    previewSkipped: preview.result.json.data.skipped.length,
    applyPublishMs: round(apply.ms),
    applyOfferingsWritten: apply.result.json.data.offeringsWritten,
    ...(pageFigures ? { page: pageFigures } : {}),
  };
  console.log(JSON.stringify(result));
  if (pageFigures) writeMatrixReport(path.join(__dirname, 'price-matrix-results.md'), result, { loadBefore, loadAfter: uptime(), cpus: require('node:os').cpus().length });
  await app.destroy();
  fs.rmSync(copy, { force: true });
  process.exit(0);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
