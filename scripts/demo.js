// `npm run demo`: secrets into .env when missing, build, start on SQLite with the demo chain.
const { spawn } = require('node:child_process');
const { ensureEnv } = require('./ensure-env');
const { bin, root, run } = require('./run');

ensureEnv();
run('Compiling the clinic plugin', bin('tsc'), ['-p', 'plugins/clinic']);
run('Building the app and the admin panel (strapi build)', bin('strapi'), ['build']);

console.log('\n▶ Starting Strapi with the demo chain (first start loads the demo data)');
const child = spawn(bin('strapi'), ['start'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CLINIC_DEMO: 'true', DATABASE_CLIENT: process.env.DATABASE_CLIENT || 'sqlite' },
});
const stop = (signal) => child.kill(signal);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
