import type { Core } from '@strapi/strapi';
import { timedCheck } from './readiness';

const PROBE_TIMEOUT_MS = 1000;
const RETRY_AFTER_SECONDS = 5;

const MESSAGE = 'The catalogue database is unavailable; retry shortly.';

/** A GraphQL answer that failed inside (masked as INTERNAL_SERVER_ERROR), or a REST 5xx/401. */
const mayHideAnOutage = (ctx: any) => {
  if (ctx.path === '/_ready' || ctx.path === '/_health' || ctx.path === '/metrics') return false; // they say so themselves
  if (ctx.status >= 500 || ctx.status === 401) return true;
  if (ctx.path !== '/graphql' && ctx.path !== '/site/graphql') return false;
  const body = typeof ctx.body === 'string' ? ctx.body : ctx.body && typeof ctx.body === 'object' && !ctx.body.pipe ? JSON.stringify(ctx.body) : '';
  return body.includes('INTERNAL_SERVER_ERROR') || body.includes('ECONNREFUSED');
};

/**
 * While the database is down Strapi answers a public REST or /graphql request 401
 * "Missing or invalid credentials" (the users-permissions strategy swallows the
 * failed permission lookup), and a GraphQL resolver's failure is a 200 with an
 * error. When a response looks like that, one bounded probe asks the database; if it
 * does not answer, the client gets 503 with Retry-After and a stable code
 * (SERVICE_UNAVAILABLE) instead: a load balancer and a site can tell an outage from
 * bad credentials. Healthy requests never pay for the probe.
 */
export const databaseUnavailableMiddleware = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    let thrown: unknown = null;
    try {
      await next();
    } catch (error) {
      thrown = error;
    }
    if (thrown === null && !mayHideAnOutage(ctx)) return;
    const probe = await timedCheck(() => strapi.db.connection.raw('select 1'), PROBE_TIMEOUT_MS);
    if (probe.ok) {
      if (thrown !== null) throw thrown as Error; // strapi::errors runs inside: this is rare and rethrown as it came
      return;
    }
    strapi.log.warn(`[clinic] database unavailable (${probe.reason}): ${ctx.method} ${ctx.path} answered 503`);
    ctx.status = 503;
    ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
    ctx.set('Cache-Control', 'no-store');
    const graphql = ctx.path === '/graphql' || ctx.path === '/site/graphql';
    ctx.body = graphql
      ? { errors: [{ message: MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }] }
      : { data: null, error: { status: 503, name: 'ServiceUnavailableError', message: MESSAGE, details: {} } };
  };
};
