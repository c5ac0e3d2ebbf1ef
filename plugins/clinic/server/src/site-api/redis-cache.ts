import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type Redis from 'ioredis';

/**
 * Apollo's KeyValueCache on Redis: APQ and response cache shared by every instance.
 * Writes fail open (a lost cache write is a later miss); reads are wrapped in
 * Apollo's ErrorsAreMissesCache by the caller, so an unreachable Redis makes the
 * site API answer uncached, never fail.
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly onError: (error: unknown) => void,
    private readonly prefix = 'clinic:site:',
  ) {}

  async get(key: string) {
    return (await this.redis.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions) {
    const ttl = options?.ttl;
    try {
      if (typeof ttl === 'number' && ttl > 0) await this.redis.set(this.prefix + key, value, 'EX', Math.ceil(ttl));
      else await this.redis.set(this.prefix + key, value);
    } catch (error) {
      this.onError(error);
    }
  }

  async delete(key: string) {
    try {
      await this.redis.del(this.prefix + key);
    } catch (error) {
      this.onError(error);
    }
  }
}
