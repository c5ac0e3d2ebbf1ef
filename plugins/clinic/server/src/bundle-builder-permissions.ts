import type { Core } from '@strapi/strapi';

/** Admin RBAC actions of the bundle builder (Settings > Roles > Plugins > Clinic). */
export const BUNDLE_BUILDER_ACTIONS = {
  /** The page, its quote, and saving a bundle offering (owners: at their own locations only). */
  use: 'plugin::clinic.bundle-builder.use',
  /** Saving the builder's items as a new bundle (catalogue editors). */
  saveBundle: 'plugin::clinic.bundle-builder.save-bundle',
} as const;

/** Must run during bootstrap: the admin action provider refuses registrations once Strapi is loaded. */
export const registerBundleBuilderPermissions = async (strapi: Core.Strapi) => {
  await strapi.service('admin::permission').actionProvider.registerMany([
    { section: 'plugins', pluginName: 'clinic', uid: 'bundle-builder.use', displayName: 'Use the bundle builder and save bundle offerings' },
    { section: 'plugins', pluginName: 'clinic', uid: 'bundle-builder.save-bundle', displayName: 'Save bundles from the bundle builder' },
  ]);
};
