import { factories } from '@strapi/strapi';
import { PUBLIC_READ_TYPES, uidOf } from '../public-types';
import licenceAdmin from './licence-admin';
import readModelAdmin from './read-model-admin';
import priceMatrixAdmin from './price-matrix-admin';
import bundleBuilderAdmin from './bundle-builder-admin';
import complianceAdmin from '../compliance/compliance.routes';

/**
 * Reads and writes for every catalogue type. Routing a write does not open it:
 * the public role holds only find/findOne permissions (catalogue-access), so a
 * write needs an API token or user whose permissions include it.
 */
const ROUTED_ACTIONS = ['find', 'findOne', 'create', 'update', 'delete'] as const;

const routers = PUBLIC_READ_TYPES.map((type) => factories.createCoreRouter(uidOf(type) as any, { only: [...ROUTED_ACTIONS] }));

export default {
  'content-api': {
    type: 'content-api',
    // A getter: core routers read the content types, registered after this module loads.
    get routes() {
      return routers.flatMap((router) => router.routes as any[]);
    },
  },
  'licence-admin': licenceAdmin,
  'read-model-admin': readModelAdmin,
  'price-matrix-admin': priceMatrixAdmin,
  'bundle-builder-admin': bundleBuilderAdmin,
  'compliance-admin': complianceAdmin,
};
