import type { Core } from '@strapi/strapi';
import { expiringQuerySchema, recomputeRequestSchema } from '../domain';
import { parseOr400 } from './parse-or-400';

const lifecycle = (strapi: Core.Strapi) => strapi.plugin('clinic').service('licence-lifecycle');

/** Admin API of the licence lifecycle; the routes' policies require an admin with the matching permission. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async expiring(ctx: any) {
    const query = parseOr400(expiringQuerySchema, ctx.query, 'query');
    ctx.body = { data: await lifecycle(strapi).expiringLicences(query) };
  },

  async recompute(ctx: any) {
    const body = parseOr400(recomputeRequestSchema, ctx.request.body, 'body');
    ctx.body = { data: await lifecycle(strapi).recomputeLicenceStatuses(body) };
  },
});
