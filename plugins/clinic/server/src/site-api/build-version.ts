import type Redis from 'ioredis';

const CHANNEL = 'clinic:site:build';

/**
 * The id of the read model's latest build: response-cache keys include it, so a
 * publish invalidates every cached response at once. With Redis, every instance
 * learns a new build through pub/sub; without it the process is alone.
 */
export const createBuildVersion = (redis: { publisher: Redis; subscriber: Redis } | null) => {
  let current = 'initial';
  if (redis) {
    void redis.subscriber.subscribe(CHANNEL);
    redis.subscriber.on('message', (channel, buildId) => {
      if (channel === CHANNEL) current = buildId;
    });
  }
  return {
    current: () => current,
    /** Adopt a build id read at boot, without telling other instances (they may know a newer one). */
    adopt(buildId: string) {
      current = buildId;
    },
    async announce(buildId: string) {
      current = buildId;
      if (redis) await redis.publisher.publish(CHANNEL, buildId);
    },
  };
};
