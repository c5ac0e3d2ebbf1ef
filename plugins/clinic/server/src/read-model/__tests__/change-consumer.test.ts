import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import { appliedId, pendingChanges, ensureChangeLog, oldestPendingMs, recordChange } from '../../repositories/read-model-changes.repository';
import { createChangeConsumer } from '../change-consumer';
import type { Change } from '../dependencies';

/**
 * Two consumers on one database file (two connections, as two instances would
 * hold): every change is applied once, in id order, one consumer at a time, and a
 * consumer that dies holding the lease leaves its work to the other once the lease
 * has expired.
 */
describe('the change log and its consumers (SQLite file, two connections)', () => {
  let dir: string;
  let a: Knex;
  let b: Knex;
  const open = (file: string) => knex({ client: 'better-sqlite3', connection: { filename: file }, useNullAsDefault: true, pool: { min: 1, max: 2 } });
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'change-log-'));
    const file = path.join(dir, 'db.sqlite');
    a = open(file);
    b = open(file);
    await ensureChangeLog(a);
    await ensureChangeLog(b); // idempotent
    await a.raw('pragma journal_mode = wal');
    await b.raw('pragma busy_timeout = 5000');
    await a.raw('pragma busy_timeout = 5000');
    await a.schema.createTable('applied', (t) => {
      t.integer('change_id').primary(); // a change applied twice fails the primary key
      t.string('by').notNullable();
    });
  });
  afterEach(async () => {
    await a.destroy();
    await b.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const consumer = (db: Knex, owner: string, ttlMs = 30_000, onApply?: (changes: Change[]) => Promise<void>) =>
    createChangeConsumer({
      knex: db,
      owner,
      ttlMs,
      batch: 3,
      apply: async (changes) => {
        await onApply?.(changes);
        return async (trx) => {
          for (const c of changes) await trx('applied').insert({ change_id: c.id, by: owner });
        };
      },
    });

  it('given changes written while two consumers run, then each is applied exactly once and in id order', async () => {
    const one = consumer(a, 'one');
    const two = consumer(b, 'two');
    // Each consumer runs one round at a time (as an instance's scheduler does), both at once.
    let writing = true;
    const loop = async (c: typeof one) => {
      while (writing) {
        await c.run();
        await new Promise((r) => setImmediate(r));
      }
    };
    const loops = [loop(one), loop(two)];
    for (let n = 0; n < 20; n++) {
      await recordChange(n % 2 ? a : b, { type: 'offering', documentId: `d${n}`, action: 'publish' });
      await new Promise((r) => setTimeout(r, 5));
    }
    writing = false;
    await Promise.all(loops);
    // Whatever a busy consumer left, a last run applies.
    while ((await one.run()) !== 'idle' || (await two.run()) !== 'idle');
    const applied = await a('applied').select('change_id').orderBy('change_id');
    expect(applied.map((r) => r.change_id)).toEqual(Array.from({ length: 20 }, (_, n) => n + 1));
    expect(await appliedId(a)).toBe(20);
    expect(await oldestPendingMs(a)).toBeNull();
    expect(await pendingChanges(a, 100)).toEqual([]);
  });

  it('given the lease is held, then the other consumer answers busy and applies nothing', async () => {
    await recordChange(a, { type: 'offering', documentId: 'd1', action: 'publish' });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = consumer(a, 'slow', 30_000, () => held);
    const running = slow.run();
    await new Promise((r) => setTimeout(r, 50));
    expect(await consumer(b, 'other').run()).toBe('busy');
    release();
    expect(await running).toBe('applied');
    expect(await a('applied').select('change_id', 'by')).toEqual([{ change_id: 1, by: 'slow' }]);
  });

  it('given a consumer dies holding the lease, then once it expires the other applies what it left, and the dead one cannot commit', async () => {
    for (let n = 0; n < 4; n++) await recordChange(a, { type: 'licence', documentId: `d${n}`, action: 'update' });
    let resume!: () => void;
    const frozen = new Promise<void>((resolve) => (resume = resolve));
    const dying = consumer(a, 'dying', 200, () => frozen); // stops before writing, lease 200 ms
    const died = dying.run().catch((error: unknown) => (error as Error).message);
    await new Promise((r) => setTimeout(r, 50));
    expect(await consumer(b, 'next', 200).run()).toBe('busy');
    await new Promise((r) => setTimeout(r, 300)); // the lease expires
    expect(await consumer(b, 'next', 200).run()).toBe('applied');
    resume(); // the dead one wakes up: its commit must not go through
    expect(await died).toMatch(/lease was lost/);
    expect((await a('applied').select('change_id', 'by').orderBy('change_id')).map((r) => `${r.change_id}:${r.by}`)).toEqual(['1:next', '2:next', '3:next', '4:next']);
  });
});
