import type { Core } from '@strapi/strapi';
import { appliedId, lastChangeId, pendingCount } from '../repositories/read-model-changes.repository';

/** GET /clinic/read-model/rebuilds: this instance's last rebuild reports, and the change log's position (highest applied id, highest id, changes pending). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async rebuilds(ctx: any) {
    const pages = strapi.plugin('clinic').service('site-pages');
    const knex = strapi.db.connection;
    const [applied, last, pending, buildId] = await Promise.all([appliedId(knex), lastChangeId(knex), pendingCount(knex), pages.latestBuildId()]);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: { ...pages.rebuildReports(), changeLog: { appliedId: applied, lastId: Math.max(applied, last), pending }, buildId } };
  },
});
