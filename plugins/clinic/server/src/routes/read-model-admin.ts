import { READ_MODEL_ACTIONS } from '../read-model-permissions';

/**
 * Admin API (under /clinic): what the last read-model rebuilds did (pages built,
 * changed, removed; statements and time). An admin JWT with the permission only,
 * never the public or API tokens.
 */
export default {
  type: 'admin',
  routes: [
    {
      method: 'GET',
      path: '/read-model/rebuilds',
      handler: 'read-model.rebuilds',
      config: { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [READ_MODEL_ACTIONS.readReports] } }] },
    },
  ],
};
