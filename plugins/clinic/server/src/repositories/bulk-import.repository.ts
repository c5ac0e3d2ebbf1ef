/**
 * The set-based side of the bulk import: reads which documents the catalogue holds
 * (by import key), and writes new documents as Strapi 5's Document Service stores
 * them, in multi-row INSERTs instead of ~30 statements a document:
 *
 * - a type with draft & publish gets a draft row and a published row sharing one
 *   document_id; a type without gets one row, published_at set;
 * - every row version gets its own component rows (`components_*`), linked from the
 *   type's `*_cmps` table (order 1…n for a repeatable component, null for a single one);
 * - relations are rows of `*_lnk` tables: a draft links to drafts, a published row to
 *   published rows, either to the one row of a type without drafts, and a row of a
 *   type without drafts to both versions of its target (as Strapi writes them); the
 *   owner's order column counts 1…n in the list, the inverse order column continues
 *   after the target's highest, drafts and published rows counted apart.
 *
 * Table and column names come from Strapi's metadata (`strapi.db.metadata`), never
 * spelled here. Rows go through `strapi.db.query(uid).createMany`, so values are
 * converted as Strapi converts them (dates, JSON, booleans, decimals). Equality with
 * a Document Service import is checked by test/bulk-import.test.ts.
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { keyFieldsOf, KEY_SEPARATOR } from '../bulk-import/import-keys';
import type { Bounds } from '../bulk-import/validate-import';

type Uid = any;
type Row = Record<string, any>;
type Attr = Record<string, any>;

/** The row ids of one document: draft and published (a type without drafts has only `published`). */
export interface Versions {
  documentId: string;
  draft: number | null;
  published: number | null;
  /** `name` of each version (titles of offerings are made of them). */
  draftName?: string | null;
  publishedName?: string | null;
}

/** Every known document of the import's types: type → key → versions. */
export type DocumentIndex = Map<string, Map<string, Versions>>;

const BATCH = 500;
const uidOf = (type: string) => `plugin::clinic.${type}`;
const chunks = <T>(list: T[], size = BATCH): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A documentId in the shape Strapi's cuid2 gives: 24 characters, a letter first. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const newDocumentId = () => {
  const bytes = randomBytes(24);
  let id = ALPHABET[bytes[0] % 26];
  for (let i = 1; i < 24; i++) id += ALPHABET[bytes[i] % 36];
  return id;
};

const isOwnedRelation = (a: Attr) => a.type === 'relation' && a.joinTable && !a.mappedBy && !String(a.target).startsWith('admin::') && !a.joinTable.on;
const isComponentLink = (a: Attr) => a.type === 'relation' && a.joinTable?.on?.field;

