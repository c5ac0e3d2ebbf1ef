import { factories } from '@strapi/strapi';
import { PUBLIC_ACTIONS, PUBLIC_READ_TYPES, uidOf } from '../public-types';
import licenceAdmin from './licence-admin';

const readOnly = PUBLIC_READ_TYPES.map((type) =>
  factories.createCoreRouter(uidOf(type) as any, { only: [...PUBLIC_ACTIONS] }),
);

export default {
  'content-api': {
    type: 'content-api',
    // A getter: core routers read the content types, registered after this module loads.
    get routes() {
      return readOnly.flatMap((router) => router.routes as any[]);
    },
  },
  'licence-admin': licenceAdmin,
};
