import type { Core } from '@strapi/strapi';
import type { BundlePriceRuleKind, Decimal } from '../domain';

const BUNDLE = 'plugin::clinic.bundle';
const BUNDLE_OFFERING = 'plugin::clinic.bundle-offering';

type Row = Record<string, any>;

export interface BuilderBundleRow {
  documentId: string;
  slug: string;
  name: string;
  items: { service: string | null; minutes: number; count: number }[];
  priceRule: BundlePriceRuleKind;
  price: Decimal | null;
  percentOff: number | null;
  minPrice: Decimal;
  maxPrice: Decimal;
  validFrom: string;
  validUntil: string | null;
}

const toBundle = (row: Row): BuilderBundleRow => ({
  documentId: row.documentId,
  slug: row.slug,
  name: row.name,
  items: (row.items ?? []).map((i: Row) => ({ service: i.service?.documentId ?? null, minutes: Number(i.minutes), count: Number(i.count) })),
  priceRule: row.priceRule,
  price: row.price ?? null,
  percentOff: row.percentOff === null || row.percentOff === undefined ? null : Number(row.percentOff),
  minPrice: row.minPrice,
  maxPrice: row.maxPrice,
  validFrom: row.validFrom,
  validUntil: row.validUntil ?? null,
});

/**
 * What the bundle builder reads besides the price matrix's reads (locations, services,
 * offerings: priceMatrixRepository), straight from the database: the drafts, as the
 * content manager shows them. Writes go through the Document Service.
 */
export const bundleBuilderRepository = (strapi: Core.Strapi) => ({
  /** Bundles (drafts) by name, with their items, rule and bounds. */
  async bundles(documentIds?: readonly string[]): Promise<BuilderBundleRow[]> {
    const where: Row = { publishedAt: null };
    if (documentIds) where.documentId = { $in: [...new Set(documentIds)] };
    const rows = await strapi.db.query(BUNDLE).findMany({
      where,
      select: ['documentId', 'slug', 'name', 'priceRule', 'price', 'percentOff', 'minPrice', 'maxPrice', 'validFrom', 'validUntil'],
      populate: { items: { populate: { service: { select: ['documentId'] } } } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
    return rows.map(toBundle);
  },

  /** The draft bundle offering of this bundle at this location (the oldest when several), as stored. */
  async offeringOf(bundle: string, location: string): Promise<{ documentId: string; price: Decimal; published: boolean } | null> {
    const rows = await strapi.db.query(BUNDLE_OFFERING).findMany({
      where: { bundle: { documentId: bundle }, location: { documentId: location } },
      select: ['documentId', 'price', 'publishedAt'],
      orderBy: [{ id: 'asc' }],
    });
    const draft = rows.find((r: Row) => r.publishedAt === null);
    if (!draft) return null;
    return { documentId: draft.documentId, price: draft.price, published: rows.some((r: Row) => r.documentId === draft.documentId && r.publishedAt !== null) };
  },

});
export type BundleBuilderRepository = ReturnType<typeof bundleBuilderRepository>;
