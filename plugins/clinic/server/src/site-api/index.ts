import type { Core } from '@strapi/strapi';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import Redis from 'ioredis';
import { RedisKeyValueCache } from './redis-cache';
import { createBuildVersion } from './build-version';
import { startSiteApi } from './server';
import type { SiteLimits } from './limits';

export interface SiteApiConfig extends SiteLimits {
  path: string;
  maxAgeSeconds: number;
  landingPage: boolean;
  redisUrl: string | null;
  responseCache: boolean;
}

/** Builds the read model, connects the shared cache and mounts the site API. */
export const bootstrapSiteApi = async (strapi: Core.Strapi) => {
  const config = strapi.plugin('clinic').config<SiteApiConfig>('siteApi');
  const pages = strapi.plugin('clinic').service('site-pages');
  await pages.ensureTable();

  const redis = config.redisUrl
    ? { client: new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 }), subscriber: new Redis(config.redisUrl) }
    : null;
  const cache = redis ? new RedisKeyValueCache(redis.client) : new InMemoryLRUCache<string>({ maxSize: 64 * 1024 * 1024 });
  const version = createBuildVersion(redis && { publisher: redis.client, subscriber: redis.subscriber });
  pages.onRebuilt((buildId: string) => void version.announce(buildId));

  // Pages are rebuilt after every write, so stored pages of the same read-model
  // version with no unread write are current: an instance (one of several, or a
  // restart) starts without loading the whole catalogue again.
  const stored = await pages.currentBuild();
  if (stored) {
    version.adopt(stored);
  } else {
    const started = Date.now();
    await pages.rebuildNow();
    strapi.log.info(`[clinic] site read model built in ${Date.now() - started} ms`);
  }
  pages.startSweep();

  const server = await startSiteApi(strapi, {
    ...config,
    cache,
    plugins: config.responseCache
      ? [ApolloServerPluginResponseCache({ sessionId: async () => null, extraCacheKeyData: async () => version.current() }) as any]
      : [],
  });
  return {
    async stop() {
      pages.stop();
      await server.stop();
      if (redis) {
        redis.client.disconnect();
        redis.subscriber.disconnect();
      }
    },
  };
};
