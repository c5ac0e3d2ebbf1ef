import type Redis from 'ioredis';

const CHANNEL = 'clinic:site:build';
export const FALLBACK_POLL_MS = 1000;

/**
 * The id of the read model's latest build: response-cache keys include it, so a
 * publish invalidates every cached response at once. With Redis, every instance
 * learns a new build through pub/sub; without it the process is alone.
 *
 * While the subscriber is not connected, messages are lost: the build id is then
 * read from the database every second, and once more when the subscriber is back,
 * so an instance never keys responses on a build it missed.
 */
export const createBuildVersion = (
  redis: { publisher: Redis; subscriber: Redis } | null,
  readStoredBuild: () => Promise<string | null>,
  onError: (error: unknown) => void,
) => {
  let current = 'initial';
  let poll: NodeJS.Timeout | null = null;
  const refresh = () =>
    readStoredBuild()
      .then((stored) => {
        if (stored) current = stored;
      })
      .catch(onError);
  const startPolling = () => {
    if (poll) return;
    poll = setInterval(() => void refresh(), FALLBACK_POLL_MS);
    poll.unref();
  };
  const stopPolling = () => {
    if (poll) clearInterval(poll);
    poll = null;
  };
  if (redis) {
    redis.subscriber.subscribe(CHANNEL).catch(onError);
    redis.subscriber.on('message', (channel: string, buildId: string) => {
      if (channel === CHANNEL) current = buildId;
    });
    redis.subscriber.on('close', startPolling);
    redis.subscriber.on('ready', () => {
      stopPolling();
      void refresh();
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
      if (redis) await redis.publisher.publish(CHANNEL, buildId).catch(onError);
    },
    stop: stopPolling,
  };
};
