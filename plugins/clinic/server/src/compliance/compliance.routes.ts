import { COMPLIANCE_ACTIONS } from './compliance.permissions';

const requires = {
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [COMPLIANCE_ACTIONS.read] } }],
};

/**
 * Admin API of the licence and compliance dashboard (mounted under /clinic): the
 * admin JWT the admin panel sends, and the permission; never the public or API tokens.
 */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/compliance', handler: 'compliance.report', config: requires },
    { method: 'GET', path: '/compliance/export', handler: 'compliance.exportCsv', config: requires },
  ],
};
