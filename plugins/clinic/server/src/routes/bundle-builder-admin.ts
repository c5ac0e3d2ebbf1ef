import { BUNDLE_BUILDER_ACTIONS } from '../bundle-builder-permissions';

const requires = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});

/**
 * Admin API of the bundle builder (under /clinic): an admin JWT and the permission.
 * Franchise owners are held to their own locations by the service (quote, save) and,
 * on every write, by the franchise-scope document middleware.
 */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/bundle-builder/options', handler: 'bundle-builder.options', config: requires(BUNDLE_BUILDER_ACTIONS.use) },
    { method: 'POST', path: '/bundle-builder/quote', handler: 'bundle-builder.quote', config: requires(BUNDLE_BUILDER_ACTIONS.use) },
    { method: 'POST', path: '/bundle-builder/bundle-offerings', handler: 'bundle-builder.saveOffering', config: requires(BUNDLE_BUILDER_ACTIONS.use) },
    { method: 'POST', path: '/bundle-builder/bundles', handler: 'bundle-builder.saveBundle', config: requires(BUNDLE_BUILDER_ACTIONS.saveBundle) },
  ],
};
