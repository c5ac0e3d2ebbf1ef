import type { Core } from '@strapi/strapi';

/** Admin RBAC actions of the licence lifecycle (Settings > Roles > Plugins > Clinic). */
export const LICENCE_ACTIONS = {
  readExpiring: 'plugin::clinic.licences.read-expiring',
  recompute: 'plugin::clinic.licences.recompute',
} as const;

/** Must run during bootstrap: the admin action provider refuses registrations once Strapi is loaded. */
export const registerLicencePermissions = async (strapi: Core.Strapi) => {
  await strapi.service('admin::permission').actionProvider.registerMany([
    { section: 'plugins', pluginName: 'clinic', uid: 'licences.read-expiring', displayName: 'Read licences expiring soon' },
    { section: 'plugins', pluginName: 'clinic', uid: 'licences.recompute', displayName: 'Re-run the licence status job' },
  ]);
};
