import type { Core } from '@strapi/strapi';
import { applyBodySchema, changesBodySchema, matrixQuerySchema } from '../domain';
import { parseOr400 } from './parse-or-400';

const matrix = (strapi: Core.Strapi) => strapi.plugin('clinic').service('price-matrix');

/** Admin API of the price matrix; the routes' policies require an admin with the matching permission. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async read(ctx: any) {
    const query = parseOr400(matrixQuerySchema, ctx.query, 'query');
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await matrix(strapi).matrix(query, ctx.state.user) };
  },

  async options(ctx: any) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await matrix(strapi).options(ctx.state.user) };
  },

  async preview(ctx: any) {
    const body = parseOr400(changesBodySchema, ctx.request.body, 'body');
    ctx.body = { data: await matrix(strapi).preview(body, ctx.state.user) };
  },

  async apply(ctx: any) {
    const body = parseOr400(applyBodySchema, ctx.request.body, 'body');
    ctx.body = { data: await matrix(strapi).apply(body, ctx.state.user) };
  },
});
