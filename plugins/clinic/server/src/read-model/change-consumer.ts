/**
 * Applies the change log: takes the lease, reads the pending changes in id order,
 * lets `apply` build what they change, and commits the pages and the removal of
 * exactly those changes in one transaction. Repeats until nothing is pending, then gives
 * the lease back. Returns 'busy' when another consumer holds the lease (it applies
 * what is pending; the caller looks again shortly, in case it finished first).
 */
import type { Knex } from 'knex';
import { acquireLease, advanceApplied, appliedId, pendingChanges, releaseLease } from '../repositories/read-model-changes.repository';
import type { Change } from './dependencies';

export class LeaseLostError extends Error {
  constructor() {
    super('the read-model lease was lost (another instance took it over); the work is rolled back');
  }
}

export interface ConsumerOptions {
  knex: Knex;
  owner: string;
  ttlMs?: number;
  /** Changes read at most per round. */
  batch?: number;
  /** Builds what the changes need; returns the writes to run in the committing transaction, which may return what to do once it committed. */
  apply: (changes: Change[], renew: () => Promise<void>) => Promise<(trx: Knex.Transaction) => Promise<(() => void) | void>>;
}

export const createChangeConsumer = ({ knex, owner, ttlMs = 30_000, batch = 2000, apply }: ConsumerOptions) => {
  const renew = async () => {
    if (!(await acquireLease(knex, owner, ttlMs))) throw new LeaseLostError();
  };
  return {
    /** Applies every pending change; 'busy' when another consumer holds the lease. */
    async run(): Promise<'applied' | 'idle' | 'busy'> {
      if (!(await acquireLease(knex, owner, ttlMs))) return 'busy';
      let applied = false;
      try {
        for (;;) {
          const from = await appliedId(knex);
          const changes = await pendingChanges(knex, batch);
          if (changes.length === 0) return applied ? 'applied' : 'idle';
          const write = await apply(changes, renew);
          const committed = await knex.transaction(async (trx) => {
            // First: a consumer whose lease expired (or that raced itself) writes nothing.
            if (!(await advanceApplied(trx, owner, from, changes.map((c) => c.id), ttlMs))) throw new LeaseLostError();
            return write(trx);
          });
          committed?.();
          applied = true;
        }
      } finally {
        await releaseLease(knex, owner).catch(() => undefined);
      }
    },
    /** Holds the lease around `work` (a full rebuild), waiting for it at most `waitMs`. */
    async exclusive<T>(work: (renew: () => Promise<void>) => Promise<T>, waitMs = 300_000, pollMs = 250): Promise<T | 'busy'> {
      const started = Date.now();
      while (!(await acquireLease(knex, owner, ttlMs))) {
        if (Date.now() - started > waitMs) return 'busy';
        await new Promise((r) => setTimeout(r, pollMs));
      }
      try {
        return await work(renew);
      } finally {
        await releaseLease(knex, owner).catch(() => undefined);
      }
    },
  };
};
