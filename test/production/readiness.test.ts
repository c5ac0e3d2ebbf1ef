/**
 * GET /_ready, on an instance of its own over a PostgreSQL cluster and a Redis of
 * the test's own: 200 while both answer, 503 naming the one that does not, 200
 * again when it is back — with no restart. /_health stays liveness (204) throughout.
 */
import { startApp, type AppProcess } from '../helpers/app-process';
import { startOwnPostgres, startOwnRedis, type OwnPostgres, type OwnRedis } from '../helpers/own-services';

interface ReadyBody {
  ready: boolean;
  reasons: string[];
  checks: Record<string, unknown>;
}

const ready = async (base: string) => {
  const res = await fetch(`${base}/_ready`);
  return { status: res.status, body: (await res.json()) as ReadyBody };
};

const eventually = async <T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 20_000): Promise<T> => {
  const started = Date.now();
  let last = await probe();
  while (!accept(last) && Date.now() - started < timeoutMs) {
    await new Promise((r) => setTimeout(r, 200));
    last = await probe();
  }
  return last;
};

describe('readiness (/_ready) through database and Redis outages', () => {
  let pg: OwnPostgres | undefined;
  let redis: OwnRedis | undefined;
  let app: AppProcess | undefined;

  beforeAll(async () => {
    pg = await startOwnPostgres();
    redis = await startOwnRedis();
    app = await startApp({ DATABASE_CLIENT: 'postgres', DATABASE_URL: pg.url, REDIS_URL: redis.url });
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

  it('answers 503 naming Redis while it is down, and recovers without a restart', async () => {
    await redis!.stop();
    const down = await eventually(() => ready(app!.base), (r) => r.status === 503);
    expect(down.status).toBe(503);
    expect(down.body.reasons).toEqual([expect.stringMatching(/^redis: /)]);
    expect((await fetch(`${app!.base}/_health`)).status).toBe(204);

    await redis!.start();
    expect((await eventually(() => ready(app!.base), (r) => r.status === 200)).status).toBe(200);
  }, 60_000);

  it('answers 503 naming the database while PostgreSQL is down, and recovers', async () => {
    pg!.stop();
    const down = await eventually(() => ready(app!.base), (r) => r.status === 503);
    expect(down.status).toBe(503);
    expect(down.body.reasons).toEqual([expect.stringMatching(/^database: /)]);
    expect((await fetch(`${app!.base}/_health`)).status).toBe(204);

    pg!.start();
    expect((await eventually(() => ready(app!.base), (r) => r.status === 200, 30_000)).status).toBe(200);
  }, 90_000);
});
