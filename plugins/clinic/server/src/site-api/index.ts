import type { Core } from '@strapi/strapi';
import { ErrorsAreMissesCache, InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import { RedisKeyValueCache } from './redis-cache';
import { connectRedis, throttledLogger } from './redis-connection';
import { PageKeyedCache } from './cache/page-keyed-cache';
import { createPageVersions } from './cache/page-versions';
import { startSiteApi } from './server';
import { siteApiMetricsPlugin } from '../metrics/site-api-metrics.plugin';
import type { SiteLimits } from './limits';
import type { SiteContext } from './context';

export interface SiteApiConfig extends SiteLimits {
  path: string;
  maxAgeSeconds: number;
  landingPage: boolean;
  introspection: boolean;
  redisUrl: string | null;
  responseCache: boolean;
  /** How often the search index checks for page changes it missed (services/site-search.ts). */
  searchCatchUpMs: number;
}

type SitePages = ReturnType<typeof import('../services/site-pages').default>;
type PreviewService = ReturnType<typeof import('../services/preview').default>;
type SiteSearchService = ReturnType<typeof import('../services/site-search').default>;

/** Builds the read model, connects the shared cache and mounts the site API. */
export const bootstrapSiteApi = async (strapi: Core.Strapi) => {
  const config = strapi.plugin('clinic').config<SiteApiConfig>('siteApi');
  const pages = strapi.plugin('clinic').service<SitePages>('site-pages');
  await pages.ensureTable();

  // A Redis outage must not fail the site: cache errors are misses, writes are dropped.
  const onRedisError = throttledLogger((message) => strapi.log.warn(message));
  const redis = config.redisUrl ? connectRedis(config.redisUrl, onRedisError) : null;
  const cache = redis
    ? new ErrorsAreMissesCache(new RedisKeyValueCache(redis.client, onRedisError), { debug: () => {}, info: () => {}, warn: onRedisError, error: onRedisError })
    : new InMemoryLRUCache<string>({ maxSize: 64 * 1024 * 1024 });
  // Which version of each page is current: cached responses are checked against it.
  const versions = createPageVersions({ redis: redis && { publisher: redis.client, subscriber: redis.subscriber }, readVersions: (ids) => pages.versions(ids), onError: onRedisError });
  pages.onRebuilt((report) => void versions.announce({ buildId: report.buildId, written: report.written, removed: report.removed }));
  // The site search follows the same changes (this instance's and, through Redis, the others').
  const search = strapi.plugin('clinic').service<SiteSearchService>('site-search');
  versions.onChange((change) => search.follow(change));
  search.startCatchUp(() => versions.epoch(), config.searchCatchUpMs);

  // Stored pages of the same read-model version are current up to the change log's
  // applied id: an instance (one of several, or a restart) starts on them and
  // applies what is pending, without loading the whole catalogue again.
  const stored = await pages.currentBuild();
  if (stored) {
    // Changes committed while no instance applied them (one stopped mid-way).
    pages.requestRebuild();
  } else {
    const started = Date.now();
    await pages.rebuildNow();
    strapi.log.info(`[clinic] site read model built in ${Date.now() - started} ms`);
  }
  pages.startSweep();
  await search.start();

  const server = await startSiteApi(strapi, {
    ...config,
    cache,
    openPreview: (token) => strapi.plugin('clinic').service<PreviewService>('preview').open(token),
    plugins: [
      siteApiMetricsPlugin(strapi.plugin('clinic').service('metrics'), config.responseCache),
      ...(config.responseCache
        ? [
            ApolloServerPluginResponseCache({
              sessionId: () => Promise.resolve(null),
              cache: new PageKeyedCache(cache, versions),
              // A draft preview is neither served from nor stored in the response cache.
              shouldReadFromCache: ({ contextValue }) => Promise.resolve(!(contextValue as SiteContext).preview),
              shouldWriteToCache: ({ contextValue }) => Promise.resolve(!(contextValue as SiteContext).preview),
            }),
          ]
        : []),
    ],
  });
  return {
    /** Readiness pings the shared cache when there is one. */
    pingRedis: redis ? () => redis.client.ping() : undefined,
    async stop() {
      search.stopCatchUp();
      await pages.stop();
      await server.stop();
      if (redis) {
        redis.client.disconnect();
        redis.subscriber.disconnect();
      }
    },
  };
};
