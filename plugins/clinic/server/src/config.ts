import { DEFAULT_EXPIRING_WINDOW_DAYS } from './domain';

export default {
  default: {
    // A licence is "expiring" this many days before it expires.
    expiringWindowDays: DEFAULT_EXPIRING_WINDOW_DAYS,
    // Base URL of the location sites, for JSON-LD @id and url values.
    siteUrl: 'https://www.example.com',
    siteApi: {
      path: '/site/graphql',
      maxDepth: 8,
      maxComplexity: 5000,
      // Cache-Control max-age of public responses (and the response cache's TTL).
      maxAgeSeconds: 60,
      landingPage: true,
      // Shared APQ and response cache for several instances; in memory when null.
      redisUrl: null as string | null,
      responseCache: true,
    },
  },
  validator(config: { expiringWindowDays?: unknown; siteApi?: { maxDepth?: unknown; maxComplexity?: unknown } }) {
    const days = config.expiringWindowDays;
    if (!Number.isInteger(days) || (days as number) < 0) {
      throw new Error(`clinic: config.expiringWindowDays must be a whole number of days >= 0, got ${String(days)}`);
    }
    for (const key of ['maxDepth', 'maxComplexity'] as const) {
      const value = config.siteApi?.[key];
      if (!Number.isInteger(value) || (value as number) < 1) {
        throw new Error(`clinic: config.siteApi.${key} must be a whole number >= 1, got ${String(value)}`);
      }
    }
  },
};
