import type { Core } from '@strapi/strapi';
import { endpointOf } from './registry';

/**
 * Counts and times every request (listed first in config/middlewares.ts as
 * 'plugin::clinic.http-metrics', so the time includes every other middleware).
 */
export const httpMetricsMiddleware = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: { path: string; method: string; status: number }, next: () => Promise<void>) => {
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      const metrics = strapi.plugin('clinic').service('metrics');
      const endpoint = endpointOf(ctx.path);
      metrics.httpRequests.inc({ endpoint, method: ctx.method, status: `${Math.floor(ctx.status / 100)}xx` });
      metrics.httpDuration.observe({ endpoint }, Number(process.hrtime.bigint() - started) / 1e9);
    }
  };
};
