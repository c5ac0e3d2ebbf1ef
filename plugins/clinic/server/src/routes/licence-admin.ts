import { LICENCE_ACTIONS } from '../licence-permissions';

const requires = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});

/**
 * Admin API (mounted under /clinic): an admin JWT and the matching permission,
 * never the public or API tokens.
 */
export default {
  type: 'admin',
  routes: [
    {
      method: 'GET',
      path: '/licences/expiring',
      handler: 'licence-lifecycle.expiring',
      config: requires(LICENCE_ACTIONS.readExpiring),
    },
    {
      method: 'POST',
      path: '/licences/recompute',
      handler: 'licence-lifecycle.recompute',
      config: requires(LICENCE_ACTIONS.recompute),
    },
  ],
};
