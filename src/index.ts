import type { Core } from '@strapi/strapi';
import { grantPublicReadAccess, closePublicRegistration } from './bootstrap/public-access';
import { runDemoSetup } from './bootstrap/demo';
import { assertProductionReady } from './production-gate';
import { installGracefulShutdown } from './shutdown/graceful-shutdown';

export default {
  register() {
    // Before bootstrap, where Strapi first signs or encrypts with the secrets. Not at
    // config load: `strapi build` loads the config too, and a build machine has no secrets.
    assertProductionReady();
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantPublicReadAccess(strapi);
    await closePublicRegistration(strapi);
    await strapi.plugin('clinic').service('clinic-roles').ensure();
    await strapi.plugin('clinic').service('admin-screens').ensure();
    if (process.env.CLINIC_DEMO === 'true') {
      await runDemoSetup(strapi);
    }
    installGracefulShutdown(strapi);
  },
};
