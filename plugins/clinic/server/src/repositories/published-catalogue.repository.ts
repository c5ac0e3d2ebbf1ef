/**
 * Loads slices of the published catalogue through the Document Service (status:
 * published, so drafts never enter the read model) and maps them to plain records.
 * Private practitioner fields are never selected.
 *
 * Every query is bounded: at most BATCH documents a query (so the populate's
 * `IN (…)` lists hold at most BATCH ids), id lists split into BATCH-sized filters,
 * and the event loop is yielded to between queries. A slice is what a set of
 * pages needs (catalogue slices below); a full rebuild walks the catalogue in
 * slices of a few locations at a time.
 */
import type { Core } from '@strapi/strapi';
import { emptyIds, type BookingRef, type CatalogueIds, type LicenceRecord, type PublishedCatalogue } from '../read-model/catalogue.types';
import { pageId, type PageId } from '../read-model/page-id';

type Doc = Record<string, any>;
export const BATCH = 500;
const SLUG = { fields: ['slug'] } as const;
const slugOf = (d: Doc | null | undefined): string | null => d?.slug ?? null;
const slugs = (ds: Doc[] | null | undefined): string[] => (ds ?? []).map((d) => d.slug);
const booking = (b: Doc | null | undefined): BookingRef | null => (b ? { system: b.system, externalId: b.externalId } : null);
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const chunks = <T>(list: T[], size = BATCH): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};
const uniq = (list: (string | null | undefined)[]) => [...new Set(list.filter((x): x is string => !!x))];

const POPULATE: Record<string, Record<string, unknown>> = {
  technique: { modality: SLUG },
  condition: { citations: true, techniqueLinks: { populate: { technique: SLUG } } },
  'care-plan': { condition: SLUG, phases: true },
  location: { address: true, geo: true, openingHours: true, closures: true, booking: true, franchise: SLUG },
  service: { modality: SLUG, techniques: SLUG, variants: true, booking: true },
  offering: { service: SLUG, location: SLUG, priceOverrides: true },
  bundle: { items: { populate: { service: SLUG } } },
  'bundle-offering': { bundle: SLUG, location: SLUG },
  practitioner: { specialties: SLUG, techniques: SLUG, modalities: SLUG, locations: SLUG, booking: true, photo: { fields: ['url'] } },
  article: { keyTakeaways: true, author: SLUG, conditions: SLUG, techniques: SLUG, services: SLUG, faqs: SLUG },
};
const FIELDS: Record<string, string[]> = {
  practitioner: ['documentId', 'slug', 'firstName', 'lastName', 'credentialsSuffix', 'bio', 'yearsExperience', 'languages', 'acceptingNewClients'],
};

/** Every published document of a type matching `filters`, BATCH at a time, in id order. */
export const findAll = async (strapi: Core.Strapi, type: string, filters: Record<string, unknown> = {}, opts: { populate?: unknown; fields?: string[]; status?: 'published' | null; draft?: DraftOverlay } = {}): Promise<Doc[]> => {
  const { draft, ...rest } = opts;
  if (draft && draft.type === type) {
    // A preview: this one document as its draft (where it matches the same filters), every other as published.
    const others = await findAll(strapi, type, { $and: [filters, { documentId: { $ne: draft.documentId } }] }, rest);
    const [own] = (await strapi.documents(`plugin::clinic.${type}` as any).findMany({
      status: 'draft',
      ...(draft.locale ? { locale: draft.locale } : {}),
      filters: { $and: [filters, { documentId: draft.documentId }] },
      populate: opts.populate ?? POPULATE[type] ?? {},
      ...((opts.fields ?? FIELDS[type]) ? { fields: opts.fields ?? FIELDS[type] } : {}),
      limit: 1,
    } as any)) as Doc[];
    return own ? [...others, own] : others;
  }
  const out: Doc[] = [];
  const populate = opts.populate ?? POPULATE[type] ?? {};
  const fields = opts.fields ?? FIELDS[type];
  for (let start = 0; ; start += BATCH) {
    const page = (await strapi.documents(`plugin::clinic.${type}` as any).findMany({
      ...(opts.status === null ? {} : { status: 'published' }),
      filters,
      populate,
      ...(fields ? { fields } : {}),
      sort: 'id:asc',
      start,
      limit: BATCH,
    } as any)) as Doc[];
    out.push(...page);
    await yieldToEventLoop();
    if (page.length < BATCH) return out;
  }
};
/** findAll for each BATCH-sized piece of `values`, filtered by `filterOf(piece)`. */
const findIn = async (strapi: Core.Strapi, type: string, values: string[], filterOf: (piece: string[]) => Record<string, unknown>, opts?: Parameters<typeof findAll>[3]) => {
  const out: Doc[] = [];
  for (const piece of chunks(uniq(values))) out.push(...(await findAll(strapi, type, filterOf(piece), opts)));
  return out;
};
const bySlug = (piece: string[]) => ({ slug: { $in: piece } });

