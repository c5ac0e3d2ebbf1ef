import type { Core } from '@strapi/strapi';

/** Admin RBAC action of the read-model report (Settings > Roles > Plugins > Clinic). */
export const READ_MODEL_ACTIONS = { readReports: 'plugin::clinic.read-model.read-reports' } as const;

/** Must run during bootstrap: the admin action provider refuses registrations once Strapi is loaded. */
export const registerReadModelPermissions = async (strapi: Core.Strapi) => {
  await strapi.service('admin::permission').actionProvider.registerMany([
    { section: 'plugins', pluginName: 'clinic', uid: 'read-model.read-reports', displayName: 'Read what the read-model rebuilds did' },
  ]);
};
