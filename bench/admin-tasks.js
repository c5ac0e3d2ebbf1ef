// `npm run bench:admin-tasks`: the three admin tasks of issue 10, done in Debian's Chromium as their
// users would, from the admin home page, counting what the user does: clicks, fields typed into and
// page navigations (every change of the admin's URL path). Not a test: it asserts nothing about the
// counts, it prints them (a table, then one JSON line) and writes bench/admin-tasks-results.md.
//
// Like the browser tests (test/browser/setup/global-setup.ts): the compiled app booted in-process on
// its own SQLite file with the demo chain loaded fresh and the demo's users, serving the built admin
// (dist/build: `node scripts/admin-build.js`). What a task changes is put back afterwards (the price
// through the matrix API, the bundle offering deleted), so the tasks can run again on the same data.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { launchChromium, logIn, openPage } = require('./lib/admin-browser');
const { editorRaisesGeorgiaMassage, ownerPricesBundle, editorFindsExpiringLicences } = require('./lib/admin-tasks');

const root = path.resolve(__dirname, '..');
const dbFile = path.join('.tmp', 'bench', 'admin-tasks.db');
const secrets = require('../scripts/lib/secrets').generatedSecrets();

const env = {
  NODE_ENV: 'test',
  HOST: '127.0.0.1',
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: dbFile,
  STRAPI_TELEMETRY_DISABLED: 'true',
  ADMIN_RATE_LIMIT: 'false',
  CLINIC_LICENCE_JOB_CRON: 'off',
  // The demo's dates (licences expiring in 20 and 45 days) are relative to this day.
  CLINIC_TODAY: new Date().toISOString().slice(0, 10),
};

/** Counts what the user does on `page`: clicks, fields filled, URL path changes. */
const instrument = (page) => {
  const counts = { clicks: 0, fieldsFilled: 0, navigations: 0 };
  const screens = [];
  let lastPath = null;
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    const { pathname } = new URL(frame.url());
    if (pathname === lastPath) return;
    if (lastPath !== null) counts.navigations += 1;
    lastPath = pathname;
    screens.push(pathname);
  });
  const user = {
    click: async (locator) => {
      counts.clicks += 1;
      await locator.click();
    },
    fill: async (locator, text) => {
      counts.fieldsFilled += 1;
      await locator.fill(text);
    },
  };
  /** Forget the sign-in: a task counts from the home page. */
  const startHere = () => {
    Object.assign(counts, { clicks: 0, fieldsFilled: 0, navigations: 0 });
    screens.splice(0, screens.length, new URL(page.url()).pathname);
  };
  return { user, counts, screens, startHere };
};

const boot = async () => {
  fs.mkdirSync(path.join(root, '.tmp', 'bench'), { recursive: true });
  Object.assign(process.env, secrets, env);
  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({ appDir: root, distDir: path.join(root, 'dist') });
  app.log.level = 'error';
  await app.load();
  const demo = require(path.join(root, 'dist/src/bootstrap/demo'));
  await demo.loadDemoData(app, { reset: true });
  await demo.ensureDemoRoleUsers(app);
  app.server.mount();
  await new Promise((resolve) => app.server.httpServer.listen(0, '127.0.0.1', resolve));
  return { app, base: `http://127.0.0.1:${app.server.httpServer.address().port}` };
};

const TASKS = [
  { id: 'a', who: 'catalogue editor', what: 'raise the 60-minute Therapeutic massage by $5 at every Georgia location and publish (price matrix)', run: editorRaisesGeorgiaMassage, signIn: (d) => d.DEMO_CATALOGUE_EDITOR, before: { clicks: 36, screens: 13 } },
  { id: 'b', who: 'franchise owner (Metro Atlanta)', what: 'price a bundle offering for an own location seeing bounds and saving, and publish it (bundle builder)', run: ownerPricesBundle, signIn: (d) => d.DEMO_FRANCHISE_OWNERS[0] },
  { id: 'c', who: 'catalogue editor', what: 'which licences expire in the next 60 days? (licence compliance)', run: editorFindsExpiringLicences, signIn: (d) => d.DEMO_CATALOGUE_EDITOR },
];

const table = (rows) => {
  const head = ['task', 'who', 'clicks', 'fields filled', 'navigations', 'screens', 'before (issue 10)', 'answer / result'];
  const lines = rows.map((r) => [r.id, r.who, r.clicks, r.fieldsFilled, r.navigations, r.screens.length, r.before ? `${r.before.clicks} clicks, ~${r.before.screens} screens` : 'not counted', r.result]);
  return [head, ...lines].map((cells) => `| ${cells.join(' | ')} |`).reduce((out, line, i) => (i === 1 ? [...out, `|${head.map(() => '---').join('|')}|`, line] : [...out, line]), []);
};

const writeReport = (rows, load) => {
  const lines = [
    '# Admin tasks of issue 10, counted in the browser',
    '',
    'Written by `npm run bench:admin-tasks` (bench/admin-tasks.js, steps in bench/lib/admin-tasks.js). Each task starts on the',
    'admin home page after signing in through the login form (not counted) as the demo user named, on the demo chain loaded',
    'fresh into its own SQLite file, in Debian\'s Chromium. Counted: clicks (every `click` the script makes, option picks',
    'in a select included), fields typed into (`fill`), navigations (changes of the admin URL path; the first screen is',
    'the home page) and screens (distinct paths seen, the home page included). A task ends when the page shows its',
    'result: the new prices in the matrix cells, the published bundle offering\'s link, the licence list.',
    '',
    ...table(rows),
    '',
    'Steps (what the user does, in order):',
    '',
    ...rows.flatMap((r) => [`- (${r.id}) ${r.what}: ${r.steps.join(' → ')}.`, `  Screens: ${r.screens.join(' → ')}.`]),
    '',
    '"Before" is the issue\'s own count on stock Strapi; tasks (b) and (c) had no count there (the bundle\'s bounds were on',
    'another screen and the saving nowhere; the licence list could not answer the question) and were not measured on a',
    'stock build here.',
    '',
    `Machine load (\`uptime\`) at the run: \`${load}\`.`,
    '',
  ];
  fs.writeFileSync(path.join(__dirname, 'admin-tasks-results.md'), lines.join('\n'));
};

const main = async () => {
  if (!fs.existsSync(path.join(root, 'dist', 'build', 'index.html'))) {
    throw new Error('The admin panel is not built (dist/build/index.html is missing): run `node scripts/admin-build.js` first.');
  }
  const { app, base } = await boot();
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const task of TASKS) {
      const { page, context, errors } = await openPage(browser);
      const tracked = instrument(page);
      const signedIn = task.signIn(require(path.join(root, 'dist/src/bootstrap/demo-admin')));
      await logIn(page, base, signedIn);
      tracked.startHere();
      const outcome = await task.run({ page, user: tracked.user, app, base, signedIn });
      rows.push({ id: task.id, who: task.who, what: task.what, before: task.before, ...tracked.counts, screens: [...tracked.screens], steps: outcome.steps, result: outcome.result, pageErrors: errors });
      await outcome.restore?.();
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const load = execFileSync('uptime', { encoding: 'utf8' }).trim();
  console.log(table(rows).join('\n'));
  console.log(JSON.stringify(rows.map(({ steps: _steps, ...r }) => r)));
  writeReport(rows, load);
  await app.destroy();
  process.exit(0);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
