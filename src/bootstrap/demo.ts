import type { Core } from '@strapi/strapi';
import { demoDataSet } from '../../database/seed/demo';
import { clearCatalogue, importDataSet } from '../../database/seed/import-data-set';
import { DEMO_ADMIN, DEMO_CATALOGUE_EDITOR, DEMO_FRANCHISE_OWNERS } from './demo-admin';
import { addFranchiseOwner, CATALOGUE_EDITOR_ROLE, ensureRoleUser, FRANCHISE_OWNER_ROLE } from './role-users';

/** Loads the demo chain when the catalogue is empty (or always, with reset). Idempotent. */
export const loadDemoData = async (strapi: Core.Strapi, { reset = false } = {}) => {
  if (reset) {
    strapi.log.info('[demo] clearing the catalogue');
    await clearCatalogue(strapi);
  } else if ((await strapi.db.query('plugin::clinic.location').count()) > 0) {
    strapi.log.info('[demo] catalogue already holds data: demo data not loaded again');
    return null;
  }
  const started = Date.now();
  // The plugin's clock, so the demo's dates are relative to the day the app calls today.
  const today: string = strapi.plugin('clinic').service('clock').today();
  const report = await importDataSet(strapi, demoDataSet(today), { today });
  strapi.log.info(`[demo] ${report.rows} rows imported: ${Object.entries(report.created).map(([type, n]) => `${n} ${type}`).join(', ')}`);
  // The import logs one change for the read model, applied after it commits (a full
  // rebuild); wait for it so the site API serves the demo chain as soon as this returns.
  await strapi.plugin('clinic').service('site-pages').rebuildNow();
  strapi.log.info(`[demo] demo chain loaded in ${Date.now() - started} ms`);
  return report;
};

/** Creates the demo super admin once. Only ever called in demo mode. */
export const ensureDemoAdmin = async (strapi: Core.Strapi) => {
  const users = strapi.service('admin::user');
  if (await users.exists({ email: DEMO_ADMIN.email })) return;
  const superAdminRole = await strapi.service('admin::role').getSuperAdmin();
  await users.create({
    email: DEMO_ADMIN.email,
    firstname: 'Demo',
    lastname: 'Admin',
    password: DEMO_ADMIN.password,
    registrationToken: null,
    isActive: true,
    roles: superAdminRole ? [superAdminRole.id] : [],
  });
  strapi.log.info(`[demo] admin user ${DEMO_ADMIN.email} created`);
};

/** A catalogue editor and one owner per demo franchise (README, "Roles"). Demo mode only. */
export const ensureDemoRoleUsers = async (strapi: Core.Strapi) => {
  await ensureRoleUser(strapi, DEMO_CATALOGUE_EDITOR, CATALOGUE_EDITOR_ROLE);
  for (const { franchise, ...user } of DEMO_FRANCHISE_OWNERS) {
    // A reset reloads the franchises, so ownership is re-attached at every start.
    if (await strapi.db.query('plugin::clinic.franchise').count({ where: { slug: franchise } })) {
      await addFranchiseOwner(strapi, franchise, await ensureRoleUser(strapi, user, FRANCHISE_OWNER_ROLE));
    }
  }
};

export const runDemoSetup = async (strapi: Core.Strapi) => {
  await loadDemoData(strapi);
  await ensureDemoAdmin(strapi);
  await ensureDemoRoleUsers(strapi);
  strapi.server.httpServer.once('listening', () => {
    const host = strapi.config.get<string>('server.host');
    const port = strapi.config.get<number>('server.port');
    const base = `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}`;
    const lines = [
      '',
      'Clinic catalogue demo is running',
      `  Admin panel:  ${base}/admin`,
      `  Site API:     ${base}/site/graphql   (curated, typed: what location sites use)`,
      `  GraphQL:      ${base}/graphql        (Strapi shadow CRUD, read-only for the public)`,
      `  REST:         ${base}/api/clinic/locations`,
      `  Demo login:   ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`,
      `  Also:         ${DEMO_CATALOGUE_EDITOR.email} / ${DEMO_CATALOGUE_EDITOR.password} (catalogue editor)`,
      ...DEMO_FRANCHISE_OWNERS.map((o) => `                ${o.email} / ${o.password} (owner, ${o.franchise})`),
      '',
    ];
    // eslint-disable-next-line no-console
    console.log(lines.join('\n'));
  });
};
