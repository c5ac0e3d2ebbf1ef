import { DEFAULT_EXPIRING_WINDOW_DAYS, isIsoDate, isValidTimeZone } from './domain';
import { invalidLimit, type OperationLimits } from './graphql/limits/operation-limits';
import { DEFAULT_PREVIEW_TTL_SECONDS, DEFAULT_SITE_URL, parsePreviewConfig } from './preview/preview-config';

interface ClinicConfigInput {
  expiringWindowDays?: unknown;
  licenceJobCron?: unknown;
  licenceJobTimeZone?: unknown;
  today?: unknown;
  siteApi?: Partial<Record<keyof OperationLimits | 'maxDepth' | 'searchCatchUpMs', unknown>>;
  graphqlLimits?: Partial<Record<keyof OperationLimits, unknown>>;
  readiness?: { maxStaleSeconds?: unknown; timeoutMs?: unknown };
  readModel?: { leaseMs?: unknown; slicePauseMs?: unknown };
  queryLimits?: { maxStringLength?: unknown; maxDepth?: unknown; maxListLength?: unknown };
  preview?: unknown;
}

/** Limits both GraphQL endpoints share by default (README "Query limits"). */
const sharedLimits = {
  maxBodyBytes: 100 * 1024,
  maxTokens: 2000,
  maxAliases: 30,
  maxDirectives: 30,
  // A full introspection query (getIntrospectionQuery) is 15 fields deep.
  maxTotalDepth: 20,
  maxInputDepth: 32,
};

