import type { Core } from '@strapi/strapi';
import { bootstrapSiteApi } from './site-api';
import { enableSqlStatementCounting } from './sql-statements';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  if (process.env.CLINIC_SQL_STATS === 'true') enableSqlStatementCounting(strapi);
  const siteApi = await bootstrapSiteApi(strapi);
  strapi.plugin('clinic').destroy = async () => siteApi.stop();
};
