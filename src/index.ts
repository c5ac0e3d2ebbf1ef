import type { Core } from '@strapi/strapi';
import { grantPublicReadAccess, closePublicRegistration } from './bootstrap/public-access';
import { runDemoSetup } from './bootstrap/demo';

export default {
  register(/* { strapi }: { strapi: Core.Strapi } */) {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantPublicReadAccess(strapi);
    await closePublicRegistration(strapi);
    await strapi.plugin('clinic').service('clinic-roles').ensure();
    if (process.env.CLINIC_DEMO === 'true') {
      await runDemoSetup(strapi);
    }
  },
};