/** One document read as its draft in a slice otherwise published: a draft preview (services/preview.ts). */
export interface DraftOverlay {
  type: string;
  documentId: string;
  locale: string | null;
}

/** What a set of pages needs loaded. */
export interface SliceRequest {
  locations: string[];
  services: string[];
  practitioners: string[];
  /** Load the editorial content (conditions, care plans, FAQs, articles and their authors). */
  editorial: boolean;
}

/** Loads the slice of the published catalogue a set of pages is built from. */
export const loadCatalogueSlice = async (strapi: Core.Strapi, want: SliceRequest, draft?: DraftOverlay): Promise<PublishedCatalogue> => {
  const ids: CatalogueIds = emptyIds();
  // Vocabulary every page shows: small (tens of rows, franchises one per ~10 locations).
  const modalities = await findAll(strapi, 'modality', {}, { status: null });
  const specialties = await findAll(strapi, 'specialty', {}, { status: null });
  const techniques = await findAll(strapi, 'technique', {}, { draft });
  const franchises = await findAll(strapi, 'franchise', {}, { status: null });
  const editorial = want.editorial
    ? {
        conditions: await findAll(strapi, 'condition', {}, { draft }),
        carePlans: await findAll(strapi, 'care-plan', {}, { draft }),
        faqs: await findAll(strapi, 'faq', {}, { draft }),
        articles: await findAll(strapi, 'article', {}, { draft }),
      }
    : { conditions: [], carePlans: [], faqs: [], articles: [] };

  const offerings = [
    ...(await findIn(strapi, 'offering', want.locations, (piece) => ({ location: { slug: { $in: piece } } }), { draft })),
    ...(await findIn(strapi, 'offering', want.services, (piece) => ({ service: { slug: { $in: piece } } }), { draft })),
  ];
  const uniqueOfferings = [...new Map(offerings.map((o) => [o.documentId as string, o])).values()];
  const bundleOfferings = await findIn(strapi, 'bundle-offering', want.locations, (piece) => ({ location: { slug: { $in: piece } } }), { draft });
  const bundles = await findIn(strapi, 'bundle', bundleOfferings.map((b) => slugOf(b.bundle)!), bySlug, { draft });
  const services = await findIn(
    strapi,
    'service',
    [
      ...want.services,
      ...uniqueOfferings.map((o) => slugOf(o.service)!),
      ...bundles.flatMap((b) => (b.items ?? []).map((i: Doc) => slugOf(i.service)!)),
      ...editorial.articles.flatMap((a) => slugs(a.services)),
    ],
    bySlug,
    { draft },
  );
  const practitioners = [
    ...(await findIn(strapi, 'practitioner', want.practitioners, bySlug, { draft })),
    ...(await findIn(strapi, 'practitioner', want.locations, (piece) => ({ locations: { slug: { $in: piece } } }), { draft })),
    ...(await findIn(strapi, 'practitioner', editorial.articles.map((a) => slugOf(a.author)!), bySlug, { draft })),
  ];
  const uniquePractitioners = [...new Map(practitioners.map((p) => [p.documentId as string, p])).values()];
  const locations = await findIn(
    strapi,
    'location',
    [...want.locations, ...uniqueOfferings.map((o) => slugOf(o.location)!), ...uniquePractitioners.flatMap((p) => slugs(p.locations))],
    bySlug,
    { draft },
  );
  const licences = await loadLicences(strapi, uniquePractitioners, ids);

  for (const d of locations) ids.location.set(d.slug, d.documentId);
  for (const d of services) ids.service.set(d.slug, d.documentId);
  for (const d of uniquePractitioners) ids.practitioner.set(d.slug, d.documentId);
  for (const d of franchises) ids.franchise.set(d.slug, d.documentId);
  for (const d of bundles) ids.bundle.set(d.slug, d.documentId);
  for (const o of uniqueOfferings) if (o.service && o.location) ids.offering.set(`${o.service.slug}|${o.location.slug}`, o.documentId);
  for (const o of bundleOfferings) if (o.bundle && o.location) ids.bundleOffering.set(`${o.bundle.slug}|${o.location.slug}`, o.documentId);

  return {
    ids,
    modalities: modalities.map((m) => ({ slug: m.slug, name: m.name, summary: m.summary ?? null, requiredLicenceType: m.requiredLicenceType ?? null })),
    specialties: specialties.map((s) => ({ slug: s.slug, name: s.name })),
    techniques: techniques.map((t) => ({
      slug: t.slug, name: t.name, pressure: t.pressure, modality: slugOf(t.modality),
      howPerformed: t.howPerformed ?? null, bestFor: t.bestFor ?? null, contraindications: t.contraindications ?? null,
    })),
    conditions: editorial.conditions.map((c) => ({
      slug: c.slug, name: c.name, category: c.category, summary: c.summary ?? null, disclaimer: c.disclaimer,
      citations: (c.citations ?? []).map((x: Doc) => ({ title: x.title, source: x.source ?? null, year: x.year ?? null, url: x.url ?? null })),
      links: (c.techniqueLinks ?? [])
        .filter((l: Doc) => l.technique)
        .map((l: Doc) => ({ technique: l.technique.slug, evidence: l.evidence, note: l.note ?? null })),
    })),
    carePlans: editorial.carePlans.map((p) => ({
      slug: p.slug, name: p.name, goal: p.goal ?? null, condition: slugOf(p.condition),
      phases: (p.phases ?? []).map((ph: Doc) => ({
        name: ph.name, minPerPeriod: ph.minPerPeriod, maxPerPeriod: ph.maxPerPeriod, period: ph.period,
        periodUnit: ph.periodUnit, lengthWeeks: ph.lengthWeeks ?? null, sessionMinutes: ph.sessionMinutes,
      })),
    })),
    franchises: franchises.map((f) => ({ slug: f.slug, name: f.name })),
    locations: locations.map((l) => ({
      slug: l.slug, name: l.name, operatingStatus: l.operatingStatus, region: l.region ?? null, phone: l.phone ?? null, timeZone: l.timeZone,
      address: { street: l.address?.street, city: l.address?.city, state: l.address?.state, postalCode: l.address?.postalCode },
      geo: l.geo ? { latitude: Number(l.geo.latitude), longitude: Number(l.geo.longitude) } : null,
      openingHours: (l.openingHours ?? []).map((h: Doc) => ({ day: h.day, opens: h.opens, closes: h.closes })),
      closures: (l.closures ?? []).map((c: Doc) => ({ date: c.date, reason: c.reason ?? null })),
      franchise: slugOf(l.franchise),
      booking: booking(l.booking),
    })),
    services: services
      .filter((s) => s.modality)
      .map((s) => ({
        slug: s.slug, name: s.name, summary: s.summary ?? null, modality: s.modality.slug, techniques: slugs(s.techniques),
        variants: (s.variants ?? []).map((v: Doc) => ({ minutes: v.minutes, basePrice: v.basePrice })),
        booking: booking(s.booking),
      })),
    offerings: uniqueOfferings
      .filter((o) => o.service && o.location)
      .map((o) => ({
        service: o.service.slug, location: o.location.slug, available: Boolean(o.available),
        priceOverrides: (o.priceOverrides ?? []).map((p: Doc) => ({ minutes: p.minutes, price: p.price, effectiveFrom: p.effectiveFrom ?? null })),
      })),
    // A bundle with a part whose service is no longer published cannot be sold anywhere.
    bundles: bundles.filter((b) => (b.items ?? []).length > 0 && (b.items ?? []).every((i: Doc) => i.service)).map((b) => ({
      slug: b.slug, name: b.name, summary: b.summary ?? null,
      items: (b.items ?? []).map((i: Doc) => ({ service: i.service.slug, minutes: i.minutes, count: i.count })),
      priceRule: b.priceRule, price: b.price ?? null, percentOff: b.percentOff ?? null, minPrice: b.minPrice, maxPrice: b.maxPrice,
      validFrom: b.validFrom, validUntil: b.validUntil ?? null,
    })),
    bundleOfferings: bundleOfferings
      .filter((o) => o.bundle && o.location)
      .map((o) => ({ bundle: o.bundle.slug, location: o.location.slug, price: o.price })),
    practitioners: uniquePractitioners.map((p) => ({
      slug: p.slug, firstName: p.firstName, lastName: p.lastName, credentialsSuffix: p.credentialsSuffix ?? null, bio: p.bio ?? null,
      yearsExperience: p.yearsExperience ?? null, photoUrl: p.photo?.url ?? null,
      languages: Array.isArray(p.languages) ? p.languages.filter((x: unknown) => typeof x === 'string') : [],
      acceptingNewClients: p.acceptingNewClients !== false, booking: booking(p.booking),
      specialties: slugs(p.specialties), techniques: slugs(p.techniques), modalities: slugs(p.modalities), locations: slugs(p.locations),
      licences: licences.get(p.documentId) ?? [],
    })),
    faqs: editorial.faqs.map((f) => ({ slug: f.slug, question: f.question, answer: f.answer })),
    articles: editorial.articles.map((a) => ({
      slug: a.slug, title: a.title, summary: a.summary ?? null, keyTakeaways: (a.keyTakeaways ?? []).map((k: Doc) => k.text),
      body: a.body ?? null, author: slugOf(a.author), publishedAt: new Date(a.publishedAt).toISOString(), updatedAt: new Date(a.updatedAt).toISOString(),
      conditions: slugs(a.conditions), techniques: slugs(a.techniques), services: slugs(a.services), faqs: slugs(a.faqs),
    })),
  };
};

