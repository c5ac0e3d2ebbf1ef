/**
 * Readiness from the results of its checks: plain TypeScript, so the rule (what
 * makes an instance unready, and what it says) is unit-tested without a database.
 */
export type CheckResult = { ok: true; ms: number; detail?: string } | { ok: false; ms: number; reason: string };

export interface ReadinessInput {
  listening: boolean;
  database: CheckResult;
  /** Absent when no Redis is configured. */
  redis?: CheckResult;
  /** Seconds since the oldest write no rebuild has applied yet; null when the pages are current. */
  staleSeconds: number | null;
  maxStaleSeconds: number;
  /** Consecutive failed rebuilds and the last error, shown with the staleness. */
  rebuild?: { failures: number; lastError: string | null; retryAt: number | null };
}

export interface Readiness {
  ready: boolean;
  reasons: string[];
  checks: Record<string, unknown>;
}

export function decideReadiness(input: ReadinessInput): Readiness {
  const reasons: string[] = [];
  if (!input.listening) reasons.push('shutting down: not accepting new connections');
  if (!input.database.ok) reasons.push(`database: ${input.database.reason}`);
  if (input.redis && !input.redis.ok) reasons.push(`redis: ${input.redis.reason}`);
  if (input.staleSeconds !== null && input.staleSeconds > input.maxStaleSeconds) {
    reasons.push(`read model: a published change has waited ${Math.round(input.staleSeconds)} s for its rebuild (bound ${input.maxStaleSeconds} s)`);
  }
  return {
    ready: reasons.length === 0,
    reasons,
    checks: {
      database: input.database,
      ...(input.redis ? { redis: input.redis } : {}),
      readModel: {
        staleSeconds: input.staleSeconds,
        maxStaleSeconds: input.maxStaleSeconds,
        ...(input.rebuild ? { failedRebuilds: input.rebuild.failures, lastError: input.rebuild.lastError, retryAt: input.rebuild.retryAt && new Date(input.rebuild.retryAt).toISOString() } : {}),
      },
    },
  };
}

/** Runs a check with a time bound; a thrown error or the timeout is the reason. */
export async function timedCheck(run: () => Promise<unknown>, timeoutMs: number): Promise<CheckResult> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      run(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { ok: true, ms: Date.now() - started };
  } catch (error) {
    return { ok: false, ms: Date.now() - started, reason: (error as Error).message || String(error) };
  } finally {
    clearTimeout(timer);
  }
}
