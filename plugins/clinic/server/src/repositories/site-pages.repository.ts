/**
 * The site read model's tables. Pages: one row per page, (kind, key) as primary
 * key, the body as JSON text and the build that last changed it; reading a page is
 * one indexed SELECT whatever the catalogue's size. Dependencies: which documents
 * (`type:documentId`) each page was built from, written with the pages; a change
 * to a document rebuilds the pages that list it. The plugin owns the tables
 * (created at bootstrap); Strapi's schema sync ignores them.
 */
import type { Knex } from 'knex';
import { pageId, splitPageId, type PageId } from '../read-model/page-id';
import type { BuiltPage } from '../read-model/page.types';

export const PAGE_TABLE = 'clinic_site_pages';
export const DEPS_TABLE = 'clinic_site_page_deps';
/**
 * Bump when the builder's output changes shape: instances then rebuild everything
 * at boot. With the same version, the stored pages are current up to the change
 * log's applied id, and an instance starts without rebuilding.
 */
export const READ_MODEL_VERSION = 2;
const META_KIND = 'meta';
const META_KEY = 'build';
const CHUNK = 200;
/** Bound on the ids of one `IN (…)` list. */
const IN_LIMIT = 500;

const chunks = <T>(list: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};

export const ensurePageTable = async (knex: Knex) => {
  if (!(await knex.schema.hasTable(PAGE_TABLE))) {
    await knex.schema.createTable(PAGE_TABLE, (t) => {
      t.string('kind', 40).notNullable();
      t.string('key', 255).notNullable();
      t.text('body', 'longtext').notNullable();
      t.string('build_id', 40).notNullable();
      t.primary(['kind', 'key']);
    });
  }
  // Version 1's stale mark (the writer's clock); the change log replaced it.
  await knex(PAGE_TABLE).where({ kind: META_KIND, key: 'dirty' }).delete();
  if (!(await knex.schema.hasTable(DEPS_TABLE))) {
    await knex.schema.createTable(DEPS_TABLE, (t) => {
      t.string('page', 300).notNullable();
      t.string('doc', 120).notNullable();
      t.primary(['page', 'doc']);
      t.index(['doc'], 'clinic_site_page_deps_doc');
    });
  }
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

export interface Meta {
  version: number;
  /** The build that last changed a page (response caches key on it). */
  buildId: string;
}
export const readMeta = async (knex: Knex): Promise<Meta | null> => {
  const row = await knex(PAGE_TABLE).select('body').where({ kind: META_KIND, key: META_KEY }).first();
  return row ? (JSON.parse(row.body) as Meta) : null;
};
const writeMeta = async (knex: Knex, buildId: string) => {
  await knex(PAGE_TABLE)
    .insert({ kind: META_KIND, key: META_KEY, body: JSON.stringify({ version: READ_MODEL_VERSION, buildId }), build_id: buildId })
    .onConflict(['kind', 'key'])
    .merge(['body', 'build_id']);
};

/** The given columns of the given pages that are stored, by page (absent ones are not in the map); one SELECT per kind and IN_LIMIT keys. */
const readRows = async <C extends 'body' | 'build_id'>(knex: Knex, ids: PageId[], columns: C[]): Promise<Map<PageId, Record<C, string>>> => {
  const out = new Map<PageId, Record<C, string>>();
  const byKind = new Map<string, string[]>();
  for (const id of new Set(ids)) {
    const { kind, key } = splitPageId(id);
    byKind.set(kind, [...(byKind.get(kind) ?? []), key]);
  }
  for (const [kind, keys] of byKind) {
    for (const piece of chunks(keys, IN_LIMIT)) {
      const rows = (await knex(PAGE_TABLE).select('key', ...columns).where({ kind }).whereIn('key', piece)) as (Record<C, string> & { key: string })[];
      for (const r of rows) out.set(pageId(kind as BuiltPage['kind'], r.key), r);
    }
  }
  return out;
};
const readColumn = async (knex: Knex, ids: PageId[], column: 'body' | 'build_id'): Promise<Map<PageId, string>> =>
  new Map([...(await readRows(knex, ids, [column]))].map(([id, row]) => [id, row[column]]));

/** The stored JSON text of the given pages (absent ones are not in the map). */
export const readBodies = (knex: Knex, ids: PageId[]) => readColumn(knex, ids, 'body');

/** The build id (version) of each given page that is stored (absent ones are not in the map). */
export const readVersions = (knex: Knex, ids: PageId[]) => readColumn(knex, ids, 'build_id');

/** The stored body and build id of the given pages (absent ones are not in the map). */
export const readPagesWithVersion = async (knex: Knex, ids: PageId[]): Promise<Map<PageId, { body: string; buildId: string }>> =>
  new Map([...(await readRows(knex, ids, ['body', 'build_id']))].map(([id, row]) => [id, { body: row.body, buildId: row.build_id }]));

/** The build id of every stored page of the given kinds, without bodies (the search index's catch-up compares them). */
export const versionsOfKinds = async (knex: Knex, kinds: readonly string[]): Promise<Map<PageId, string>> => {
  const rows = (await knex(PAGE_TABLE).select('kind', 'key', 'build_id').whereIn('kind', [...kinds])) as { kind: BuiltPage['kind']; key: string; build_id: string }[];
  return new Map(rows.map((r) => [pageId(r.kind, r.key), r.build_id]));
};

/** The pages that list any of the documents (`type:documentId`) in the dependency index. */
export const dependentsOf = async (knex: Knex, docs: string[]): Promise<Map<string, PageId[]>> => {
  const out = new Map<string, PageId[]>();
  for (const piece of chunks([...new Set(docs)], IN_LIMIT)) {
    const rows = await knex(DEPS_TABLE).select('page', 'doc').whereIn('doc', piece);
    for (const r of rows) out.set(r.doc, [...(out.get(r.doc) ?? []), r.page as PageId]);
  }
  return out;
};

/** Every stored page (a full rebuild removes those it did not produce). */
export const listPageIds = async (knex: Knex): Promise<PageId[]> =>
  (await knex(PAGE_TABLE).select('kind', 'key').whereNot({ kind: META_KIND })).map((r: { kind: BuiltPage['kind']; key: string }) => pageId(r.kind, r.key));

export interface PageWrite {
  pages: BuiltPage[];
  /** Pages that no longer exist. */
  removed: PageId[];
  /** The dependencies of each built page (replacing what was stored for it). */
  deps: Map<PageId, string[]>;
  buildId: string;
}

/**
 * Writes the pages whose JSON differs from what is stored (under `buildId`),
 * removes the removed ones, replaces the built pages' dependencies, and names
 * `buildId` in the meta row when any page changed. A page whose body is unchanged
 * keeps its build id, so no cache holding it is invalidated. Run it in the
 * transaction that advances the change log.
 */
export const writePageSet = async (trx: Knex, write: PageWrite): Promise<{ written: PageId[]; removed: PageId[] }> => {
  const unique = [...new Map(write.pages.map((p) => [pageId(p.kind, p.key), p])).values()];
  const ids = unique.map((p) => pageId(p.kind, p.key));
  const stored = await readBodies(trx, [...ids, ...write.removed]);
  const changed: { kind: string; key: string; body: string; build_id: string }[] = [];
  for (const p of unique) {
    const text = JSON.stringify(p.body);
    if (stored.get(pageId(p.kind, p.key)) !== text) changed.push({ kind: p.kind, key: p.key, body: text, build_id: write.buildId });
  }
  for (const rows of chunks(changed, CHUNK)) await trx(PAGE_TABLE).insert(rows).onConflict(['kind', 'key']).merge(['body', 'build_id']);
  const removed = write.removed.filter((id) => stored.has(id));
  for (const id of removed) await trx(PAGE_TABLE).where(splitPageId(id)).delete();
  const touched = [...ids, ...write.removed];
  for (const piece of chunks(touched, IN_LIMIT)) await trx(DEPS_TABLE).whereIn('page', piece).delete();
  const depRows = [...write.deps].flatMap(([page, docs]) => [...new Set(docs)].map((doc) => ({ page, doc })));
  for (const rows of chunks(depRows, 400)) await trx(DEPS_TABLE).insert(rows);
  if (changed.length > 0 || removed.length > 0) await writeMeta(trx, write.buildId);
  return { written: changed.map((r) => pageId(r.kind as BuiltPage['kind'], r.key)), removed };
};

/** Names `buildId` as the current build of this read-model version (after a full rebuild that changed nothing). */
export const markVersionCurrent = async (trx: Knex, buildId: string) => {
  const meta = await readMeta(trx);
  if (!meta || meta.version !== READ_MODEL_VERSION) await writeMeta(trx, buildId);
};

/**
 * Every stored page of a kind with its build id, `batch` rows at a time in key
 * order (the search index loads them at boot without holding all bodies at once).
 */
export const eachPageOfKind = async (knex: Knex, kind: string, visit: (key: string, body: string, buildId: string) => void, batch = 200) => {
  let after: string | null = null;
  for (;;) {
    const query = knex(PAGE_TABLE).select('key', 'body', 'build_id').where({ kind }).orderBy('key').limit(batch);
    if (after !== null) query.where('key', '>', after);
    const rows = (await query) as { key: string; body: string; build_id: string }[];
    for (const r of rows) visit(r.key, r.body, r.build_id);
    if (rows.length < batch) return;
    after = rows[rows.length - 1].key;
  }
};
