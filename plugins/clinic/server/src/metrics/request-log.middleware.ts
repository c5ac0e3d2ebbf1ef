import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';

const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Replaces 'strapi::logger': every request gets an id (the caller's X-Request-Id
 * when it is a safe token, a load balancer's for instance, else a new one), sent
 * back in X-Request-Id, kept in ctx.state.requestId for error logs, and written
 * with the request line as structured fields.
 */
export const requestLogMiddleware = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    const started = Date.now();
    const given = String(ctx.get('x-request-id') ?? '');
    const requestId = SAFE_ID.test(given) ? given : randomUUID();
    ctx.state.requestId = requestId;
    ctx.set('X-Request-Id', requestId);
    try {
      await next();
    } finally {
      const ms = Math.ceil(Date.now() - started);
      strapi.log.http(`${ctx.method} ${ctx.url} (${ms} ms) ${ctx.status}`, { requestId, method: ctx.method, path: ctx.path, status: ctx.status, ms });
    }
  };
};
