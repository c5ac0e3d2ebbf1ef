import { PRICE_MATRIX_ACTIONS } from '../price-matrix-permissions';

const requires = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});

/**
 * Admin API of the price matrix (under /clinic): an admin JWT and the permission,
 * never the public or API tokens. Franchise owners are held to their own locations
 * by the service (rows) and by the plan and the franchise-scope middleware (writes).
 */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/price-matrix', handler: 'price-matrix.read', config: requires(PRICE_MATRIX_ACTIONS.read) },
    { method: 'GET', path: '/price-matrix/options', handler: 'price-matrix.options', config: requires(PRICE_MATRIX_ACTIONS.read) },
    { method: 'POST', path: '/price-matrix/preview', handler: 'price-matrix.preview', config: requires(PRICE_MATRIX_ACTIONS.update) },
    { method: 'POST', path: '/price-matrix/apply', handler: 'price-matrix.apply', config: requires(PRICE_MATRIX_ACTIONS.update) },
  ],
};
