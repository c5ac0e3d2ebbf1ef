import type { Core } from '@strapi/strapi';
import { registerLicenceWebhookEvents } from './services/licence-events';
import { registerLicencePermissions } from './licence-permissions';
import { scheduleLicenceJob } from './licence-job';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  registerLicenceWebhookEvents(strapi);
  await registerLicencePermissions(strapi);
  scheduleLicenceJob(strapi);
};
