// `npm run demo:reset`: reloads the demo chain into the demo database (the server must be stopped).
const path = require('node:path');
const { ensureEnv } = require('./ensure-env');
const { bin, root, run } = require('./run');

const main = async () => {
  ensureEnv();
  run('Compiling the clinic plugin', bin('tsc'), ['-p', 'plugins/clinic']);
  run('Compiling the app', bin('tsc'), ['-p', '.']);
  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({ appDir: root, distDir: path.join(root, 'dist') });
  await app.load();
  const { loadDemoData, ensureDemoAdmin, ensureDemoRoleUsers } = require(path.join(root, 'dist/src/bootstrap/demo'));
  const report = await loadDemoData(app, { reset: true });
  await ensureDemoAdmin(app);
  await ensureDemoRoleUsers(app);
  console.log(`\n✔ Demo chain reloaded: ${report.rows} rows (${JSON.stringify(report.counts)})`);
  await app.destroy();
  process.exit(0);
};

main().catch((error) => {
  // A refused row is the data set's fault: its report (every row and field), not a stack trace.
  const refused = error && error.name === 'ImportRefusedError';
  console.error(refused ? error.message : error);
  process.exit(1);
});
