import type { Core } from '@strapi/strapi';
import { LOCATION_LOCK_NAMESPACE, locationLockKeys, type PriceOverride, type ServiceVariant } from '../domain';

const LOCATION = 'plugin::clinic.location';
const SERVICE = 'plugin::clinic.service';
const OFFERING = 'plugin::clinic.offering';
/** documentIds per IN list: a page of 100 locations × ~36 offerings × 2 versions stays a few thousand rows a query. */
const CHUNK = 25;

type Row = Record<string, any>;


export interface MatrixLocationRow {
  documentId: string;
  slug: string;
  name: string;
  region: string | null;
  state: string | null;
  city: string | null;
  timeZone: string;
  franchise: { documentId: string; slug: string; name: string } | null;
}

export interface MatrixServiceRow {
  documentId: string;
  slug: string;
  name: string;
  modality: { slug: string; name: string } | null;
  variants: ServiceVariant[];
}

export interface MatrixOfferingRow {
  documentId: string;
  location: string;
  service: string;
  available: boolean;
  priceOverrides: PriceOverride[];
  published: boolean;
}

export interface LocationFilter {
  franchise?: string;
  region?: string;
  state?: string;
  /** Only the locations of the franchises this admin user owns (franchise owners). */
  ownedBy?: number | string;
  /** Only these locations (documentIds). */
  documentIds?: string[];
}

