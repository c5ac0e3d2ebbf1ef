import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  bundleQuote, fromCents, toCents, isFranchiseScoped, localTimeIn, slugOf,
  type LocationOffering, type QuoteBody, type QuoteItem, type QuoteService, type SaveBundleBody, type SaveOfferingBody,
} from '../domain';
import { priceMatrixRepository } from '../repositories/price-matrix.repository';
import { bundleBuilderRepository, type BuilderBundleRow } from '../repositories/bundle-builder.repository';
import { decideFranchiseScope, SCOPE_REFUSAL_MESSAGES } from '../domain/franchise-scope.rules';
import { franchiseScopeRepository } from '../repositories/franchise-scope.repository';

const BUNDLE = 'plugin::clinic.bundle';
const BUNDLE_OFFERING = 'plugin::clinic.bundle-offering';
/** The most locations the builder lists to pick from (the picker searches within them). */
const MAX_LOCATIONS = 1000;

export interface BuilderUser {
  id: number | string;
  roles?: { code: string }[];
}

const scoped = (user: BuilderUser) => isFranchiseScoped((user.roles ?? []).map((r) => r.code));
const notFound = (field: string, message: string) =>
  new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError' }] });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const matrix = priceMatrixRepository(strapi);
  const repo = bundleBuilderRepository(strapi);
  const now = (): Date => strapi.plugin('clinic').service('clock').now();

  /** A location the user may quote and save at: any for editors, their own franchise's for owners (404-free: 400/403 naming `location`). */
  const locationFor = async (documentId: string, user: BuilderUser) => {
    const [location] = await matrix.locationsById([documentId]);
    if (!location) throw notFound('location', 'The location does not exist.');
    if (scoped(user)) {
      // The franchise-scope middleware's rule, on the location as stored.
      const decision = decideFranchiseScope({
        ownedFranchiseIds: await franchiseScopeRepository(strapi).ownedFranchiseIds(user.id),
        currentFranchiseIds: [],
        targetFranchiseId: location.franchise?.documentId ?? null,
        targetHasNoLocation: false,
      });
      if (!decision.allowed) {
        const message = SCOPE_REFUSAL_MESSAGES[decision.reason];
        throw new errors.PolicyError(message, { path: 'location', errors: [{ path: ['location'], message, name: 'PolicyError' }] });
      }
    }
    return location;
  };

  const bundleFor = async (documentId: string): Promise<BuilderBundleRow> => {
    const [bundle] = await repo.bundles([documentId]);
    if (!bundle) throw notFound('bundle', 'The bundle does not exist.');
    return bundle;
  };

  return {
    /** What the page picks from: the user's locations, the bundles, the services and their lengths. */
    async options(user: BuilderUser) {
      const [locations, bundles, services] = await Promise.all([
        matrix.locationPage({ ownedBy: scoped(user) ? user.id : undefined }, 1, MAX_LOCATIONS),
        repo.bundles(),
        matrix.services(),
      ]);
      return {
        locations: locations.rows.map((l) => ({ documentId: l.documentId, name: l.name, city: l.city, state: l.state, franchise: l.franchise?.name ?? null })),
        bundles: bundles.map((b) => ({ documentId: b.documentId, name: b.name, slug: b.slug, items: b.items })),
        services: services.map((s) => ({ documentId: s.documentId, name: s.name, minutes: [...new Set(s.variants.map((v) => v.minutes))].sort((a, b) => a - b) })),
        canSaveBundle: !scoped(user),
      };
    },

    /** Sum of parts at the location today, the price, the saving, the bounds and the refusal of the price. Writes nothing. */
    async quote(body: QuoteBody, user: BuilderUser) {
      const location = await locationFor(body.location, user);
      const bundle = body.bundle ? await bundleFor(body.bundle) : null;
      const items: QuoteItem[] = bundle
        ? bundle.items.filter((i) => i.service !== null).map((i) => ({ service: i.service as string, minutes: i.minutes, count: i.count }))
        : (body.items ?? []);
      const serviceIds = [...new Set(items.map((i) => i.service))];
      const [services, offerings] = await Promise.all([
        serviceIds.length > 0 ? matrix.services({ documentIds: serviceIds }) : Promise.resolve([]),
        serviceIds.length > 0 ? matrix.offeringsAt([location.documentId], serviceIds) : Promise.resolve([]),
      ]);
      const byService = new Map<string, LocationOffering>();
      // The draft offering (the latest edit), the oldest when several: as the price matrix shows it.
      for (const o of offerings) if (!o.published && !byService.has(o.service)) byService.set(o.service, o);
      const today = localTimeIn(now(), location.timeZone).date;
      const bounds = bundle
        ? { minPrice: bundle.minPrice, maxPrice: bundle.maxPrice }
        : body.minPrice !== undefined && body.maxPrice !== undefined
          ? { minPrice: fromCents(body.minPrice), maxPrice: fromCents(body.maxPrice) }
          : null;
      const quote = bundleQuote({
        items,
        services: new Map<string, QuoteService>(services.map((s) => [s.documentId, s])),
        offerings: byService,
        day: today,
        rule: bundle
          ? { priceRule: bundle.priceRule, price: bundle.price, percentOff: bundle.percentOff }
          : body.percentOff !== undefined
            ? { priceRule: 'percent_off_parts', percentOff: body.percentOff }
            : null,
        bounds,
        priceCents: body.price ?? null,
      });
      const existing = bundle ? await repo.offeringOf(bundle.documentId, location.documentId) : null;
      return {
        location: { documentId: location.documentId, name: location.name, today },
        bundle: bundle ? { documentId: bundle.documentId, name: bundle.name, slug: bundle.slug, priceRule: bundle.priceRule } : null,
        existingOffering: existing ? { documentId: existing.documentId, priceCents: toCents(existing.price, 'price'), published: existing.published } : null,
        ...quote,
      };
    },

    /**
     * The bundle at the location at the price, through the Document Service (validation,
     * franchise scope, entry title, read model): the existing draft updated, or a new one.
     */
    async saveOffering(body: SaveOfferingBody, user: BuilderUser) {
      const location = await locationFor(body.location, user);
      const bundle = await bundleFor(body.bundle);
      const existing = await repo.offeringOf(bundle.documentId, location.documentId);
      const status = body.mode === 'publish' ? 'published' : 'draft';
      const documents = strapi.documents(BUNDLE_OFFERING as any);
      const price = fromCents(body.price);
      const saved = existing
        ? await documents.update({ documentId: existing.documentId, data: { price } as any, status })
        : await documents.create({ data: { bundle: bundle.documentId, location: location.documentId, price } as any, status });
      return { documentId: (saved as { documentId: string }).documentId, created: !existing, mode: body.mode, priceCents: body.price };
    },

    /** A new bundle of the items at a fixed price or a percent off its parts (editors), through the Document Service. */
    async saveBundle(body: SaveBundleBody) {
      const status = body.mode === 'publish' ? 'published' : 'draft';
      const saved = await strapi.documents(BUNDLE as any).create({
        data: {
          name: body.name,
          slug: body.slug ?? slugOf(body.name),
          summary: body.summary,
          items: body.items.map((i) => ({ service: i.service, minutes: i.minutes, count: i.count })),
          priceRule: body.priceRule,
          price: body.price === undefined ? null : fromCents(body.price),
          percentOff: body.percentOff ?? null,
          minPrice: fromCents(body.minPrice),
          maxPrice: fromCents(body.maxPrice),
          validFrom: body.validFrom,
          validUntil: body.validUntil ?? null,
        } as any,
        status,
      });
      return { documentId: (saved as { documentId: string }).documentId, mode: body.mode };
    },
  };
};