export default {
  default: ({ env }: { env: (key: string, fallback?: string) => string }) => ({
    // A licence is "expiring" this many days before it expires.
    expiringWindowDays: DEFAULT_EXPIRING_WINDOW_DAYS,
    // When the daily licence status job runs (cron with seconds; 'off' to schedule nothing).
    licenceJobCron: env('CLINIC_LICENCE_JOB_CRON', '0 15 3 * * *'),
    licenceJobTimeZone: env('CLINIC_LICENCE_JOB_TZ', 'Etc/UTC'),
    // Pins the calendar day the app calls today (YYYY-MM-DD; the time of day stays real).
    // For test runs and dated demos only; unset, today is the wall clock's UTC day.
    today: env('CLINIC_TODAY', '') || null,
    // Base URL of the location sites, for JSON-LD @id and url values.
    siteUrl: 'https://www.example.com',
    siteApi: {
      path: '/site/graphql',
      // Data depth (graphql-depth-limit, introspection fields not counted).
      maxDepth: 8,
      maxComplexity: 5000,
      ...sharedLimits,
      // Cache-Control max-age of public responses (and the response cache's TTL).
      maxAgeSeconds: 60,
      landingPage: true,
      // Schema introspection and "Did you mean" suggestions; config/plugins.ts turns them off in production.
      introspection: true,
      // Shared APQ and response cache for several instances; in memory when null.
      redisUrl: null as string | null,
      responseCache: true,
      // How often the search index checks for page changes whose message it missed (one indexed read when none was).
      searchCatchUpMs: Number(env('SITE_SEARCH_CATCH_UP_MS', '5000')),
    },
    // GET /_ready: how far the read model may fall behind a publish, and how long a check may take.
    readiness: {
      maxStaleSeconds: Number(env('CLINIC_READY_MAX_STALE_SECONDS', '60')),
      timeoutMs: Number(env('CLINIC_READY_TIMEOUT_MS', '2000')),
    },
    // The read model's rebuilds (README "Read model"): how long an instance holds the rebuild
    // lease without renewing it (a crashed instance's work passes to another after this), and
    // a pause between the slices of a large rebuild to spread its load (0: none).
    readModel: {
      leaseMs: Number(env('CLINIC_READ_MODEL_LEASE_MS', '30000')),
      slicePauseMs: Number(env('CLINIC_READ_MODEL_SLICE_PAUSE_MS', '0')),
    },
    // Public REST and /graphql filters, sorts and populates (README "Query limits").
    queryLimits: {
      maxStringLength: Number(env('CLINIC_FILTER_MAX_STRING_LENGTH', '1000')),
      maxDepth: Number(env('CLINIC_FILTER_MAX_DEPTH', '20')),
      maxListLength: Number(env('CLINIC_FILTER_MAX_LIST_LENGTH', '100')),
    },
    // Strapi's /graphql; its data depth is the graphql plugin's own depthLimit.
    graphqlLimits: { ...sharedLimits, maxComplexity: 30000 },
    // Draft preview (README "Draft preview"): the token key, the site the button opens, how long a link works.
    preview: {
      secret: env('CLINIC_PREVIEW_SECRET', ''),
      siteUrl: env('CLINIC_SITE_URL', DEFAULT_SITE_URL),
      ttlSeconds: Number(env('CLINIC_PREVIEW_TTL_SECONDS', String(DEFAULT_PREVIEW_TTL_SECONDS))),
    },
  }),
  validator(config: ClinicConfigInput) {
    const days = config.expiringWindowDays;
    if (!Number.isInteger(days) || (days as number) < 0) {
      throw new Error(`clinic: config.expiringWindowDays must be a whole number of days >= 0, got ${String(days)}`);
    }
    if (typeof config.licenceJobCron !== 'string' || config.licenceJobCron.trim() === '') {
      throw new Error(`clinic: config.licenceJobCron must be a cron expression or 'off', got ${String(config.licenceJobCron)}`);
    }
    if (typeof config.licenceJobTimeZone !== 'string' || !isValidTimeZone(config.licenceJobTimeZone)) {
      throw new Error(`clinic: config.licenceJobTimeZone must be an IANA time zone, got ${String(config.licenceJobTimeZone)}`);
    }
    for (const key of ['maxStaleSeconds', 'timeoutMs'] as const) {
      const value = config.readiness?.[key];
      if (!Number.isInteger(value) || (value as number) < 1) {
        throw new Error(`clinic: config.readiness.${key} must be a whole number >= 1, got ${String(value)}`);
      }
    }
    for (const key of ['maxStringLength', 'maxDepth', 'maxListLength'] as const) {
      const value = config.queryLimits?.[key];
      if (!Number.isInteger(value) || (value as number) < 1) {
        throw new Error(`clinic: config.queryLimits.${key} must be a whole number >= 1, got ${String(value)}`);
      }
    }
    const lease = config.readModel?.leaseMs;
    if (!Number.isInteger(lease) || (lease as number) < 1000) {
      throw new Error(`clinic: config.readModel.leaseMs (CLINIC_READ_MODEL_LEASE_MS) must be a whole number of milliseconds >= 1000, got ${String(lease)}`);
    }
    const pause = config.readModel?.slicePauseMs;
    if (!Number.isInteger(pause) || (pause as number) < 0 || (pause as number) >= (lease as number) / 2) {
      throw new Error(`clinic: config.readModel.slicePauseMs (CLINIC_READ_MODEL_SLICE_PAUSE_MS) must be a whole number of milliseconds >= 0 and below half the lease, got ${String(pause)}`);
    }
    if (config.today !== null && config.today !== undefined && !isIsoDate(config.today)) {
      throw new Error(`clinic: config.today must be a date as YYYY-MM-DD or null, got ${JSON.stringify(config.today)}`);
    }
    const depth = config.siteApi?.maxDepth;
    if (!Number.isInteger(depth) || (depth as number) < 1) {
      throw new Error(`clinic: config.siteApi.maxDepth must be a whole number >= 1, got ${String(depth)}`);
    }
    const catchUp = config.siteApi?.searchCatchUpMs;
    if (!Number.isInteger(catchUp) || (catchUp as number) < 100) {
      throw new Error(`clinic: config.siteApi.searchCatchUpMs (SITE_SEARCH_CATCH_UP_MS) must be a whole number of milliseconds >= 100, got ${String(catchUp)}`);
    }
    const invalid = invalidLimit(config.siteApi, 'config.siteApi') ?? invalidLimit(config.graphqlLimits, 'config.graphqlLimits');
    if (invalid) throw new Error(`clinic: ${invalid}`);
    parsePreviewConfig(config.preview);
  },
};
