import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';

export type GuardedRun<T> =
  | { ran: true; day: string; result: T }
  | { ran: false; day: string; reason: 'locked' | 'already-ran' };

interface LastRun {
  day: string;
  at: string;
}

/** A stable 64-bit advisory-lock key per job name (PostgreSQL's lock space is shared by the whole database). */
const lockKey = (job: string): string => crypto.createHash('sha256').update(`clinic:${job}`).digest().readBigInt64BE(0).toString();

/**
 * Runs a daily job at most once per day across every instance sharing the
 * database.
 *
 * PostgreSQL: one transaction takes `pg_try_advisory_xact_lock`, reads the last
 * day the job ran, does the work and records the day. The lock is released at
 * commit or rollback, so a second instance either fails to take it (the run is
 * in progress: it skips) or takes it after the commit and reads the recorded
 * day (it skips). The work and the record commit together: a failed run leaves
 * the day unrecorded and the next trigger runs it again.
 *
 * SQLite serves one instance: an in-process guard stops a second concurrent
 * trigger (cron and an admin re-run) and the recorded day does the rest.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const running = new Set<string>();
  const store = () => strapi.store({ type: 'plugin', name: 'clinic' });
  const storeKey = (job: string) => `job-last-run:${job}`;

  return {
    async lastRun(job: string): Promise<LastRun | null> {
      return ((await store().get({ key: storeKey(job) })) as LastRun | null) ?? null;
    },

    async runOncePerDay<T>(job: string, day: string, work: () => Promise<T>, { force = false } = {}): Promise<GuardedRun<T>> {
      if (running.has(job)) return { ran: false, day, reason: 'locked' };
      running.add(job);
      try {
        return await strapi.db.transaction(async ({ trx }) => {
          if (strapi.db.dialect.client === 'postgres') {
            const res = await trx.raw('select pg_try_advisory_xact_lock(?::bigint) as locked', [lockKey(job)]);
            if (!res.rows[0].locked) return { ran: false as const, day, reason: 'locked' as const };
          }
          const last = await this.lastRun(job);
          if (!force && last?.day === day) return { ran: false as const, day, reason: 'already-ran' as const };
          const result = await work();
          await store().set({ key: storeKey(job), value: { day, at: new Date().toISOString() } satisfies LastRun });
          return { ran: true as const, day, result };
        });
      } finally {
        running.delete(job);
      }
    },
  };
};
