/**
 * Builds every page of the site read model from the published catalogue. Pure:
 * prices, bundle totals and savings come from the domain rules; only published,
 * public fields are copied (private practitioner fields are not in the input).
 */
import { bundlePrice, effectiveVariants, isPriceWithinBounds, toCents } from '../domain';
import type { Named, OfferingRecord, PublishedCatalogue, ServiceRecord } from './catalogue.types';
import { priceOnDay } from './price-schedule';
import {
  GENERAL_PLAN_KEY,
  INDEX_KEY,
  type ArticleIndexEntry,
  type ArticlePage,
  type ArticleSummary,
  type BuiltPage,
  type ConditionPage,
  type ConditionSummary,
  type BundlePricing,
  type LocationBundleEntry,
  type LocationIndexEntry,
  type LocationPage,
  type LocationServiceEntry,
  type LocationSummaryData,
  type ModalityRef,
  type PageBodies,
  type PageKind,
  type PractitionerCard,
  type PricedVariant,
  type ServicePage,
  type ServiceSummary,
  type TechniquePage,
  type TechniqueRef,
} from './page.types';

const EVIDENCE_ORDER = { strong: 0, moderate: 1, limited: 2, emerging: 3 } as const;
const MAX_ARTICLES_PER_CONDITION = 20;
const MAX_RELATED = 5;

