/**
 * The read model's change log: every committed write that can change a public page
 * appends a row (type, documentId, action) in the write's own transaction; the
 * database's autoincrement id orders the rows as their transactions inserted them.
 * One consumer at a time (a lease row with an expiry read from the database's own
 * clock) applies the rows it sees in id order and deletes exactly those rows in
 * the transaction that writes their pages, so every committed change is applied
 * once. Ids are taken at insert and transactions commit in any order, so a row can
 * become visible after rows with higher ids were applied (on PostgreSQL a long
 * write transaction does that): it is still in the table, and the next round
 * applies it — a watermark ("everything up to id N is applied") would skip it.
 * `applied_id` is the highest id applied, for reports only. A consumer that dies
 * keeps the lease until it expires; then the next one takes it and applies what
 * was left.
 */
import type { Knex } from 'knex';
import type { Change } from '../read-model/dependencies';

export const CHANGES_TABLE = 'clinic_read_model_changes';
export const LEASE_TABLE = 'clinic_read_model_lease';
const LEASE = 'pages';

export const ensureChangeLog = async (knex: Knex) => {
  if (!(await knex.schema.hasTable(CHANGES_TABLE))) {
    await knex.schema.createTable(CHANGES_TABLE, (t) => {
      t.increments('id').primary();
      t.string('doc_type', 40).notNullable();
      t.string('document_id', 64).nullable();
      t.string('action', 20).notNullable();
      // The writer's clock, for the staleness readiness reports; never used to order.
      t.bigInteger('created_ms').notNullable();
    });
  }
  if (!(await knex.schema.hasTable(LEASE_TABLE))) {
    await knex.schema.createTable(LEASE_TABLE, (t) => {
      t.string('name', 40).primary();
      t.string('owner', 80).nullable();
      t.bigInteger('lease_until').notNullable().defaultTo(0);
      t.bigInteger('applied_id').notNullable().defaultTo(0);
    });
  }
  await knex(LEASE_TABLE).insert({ name: LEASE, owner: null, lease_until: 0, applied_id: 0 }).onConflict('name').ignore();
};

/** The database's clock in epoch milliseconds, as an SQL expression. */
const dbNowMs = (knex: Knex) =>
  ['pg', 'postgres'].includes(String((knex.client as { config: { client?: unknown } }).config.client))
    ? knex.raw('(extract(epoch from clock_timestamp()) * 1000)::bigint')
    : knex.raw("cast((julianday('now') - 2440587.5) * 86400000 as integer)");

export const recordChange = async (knex: Knex, change: { type: string; documentId: string | null; action: string }, nowMs = Date.now()) => {
  await knex(CHANGES_TABLE).insert({ doc_type: change.type, document_id: change.documentId, action: change.action, created_ms: nowMs });
};

export const appliedId = async (knex: Knex): Promise<number> => {
  const row = (await knex(LEASE_TABLE).select('applied_id').where({ name: LEASE }).first()) as { applied_id: number | string } | undefined;
  return Number(row?.applied_id ?? 0);
};

export const lastChangeId = async (knex: Knex): Promise<number> => Number((await knex(CHANGES_TABLE).max({ id: 'id' }).first())?.id ?? 0);

/** The changes not applied yet, in id order, at most `limit` (applied rows are deleted). */
export const pendingChanges = async (knex: Knex, limit: number): Promise<Change[]> =>
  (await knex(CHANGES_TABLE).select('id', 'doc_type', 'document_id', 'action').orderBy('id').limit(limit)).map(
    (r: { id: number | string; doc_type: string; document_id: string | null; action: string }) => ({ id: Number(r.id), type: r.doc_type, documentId: r.document_id, action: r.action }),
  );

/** The ids of every change not applied yet (a full rebuild applies all it saw before it started). */
export const pendingIds = async (knex: Knex): Promise<number[]> => (await knex(CHANGES_TABLE).select('id').orderBy('id')).map((r: { id: number | string }) => Number(r.id));

export const pendingCount = async (knex: Knex): Promise<number> => Number((await knex(CHANGES_TABLE).count({ n: '*' }).first())?.n ?? 0);

/** When the oldest change not applied yet was written (writer's clock), or null when none is pending. */
export const oldestPendingMs = async (knex: Knex): Promise<number | null> => {
  const row = (await knex(CHANGES_TABLE).select('created_ms').orderBy('id').first()) as { created_ms: number | string } | undefined;
  return row ? Number(row.created_ms) : null;
};

/** Takes (or renews) the lease for `ttlMs` when it is free, expired or already ours. */
export const acquireLease = async (knex: Knex, owner: string, ttlMs: number): Promise<boolean> => {
  const now = dbNowMs(knex);
  const n = await knex(LEASE_TABLE)
    .where({ name: LEASE })
    .andWhere((q) => {
      void q.whereNull('owner').orWhere('owner', owner).orWhere('lease_until', '<', now);
    })
    .update({ owner, lease_until: knex.raw(`(${now.toQuery()}) + ?`, [ttlMs]) });
  return Number(n) === 1;
};

export const releaseLease = async (knex: Knex, owner: string) => {
  await knex(LEASE_TABLE).where({ name: LEASE, owner }).update({ owner: null, lease_until: 0 });
};

const IN_LIMIT = 500;

/**
 * In the transaction that wrote the pages: if this owner still holds the lease and
 * nobody applied anything meanwhile (`applied_id` is still `from`), deletes the
 * applied rows — exactly `ids`, not a range, so a row that became visible late
 * stays pending — and raises `applied_id` to the highest of them. False means the
 * work must be rolled back.
 */
export const advanceApplied = async (trx: Knex, owner: string, from: number, ids: number[], ttlMs: number): Promise<boolean> => {
  const now = dbNowMs(trx);
  const to = Math.max(from, ...ids);
  const n = await trx(LEASE_TABLE)
    .where({ name: LEASE, owner, applied_id: from })
    .update({ applied_id: to, lease_until: trx.raw(`(${now.toQuery()}) + ?`, [ttlMs]) });
  if (Number(n) !== 1) return false;
  let deleted = 0;
  for (let i = 0; i < ids.length; i += IN_LIMIT) deleted += Number(await trx(CHANGES_TABLE).whereIn('id', ids.slice(i, i + IN_LIMIT)).delete());
  // Fewer rows than applied: another consumer applied some of them (its lease and ours overlapped).
  return deleted === ids.length;
};
