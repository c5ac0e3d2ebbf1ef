import fs from 'node:fs';
import path from 'node:path';
import integrationSetup from '../../setup/global-setup';
import { chromiumPath } from '../helpers/chromium';

const root = path.resolve(__dirname, '..', '..', '..');

/**
 * The integration suite's app (compiled, demo chain, test users) plus the demo's own
 * users, serving the admin bundle scripts/test.js built. Refuses to start without
 * Chromium or the bundle, saying what to do: a browser test never skips itself.
 */
export default async function globalSetup() {
  chromiumPath();
  if (!fs.existsSync(path.join(root, 'dist', 'build', 'index.html'))) {
    throw new Error('The admin panel is not built (dist/build/index.html is missing): run `node scripts/admin-build.js` (npm test does).');
  }
  await integrationSetup();
  const app = (globalThis as any).__STRAPI__;
  const { ensureDemoRoleUsers } = await import(path.join(root, 'dist/src/bootstrap/demo'));
  await ensureDemoRoleUsers(app);
}
