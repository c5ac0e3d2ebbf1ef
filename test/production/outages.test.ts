/**
 * An instance of its own over a PostgreSQL cluster and a Redis of the test's own,
 * each stopped and started again:
 * - GET /_ready: 200 while both answer, 503 naming the one that does not, 200 again
 *   when it is back, with no restart; /_health stays liveness (204) throughout;
 * - Redis fails open: the site API answers uncached while Redis is away (persisted
 *   queries too), and caches in Redis again when it returns.
 */
import Redis from 'ioredis';
import { startApp, type AppProcess } from '../helpers/app-process';
import { startOwnPostgres, startOwnRedis, type OwnPostgres, type OwnRedis } from '../helpers/own-services';
import { eventually } from '../helpers/demo-in-production';

interface ReadyBody {
  ready: boolean;
  reasons: string[];
  checks: Record<string, unknown>;
}

const ready = async (base: string) => {
  const res = await fetch(`${base}/_ready`);
  return { status: res.status, body: (await res.json()) as ReadyBody };
};

const SITE_QUERY = `{ locations(page: { limit: 5 }) { items { slug } } }`;
const siteQuery = async (base: string, query = SITE_QUERY) => {
  const started = Date.now();
  const res = await fetch(`${base}/site/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, ms: Date.now() - started, body: (await res.json()) as { data?: unknown; errors?: unknown[] } };
};
const cachedResponseKeys = async (url: string) => {
  const client = new Redis(url);
  try {
    return await client.keys('clinic:site:fqc:*');
  } finally {
    client.disconnect();
  }
};


describe('readiness (/_ready) through database and Redis outages', () => {
  let pg: OwnPostgres | undefined;
  let redis: OwnRedis | undefined;
  let app: AppProcess | undefined;

  beforeAll(async () => {
    pg = await startOwnPostgres();
    redis = await startOwnRedis();
    app = await startApp({ DATABASE_CLIENT: 'postgres', DATABASE_URL: pg.url, REDIS_URL: redis.url, METRICS_TOKEN: 'metrics-token-for-this-test-only' });
  }, 180_000);

  afterAll(async () => {
    app?.kill();
    await redis?.stop();
    pg?.destroy();
  });

  it('is ready when PostgreSQL and Redis answer', async () => {
    const { status, body } = await ready(app!.base);
    expect(status).toBe(200);
    expect(body.ready).toBe(true);
    expect(Object.keys(body.checks).sort()).toEqual(['database', 'readModel', 'redis']);
  });

  it('logs one JSON object per line in production, with the request id it echoes', async () => {
    const res = await fetch(`${app!.base}/_ready`, { headers: { 'x-request-id': 'lb-7f3a9c' } });
    expect(res.headers.get('x-request-id')).toBe('lb-7f3a9c');
    const generated = (await fetch(`${app!.base}/_health`, { headers: { 'x-request-id': 'not a safe id; drop table' } })).headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    const line = await eventually(
      () => Promise.resolve(app!.output().split('\n').find((l) => l.includes('"requestId":"lb-7f3a9c"'))),
      (l) => l !== undefined,
    );
    expect(JSON.parse(line!)).toMatchObject({ level: 'http', requestId: 'lb-7f3a9c', method: 'GET', path: '/_ready', status: 200, timestamp: expect.any(String) });
  });

  it('serves /metrics in production only with the bearer token', async () => {
    expect((await fetch(`${app!.base}/metrics`)).status).toBe(401);
    const res = await fetch(`${app!.base}/metrics`, { headers: { authorization: 'Bearer metrics-token-for-this-test-only' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('clinic_http_requests_total');
  });

  it('answers 503 naming Redis while it is down, and recovers without a restart', async () => {
    await redis!.stop();
    const down = await eventually(() => ready(app!.base), (r) => r.status === 503);
    expect(down.status).toBe(503);
    expect(down.body.reasons).toEqual([expect.stringMatching(/^redis: /)]);
    expect((await fetch(`${app!.base}/_health`)).status).toBe(204);

    await redis!.start();
    expect((await eventually(() => ready(app!.base), (r) => r.status === 200)).status).toBe(200);
  }, 60_000);

  it('keeps answering while Redis is down, uncached, and caches in Redis again when it is back', async () => {
    expect((await siteQuery(app!.base)).status).toBe(200);
    expect(await eventually(() => cachedResponseKeys(redis!.url), (keys) => keys.length > 0)).not.toEqual([]);

    await redis!.stop();
    // A persisted query registered during the outage is a miss, never a 500.
    const apq = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } }) });
    const byHash = await fetch(`${app!.base}/site/graphql?${apq.toString()}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(((await byHash.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // Redis commands on the request path fail fast (no offline queue, no retries, 250 ms timeout):
    // with ioredis's defaults each of these would wait on the dead Redis and the 20 of them would
    // outlast the test's 60 s. No wall-clock assertion here (a shared machine's load is no signal).
    for (let i = 0; i < 20; i++) {
      const { status, body } = await siteQuery(app!.base, `{ locations(page: { limit: ${1 + (i % 5)} }) { items { slug } } }`);
      expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    }

    await redis!.start(); // empty: it keeps nothing on disk
    await eventually(() => ready(app!.base), (r) => r.status === 200);
    const keys = await eventually(
      async () => {
        await siteQuery(app!.base);
        return cachedResponseKeys(redis!.url);
      },
      (k) => k.length > 0,
    );
    expect(keys.length).toBeGreaterThan(0);
    expect(app!.output()).not.toMatch(/Unhandled error event|MaxRetriesPerRequestError/);
  }, 60_000);

  it('answers 503 naming the database while PostgreSQL is down, and recovers', async () => {
    pg!.stop();
    const down = await eventually(() => ready(app!.base), (r) => r.status === 503);
    expect(down.status).toBe(503);
    expect(down.body.reasons).toEqual([expect.stringMatching(/^database: /)]);
    expect((await fetch(`${app!.base}/_health`)).status).toBe(204);

    // The public APIs say the database is away, not "bad credentials" or a driver message.
    const restRes = await fetch(`${app!.base}/api/clinic/locations`);
    expect(restRes.status).toBe(503);
    expect(restRes.headers.get('retry-after')).toBe('5');
    const gql = await fetch(`${app!.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ clinicLocations { slug } }' }) });
    expect(gql.status).toBe(503);
    const uncached = await siteQuery(app!.base, `{ locations(page: { limit: 7 }) { items { slug name } } }`);
    expect(uncached.status).toBe(503);
    expect(JSON.stringify(uncached.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    expect(uncached.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE' } })]);

    pg!.start();
    expect((await eventually(() => ready(app!.base), (r) => r.status === 200, 30_000)).status).toBe(200);
  }, 90_000);
});
