import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The metrics a chain's operations team scrapes (GET /metrics). One registry per
 * Strapi instance, so tests that boot a second app in the same process do not
 * register the same metric twice.
 */
export const createMetrics = () => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'clinic_node_' });
  const metrics = {
    registry,
    httpRequests: new Counter({
      name: 'clinic_http_requests_total',
      help: 'HTTP requests answered, by endpoint, method and status class',
      labelNames: ['endpoint', 'method', 'status'] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'clinic_http_request_duration_seconds',
      help: 'HTTP request duration by endpoint',
      labelNames: ['endpoint'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    graphqlOperations: new Histogram({
      name: 'clinic_site_api_operation_duration_seconds',
      help: 'Site API operations by operation name (at most 100 distinct names, then "other") and outcome',
      labelNames: ['operation', 'outcome'] as const,
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    responseCache: new Counter({
      name: 'clinic_site_api_response_cache_total',
      help: 'Site API responses by response-cache result (hit or miss)',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    rebuildDuration: new Histogram({
      name: 'clinic_read_model_rebuild_duration_seconds',
      help: 'Read-model rebuilds by outcome',
      labelNames: ['outcome'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    readModelStale: new Gauge({
      name: 'clinic_read_model_stale_seconds',
      help: 'Seconds since the oldest write no rebuild has applied yet (0 when current)',
      registers: [registry],
    }),
    rebuildFailuresInARow: new Gauge({
      name: 'clinic_read_model_failed_rebuilds',
      help: 'Consecutive failed read-model rebuilds (0 after a success)',
      registers: [registry],
    }),
    licenceJobRuns: new Counter({
      name: 'clinic_licence_job_runs_total',
      help: 'Daily licence-status job runs by outcome (ran, skipped: another instance or day already done, failed)',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    dbPool: new Gauge({
      name: 'clinic_db_pool_connections',
      help: 'Database pool connections by state (used, free, pending acquires)',
      labelNames: ['state'] as const,
      registers: [registry],
    }),
  };
  return metrics;
};

export type Metrics = ReturnType<typeof createMetrics>;

/** Bounds label cardinality: client-chosen names (operation names) past `max` distinct ones become "other". */
export const boundedLabel = (max = 100) => {
  const seen = new Set<string>();
  return (value: string | null | undefined) => {
    const name = value && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(value) ? value : 'anonymous';
    if (seen.has(name)) return name;
    if (seen.size >= max) return 'other';
    seen.add(name);
    return name;
  };
};

/** The endpoint label of a request path: a few known families, never the raw path. */
export const endpointOf = (path: string): string => {
  if (path === '/site/graphql') return 'site-api';
  if (path === '/graphql') return 'graphql';
  if (path.startsWith('/api/')) return 'rest';
  if (path === '/_health' || path === '/_ready' || path === '/metrics') return path.slice(1);
  if (path.startsWith('/admin') || path.startsWith('/content-manager') || path.startsWith('/upload') || path.startsWith('/clinic/')) return 'admin';
  return 'other';
};