const bySlug = <T extends { slug: string }>(rows: T[]) => new Map(rows.map((r) => [r.slug, r]));
const pick = <T>(map: Map<string, T>, slugs: string[]) => slugs.map((s) => map.get(s)).filter((x): x is T => !!x);
const groupBy = <T>(rows: T[], key: (row: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
};
const named = ({ slug, name }: Named): Named => ({ slug, name });

/** A location's entry in the location index, from its page alone. */
export const locationIndexEntry = (page: LocationPage): LocationIndexEntry => {
  const { slug, name, operatingStatus, region, timeZone, address, geo, openingHours, closures } = page;
  return {
    slug, name, operatingStatus, region, timeZone, address, geo, openingHours, closures,
    services: page.services.map((s) => s.service.slug),
    modalities: [...new Set(page.services.map((s) => s.service.modality.slug))],
  };
};

/**
 * The location index with the entries of rebuilt location pages replaced and those
 * of removed locations dropped, ordered by slug: a targeted rebuild patches the
 * stored index instead of loading every location.
 */
export const patchLocationIndex = (stored: LocationIndexEntry[], rebuilt: LocationIndexEntry[], removed: string[]): LocationIndexEntry[] => {
  const entries = new Map(stored.map((e) => [e.slug, e]));
  for (const slug of removed) entries.delete(slug);
  for (const entry of rebuilt) entries.set(entry.slug, entry);
  return [...entries.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
};

export const buildPages = (catalogue: PublishedCatalogue): BuiltPage[] => {
  const modalities = bySlug(catalogue.modalities);
  const specialties = bySlug(catalogue.specialties);
  const techniques = bySlug(catalogue.techniques);
  const conditions = bySlug(catalogue.conditions);
  const franchises = bySlug(catalogue.franchises);
  const locations = bySlug(catalogue.locations);
  const services = bySlug(catalogue.services);
  const bundles = bySlug(catalogue.bundles);
  const faqs = bySlug(catalogue.faqs);
  const practitioners = bySlug(catalogue.practitioners);

  const techniqueRef = (slug: string): TechniqueRef | null => {
    const t = techniques.get(slug);
    return t ? { slug: t.slug, name: t.name, pressure: t.pressure } : null;
  };
  const modalityRef = (slug: string | null): ModalityRef | null => (slug ? (modalities.get(slug) ?? null) : null);
  const serviceSummary = (slug: string): ServiceSummary | null => {
    const s = services.get(slug);
    const modality = s && modalityRef(s.modality);
    return s && modality ? { slug: s.slug, name: s.name, summary: s.summary, modality, booking: s.booking } : null;
  };
  const conditionSummary = (slug: string): ConditionSummary | null => {
    const c = conditions.get(slug);
    return c ? { slug: c.slug, name: c.name, category: c.category, summary: c.summary } : null;
  };
  const locationSummary = (slug: string): LocationSummaryData | null => {
    const l = locations.get(slug);
    if (!l) return null;
    const { name, operatingStatus, region, timeZone, address, geo, openingHours, closures } = l;
    return { slug, name, operatingStatus, region, timeZone, address, geo, openingHours, closures };
  };
  const card = (slug: string): PractitionerCard | null => {
    const p = practitioners.get(slug);
    if (!p) return null;
    return {
      slug: p.slug,
      firstName: p.firstName,
      lastName: p.lastName,
      credentialsSuffix: p.credentialsSuffix,
      photoUrl: p.photoUrl,
      languages: p.languages,
      acceptingNewClients: p.acceptingNewClients,
      booking: p.booking,
      specialties: pick(specialties, p.specialties).map(named),
      techniques: p.techniques.map(techniqueRef).filter((t): t is TechniqueRef => !!t),
      modalities: pick(modalities, p.modalities),
      licences: p.licences,
    };
  };
  const present = <T>(x: T | null): x is T => x !== null;

  // Location pages: services with local prices, bundles with totals, practitioner cards.
  const offeringsAt = groupBy(catalogue.offerings, (o) => o.location);
  const bundleOfferingsAt = groupBy(catalogue.bundleOfferings, (o) => o.location);
  const practitionersAt = new Map<string, string[]>();
  for (const p of catalogue.practitioners) {
    for (const l of p.locations) practitionersAt.set(l, [...(practitionersAt.get(l) ?? []), p.slug]);
  }

  const locationPages = catalogue.locations.map((location): LocationPage => {
    const servicesHere: LocationServiceEntry[] = [];
    for (const offering of offeringsAt.get(location.slug) ?? []) {
      const service = services.get(offering.service);
      const summary = serviceSummary(offering.service);
      if (!service || !summary) continue;
      const variants = scheduledVariants(service.variants, offering);
      if (variants.length > 0) servicesHere.push({ service: summary, techniques: service.techniques, variants });
    }
    servicesHere.sort((a, b) => a.service.name.localeCompare(b.service.name));
    const variantHere = new Map(servicesHere.map((s) => [s.service.slug, new Map(s.variants.map((v) => [v.minutes, v]))]));
    const priceOf = (serviceKey: string, minutes: number) => variantHere.get(serviceKey)?.get(minutes)?.priceCents ?? null;

    const bundlesHere: LocationBundleEntry[] = [];
    for (const offer of bundleOfferingsAt.get(location.slug) ?? []) {
      const bundle = bundles.get(offer.bundle);
      // A franchise price left outside bounds the chain has since narrowed is not sold.
      if (!bundle || !isPriceWithinBounds(offer.price, { minPrice: bundle.minPrice, maxPrice: bundle.maxPrice })) continue;
      const items = bundle.items.map((i) => ({ serviceKey: i.service, minutes: i.minutes, count: i.count }));
      const priceWith = (price: (serviceKey: string, minutes: number) => number | null): BundlePricing | null => {
        const pricing = bundlePrice({
          items,
          rule: { priceRule: bundle.priceRule, price: bundle.price, percentOff: bundle.percentOff === null ? null : Number(bundle.percentOff) },
          priceOf: price,
          franchisePrice: offer.price,
        });
        if (pricing.priceCents === null || pricing.partsCents === null || pricing.savingCents === null) return null;
        return { priceCents: pricing.priceCents, sumOfPartsCents: pricing.partsCents, savingCents: pricing.savingCents, unitPriceCents: bundle.items.map((i) => price(i.service, i.minutes)!) };
      };
      const pricing = priceWith(priceOf);
      if (!pricing) continue;
      const summaries = bundle.items.map((i) => serviceSummary(i.service));
      if (summaries.some((s) => !s)) continue;
      // From each day an item's price is scheduled to change, the bundle's figures as they will be.
      const days = [...new Set(bundle.items.flatMap((i) => variantHere.get(i.service)?.get(i.minutes)?.schedule?.map((s) => s.from) ?? []))].sort();
      const schedule = days.map((from) => ({ from, priced: priceWith((serviceKey, minutes) => priceOnDay(variantHere.get(serviceKey)?.get(minutes), from)) }));
      bundlesHere.push({
        slug: bundle.slug,
        name: bundle.name,
        summary: bundle.summary,
        items: bundle.items.map((i, n) => ({ service: summaries[n]!, minutes: i.minutes, count: i.count, unitPriceCents: pricing.unitPriceCents[n] })),
        priceCents: pricing.priceCents,
        sumOfPartsCents: pricing.sumOfPartsCents,
        savingCents: pricing.savingCents,
        validFrom: bundle.validFrom,
        validUntil: bundle.validUntil,
        ...(schedule.length > 0 ? { schedule } : {}),
      });
    }
    bundlesHere.sort((a, b) => a.name.localeCompare(b.name));

    const cards = (practitionersAt.get(location.slug) ?? []).map(card).filter(present);
    cards.sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));
    const franchise = location.franchise ? franchises.get(location.franchise) : undefined;
    return { ...location, franchiseRef: franchise ? named(franchise) : null, services: servicesHere, bundles: bundlesHere, practitioners: cards };
  });

  const locationIndex = patchLocationIndex([], locationPages.map(locationIndexEntry), []);

  // Articles first: condition pages list them.
  const articles = bySlug(catalogue.articles);
  const articleSummary = (slug: string): ArticleSummary | null => {
    const a = articles.get(slug);
    return a ? { slug: a.slug, title: a.title, summary: a.summary, author: a.author ? card(a.author) : null, publishedAt: a.publishedAt } : null;
  };
  // Ties (articles published together, as a seed does) by slug: the order of the site API's article cursors.
  const newestFirst = [...catalogue.articles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const articlesByCondition = new Map<string, string[]>();
  for (const a of newestFirst) {
    for (const c of a.conditions) articlesByCondition.set(c, [...(articlesByCondition.get(c) ?? []), a.slug]);
  }
  const articlePages = newestFirst.map((a): ArticlePage => {
    const related = new Set<string>();
    for (const c of a.conditions) for (const other of articlesByCondition.get(c) ?? []) if (other !== a.slug) related.add(other);
    return {
      ...articleSummary(a.slug)!,
      keyTakeaways: a.keyTakeaways,
      body: a.body,
      updatedAt: a.updatedAt,
      conditions: a.conditions.map(conditionSummary).filter(present),
      techniques: a.techniques.map(techniqueRef).filter(present),
      services: a.services.map(serviceSummary).filter(present),
      faqs: pick(faqs, a.faqs),
      related: [...related].slice(0, MAX_RELATED).map(articleSummary).filter(present),
    };
  });
  const articleIndex: ArticleIndexEntry[] = articlePages.map((a) => ({
    slug: a.slug, title: a.title, summary: a.summary, author: a.author, publishedAt: a.publishedAt,
    conditions: a.conditions.map((c) => c.slug),
  }));

  const conditionPages = catalogue.conditions.map((c): ConditionPage => {
    const { links, ...rest } = c;
    return {
      ...rest,
      techniques: links
        .map((l) => ({ technique: techniqueRef(l.technique), evidence: l.evidence, note: l.note }))
        .filter((l): l is ConditionPage['techniques'][number] => l.technique !== null)
        .sort((a, b) => EVIDENCE_ORDER[a.evidence] - EVIDENCE_ORDER[b.evidence]),
      articles: (articlesByCondition.get(c.slug) ?? []).slice(0, MAX_ARTICLES_PER_CONDITION).map(articleSummary).filter(present),
    };
  });

  const techniquePages = catalogue.techniques.map((t): TechniquePage => ({
    ...t,
    modalityRef: modalityRef(t.modality),
    conditions: catalogue.conditions.flatMap((c) =>
      c.links.filter((l) => l.technique === t.slug).map((l) => ({ condition: conditionSummary(c.slug)!, evidence: l.evidence, note: l.note })),
    ),
  }));

  const offeredAt = groupBy(
    catalogue.offerings.filter((o) => o.available),
    (o) => o.service,
  );
  const servicePages = catalogue.services.map((s): ServicePage | null => {
    const summary = serviceSummary(s.slug);
    if (!summary) return null;
    return {
      ...summary,
      techniques: s.techniques.map(techniqueRef).filter(present),
      variants: s.variants.map((v) => ({ minutes: v.minutes, basePriceCents: toCents(v.basePrice) })),
      // By name: the order offerings load in changes when one is published again (a new row).
      locations: (offeredAt.get(s.slug) ?? [])
        .map((o) => locationSummary(o.location))
        .filter(present)
        .sort((a, b) => a.name.localeCompare(b.name) || (a.slug < b.slug ? -1 : 1)),
    };
  });

  const practitionerPages = catalogue.practitioners.map((p) => ({
    ...card(p.slug)!,
    bio: p.bio,
    yearsExperience: p.yearsExperience,
    locations: p.locations.map(locationSummary).filter(present),
  }));

  const pages: BuiltPage[] = [];
  const add = <K extends PageKind>(kind: K, key: string, body: PageBodies[K]) => pages.push({ kind, key, body });
  for (const p of locationPages) add('location', p.slug, p);
  for (const p of conditionPages) add('condition', p.slug, p);
  for (const p of techniquePages) add('technique', p.slug, p);
  for (const p of servicePages) if (p) add('service', p.slug, p);
  for (const p of practitionerPages) add('practitioner', p.slug, p);
  for (const p of articlePages) add('article', p.slug, p);
  // One plan per condition (and one general plan): with several, the first by slug.
  const plans = new Map<string, (typeof catalogue.carePlans)[number]>();
  for (const plan of [...catalogue.carePlans].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const key = plan.condition ?? GENERAL_PLAN_KEY;
    if (!plans.has(key)) plans.set(key, plan);
  }
  for (const [key, plan] of plans) add('care-plan', key, plan);
  add('location-index', INDEX_KEY, locationIndex);
  add('condition-index', INDEX_KEY, conditionPages.map((c) => conditionSummary(c.slug)!).sort((a, b) => a.name.localeCompare(b.name)));
  add('technique-index', INDEX_KEY, [...techniquePages].sort((a, b) => a.name.localeCompare(b.name)));
  add('article-index', INDEX_KEY, articleIndex);
  return pages;
};

/**
 * A location's variants of a service: the price before any scheduled change, and
 * from each day a change is scheduled for, the price from that day on.
 */
function scheduledVariants(variants: ServiceRecord['variants'], offering: OfferingRecord): PricedVariant[] {
  return effectiveVariants({ variants, offering }).map((v) => {
    const days = [...new Set(offering.priceOverrides.filter((o) => o.minutes === v.minutes && o.effectiveFrom).map((o) => o.effectiveFrom!))].sort();
    if (days.length === 0) return v;
    const schedule = days.map((from) => {
      const onDay = effectiveVariants({ variants, offering, day: from }).find((x) => x.minutes === v.minutes)!;
      return { from, priceCents: onDay.priceCents, overridden: onDay.overridden };
    });
    return { ...v, schedule };
  });
}