const loadLicences = async (strapi: Core.Strapi, practitioners: Doc[], ids: CatalogueIds): Promise<Map<string, LicenceRecord[]>> => {
  // Licences have no draft state; key them by the practitioner's documentId.
  const slugById = new Map(practitioners.map((p) => [p.documentId as string, p.slug as string]));
  const rows = await findIn(strapi, 'licence', [...slugById.keys()], (piece) => ({ practitioner: { documentId: { $in: piece } } }), {
    populate: { practitioner: { fields: ['documentId'] } },
    status: null,
  });
  const byPractitioner = new Map<string, LicenceRecord[]>();
  for (const l of rows) {
    const owner = l.practitioner?.documentId;
    if (!owner) continue;
    const record: LicenceRecord = {
      type: l.type, number: l.number, state: l.state, board: l.board, issuedOn: l.issuedOn, expiresOn: l.expiresOn,
      suspended: Boolean(l.suspended), verificationUrl: l.verificationUrl ?? null, verifiedAt: l.verifiedAt ? new Date(l.verifiedAt).toISOString() : null,
    };
    byPractitioner.set(owner, [...(byPractitioner.get(owner) ?? []), record]);
    const slug = slugById.get(owner)!;
    ids.licences.set(slug, [...(ids.licences.get(slug) ?? []), l.documentId]);
  }
  return byPractitioner;
};

