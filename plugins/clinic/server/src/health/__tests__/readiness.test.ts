import { decideReadiness, timedCheck } from '../readiness';

const ok = { ok: true as const, ms: 1 };
const base = { listening: true, database: ok, staleSeconds: null, maxStaleSeconds: 60 };

describe('readiness', () => {
  it('is ready when the database answers and the pages are current', () => {
    expect(decideReadiness(base)).toMatchObject({ ready: true, reasons: [] });
  });

  it('names each reason it is not ready', () => {
    const result = decideReadiness({
      listening: false,
      database: { ok: false, ms: 2000, reason: 'no answer within 2000 ms' },
      redis: { ok: false, ms: 3, reason: 'connect ECONNREFUSED' },
      staleSeconds: 75,
      maxStaleSeconds: 60,
    });
    expect(result.ready).toBe(false);
    expect(result.reasons).toEqual([
      'shutting down: not accepting new connections',
      'database: no answer within 2000 ms',
      'redis: connect ECONNREFUSED',
      'read model: a published change has waited 75 s for its rebuild (bound 60 s)',
    ]);
  });

  it('tolerates a rebuild in progress within the bound', () => {
    expect(decideReadiness({ ...base, staleSeconds: 59 }).ready).toBe(true);
    expect(decideReadiness({ ...base, staleSeconds: 61 }).ready).toBe(false);
  });

  it('bounds a check in time and reports what failed', async () => {
    expect(await timedCheck(() => new Promise(() => undefined), 20)).toMatchObject({ ok: false, reason: 'no answer within 20 ms' });
    expect(await timedCheck(() => Promise.reject(new Error('boom')), 20)).toMatchObject({ ok: false, reason: 'boom' });
    expect(await timedCheck(() => Promise.resolve(), 20)).toMatchObject({ ok: true });
  });
});
