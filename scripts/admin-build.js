// The admin panel's bundle (dist/build), built by `strapi build` only when what goes into it
// changed: the plugin's admin source, the installed packages (package-lock.json), the
// admin-related config and the environment the bundle embeds. `strapi build` takes one to
// two minutes on two cores; `npm test` and `npm run demo` call this instead, so a second
// run with nothing changed skips it. `node scripts/admin-build.js [--force]`.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { bin, root, run } = require('./run');

const BUILD_DIR = path.join(root, 'dist', 'build');
const MARKER = path.join(BUILD_DIR, '.clinic-build-inputs');

const INPUT_FILES = ['package-lock.json', 'plugins/clinic/package.json', 'config/admin.ts', 'config/server.ts', 'config/plugins.ts'];
const INPUT_DIRS = ['plugins/clinic/admin/src', 'src/admin'];

const filesUnder = (dir) => {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
};

/** What the bundle is made of: file contents, and the variables Strapi writes into it. */
const inputsHash = () => {
  const hash = createHash('sha256');
  for (const file of [...INPUT_FILES, ...INPUT_DIRS.flatMap(filesUnder)]) {
    const abs = path.join(root, file);
    hash.update(`${file}\0`);
    hash.update(fs.existsSync(abs) ? fs.readFileSync(abs) : 'missing');
  }
  const embedded = (key) => key.startsWith('STRAPI_ADMIN_') || ['PUBLIC_URL', 'NODE_ENV'].includes(key);
  const env = Object.entries(process.env)
    .filter(([key]) => embedded(key))
    .sort(([a], [b]) => a.localeCompare(b));
  hash.update(JSON.stringify(env));
  // `strapi build` reads .env too (a shell variable wins, as in the app).
  const dotenv = path.join(root, '.env');
  if (fs.existsSync(dotenv)) {
    const lines = fs.readFileSync(dotenv, 'utf8').split('\n').filter((line) => embedded(line.split('=')[0].trim()));
    hash.update(JSON.stringify(lines));
  }
  return hash.digest('hex');
};

const isFresh = (hash) =>
  fs.existsSync(path.join(BUILD_DIR, 'index.html')) && fs.existsSync(MARKER) && fs.readFileSync(MARKER, 'utf8').trim() === hash;

/** Builds the admin panel unless the last build had the same inputs; returns the seconds spent. */
const buildAdminIfChanged = ({ force = false } = {}) => {
  const hash = inputsHash();
  if (!force && isFresh(hash)) {
    console.log('\n✔ Admin panel: dist/build is up to date (same sources, packages and settings): not rebuilt');
    return 0;
  }
  // `strapi build` cleans dist/build first; the marker is written only after it succeeded.
  const seconds = run('Building the admin panel (strapi build)', bin('strapi'), ['build']);
  fs.writeFileSync(MARKER, `${hash}\n`);
  return Number(seconds);
};

module.exports = { buildAdminIfChanged, BUILD_DIR };

if (require.main === module) buildAdminIfChanged({ force: process.argv.includes('--force') });