/** Slugs of every published location, service and practitioner (a full rebuild walks them). */
export const listPageKeys = async (strapi: Core.Strapi) => ({
  locations: (await findAll(strapi, 'location', {}, { populate: {}, fields: ['slug'] })).map((d) => d.slug as string),
  services: (await findAll(strapi, 'service', {}, { populate: {}, fields: ['slug'] })).map((d) => d.slug as string),
  practitioners: (await findAll(strapi, 'practitioner', {}, { populate: {}, fields: ['slug'] })).map((d) => d.slug as string),
});

/**
 * The pages a changed document's current published version points at (where it is
 * now, which the dependency index, written from where it was, cannot know).
 * `editorial` when it may appear on editorial pages it was not on before.
 */
export const loadDirectPages = async (
  strapi: Core.Strapi,
  changed: { type: string; documentId: string }[],
  known: Set<string>,
): Promise<Map<string, { pages: PageId[]; editorial?: boolean }>> => {
  const out = new Map<string, { pages: PageId[]; editorial?: boolean }>();
  const byType = new Map<string, string[]>();
  for (const c of changed) byType.set(c.type, [...(byType.get(c.type) ?? []), c.documentId]);
  const set = (type: string, id: string, pages: PageId[], editorial = false) => out.set(`${type}:${id}`, { pages, editorial });
  const idsIn = (piece: string[]) => ({ documentId: { $in: piece } });
  const isNew = (type: string, id: string) => !known.has(`${type}:${id}`);
  for (const [type, documentIds] of byType) {
    if (type === 'offering') {
      for (const o of await findIn(strapi, type, documentIds, idsIn, { populate: { service: SLUG, location: SLUG }, fields: ['documentId'] })) {
        set(type, o.documentId, [o.location && pageId('location', o.location.slug), o.service && pageId('service', o.service.slug)].filter(Boolean));
      }
    } else if (type === 'bundle-offering') {
      for (const o of await findIn(strapi, type, documentIds, idsIn, { populate: { location: SLUG }, fields: ['documentId'] })) {
        set(type, o.documentId, o.location ? [pageId('location', o.location.slug)] : []);
      }
    } else if (type === 'bundle') {
      const offers = await findIn(strapi, 'bundle-offering', documentIds, (piece) => ({ bundle: { documentId: { $in: piece } } }), {
        populate: { location: SLUG, bundle: { fields: ['documentId'] } },
        fields: ['documentId'],
      });
      for (const id of documentIds) set(type, id, offers.filter((o) => o.bundle?.documentId === id && o.location).map((o) => pageId('location', o.location.slug)));
    } else if (type === 'location') {
      for (const l of await findIn(strapi, type, documentIds, idsIn, { populate: {}, fields: ['documentId', 'slug'] })) {
        const pages: PageId[] = [pageId('location', l.slug)];
        if (isNew(type, l.documentId)) {
          // A location published for the first time: the service pages and practitioner pages that list it.
          const offers = await findAll(strapi, 'offering', { location: { documentId: l.documentId } }, { populate: { service: SLUG }, fields: ['documentId'] });
          const staff = await findAll(strapi, 'practitioner', { locations: { documentId: l.documentId } }, { populate: {}, fields: ['slug'] });
          pages.push(...offers.filter((o) => o.service).map((o) => pageId('service', o.service.slug)), ...staff.map((p) => pageId('practitioner', p.slug)));
        }
        set(type, l.documentId, pages);
      }
    } else if (type === 'service') {
      for (const s of await findIn(strapi, type, documentIds, idsIn, { populate: {}, fields: ['documentId', 'slug'] })) {
        const pages: PageId[] = [pageId('service', s.slug)];
        const fresh = isNew(type, s.documentId);
        if (fresh) {
          // Published for the first time: the locations that offer it, or sell a bundle with it.
          const offers = await findAll(strapi, 'offering', { service: { documentId: s.documentId } }, { populate: { location: SLUG }, fields: ['documentId'] });
          const bundles = await findAll(strapi, 'bundle', { items: { service: { documentId: s.documentId } } }, { populate: {}, fields: ['documentId'] });
          const sold = await findIn(strapi, 'bundle-offering', bundles.map((b) => b.documentId as string), (piece) => ({ bundle: { documentId: { $in: piece } } }), {
            populate: { location: SLUG },
            fields: ['documentId'],
          });
          pages.push(...[...offers, ...sold].filter((o) => o.location).map((o) => pageId('location', o.location.slug)));
        }
        set(type, s.documentId, pages, fresh);
      }
    } else if (type === 'practitioner') {
      for (const p of await findIn(strapi, type, documentIds, idsIn, { populate: { locations: SLUG }, fields: ['documentId', 'slug'] })) {
        set(type, p.documentId, [pageId('practitioner', p.slug), ...slugs(p.locations).map((l) => pageId('location', l))], isNew(type, p.documentId));
      }
    } else if (type === 'licence') {
      const rows = await findIn(strapi, type, documentIds, idsIn, { populate: { practitioner: { fields: ['slug'], populate: { locations: SLUG } } }, fields: ['documentId'], status: null });
      for (const l of rows) {
        const holder = l.practitioner;
        set(type, l.documentId, holder ? [pageId('practitioner', holder.slug), ...slugs(holder.locations).map((s) => pageId('location', s))] : []);
      }
    } else if (type === 'franchise') {
      for (const f of await findIn(strapi, type, documentIds, idsIn, { populate: { locations: SLUG }, fields: ['documentId'], status: null })) {
        set(type, f.documentId, slugs(f.locations).map((l) => pageId('location', l)));
      }
    }
  }
  return out;
};
