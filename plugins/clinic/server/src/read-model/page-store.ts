/**
 * The site read model's table: one row per page, (kind, key) as primary key, the
 * body as JSON text. Reading a page is one indexed SELECT whatever the catalogue's size.
 * The plugin owns the table (created at bootstrap); Strapi's schema sync ignores it.
 */
import type { Knex } from 'knex';
import type { BuiltPage, PageBodies, PageKind } from './page.types';

export const PAGE_TABLE = 'clinic_site_pages';
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

export const readPage = async <K extends PageKind>(knex: Knex, kind: K, key: string): Promise<PageBodies[K] | null> => {
  const row = await knex(PAGE_TABLE).select('body').where({ kind, key }).first();
  return row ? (JSON.parse(row.body) as PageBodies[K]) : null;
};

export const readPages = async <K extends PageKind>(knex: Knex, kind: K, keys: string[]): Promise<Map<string, PageBodies[K]>> => {
  if (keys.length === 0) return new Map();
  const rows = await knex(PAGE_TABLE).select('key', 'body').where({ kind }).whereIn('key', keys);
  return new Map(rows.map((r: { key: string; body: string }) => [r.key, JSON.parse(r.body) as PageBodies[K]]));
};

/**
 * Upserts every page of a build and removes pages the build no longer has, in one
 * transaction: readers see the old set or the new one. Upsert (not delete + insert)
 * so two instances rebuilding at once cannot collide on the primary key.
 */
export const writePages = async (knex: Knex, pages: BuiltPage[], buildId: string) => {
  await knex.transaction(async (trx) => {
    for (let i = 0; i < pages.length; i += CHUNK) {
      const rows = pages.slice(i, i + CHUNK).map((p) => ({ kind: p.kind, key: p.key, body: JSON.stringify(p.body), build_id: buildId }));
      await trx(PAGE_TABLE).insert(rows).onConflict(['kind', 'key']).merge(['body', 'build_id']);
    }
    await trx(PAGE_TABLE).whereNot({ build_id: buildId }).delete();
  });
};
