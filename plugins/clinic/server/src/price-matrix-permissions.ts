import type { Core } from '@strapi/strapi';

/** Admin RBAC actions of the price matrix (Settings > Roles > Plugins > Clinic). */
export const PRICE_MATRIX_ACTIONS = {
  read: 'plugin::clinic.price-matrix.read',
  update: 'plugin::clinic.price-matrix.update',
} as const;

/** Must run during bootstrap: the admin action provider refuses registrations once Strapi is loaded. */
export const registerPriceMatrixPermissions = async (strapi: Core.Strapi) => {
  await strapi.service('admin::permission').actionProvider.registerMany([
    { section: 'plugins', pluginName: 'clinic', uid: 'price-matrix.read', displayName: 'Read the price matrix' },
    { section: 'plugins', pluginName: 'clinic', uid: 'price-matrix.update', displayName: 'Preview and apply price changes in the matrix' },
  ]);
};
