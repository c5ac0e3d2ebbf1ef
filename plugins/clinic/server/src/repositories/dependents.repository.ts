import type { Core } from '@strapi/strapi';
import type { Dependent, MinutesUse, PricedDependent } from '../domain/dependents.rules';

const OFFERING = 'plugin::clinic.offering';
const BUNDLE = 'plugin::clinic.bundle';
const BUNDLE_OFFERING = 'plugin::clinic.bundle-offering';

type Row = Record<string, any>;

const locationLabel = (row: Row) => (row.location?.name as string | undefined) ?? `offering ${row.documentId}`;

/**
 * The documents that depend on another one (every version, draft or published),
 * read straight from the database for the cross-document rules (domain/dependents.rules).
 */
export const dependentsRepository = (strapi: Core.Strapi) => ({
  /** For each length, the offerings that override it and the bundles that sell it, on the service `serviceId`. */
  async usesOfServiceMinutes(serviceId: string, minutes: number[]): Promise<MinutesUse[]> {
    if (minutes.length === 0) return [];
    const [offerings, bundles]: [Row[], Row[]] = await Promise.all([
      strapi.db.query(OFFERING).findMany({
        where: { service: { documentId: serviceId }, priceOverrides: { minutes: { $in: minutes } } },
        select: ['documentId'],
        populate: { priceOverrides: true, location: { select: ['name'] } },
      }),
      strapi.db.query(BUNDLE).findMany({
        where: { items: { service: { documentId: serviceId }, minutes: { $in: minutes } } },
        select: ['documentId', 'name'],
        populate: { items: { populate: { service: { select: ['documentId'] } } } },
      }),
    ]);
    return minutes.map((m) => ({
      minutes: m,
      offerings: offerings
        .filter((o) => (o.priceOverrides ?? []).some((p: Row) => Number(p.minutes) === m))
        .map((o): Dependent => ({ documentId: o.documentId, label: locationLabel(o) })),
      bundles: bundles
        .filter((b) => (b.items ?? []).some((i: Row) => Number(i.minutes) === m && i.service?.documentId === serviceId))
        .map((b): Dependent => ({ documentId: b.documentId, label: b.name as string })),
    }));
  },

  /** The bundle offerings of the bundle `bundleId` priced below `minPrice` or above `maxPrice`. */
  async bundleOfferingsOutside(bundleId: string, minPrice: number | string, maxPrice: number | string): Promise<PricedDependent[]> {
    const rows: Row[] = await strapi.db.query(BUNDLE_OFFERING).findMany({
      where: { bundle: { documentId: bundleId }, $or: [{ price: { $lt: minPrice } }, { price: { $gt: maxPrice } }] },
      select: ['documentId', 'price'],
      populate: { location: { select: ['name'] } },
    });
    return rows.filter((r) => r.price !== null && r.price !== undefined).map((r) => ({ documentId: r.documentId, label: locationLabel(r), price: r.price }));
  },
});

export type DependentsRepository = ReturnType<typeof dependentsRepository>;
