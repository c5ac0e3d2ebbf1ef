import type { Knex } from 'knex';

/**
 * Every row of the catalogue's tables (content types, components, their `*_cmps`
 * and `*_lnk` tables; not the read model's bookkeeping) with row ids and
 * documentIds replaced by what they stand for: a document by its slug (or
 * number, title, name) and version (`#D` draft, `#P` published), a component by its
 * owner, field and order. Two imports of the same data set give equal results when
 * they stored the same thing, whatever ids the database handed out. Timestamps are
 * compared as present or not.
 */
export type StoredRows = Record<string, string[]>;

const isLink = (t: string) => t.endsWith('_lnk');
const isCmps = (t: string) => t.endsWith('_cmps');
const isComponent = (t: string) => t.startsWith('components_') && !isLink(t);

export const listCatalogueTables = async (knex: Knex): Promise<string[]> => {
  const client = String((knex.client as { config: { client?: unknown } }).config.client);
  const names: string[] = ['pg', 'postgres'].includes(client)
    ? ((await knex('information_schema.tables').select('table_name as name').where({ table_schema: 'public' })) as { name: string }[]).map((r) => r.name)
    : ((await knex('sqlite_master').select('name').where({ type: 'table' })) as { name: string }[]).map((r) => r.name);
  return names
    .filter((n) => (n.startsWith('clinic_') || n.startsWith('components_clinic')) && !n.startsWith('clinic_site_page') && !n.startsWith('clinic_read_model'))
    .sort();
};

export const storedRows = async (knex: Knex): Promise<StoredRows> => {
  const tables = await listCatalogueTables(knex);
  const all = async (t: string): Promise<Record<string, any>[]> => knex(t).select('*');
  const keys = new Map<string, Map<unknown, string>>();
  const out: Record<string, Record<string, unknown>[]> = {};
  const stamp = (v: unknown) => v !== null && v !== undefined;

  for (const t of tables.filter((t) => !isLink(t) && !isCmps(t) && !isComponent(t))) {
    const ids = new Map<unknown, string>();
    keys.set(t, ids);
    const rows = await all(t);
    const versions = new Map<unknown, number>();
    for (const r of rows) {
      ids.set(r.id, `${String(r.slug ?? r.number ?? r.title ?? r.name)}#${r.published_at == null ? 'D' : 'P'}`);
      versions.set(r.document_id, (versions.get(r.document_id) ?? 0) + 1);
    }
    out[t] = rows.map(({ id, document_id, created_at, updated_at, published_at, ...rest }) => ({
      ...rest,
      _row: ids.get(id),
      _stamps: [stamp(created_at), stamp(updated_at), stamp(published_at)].join(),
      // The draft and the published row of one document share its documentId.
      _versionsOfDocument: versions.get(document_id),
    }));
  }
  const componentKeys = new Map<string, Map<unknown, string>>();
  for (const t of tables.filter(isCmps)) {
    const owner = t.replace(/_cmps$/, '');
    out[t] = (await all(t)).map((r) => {
      const table = `components_${String(r.component_type).replace('.', '_').replace(/-/g, '_')}`;
      const ids = componentKeys.get(table) ?? new Map<unknown, string>();
      componentKeys.set(table, ids);
      ids.set(r.cmp_id, `${keys.get(owner)?.get(r.entity_id)}.${r.field}[${r.order ?? ''}]`);
      return { entity: keys.get(owner)?.get(r.entity_id) ?? `missing ${r.entity_id}`, type: r.component_type, field: r.field, order: r.order };
    });
  }
  for (const t of tables.filter(isComponent)) {
    const ids = componentKeys.get(t) ?? new Map<unknown, string>();
    keys.set(t, ids);
    out[t] = (await all(t)).map(({ id, ...rest }) => ({ ...rest, _component: ids.get(id) ?? `orphan ${id}` }));
  }
  // A link column `<singular>_id` points at the table whose singular name it carries.
  const singular = (t: string) => t.replace(/^components_clinic_|^clinic_/, '').replace(/ies$/, 'y').replace(/s$/, '');
  const tableOfColumn = (column: string) => [...keys.keys()].find((t) => singular(t) === column.replace(/_id$/, ''));
  for (const t of tables.filter(isLink)) {
    out[t] = (await all(t)).map(({ id: _id, ...r }) => {
      const o: Record<string, unknown> = {};
      for (const [c, v] of Object.entries(r)) {
        const target = c.endsWith('_id') ? tableOfColumn(c) : undefined;
        o[c] = target ? keys.get(target)?.get(v) ?? `missing ${String(v)}` : v;
      }
      return o;
    });
  }
  const result: StoredRows = {};
  for (const [t, rows] of Object.entries(out)) result[t] = rows.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();
  return result;
};

/** Deletes every row of the catalogue's tables (links first): a scratch database only. */
export const wipeCatalogue = async (knex: Knex) => {
  const tables = await listCatalogueTables(knex);
  const order = [...tables.filter(isLink), ...tables.filter(isCmps), ...tables.filter(isComponent), ...tables.filter((t) => !isLink(t) && !isCmps(t) && !isComponent(t))];
  for (const t of order) await knex(t).delete();
};

/** Rows per catalogue table. */
export const tableCounts = async (knex: Knex): Promise<Record<string, number>> => {
  const counts: Record<string, number> = {};
  for (const t of await listCatalogueTables(knex)) counts[t] = Number(((await knex(t).count({ n: '*' }).first()) as { n: number | string }).n);
  return counts;
};
