/**
 * The site read model's table: one row per page, (kind, key) as primary key, the
 * body as JSON text. Reading a page is one indexed SELECT whatever the catalogue's size.
 * The plugin owns the table (created at bootstrap); Strapi's schema sync ignores it.
 */
import type { Knex } from 'knex';
import type { BuiltPage } from './page.types';

export const PAGE_TABLE = 'clinic_site_pages';
/**
 * Bump when the builder's output changes shape: instances then rebuild at boot. With
 * the same version, the stored pages are current (every write rebuilds them) and an
 * instance starts without rebuilding.
 */
export const READ_MODEL_VERSION = 1;
const META_KIND = 'meta';
const META_KEY = 'build';
/** Written with every catalogue write, cleared by the rebuild that started after it. */
const DIRTY_KEY = 'dirty';
const CHUNK = 200;

export const ensurePageTable = async (knex: Knex) => {
  if (await knex.schema.hasTable(PAGE_TABLE)) return;
  await knex.schema.createTable(PAGE_TABLE, (t) => {
    t.string('kind', 40).notNullable();
    t.string('key', 255).notNullable();
    t.text('body', 'longtext').notNullable();
    t.string('build_id', 40).notNullable();
    t.primary(['kind', 'key']);
  });
};

/**
 * A page's build id, and its body only when the build differs from the one the
 * caller already holds parsed: still one statement, without shipping and parsing
 * an unchanged body again.
 */
export const readPageIfChanged = async (
  knex: Knex,
  kind: string,
  key: string,
  knownBuildId: string | null,
): Promise<{ buildId: string; body: string | null } | null> => {
  const row = await knex(PAGE_TABLE)
    .select('build_id', knex.raw('case when build_id = ? then null else body end as body', [knownBuildId ?? '']))
    .where({ kind, key })
    .first();
  return row ? { buildId: row.build_id, body: row.body } : null;
};

export const readMeta = async (knex: Knex): Promise<{ version: number; buildId: string } | null> => {
  const row = await knex(PAGE_TABLE).select('body').where({ kind: META_KIND, key: META_KEY }).first();
  return row ? (JSON.parse(row.body) as { version: number; buildId: string }) : null;
};

/**
 * Upserts every page of a build and removes pages the build no longer has, in one
 * transaction: readers see the old set or the new one. Upsert (not delete + insert)
 * so two instances rebuilding at once cannot collide on the primary key.
 */
export const writePages = async (knex: Knex, pages: BuiltPage[], buildId: string, startedAt = new Date().toISOString()) => {
  const meta = { kind: META_KIND, key: META_KEY, body: { version: READ_MODEL_VERSION, buildId, startedAt } };
  // One row per (kind, key): PostgreSQL refuses an upsert that touches a row twice.
  const all = [...new Map([...pages, meta].map((p) => [`${p.kind}\u0000${p.key}`, p])).values()];
  return knex.transaction(async (trx) => {
    // The rebuild that started last wins: an older one finishing late is dropped.
    const current = await trx(PAGE_TABLE).select('body').where({ kind: META_KIND, key: META_KEY }).forUpdate().first();
    const stored = current ? (JSON.parse(current.body) as { startedAt?: string }) : null;
    if (stored?.startedAt && stored.startedAt > startedAt) return false;
    for (let i = 0; i < all.length; i += CHUNK) {
      const rows = all.slice(i, i + CHUNK).map((p) => ({ kind: p.kind, key: p.key, body: JSON.stringify(p.body), build_id: buildId }));
      await trx(PAGE_TABLE).insert(rows).onConflict(['kind', 'key']).merge(['body', 'build_id']);
    }
    await trx(PAGE_TABLE).whereNot({ build_id: buildId }).whereNot({ kind: META_KIND, key: DIRTY_KEY }).delete();
    // The stale mark goes only if this rebuild started after the last write.
    await trx(PAGE_TABLE).where({ kind: META_KIND, key: DIRTY_KEY }).andWhere('body', '<=', startedAt).delete();
    return true;
  });
};

/** Marks the pages stale: a write committed that no rebuild has read yet. `at` is an ISO instant. */
export const markDirty = async (knex: Knex, at: string) => {
  await knex(PAGE_TABLE)
    .insert({ kind: META_KIND, key: DIRTY_KEY, body: at, build_id: DIRTY_KEY })
    .onConflict(['kind', 'key'])
    .merge(['body']);
};


/** When the oldest unread write committed, or null when the pages are current. */
export const dirtySince = async (knex: Knex): Promise<string | null> => {
  const row = await knex(PAGE_TABLE).select('body').where({ kind: META_KIND, key: DIRTY_KEY }).first();
  return row ? String(row.body) : null;
};
