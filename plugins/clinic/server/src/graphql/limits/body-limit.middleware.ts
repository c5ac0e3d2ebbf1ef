import type { Core } from '@strapi/strapi';

export interface BodyLimit {
  path: string;
  maxBodyBytes: number;
}

const refuse = (ctx: any, status: number, code: string, message: string, extensions: Record<string, unknown> = {}) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = { errors: [{ message, extensions: { ...extensions, code } }] };
};

/**
 * Bounds what a GraphQL request may make the server read. It must run before
 * `strapi::body`: that parser reads every JSON body up to 1 MB (its default, left as is
 * for REST and the admin panel) before any route sees it, the site API's included, and
 * /graphql's too as soon as the URL carries a query string. So the bound is the
 * Content-Length, checked before a byte is read: a body without one (chunked) or
 * compressed (it would inflate past it) is refused as well. Browsers and GraphQL clients
 * send a Content-Length and no Content-Encoding.
 */
export const graphqlBodyLimit = (limits: BodyLimit[]) => {
  const byPath = new Map(limits.map((l) => [l.path, l.maxBodyBytes]));
  return async (ctx: any, next: () => Promise<void>) => {
    const max = byPath.get(ctx.path);
    if (max === undefined) return next();
    const length = ctx.get('content-length');
    const encoding = ctx.get('content-encoding');
    if (encoding && encoding.toLowerCase() !== 'identity') {
      return refuse(ctx, 415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Encoding ${encoding} is not accepted here: send the body uncompressed.`);
    }
    if (!length && ctx.get('transfer-encoding')) {
      return refuse(ctx, 411, 'LENGTH_REQUIRED', 'Send a Content-Length with the request body.');
    }
    if (length && Number(length) > max) {
      return refuse(ctx, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${max} bytes.`, { limit: max });
    }
    return next();
  };
};

/** The app middleware `plugin::clinic.graphql-body-limit` (config/middlewares.ts, before strapi::body). */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const site = strapi.plugin('clinic').config<BodyLimit>('siteApi');
  const limits: BodyLimit[] = [{ path: site.path, maxBodyBytes: site.maxBodyBytes }];
  if (strapi.plugin('graphql')) {
    limits.push({
      path: strapi.plugin('graphql').config<string>('endpoint'),
      maxBodyBytes: strapi.plugin('clinic').config<number>('graphqlLimits.maxBodyBytes'),
    });
  }
  return graphqlBodyLimit(limits);
};
