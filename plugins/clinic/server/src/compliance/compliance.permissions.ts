import type { Core } from '@strapi/strapi';

/** Admin RBAC action of the licence and compliance dashboard (Settings > Roles > Plugins > Clinic). */
export const COMPLIANCE_ACTIONS = { read: 'plugin::clinic.compliance.read' } as const;

/** Must run during bootstrap: the admin action provider refuses registrations once Strapi is loaded. */
export const registerCompliancePermissions = async (strapi: Core.Strapi) => {
  await strapi.service('admin::permission').actionProvider.registerMany([
    { section: 'plugins', pluginName: 'clinic', uid: 'compliance.read', displayName: 'Read the licence and compliance dashboard' },
  ]);
};
