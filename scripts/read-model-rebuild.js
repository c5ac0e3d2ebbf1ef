// `npm run read-model:rebuild`: the repair command. Boots the compiled app against the configured
// database (DATABASE_CLIENT, DATABASE_FILENAME or DATABASE_URL, as `npm start`), rebuilds every page
// of the site read model slice by slice (under the read-model lease, so a running instance does not
// apply the change log at the same time), prints what it did, and exits. Run instances announce the
// pages it changed through Redis as usual; the ones without it check what they cached within a second
// (plugins/clinic/server/src/site-api/cache/page-versions.ts).
const path = require('node:path');

const root = path.resolve(__dirname, '..');

const main = async () => {
  const { createStrapi } = require('@strapi/strapi');
  process.env.CLINIC_LICENCE_JOB_CRON = process.env.CLINIC_LICENCE_JOB_CRON || 'off';
  const app = createStrapi({ appDir: root, distDir: path.join(root, 'dist') });
  app.log.level = 'warn';
  await app.load();
  const pages = app.plugin('clinic').service('site-pages');
  await pages.rebuildNow();
  const { reports } = pages.rebuildReports();
  const full = [...reports].reverse().find((r) => r.mode === 'full');
  if (!full) throw new Error('the full rebuild did not run (another instance held the lease for the whole wait?)');
  console.log(
    `read model rebuilt: ${full.targets.length} pages built, ${full.written.length} changed, ${full.removed.length} removed, ${full.statements} statements, ${full.ms} ms`,
  );
  await app.destroy();
  process.exit(0);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
