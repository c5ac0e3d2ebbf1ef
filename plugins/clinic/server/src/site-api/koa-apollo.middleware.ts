/**
 * Apollo Server 5 on Strapi's Koa 2: the request handed to Apollo's documented
 * integration API (executeHTTPGraphQLRequest) and its answer written back.
 *
 * The same steps as @as-integrations/koa 3.0.0 (dist/index.js), which this app cannot
 * load: it needs koa 3 (Strapi 5.54 runs koa 2.16), Node >= 22, and it is ESM-only
 * with an import-only exports map, so a CommonJS plugin would get the ESM build of
 * @apollo/server beside its CommonJS one (two ApolloServer classes).
 */
import { Readable } from 'node:stream';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

interface KoaLikeContext {
  method: string;
  url: string;
  querystring: string;
  headers: Record<string, string | string[] | undefined>;
  request: { body?: unknown };
  status: number;
  body: unknown;
  set(field: string, value: string): void;
}

export const apolloKoaMiddleware =
  <TContext extends BaseContext>(server: ApolloServer<TContext>, context: () => Promise<TContext>) =>
  async (ctx: KoaLikeContext, next: () => Promise<void>) => {
    server.assertStarted('apolloKoaMiddleware()');
    if (ctx.method === 'POST' && ctx.request.body === undefined) {
      // A wiring fault, not the client's: the body parser must run first.
      throw new Error('apolloKoaMiddleware: ctx.request.body is not set; mount a body parser before it');
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(ctx.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: ctx.method.toUpperCase(), headers, search: ctx.querystring ? `?${ctx.querystring}` : '', body: ctx.request.body },
      context,
    });
    if (response.body.kind === 'complete') {
      ctx.body = response.body.string;
    } else {
      // Incremental delivery (@defer): chunks as Apollo yields them.
      ctx.body = Readable.from(response.body.asyncIterator);
    }
    if (response.status !== undefined) ctx.status = response.status;
    for (const [key, value] of response.headers) ctx.set(key, value);
    await next();
  };
