/**
 * Issue 9, item 3, on the suite's database engine (PostgreSQL when the suite runs
 * there, in a scratch database of its own; SQLite in a scratch file): two consumers
 * (on two connection pools on PostgreSQL, as two instances hold them), apply every change of the
 * log exactly once and in id order; a consumer that dies holding the lease leaves
 * its changes to the other once the lease expires, and cannot commit afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import { appliedId, ensureChangeLog, oldestPendingMs, recordChange } from '../plugins/clinic/server/src/repositories/read-model-changes.repository';
import { createChangeConsumer } from '../plugins/clinic/server/src/read-model/change-consumer';
import type { Change } from '../plugins/clinic/server/src/read-model/dependencies';

const root = path.resolve(__dirname, '..');
const onPostgres = process.env.DATABASE_CLIENT === 'postgres';

describe(`change-log consumers on ${onPostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  let a: Knex;
  let b: Knex;
  let cleanup: () => Promise<void> = () => Promise.resolve();

  beforeEach(async () => {
    if (onPostgres) {
      const { createScratchDatabase, dropScratchDatabase } = await import(path.join(root, 'scripts/postgres'));
      const url = new URL(process.env.DATABASE_URL!);
      const pg = { host: url.hostname, port: Number(url.port || 5432), user: decodeURIComponent(url.username) || 'postgres' };
      const name: string = await createScratchDatabase(pg);
      url.pathname = `/${name}`;
      a = knex({ client: 'pg', connection: url.toString(), pool: { min: 0, max: 3 } });
      b = knex({ client: 'pg', connection: url.toString(), pool: { min: 0, max: 3 } });
      cleanup = () => dropScratchDatabase(pg, name);
    } else {
      // SQLite serves one process (README): both consumers share its one connection, as two
      // schedulers of one instance would; on PostgreSQL they hold pools of their own.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consumers-'));
      a = knex({ client: 'better-sqlite3', connection: { filename: path.join(dir, 'db.sqlite') }, useNullAsDefault: true, pool: { min: 1, max: 1 } });
      b = a;
      cleanup = () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true }));
    }
    await ensureChangeLog(a);
    await ensureChangeLog(b);
    await a.schema.createTable('applied', (t) => {
      t.integer('change_id').primary(); // a change applied twice fails the primary key
      t.string('by').notNullable();
    });
  });
  afterEach(async () => {
    await a.destroy();
    if (b !== a) await b.destroy();
    await cleanup();
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

  it('two consumers running while changes are written apply each change once, in id order', async () => {
    const one = consumer(a, 'one');
    const two = consumer(b, 'two');
    let writing = true;
    const loop = async (c: typeof one) => {
      while (writing) {
        await c.run();
        await new Promise((r) => setImmediate(r));
      }
    };
    const loops = [loop(one), loop(two)];
    for (let n = 0; n < 30; n++) {
      await (n % 2 ? a : b).transaction((trx) => recordChange(trx, { type: 'offering', documentId: `d${n}`, action: 'publish' }));
    }
    writing = false;
    await Promise.all(loops);
    while ((await one.run()) !== 'idle' || (await two.run()) !== 'idle');
    const applied = await a('applied').select('change_id', 'by').orderBy('change_id');
    expect(applied.map((r) => Number(r.change_id))).toEqual(Array.from({ length: 30 }, (_, n) => n + 1));
    expect(await appliedId(a)).toBe(30);
    expect(await oldestPendingMs(b)).toBeNull();
  });

  it('a consumer that dies holding the lease leaves its changes to the other once the lease expires', async () => {
    for (let n = 0; n < 4; n++) await recordChange(a, { type: 'licence', documentId: `d${n}`, action: 'update' });
    let resume!: () => void;
    const frozen = new Promise<void>((resolve) => (resume = resolve));
    const died = consumer(a, 'dying', 300, () => frozen)
      .run()
      .catch((error: unknown) => (error as Error).message);
    await new Promise((r) => setTimeout(r, 100));
    expect(await consumer(b, 'next', 300).run()).toBe('busy');
    await new Promise((r) => setTimeout(r, 400));
    expect(await consumer(b, 'next', 300).run()).toBe('applied');
    resume();
    expect(await died).toMatch(/lease was lost/);
    const applied = await a('applied').select('change_id', 'by').orderBy('change_id');
    expect(applied.map((r) => `${r.change_id}:${r.by}`)).toEqual(['1:next', '2:next', '3:next', '4:next']);
  });

  // Two writers' transactions interleave only with two connections: PostgreSQL. SQLite
  // serves one process through one connection (README), where a write transaction
  // holds the database until it commits, so a lower id cannot become visible late.
  if (onPostgres) {
    it('a change whose transaction commits after a later id was applied is still applied, once', async () => {
      const one = consumer(a, 'one');
      let commitLate!: () => void;
      const held = new Promise<void>((resolve) => (commitLate = resolve));
      let inserted!: () => void;
      const insertedFirst = new Promise<void>((resolve) => (inserted = resolve));
      // Takes id 1 now, commits later (a long write transaction).
      const slow = a.transaction(async (trx) => {
        await recordChange(trx, { type: 'offering', documentId: 'slow', action: 'publish' });
        inserted();
        await held;
      });
      await insertedFirst;
      await recordChange(b, { type: 'offering', documentId: 'fast', action: 'publish' }); // id 2, committed
      expect(await one.run()).toBe('applied');
      commitLate();
      await slow;
      expect(await oldestPendingMs(b)).not.toBeNull(); // id 1 is pending, below the highest applied id
      expect(await one.run()).toBe('applied');
      const applied = await a('applied').select('change_id').orderBy('change_id');
      expect(applied.map((r) => Number(r.change_id))).toEqual([1, 2]);
      expect(await oldestPendingMs(b)).toBeNull();
    });
  }
});
