/**
 * Coalesces rebuild requests: while a rebuild runs, further requests mark it dirty
 * and one more rebuild follows; a burst of publishes costs at most two rebuilds.
 */
export const createRebuildScheduler = (rebuild: () => Promise<void>, onError: (error: unknown) => void, delayMs = 25) => {
  let running: Promise<void> | null = null;
  let dirty = false;
  let timer: NodeJS.Timeout | null = null;
  let idle: Promise<void> = Promise.resolve();
  let settle: (() => void) | null = null;

  const run = async () => {
    timer = null;
    do {
      dirty = false;
      running = rebuild().catch(onError);
      await running;
    } while (dirty);
    running = null;
    settle?.();
    settle = null;
  };

  return {
    request() {
      if (running) {
        dirty = true;
        return;
      }
      if (!settle) idle = new Promise<void>((resolve) => (settle = resolve));
      if (timer) clearTimeout(timer);
      // run() never rejects: each rebuild's error goes to onError.
      timer = setTimeout(() => void run(), delayMs);
    },
    /** Resolves when no rebuild is pending or running. */
    whenIdle(): Promise<void> {
      return idle;
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
};
