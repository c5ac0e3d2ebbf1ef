import type { Core } from '@strapi/strapi';
import { decideReadiness, timedCheck } from './readiness';

export const READINESS_PATH = '/_ready';

export interface ReadinessDeps {
  /** Pings the shared Redis; absent when none is configured. */
  pingRedis?: () => Promise<unknown>;
  maxStaleSeconds: number;
  timeoutMs: number;
}

/**
 * GET /_ready: 200 when this instance should receive traffic, 503 with the reasons
 * when not (database or Redis unreachable, the read model behind by more than its
 * bound, shutting down). /_health stays Strapi's liveness answer (204, no I/O).
 */
export const mountReadinessRoute = (strapi: Core.Strapi, deps: ReadinessDeps) => {
  strapi.server.routes([
    {
      method: 'GET',
      path: READINESS_PATH,
      config: { auth: false },
      handler: async (ctx: any) => {
        const pages = strapi.plugin('clinic').service('site-pages');
        let staleSeconds: number | null = null;
        const [database, redis] = await Promise.all([
          timedCheck(async () => {
            staleSeconds = await pages.staleSeconds();
          }, deps.timeoutMs),
          deps.pingRedis ? timedCheck(deps.pingRedis, deps.timeoutMs) : Promise.resolve(undefined),
        ]);
        const result = decideReadiness({
          listening: strapi.server.httpServer.listening,
          database,
          redis,
          staleSeconds,
          maxStaleSeconds: deps.maxStaleSeconds,
          rebuild: pages.rebuildState(),
        });
        ctx.set('Cache-Control', 'no-store');
        ctx.status = result.ready ? 200 : 503;
        ctx.body = result;
      },
    },
  ]);
};
