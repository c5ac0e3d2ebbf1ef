/**
 * Coalesces rebuild requests: while a rebuild runs, further requests mark it dirty
 * and one more rebuild follows; a burst of publishes costs at most two rebuilds.
 *
 * A failed rebuild is retried with backoff (RETRY_DELAYS_MS, then every last delay)
 * until one succeeds, so a publish made while the database refused writes reaches
 * the site within seconds of the database coming back, not at the next sweep.
 */
export const RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 8000, 10_000];

export interface RebuildState {
  /** Consecutive failed attempts since the last success. */
  failures: number;
  lastError: string | null;
  /** When the next retry runs (epoch ms), or null when none is pending. */
  retryAt: number | null;
}

export const createRebuildScheduler = (rebuild: () => Promise<void>, onError: (error: unknown, state: RebuildState) => void, delayMs = 25) => {
  let running: Promise<void> | null = null;
  let dirty = false;
  let timer: NodeJS.Timeout | null = null;
  let idle: Promise<void> = Promise.resolve();
  let settle: (() => void) | null = null;
  let stopped = false;
  const state: RebuildState = { failures: 0, lastError: null, retryAt: null };

  const schedule = (ms: number) => {
    if (stopped) return;
    if (!settle) idle = new Promise<void>((resolve) => (settle = resolve));
    if (timer) clearTimeout(timer);
    // run() never rejects: each rebuild's error goes to onError.
    timer = setTimeout(() => void run(), ms);
  };

  const run = async () => {
    timer = null;
    state.retryAt = null;
    let failed: boolean;
    do {
      dirty = false;
      failed = false;
      running = rebuild().then(
        () => {
          state.failures = 0;
          state.lastError = null;
        },
        (error: unknown) => {
          failed = true;
          state.failures++;
          state.lastError = error instanceof Error ? error.message : String(error);
          const delay = RETRY_DELAYS_MS[Math.min(state.failures - 1, RETRY_DELAYS_MS.length - 1)];
          state.retryAt = Date.now() + delay;
          onError(error, { ...state });
        },
      );
      await running;
    } while (dirty && !failed && !stopped);
    running = null;
    const done = settle;
    settle = null;
    // Waiters (boot, tests) learn that this attempt ended, whether or not it failed.
    done?.();
    if (failed && !stopped) schedule(RETRY_DELAYS_MS[Math.min(state.failures - 1, RETRY_DELAYS_MS.length - 1)]);
  };

  return {
    request() {
      if (running) {
        dirty = true;
        return;
      }
      schedule(delayMs);
    },
    /** Resolves when the current attempt ends (a failed one schedules its own retry). */
    whenIdle(): Promise<void> {
      return idle;
    },
    state(): RebuildState {
      return { ...state };
    },
    /**
     * Schedules nothing more and waits (at most `waitMs`) for the rebuild in progress,
     * so a stopping instance commits or rolls back its work and gives the lease back
     * instead of leaving it to expire, and no rebuild runs against a closing pool.
     */
    async stop(waitMs = 5000) {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      const current = running;
      if (!current) return;
      let timeout: NodeJS.Timeout | undefined;
      await Promise.race([current, new Promise<void>((resolve) => (timeout = setTimeout(resolve, waitMs)))]);
      clearTimeout(timeout);
    },
  };
};
