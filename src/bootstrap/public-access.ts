import type { Core } from '@strapi/strapi';


/**
 * The public role (location sites without a token) may read the catalogue and
 * nothing else. Idempotent: only missing permission rows are created.
 */
export const grantPublicReadAccess = async (strapi: Core.Strapi) => {
  // The plugin declares what its read-only content-api routes expose.
  const readActions: string[] = strapi.plugin('clinic').service('catalogue-access').publicReadActions();
  const publicRole = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } });
  if (!publicRole) throw new Error('users-permissions: the public role is missing');

  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const existing = await permissions.findMany({
    where: { role: publicRole.id, action: { $in: readActions } },
    select: ['action'],
  });
  const have = new Set(existing.map((p: { action: string }) => p.action));
  const missing = readActions.filter((action) => !have.has(action));
  for (const action of missing) {
    await permissions.create({ data: { action, role: publicRole.id } });
  }
  if (missing.length > 0) {
    strapi.log.info(`[clinic] public role: granted read on ${missing.length} catalogue actions`);
  }
};

/** Sign-up through the public API would be a public write: off. */
export const closePublicRegistration = async (strapi: Core.Strapi) => {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) {
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
  }
};
