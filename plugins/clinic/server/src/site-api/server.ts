/**
 * The site API's delivery endpoint: its own schema on Apollo Server 5 (Strapi's
 * GraphQL plugin keeps its own Apollo Server 4), beside Strapi's /graphql. Resolvers
 * are plain functions over read-model pages, so no per-field auth/policy wrapper
 * runs: the site API is public, read-only and published-only by construction.
 */
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import bodyParser from 'koa-bodyparser';
import type { Core } from '@strapi/strapi';
import { PageTrace, traceStorage } from './cache/page-trace';
import { SURROGATE_KEY_HEADER, surrogateKeys } from './cache/surrogate-keys';
import { createContext, type SiteContext } from './context';
import { apolloKoaMiddleware } from './koa-apollo.middleware';
import { buildSiteSchema } from './executable-schema';
import { depthRule, siteEstimators, type SiteLimits } from './limits';
import { armorValidationRules, suggestionMaskPlugins } from '../graphql/limits/armor-rules';
import { inputDepthRule } from '../graphql/limits/input-values';
import { siteApiFormatError } from '../graphql/limits/mask-errors';
import { operationGuardPlugin } from '../graphql/limits/operation-guard.plugin';
import { previewApolloPlugin, previewRequestMiddleware } from './preview/preview-request';
import type { PreviewSession } from '../services/preview';

export interface SiteApiOptions extends SiteLimits {
  path: string;
  maxAgeSeconds: number;
  landingPage: boolean;
  /** Schema introspection and "Did you mean" suggestions (off in production unless SITE_API_INTROSPECTION=true). */
  introspection: boolean;
  cache: KeyValueCache<string>;
  /** Opens a Clinic-Preview token (services/preview.ts). */
  openPreview: (token: string) => Promise<PreviewSession>;
  plugins?: ApolloServerPlugin<BaseContext>[];
}

/** Strapi's default CSP blocks Apollo Sandbox's scripts: relax it for the landing page only. */
const sandboxPolicy = (enabled: boolean) => async (ctx: any, next: () => Promise<void>) => {
  if (enabled && ctx.method === 'GET' && String(ctx.get('accept')).includes('text/html')) {
    ctx.set(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self' 'unsafe-inline' https://embeddable-sandbox.cdn.apollographql.com; frame-src https://sandbox.embed.apollographql.com; style-src 'self' 'unsafe-inline' https:; img-src 'self' data: https:; connect-src 'self' https:",
    );
  }
  await next();
};

/**
 * Each request gets a trace of the pages it reads (the response cache keys entries
 * on their versions); the answer names them in Surrogate-Key for a CDN to purge by.
 */
const pageTraceMiddleware = async (ctx: { set(field: string, value: string): void }, next: () => Promise<void>) => {
  const trace = new PageTrace();
  await traceStorage.run(trace, next);
  if (trace.pages.size > 0) ctx.set(SURROGATE_KEY_HEADER, surrogateKeys(trace.pages.keys()));
};

export const startSiteApi = async (strapi: Core.Strapi, options: SiteApiOptions) => {
  const schema = buildSiteSchema();
  const server = new ApolloServer<SiteContext>({
    schema,
    // Query limits (README "Query limits"): all refused before a resolver runs.
    parseOptions: { maxLexicalTokens: options.maxTokens },
    validationRules: [depthRule(options), ...armorValidationRules(options), inputDepthRule(options.maxInputDepth)],
    formatError: siteApiFormatError(strapi.log),
    // Frontend teams build on the committed schema.graphql; a production API need not describe itself.
    introspection: options.introspection,
    // The app drains and stops on SIGTERM itself (src/shutdown); Apollo's own handler would fail requests in flight.
    stopOnTerminationSignals: false,
    // Automatic persisted queries, in the shared cache when Redis is configured.
    persistedQueries: { cache: options.cache, ttl: 24 * 3600 },
    cache: options.cache,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
    plugins: [
      operationGuardPlugin<SiteContext>({ maxComplexity: options.maxComplexity, maxInputDepth: options.maxInputDepth, estimators: siteEstimators }),
      ApolloServerPluginCacheControl({ defaultMaxAge: options.maxAgeSeconds, calculateHttpHeaders: true }),
      previewApolloPlugin<SiteContext>(),
      options.landingPage ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
      ...(suggestionMaskPlugins(options.introspection) as ApolloServerPlugin<SiteContext>[]),
      ...((options.plugins ?? []) as ApolloServerPlugin<SiteContext>[]),
    ],
  });
  await server.start();
  const context = createContext(strapi);

  strapi.server.routes([
    {
      method: 'ALL',
      path: options.path,
      // No CORS handler of its own: the app's strapi::cors answers the site origins (config/middlewares.ts).
      handler: [sandboxPolicy(options.landingPage), bodyParser({ jsonLimit: String(options.maxBodyBytes) }), previewRequestMiddleware(options.openPreview), pageTraceMiddleware, apolloKoaMiddleware(server, () => Promise.resolve(context(traceStorage.getStore())))],
      config: { auth: false },
    },
  ]);
  return server;
};
