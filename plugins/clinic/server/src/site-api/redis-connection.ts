import Redis, { type RedisOptions } from 'ioredis';

/**
 * Redis for the request path fails fast: no offline queue (a command while
 * disconnected fails at once instead of waiting for a reconnect), a short command
 * timeout, and reconnects every ≤ 2 s in the background. The subscriber keeps the
 * offline queue so its SUBSCRIBE is sent when it connects (ioredis re-subscribes
 * after every reconnect).
 */
const COMMON: RedisOptions = {
  connectTimeout: 1000,
  retryStrategy: (times) => Math.min(times * 200, 2000),
};

export const REQUEST_PATH_OPTIONS: RedisOptions = { ...COMMON, enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 250 };

/** Logs the first error of an outage and then at most one line per interval (an outage makes thousands). */
export const throttledLogger = (log: (message: string) => void, intervalMs = 30_000) => {
  let last = 0;
  let suppressed = 0;
  return (error: unknown) => {
    const now = Date.now();
    if (now - last < intervalMs) {
      suppressed++;
      return;
    }
    log(`[clinic] Redis: ${(error as Error)?.message ?? String(error)}${suppressed ? ` (${suppressed} more since the last report)` : ''}; the site API answers uncached meanwhile`);
    last = now;
    suppressed = 0;
  };
};

export const connectRedis = (url: string, onError: (error: unknown) => void) => {
  const client = new Redis(url, REQUEST_PATH_OPTIONS);
  const subscriber = new Redis(url, COMMON);
  client.on('error', onError);
  subscriber.on('error', onError);
  return { client, subscriber };
};
