import { createRebuildScheduler, RETRY_DELAYS_MS } from '../rebuild-scheduler';

describe('rebuild scheduler', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('coalesces a burst of requests into at most two rebuilds', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const scheduler = createRebuildScheduler(
      () => new Promise<void>((resolve) => {
        runs++;
        release = resolve;
      }),
      () => undefined,
    );
    scheduler.request();
    await jest.advanceTimersByTimeAsync(25);
    for (let i = 0; i < 10; i++) scheduler.request();
    release();
    await jest.advanceTimersByTimeAsync(0);
    release();
    await jest.advanceTimersByTimeAsync(0);
    expect(runs).toBe(2);
  });

  it('retries a failed rebuild with backoff until it succeeds, without a new request', async () => {
    let attempts = 0;
    const failing = 3;
    const errors: number[] = [];
    const scheduler = createRebuildScheduler(
      () => {
        attempts++;
        return attempts <= failing ? Promise.reject(new Error('cannot write pages: database unavailable')) : Promise.resolve();
      },
      (_error, state) => errors.push(state.failures),
    );
    scheduler.request();
    await jest.advanceTimersByTimeAsync(25);
    expect(attempts).toBe(1);
    expect(scheduler.state()).toMatchObject({ failures: 1, lastError: 'cannot write pages: database unavailable' });
    expect(scheduler.state().retryAt).not.toBeNull();

    await jest.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]);
    expect(attempts).toBe(2);
    await jest.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1]);
    expect(attempts).toBe(3);
    await jest.advanceTimersByTimeAsync(RETRY_DELAYS_MS[2]);
    expect(attempts).toBe(4);
    expect(errors).toEqual([1, 2, 3]);
    expect(scheduler.state()).toEqual({ failures: 0, lastError: null, retryAt: null });

    await jest.advanceTimersByTimeAsync(60_000);
    expect(attempts).toBe(4); // nothing more once it succeeded
  });

  it('stops retrying when stopped (shutdown)', async () => {
    let attempts = 0;
    const scheduler = createRebuildScheduler(() => {
      attempts++;
      return Promise.reject(new Error('down'));
    }, () => undefined);
    scheduler.request();
    await jest.advanceTimersByTimeAsync(25);
    await scheduler.stop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(attempts).toBe(1);
  });

  it('stop waits for the rebuild in progress and runs no further one, even one requested meanwhile', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const scheduler = createRebuildScheduler(
      () => new Promise<void>((resolve) => {
        runs++;
        release = resolve;
      }),
      () => undefined,
    );
    scheduler.request();
    await jest.advanceTimersByTimeAsync(25);
    scheduler.request(); // marks the running rebuild dirty: without stop, a second one follows
    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(1000);
    expect(stopped).toBe(false); // still waiting for the rebuild in progress
    release();
    await stopping;
    await jest.advanceTimersByTimeAsync(60_000);
    expect({ stopped, runs }).toEqual({ stopped: true, runs: 1 });
  });

  it('stop waits at most its bound for a rebuild that hangs', async () => {
    const scheduler = createRebuildScheduler(() => new Promise<void>(() => undefined), () => undefined);
    scheduler.request();
    await jest.advanceTimersByTimeAsync(25);
    let stopped = false;
    const stopping = scheduler.stop(5000).then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(4999);
    expect(stopped).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await stopping;
    expect(stopped).toBe(true);
  });
});
