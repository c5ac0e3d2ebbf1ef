// `npm run demo`: secrets into .env when missing, build, start on SQLite with the demo chain.
const { ensureEnv } = require('./ensure-env');
const { bin, run } = require('./run');
const { startStrapi } = require('./start');
const { buildAdminIfChanged } = require('./admin-build');

ensureEnv();
run('Compiling the clinic plugin', bin('tsc'), ['-p', 'plugins/clinic']);
// The admin bundle only when its sources, packages or settings changed (scripts/admin-build.js);
// `strapi build` compiles the app too, so tsc runs here only when the build was skipped.
if (buildAdminIfChanged() === 0) run('Compiling the app (tsc)', bin('tsc'), ['-p', '.']);

console.log('\n▶ Starting Strapi with the demo chain (first start loads the demo data)');
// The database comes from the environment or .env (SQLite unless DATABASE_CLIENT says otherwise).
const child = startStrapi({ ...process.env, CLINIC_DEMO: 'true' });
child.on('exit', (code) => process.exit(code ?? 0));
