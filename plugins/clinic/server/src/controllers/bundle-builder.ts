import type { Core } from '@strapi/strapi';
import { quoteBodySchema, saveBundleBodySchema, saveOfferingBodySchema } from '../domain';
import { parseOr400 } from './parse-or-400';

const builder = (strapi: Core.Strapi) => strapi.plugin('clinic').service('bundle-builder');

/** Admin API of the bundle builder; the routes' policies require an admin with the matching permission. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async options(ctx: any) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await builder(strapi).options(ctx.state.user) };
  },

  async quote(ctx: any) {
    const body = parseOr400(quoteBodySchema, ctx.request.body, 'body');
    ctx.body = { data: await builder(strapi).quote(body, ctx.state.user) };
  },

  async saveOffering(ctx: any) {
    const body = parseOr400(saveOfferingBodySchema, ctx.request.body, 'body');
    ctx.body = { data: await builder(strapi).saveOffering(body, ctx.state.user) };
  },

  async saveBundle(ctx: any) {
    const body = parseOr400(saveBundleBodySchema, ctx.request.body, 'body');
    ctx.body = { data: await builder(strapi).saveBundle(body) };
  },
});
