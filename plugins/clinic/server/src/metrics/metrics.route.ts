import { timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';

export const METRICS_PATH = '/metrics';

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * GET /metrics in Prometheus text. With METRICS_TOKEN set it wants
 * `Authorization: Bearer <token>`; in production without a token it answers 403
 * (metrics name internals an attacker should not read); elsewhere it is open.
 */
export const mountMetricsRoute = (strapi: Core.Strapi, token = process.env.METRICS_TOKEN ?? '') => {
  const metrics = strapi.plugin('clinic').service('metrics');
  // Values that are read when scraped, not counted as they happen.
  metrics.readModelStale.collect = async () => {
    const pages = strapi.plugin('clinic').service('site-pages');
    metrics.readModelStale.set((await pages.staleSeconds().catch(() => null)) ?? 0);
  };
  // Its own collect: set from another metric's, it showed the previous scrape's value.
  metrics.rebuildFailuresInARow.collect = () => {
    metrics.rebuildFailuresInARow.set(strapi.plugin('clinic').service('site-pages').rebuildState().failures);
  };
  metrics.dbPool.collect = () => {
    const pool = (strapi.db.connection as any).client?.pool;
    if (!pool) return;
    metrics.dbPool.set({ state: 'used' }, pool.numUsed());
    metrics.dbPool.set({ state: 'free' }, pool.numFree());
    metrics.dbPool.set({ state: 'pending' }, pool.numPendingAcquires());
  };
  strapi.server.routes([
    {
      method: 'GET',
      path: METRICS_PATH,
      config: { auth: false },
      handler: async (ctx: any) => {
        if (token) {
          const given = String(ctx.get('authorization')).replace(/^Bearer\s+/i, '');
          if (!sameSecret(given, token)) {
            ctx.status = 401;
            ctx.body = { error: 'send Authorization: Bearer <METRICS_TOKEN>' };
            return;
          }
        } else if (process.env.NODE_ENV === 'production') {
          ctx.status = 403;
          ctx.body = { error: 'metrics need METRICS_TOKEN in production' };
          return;
        }
        ctx.set('Content-Type', metrics.registry.contentType);
        ctx.set('Cache-Control', 'no-store');
        ctx.body = await metrics.registry.metrics();
      },
    },
  ]);
};
