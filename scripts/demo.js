// `npm run demo`: secrets into .env when missing, build, start on SQLite with the demo chain,
// and the example location site (examples/site) beside it on SITE_PORT (default 3000).
const started = Date.now();
const { spawn } = require('node:child_process');
const path = require('node:path');
const { ensureEnv } = require('./ensure-env');
const { bin, root, run } = require('./run');
const { startStrapi } = require('./start');
const { buildAdminIfChanged } = require('./admin-build');
const { buildSite, SITE_MAIN } = require('./site-build');

ensureEnv();
run('Compiling the clinic plugin', bin('tsc'), ['-p', 'plugins/clinic']);
// The admin bundle only when its sources, packages or settings changed (scripts/admin-build.js);
// `strapi build` compiles the app too, so tsc runs here only when the build was skipped.
if (buildAdminIfChanged() === 0) run('Compiling the app (tsc)', bin('tsc'), ['-p', '.']);
buildSite();

const sitePort = Number(process.env.SITE_PORT || 3000);
const siteUrl = `http://localhost:${sitePort}`;
const apiUrl = process.env.SITE_API_URL || `http://localhost:${process.env.PORT || 1337}/site/graphql`;

console.log('\n▶ Starting Strapi with the demo chain (first start loads the demo data)');
// The database comes from the environment or .env (SQLite unless DATABASE_CLIENT says otherwise).
// SITE_URL: the JSON-LD's links point at the example site unless told otherwise.
const strapi = startStrapi({ ...process.env, CLINIC_DEMO: 'true', SITE_URL: process.env.SITE_URL || siteUrl });
const site = spawn(process.execPath, [path.join(root, SITE_MAIN)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SITE_PORT: String(sitePort), SITE_API_URL: apiUrl },
});

let stopping = false;
const stopAll = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of [strapi, site]) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
};
strapi.on('exit', (code) => {
  stopAll(code ?? 0);
});
site.on('exit', (code) => {
  if (!stopping) console.error(`✖ The example site stopped (exit ${code}); stopping Strapi too`);
  stopAll(code ?? 1);
});
// startStrapi() forwards SIGINT/SIGTERM to Strapi; the site is stopped here.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => site.exitCode === null && site.kill('SIGTERM'));

// Strapi first (its readiness check), then the site's index, which answers 200 only when
// the site API does too: asking the site earlier would only log failed pages.
const answers = async (url) => {
  try {
    return (await fetch(url)).status === 200;
  } catch {
    return false; // not listening yet
  }
};
const waitForBoth = async () => {
  const strapiPort = process.env.PORT || 1337;
  for (const url of [`http://127.0.0.1:${strapiPort}/_ready`, `http://127.0.0.1:${sitePort}/`]) {
    while (!(await answers(url))) {
      if (stopping) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    [
      '',
      'Example location site is running (server-rendered pages on the site API)',
      `  Site:         ${siteUrl}/   (locations; e.g. ${siteUrl}/locations/decatur)`,
      `  Reads:        ${apiUrl}`,
      `  Ready after:  ${seconds} s from \`npm run demo\``,
      '',
    ].join('\n'),
  );
};
void waitForBoth();
