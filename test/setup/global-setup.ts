import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { applyTestEnv } from './test-env';
import { TEST_ADMIN } from '../helpers/test-admin';
import { CATALOGUE_EDITOR, OWNER_A, OWNER_B } from '../helpers/test-users';

const root = path.resolve(__dirname, '..', '..');

/**
 * Boots the compiled app once per jest run (scripts/test.js compiled it), with the
 * demo data set, and listens on an ephemeral port. Tests speak HTTP to it.
 */
export default async function globalSetup() {
  applyTestEnv();
  const { createStrapi } = await import('@strapi/strapi');
  const started = Date.now();
  const app = createStrapi({ appDir: root, distDir: path.join(root, 'dist') });
  (app as any).log.level = 'error';
  await app.load();

  const { loadDemoData } = await import(path.join(root, 'dist/src/bootstrap/demo'));
  await loadDemoData(app, { reset: true });
  await ensureTestAdmin(app);
  await ensureTestRoleUsers(app);

  app.server.mount();
  await new Promise<void>((resolve) => app.server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.httpServer.address() as AddressInfo;
  process.env.TEST_BASE_URL = `http://127.0.0.1:${port}`;
  // The app's process, for tests that watch its memory (test/helpers/hostile.ts).
  process.env.TEST_APP_PID = String(process.pid);
  (globalThis as any).__STRAPI__ = app;
  const db = (process.env.DATABASE_CLIENT === 'postgres' ? `PostgreSQL (${process.env.DATABASE_URL})` : `SQLite (${process.env.DATABASE_FILENAME})`) + (process.env.REDIS_URL ? ` with Redis (${process.env.REDIS_URL})` : '');
  // eslint-disable-next-line no-console
  console.log(`\n[integration] app booted with the demo chain on ${db} in ${Date.now() - started} ms`);
}

const ensureTestAdmin = async (app: any) => {
  const users = app.service('admin::user');
  if (await users.exists({ email: TEST_ADMIN.email })) return;
  const role = await app.service('admin::role').getSuperAdmin();
  await users.create({ ...TEST_ADMIN, firstname: 'Test', lastname: 'Editor', isActive: true, roles: [role.id] });
};

/** A catalogue editor, and an owner of each demo franchise (A: Metro Atlanta, B: Coast & South). */
const ensureTestRoleUsers = async (app: any) => {
  const { ensureRoleUser, addFranchiseOwner, CATALOGUE_EDITOR_ROLE, FRANCHISE_OWNER_ROLE } = await import(path.join(root, 'dist/src/bootstrap/role-users'));
  await ensureRoleUser(app, CATALOGUE_EDITOR, CATALOGUE_EDITOR_ROLE);
  for (const { franchise, ...user } of [OWNER_A, OWNER_B]) {
    await addFranchiseOwner(app, franchise, await ensureRoleUser(app, user, FRANCHISE_OWNER_ROLE));
  }
};