export const bulkImportRepository = (strapi: Core.Strapi) => {
  const meta = (uid: string) => strapi.db.metadata.get(uid) as unknown as { tableName: string; attributes: Record<string, Attr> };
  const hasDrafts = (type: string) => Boolean((strapi.getModel(uidOf(type) as Uid) as any)?.options?.draftAndPublish);
  const schema = (uid: string) => (strapi.getModel(uid as Uid) as any).attributes as Record<string, Attr>;

  /** The stored documents of `type` by import key (joins the to-one relations a key is made of). */
  const loadIndex = async (knex: Knex, type: string): Promise<Map<string, Versions>> => {
    const m = meta(uidOf(type));
    const t = m.tableName;
    const q = knex(t).select(`${t}.id as id`, `${t}.document_id as document_id`, `${t}.published_at as published_at`);
    if (m.attributes.name) q.select(`${t}.${m.attributes.name.columnName ?? 'name'} as name`);
    keyFieldsOf(type).forEach((field, i) => {
      const a = m.attributes[field];
      if (a?.type === 'relation') {
        const { name, joinColumn, inverseJoinColumn } = a.joinTable;
        const target = meta(a.target).tableName;
        q.leftJoin(`${name} as k${i}`, `k${i}.${joinColumn.name}`, `${t}.id`)
          .leftJoin(`${target} as kt${i}`, `kt${i}.id`, `k${i}.${inverseJoinColumn.name}`)
          .select(`kt${i}.slug as key${i}`);
      } else {
        q.select(`${t}.${a?.columnName ?? field} as key${i}`);
      }
    });
    const index = new Map<string, Versions>();
    for (const r of (await q) as Row[]) {
      const parts = keyFieldsOf(type).map((_, i) => r[`key${i}`]);
      if (parts.some((p) => p === null || p === undefined)) continue;
      const key = parts.join(KEY_SEPARATOR);
      const v: Versions = index.get(key) ?? { documentId: r.document_id, draft: null, published: null };
      if (hasDrafts(type) && r.published_at === null) {
        v.draft = r.id;
        v.draftName = r.name;
      } else {
        v.published = r.id;
        v.publishedName = r.name;
      }
      index.set(key, v);
    }
    return index;
  };

  /** Variant lengths of every stored service (the draft's where there is one: the latest edit), by slug. */
  const serviceMinutes = async (): Promise<Map<string, number[]>> => {
    const out = new Map<string, number[]>();
    const rows: Row[] = await strapi.db.query('plugin::clinic.service').findMany({ select: ['slug', 'publishedAt'], populate: { variants: true } });
    rows.sort((a, b) => (a.publishedAt === null ? 1 : 0) - (b.publishedAt === null ? 1 : 0));
    for (const r of rows) out.set(r.slug, (r.variants ?? []).map((v: Row) => Number(v.minutes)));
    return out;
  };

  const bundleBounds = async (): Promise<Map<string, Bounds>> => {
    const out = new Map<string, Bounds>();
    const rows: Row[] = await strapi.db.query('plugin::clinic.bundle').findMany({ select: ['slug', 'minPrice', 'maxPrice', 'publishedAt'] });
    rows.sort((a, b) => (a.publishedAt === null ? 1 : 0) - (b.publishedAt === null ? 1 : 0));
    for (const r of rows) out.set(r.slug, { minPrice: r.minPrice, maxPrice: r.maxPrice });
    return out;
  };

  /**
   * A writer for one import, inside its transaction. Inverse order columns continue
   * after what the tables hold (read once per table, when first needed).
   */
  const writer = (knex: Knex, index: DocumentIndex) => {
    const inverseOrder = new Map<string, Map<string, number>>();

    const nextInverse = async (table: string, attr: Attr, ownerTable: string, ownerHasVersions: boolean, targetId: number, ownerIsDraft: boolean) => {
      const column = attr.joinTable.inverseOrderColumnName as string;
      let counters = inverseOrder.get(table);
      if (!counters) {
        counters = new Map();
        const { joinColumn, inverseJoinColumn } = attr.joinTable;
        const draft = ownerHasVersions ? 'case when o.published_at is null then 1 else 0 end' : '0';
        const rows: Row[] = await knex(`${table} as l`)
          .join(`${ownerTable} as o`, 'o.id', `l.${joinColumn.name}`)
          .select(`l.${inverseJoinColumn.name} as target`, knex.raw(`${draft} as draft`))
          .max({ ord: `l.${column}` })
          .groupBy(`l.${inverseJoinColumn.name}`, knex.raw(draft));
        for (const r of rows) counters.set(`${r.target}|${Number(r.draft) === 1}`, Number(r.ord ?? 0));
        inverseOrder.set(table, counters);
      }
      const k = `${targetId}|${ownerIsDraft}`;
      const n = (counters.get(k) ?? 0) + 1;
      counters.set(k, n);
      return n;
    };

    /** The target rows a row version links to. */
    const targetsOf = (targetType: string, key: string, owner: 'draft' | 'published' | 'single'): number[] => {
      const v = index.get(targetType)?.get(key);
      if (!v) throw new Error(`bulk import: ${targetType} "${key}" was not written before the rows naming it`);
      if (!hasDrafts(targetType)) return v.published === null ? [] : [v.published];
      const ids = owner === 'draft' ? [v.draft] : owner === 'published' ? [v.published] : [v.draft, v.published];
      return ids.filter((id): id is number => id !== null);
    };

    const typeOf = (target: string) => target.replace(/^plugin::clinic\./, '');

    /** Link rows of the owned relations of `uid` (a content type or a component) for one batch of rows. */
    const linkRows = async (uid: string, owners: { id: number; version: 'draft' | 'published' | 'single'; data: Row }[]) => {
      const m = meta(uid);
      const byTable = new Map<string, Row[]>();
      for (const [name, attr] of Object.entries(m.attributes)) {
        if (!isOwnedRelation(attr)) continue;
        const { name: table, joinColumn, inverseJoinColumn, orderColumnName, inverseOrderColumnName } = attr.joinTable;
        const rows = byTable.get(table) ?? [];
        byTable.set(table, rows);
        for (const owner of owners) {
          const value = owner.data[name];
          if (value === null || value === undefined) continue;
          const keys: string[] = Array.isArray(value) ? value : [value];
          for (const [position, key] of keys.entries()) {
            for (const targetId of targetsOf(typeOf(attr.target), key, owner.version)) {
              const row: Row = { [joinColumn.name]: owner.id, [inverseJoinColumn.name]: targetId };
              if (orderColumnName) row[orderColumnName] = position + 1;
              if (inverseOrderColumnName) row[inverseOrderColumnName] = await nextInverse(table, attr, m.tableName, Boolean(m.attributes.publishedAt), targetId, owner.version === 'draft');
              rows.push(row);
            }
          }
        }
      }
      for (const [table, rows] of byTable) for (const piece of chunks(rows)) await knex(table).insert(piece);
    };

    /** Component rows for one batch of row versions, their `*_cmps` links and their own relations. */
    const componentRows = async (uid: string, owners: { id: number; version: 'draft' | 'published' | 'single'; data: Row }[]) => {
      const attrs = schema(uid);
      const m = meta(uid);
      for (const [name, attr] of Object.entries(attrs)) {
        if (attr.type !== 'component') continue;
        const link = m.attributes[name];
        if (!isComponentLink(link)) continue;
        const items: { owner: (typeof owners)[number]; data: Row; order: number | null }[] = [];
        for (const owner of owners) {
          const value = owner.data[name];
          if (value === null || value === undefined) continue;
          if (Array.isArray(value)) value.forEach((data: Row, i) => items.push({ owner, data, order: i + 1 }));
          else items.push({ owner, data: value as Row, order: null });
        }
        if (items.length === 0) continue;
        const componentUid = attr.component as string;
        const componentAttrs = schema(componentUid);
        const scalarsOf = (data: Row) => Object.fromEntries(Object.entries(data).filter(([k]) => componentAttrs[k] && componentAttrs[k].type !== 'relation' && componentAttrs[k].type !== 'component'));
        const { name: table, joinColumn, inverseJoinColumn } = link.joinTable;
        for (const piece of chunks(items)) {
          const { ids } = (await strapi.db.query(componentUid).createMany({ data: piece.map((item) => scalarsOf(item.data)) })) as { ids: number[] };
          await knex(table).insert(
            piece.map((item, i) => ({ [joinColumn.name]: item.owner.id, [inverseJoinColumn.name]: ids[i], component_type: componentUid, field: name, order: item.order })),
          );
          await linkRows(componentUid, piece.map((item, i) => ({ id: ids[i], version: item.owner.version, data: item.data })));
        }
      }
    };

    /**
     * Writes new documents of `type` (their keys must not be in the index), published,
     * and adds them to the index. `extra(data, version)` adds app-computed fields (titles).
     */
    const writeDocuments = async (
      type: string,
      docs: { key: string; data: Row }[],
      extra: (data: Row, version: 'draft' | 'published') => Row = () => ({}),
      onBatch: (n: number) => void = () => undefined,
    ) => {
      const uid = uidOf(type);
      const attrs = schema(uid);
      const drafts = hasDrafts(type);
      const known = index.get(type) ?? new Map<string, Versions>();
      index.set(type, known);
      const scalarsOf = (data: Row) => Object.fromEntries(Object.entries(data).filter(([k]) => attrs[k] && attrs[k].type !== 'relation' && attrs[k].type !== 'component' && attrs[k].type !== 'media'));
      for (const piece of chunks(docs)) {
        const now = new Date();
        const documentIds = piece.map(() => newDocumentId());
        const insert = async (version: 'draft' | 'published') => {
          const data = piece.map((d, i) => ({
            ...scalarsOf(d.data),
            ...extra(d.data, version),
            documentId: documentIds[i],
            publishedAt: version === 'draft' ? null : now,
            createdAt: now,
            updatedAt: now,
          }));
          return ((await strapi.db.query(uid).createMany({ data })) as { ids: number[] }).ids;
        };
        const draftIds = drafts ? await insert('draft') : null;
        const publishedIds = await insert('published');
        piece.forEach((d, i) => {
          known.set(d.key, {
            documentId: documentIds[i],
            draft: draftIds?.[i] ?? null,
            published: publishedIds[i],
            draftName: drafts ? ((d.data.name as string | undefined) ?? null) : undefined,
            publishedName: (d.data.name as string | undefined) ?? null,
          });
        });
        const owners = [
          ...(draftIds ? piece.map((d, i) => ({ id: draftIds[i], version: 'draft' as const, data: d.data })) : []),
          ...piece.map((d, i) => ({ id: publishedIds[i], version: drafts ? ('published' as const) : ('single' as const), data: d.data })),
        ];
        await componentRows(uid, owners);
        await linkRows(uid, owners);
        onBatch(piece.length);
        await yieldToEventLoop();
      }
    };

    return { writeDocuments };
  };

  return { loadIndex, serviceMinutes, bundleBounds, writer };
};

export type BulkImportRepository = ReturnType<typeof bulkImportRepository>;