const chunks = <T>(items: readonly T[], size = CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

const toLocation = (row: Row): MatrixLocationRow => ({
  documentId: row.documentId,
  slug: row.slug,
  name: row.name,
  region: row.region ?? null,
  state: row.address?.state ?? null,
  city: row.address?.city ?? null,
  timeZone: row.timeZone,
  franchise: row.franchise ? { documentId: row.franchise.documentId, slug: row.franchise.slug, name: row.franchise.name } : null,
});

const toOverride = (p: Row): PriceOverride => ({ minutes: Number(p.minutes), price: p.price, effectiveFrom: p.effectiveFrom ?? null });

/**
 * What the price matrix reads, straight from the database (never through the Document
 * Service: reads need no middleware, and the writes go through it). The matrix works on
 * the draft rows — the latest edit, what the content manager shows — and reads the
 * published offerings beside them to show what the public sees when it differs.
 */
export const priceMatrixRepository = (strapi: Core.Strapi) => {
  const locationWhere = (f: LocationFilter): Row => {
    const where: Row = { publishedAt: null };
    if (f.franchise) where.franchise = { slug: f.franchise };
    if (f.region) where.region = f.region;
    if (f.state) where.address = { state: f.state };
    if (f.ownedBy !== undefined) where.franchise = { ...(where.franchise ?? {}), owners: { id: f.ownedBy } };
    if (f.documentIds) where.documentId = { $in: f.documentIds };
    return where;
  };
  const locationFields = {
    select: ['id', 'documentId', 'slug', 'name', 'region', 'timeZone'],
    populate: { address: { select: ['state', 'city'] }, franchise: { select: ['documentId', 'slug', 'name'] } },
  };

  return {
    /** One page of locations by name, and how many match. */
    async locationPage(filter: LocationFilter, page: number, pageSize: number): Promise<{ rows: MatrixLocationRow[]; total: number }> {
      const where = locationWhere(filter);
      const [total, rows] = await Promise.all([
        strapi.db.query(LOCATION).count({ where }),
        strapi.db.query(LOCATION).findMany({ where, ...locationFields, orderBy: [{ name: 'asc' }, { id: 'asc' }], offset: (page - 1) * pageSize, limit: pageSize }),
      ]);
      return { rows: rows.map(toLocation), total: Number(total) };
    },

    /**
     * In the open transaction (`trx`): waits for, then holds until it ends, the locks of the
     * locations named — PostgreSQL advisory transaction locks on their buckets
     * (`locationLockKeys`: at most 1,024, distinct, ascending, so two batches cannot deadlock),
     * in one statement (unnest keeps the array's order). Two batches at one location then run one
     * after the other, the second planning on what the first wrote, instead of both reading the
     * same prices and the last write erasing the first (a lost update). SQLite needs none: its one
     * connection runs one transaction at a time.
     */
    async lockLocations(trx: { raw: (sql: string, bindings: unknown[]) => Promise<unknown> }, documentIds: readonly string[]): Promise<void> {
      if (strapi.db.dialect.client !== 'postgres') return;
      const keys = locationLockKeys(documentIds);
      if (keys.length === 0) return;
      // The keys as one array literal: knex would spread a JS array binding into a list.
      await trx.raw('select pg_advisory_xact_lock(?, k) from unnest(?::int[]) with ordinality as t(k, n) order by n', [LOCATION_LOCK_NAMESPACE, `{${keys.join(',')}}`]);
    },

    /** Region, state and franchise of every location (drafts) the filter admits: what the matrix's pickers offer. */
    async locationFacets(filter: LocationFilter): Promise<{ region: string | null; state: string | null; franchise: { slug: string; name: string } | null }[]> {
      const rows = await strapi.db.query(LOCATION).findMany({
        where: locationWhere(filter),
        select: ['id', 'region'],
        populate: { address: { select: ['state'] }, franchise: { select: ['slug', 'name'] } },
      });
      return rows.map((row: Row) => ({
        region: row.region ?? null,
        state: row.address?.state ?? null,
        franchise: row.franchise ? { slug: row.franchise.slug, name: row.franchise.name } : null,
      }));
    },

    /** The locations named (drafts), with franchise and time zone, by documentId. */
    async locationsById(documentIds: readonly string[]): Promise<MatrixLocationRow[]> {
      const out: MatrixLocationRow[] = [];
      for (const piece of chunks([...new Set(documentIds)], 200)) {
        const rows = await strapi.db.query(LOCATION).findMany({ where: locationWhere({ documentIds: piece }), ...locationFields });
        out.push(...rows.map(toLocation));
      }
      return out;
    },

    /** Services (drafts: the lengths validation judges by) with their variants, by name; optionally of one modality or one slug, or these documentIds. */
    async services(filter: { modality?: string; slug?: string; documentIds?: readonly string[] } = {}): Promise<MatrixServiceRow[]> {
      const where: Row = { publishedAt: null };
      if (filter.modality) where.modality = { slug: filter.modality };
      if (filter.slug) where.slug = filter.slug;
      if (filter.documentIds) where.documentId = { $in: [...new Set(filter.documentIds)].slice(0, 1000) };
      const rows = await strapi.db.query(SERVICE).findMany({
        where,
        select: ['documentId', 'slug', 'name'],
        populate: { variants: true, modality: { select: ['slug', 'name'] } },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      });
      return rows.map((row: Row) => ({
        documentId: row.documentId,
        slug: row.slug,
        name: row.name,
        modality: row.modality ? { slug: row.modality.slug, name: row.modality.name } : null,
        variants: (row.variants ?? []).map((v: Row) => ({ minutes: Number(v.minutes), basePrice: v.basePrice })),
      }));
    },

    /**
     * Offerings (draft and published rows) at these locations, optionally of these services only.
     * The location is the one each row links to as stored, which is what a franchise
     * owner's scope is judged on.
     */
    async offeringsAt(locationIds: readonly string[], serviceIds?: readonly string[]): Promise<MatrixOfferingRow[]> {
      const out: MatrixOfferingRow[] = [];
      for (const piece of chunks([...new Set(locationIds)])) {
        const where: Row = { location: { documentId: { $in: piece } } };
        if (serviceIds) where.service = { documentId: { $in: [...new Set(serviceIds)] } };
        const rows = await strapi.db.query(OFFERING).findMany({
          where,
          select: ['id', 'documentId', 'available', 'publishedAt'],
          populate: { priceOverrides: true, service: { select: ['documentId'] }, location: { select: ['documentId'] } },
          orderBy: [{ id: 'asc' }],
        });
        for (const row of rows) {
          if (!row.service || !row.location) continue;
          out.push({
            documentId: row.documentId,
            location: row.location.documentId,
            service: row.service.documentId,
            available: Boolean(row.available),
            priceOverrides: (row.priceOverrides ?? []).map(toOverride),
            published: row.publishedAt !== null,
          });
        }
      }
      return out;
    },
  };
};
export type PriceMatrixRepository = ReturnType<typeof priceMatrixRepository>;
