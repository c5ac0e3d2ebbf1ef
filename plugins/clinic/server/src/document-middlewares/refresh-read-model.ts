import type { Core } from '@strapi/strapi';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

/**
 * Every write to the catalogue schedules a rebuild of the site read model, once the
 * surrounding transaction has committed (a rebuild must not read uncommitted or
 * pre-commit state).
 */
export const refreshReadModel =
  (strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] =>
  async (context, next) => {
    const result = await next();
    if (context.uid.startsWith('plugin::clinic.') && WRITES.has(context.action)) {
      const pages = strapi.plugin('clinic').service('site-pages');
      const request = () => pages.requestRebuild();
      if (strapi.db.inTransaction()) {
        // Joins the open transaction (no new one): the stale mark commits with the
        // write, and the rebuild is asked for once it has committed.
        await strapi.db.transaction(async ({ trx, onCommit }) => {
          await pages.markStale(trx);
          onCommit(request);
        });
      } else {
        await pages.markStale();
        request();
      }
    }
    return result;
  };
