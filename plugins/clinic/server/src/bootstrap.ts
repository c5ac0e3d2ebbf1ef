import type { Core } from '@strapi/strapi';
import { registerFranchiseCondition } from './admin-roles/franchise-condition';
import { registerLicenceWebhookEvents } from './services/licence-events';
import { registerLicencePermissions } from './licence-permissions';
import { registerReadModelPermissions } from './read-model-permissions';
import { registerPriceMatrixPermissions } from './price-matrix-permissions';
import { registerBundleBuilderPermissions } from './bundle-builder-permissions';
import { registerCompliancePermissions } from './compliance/compliance.permissions';
import { scheduleLicenceJob } from './licence-job';
import { bootstrapSiteApi } from './site-api';
import { mountReadinessRoute } from './health/readiness.route';
import { mountMetricsRoute } from './metrics/metrics.route';
import { enableSqlStatementCounting } from './sql-statements';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // Conditions can only be registered while Strapi loads. The roles that use it are
  // provisioned later, from the app's bootstrap (services/clinic-roles.ts says why).
  await registerFranchiseCondition(strapi);
  registerLicenceWebhookEvents(strapi);
  await registerLicencePermissions(strapi);
  await registerReadModelPermissions(strapi);
  await registerPriceMatrixPermissions(strapi);
  await registerBundleBuilderPermissions(strapi);
  await registerCompliancePermissions(strapi);
  scheduleLicenceJob(strapi);
  if (process.env.CLINIC_SQL_STATS === 'true') enableSqlStatementCounting(strapi);
  const siteApi = await bootstrapSiteApi(strapi);
  mountMetricsRoute(strapi);
  mountReadinessRoute(strapi, { ...strapi.plugin('clinic').config<{ maxStaleSeconds: number; timeoutMs: number }>('readiness'), pingRedis: siteApi.pingRedis });
  strapi.plugin('clinic').destroy = async () => siteApi.stop();
};
