/**
 * Loads the published catalogue through the Document Service (status: published,
 * so drafts never enter the read model) and maps it to plain records. Private
 * practitioner fields are never selected.
 */
import type { Core } from '@strapi/strapi';
import type { BookingRef, LicenceRecord, PublishedCatalogue } from './catalogue.types';

type Doc = Record<string, any>;
const SLUG = { fields: ['slug'] } as const;
const slugOf = (d: Doc | null | undefined): string | null => d?.slug ?? null;
const slugs = (ds: Doc[] | null | undefined): string[] => (ds ?? []).map((d) => d.slug);
const booking = (b: Doc | null | undefined): BookingRef | null => (b ? { system: b.system, externalId: b.externalId } : null);

const load = (strapi: Core.Strapi, name: string, populate: Record<string, unknown> = {}, fields?: string[]): Promise<Doc[]> =>
  strapi.documents(`plugin::clinic.${name}` as any).findMany({ status: 'published', populate, ...(fields ? { fields } : {}) } as any) as Promise<Doc[]>;

const loadLicences = async (strapi: Core.Strapi): Promise<Map<string, LicenceRecord[]>> => {
  // Licences have no draft state; key them by the practitioner's documentId.
  const rows = (await strapi.documents('plugin::clinic.licence' as any).findMany({ populate: { practitioner: { fields: ['documentId'] } } } as any)) as Doc[];
  const byPractitioner = new Map<string, LicenceRecord[]>();
  for (const l of rows) {
    const owner = l.practitioner?.documentId;
    if (!owner) continue;
    const record: LicenceRecord = {
      type: l.type, number: l.number, state: l.state, board: l.board, issuedOn: l.issuedOn, expiresOn: l.expiresOn,
      suspended: Boolean(l.suspended), verificationUrl: l.verificationUrl ?? null, verifiedAt: l.verifiedAt ? new Date(l.verifiedAt).toISOString() : null,
    };
    byPractitioner.set(owner, [...(byPractitioner.get(owner) ?? []), record]);
  }
  return byPractitioner;
};

export const loadPublishedCatalogue = async (strapi: Core.Strapi): Promise<PublishedCatalogue> => {
  const [modalities, specialties, techniques, conditions, carePlans, franchises, locations, services, offerings, bundles, bundleOfferings, practitioners, licences, faqs, articles] =
    await Promise.all([
      load(strapi, 'modality'),
      load(strapi, 'specialty'),
      load(strapi, 'technique', { modality: SLUG }),
      load(strapi, 'condition', { citations: true, techniqueLinks: { populate: { technique: SLUG } } }),
      load(strapi, 'care-plan', { condition: SLUG, phases: true }),
      load(strapi, 'franchise'),
      load(strapi, 'location', { address: true, geo: true, openingHours: true, closures: true, booking: true, franchise: SLUG }),
      load(strapi, 'service', { modality: SLUG, techniques: SLUG, variants: true, booking: true }),
      load(strapi, 'offering', { service: SLUG, location: SLUG, priceOverrides: true }),
      load(strapi, 'bundle', { items: { populate: { service: SLUG } } }),
      load(strapi, 'bundle-offering', { bundle: SLUG, location: SLUG }),
      load(
        strapi,
        'practitioner',
        { specialties: SLUG, techniques: SLUG, modalities: SLUG, locations: SLUG, booking: true, photo: { fields: ['url'] } },
        ['documentId', 'slug', 'firstName', 'lastName', 'credentialsSuffix', 'bio', 'yearsExperience', 'languages', 'acceptingNewClients'],
      ),
      loadLicences(strapi),
      load(strapi, 'faq'),
      load(strapi, 'article', { keyTakeaways: true, author: SLUG, conditions: SLUG, techniques: SLUG, services: SLUG, faqs: SLUG }),
    ]);

  return {
    modalities: modalities.map((m) => ({ slug: m.slug, name: m.name, summary: m.summary ?? null, requiredLicenceType: m.requiredLicenceType ?? null })),
    specialties: specialties.map((s) => ({ slug: s.slug, name: s.name })),
    techniques: techniques.map((t) => ({
      slug: t.slug, name: t.name, pressure: t.pressure, modality: slugOf(t.modality),
      howPerformed: t.howPerformed ?? null, bestFor: t.bestFor ?? null, contraindications: t.contraindications ?? null,
    })),
    conditions: conditions.map((c) => ({
      slug: c.slug, name: c.name, category: c.category, summary: c.summary ?? null, disclaimer: c.disclaimer,
      citations: (c.citations ?? []).map((x: Doc) => ({ title: x.title, source: x.source ?? null, year: x.year ?? null, url: x.url ?? null })),
      links: (c.techniqueLinks ?? [])
        .filter((l: Doc) => l.technique)
        .map((l: Doc) => ({ technique: l.technique.slug, evidence: l.evidence, note: l.note ?? null })),
    })),
    carePlans: carePlans.map((p) => ({
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
    offerings: offerings
      .filter((o) => o.service && o.location)
      .map((o) => ({
        service: o.service.slug, location: o.location.slug, available: Boolean(o.available),
        priceOverrides: (o.priceOverrides ?? []).map((p: Doc) => ({ minutes: p.minutes, price: p.price })),
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
    practitioners: practitioners.map((p) => ({
      slug: p.slug, firstName: p.firstName, lastName: p.lastName, credentialsSuffix: p.credentialsSuffix ?? null, bio: p.bio ?? null,
      yearsExperience: p.yearsExperience ?? null, photoUrl: p.photo?.url ?? null,
      languages: Array.isArray(p.languages) ? p.languages.filter((x: unknown) => typeof x === 'string') : [],
      acceptingNewClients: p.acceptingNewClients !== false, booking: booking(p.booking),
      specialties: slugs(p.specialties), techniques: slugs(p.techniques), modalities: slugs(p.modalities), locations: slugs(p.locations),
      licences: licences.get(p.documentId) ?? [],
    })),
    faqs: faqs.map((f) => ({ slug: f.slug, question: f.question, answer: f.answer })),
    articles: articles.map((a) => ({
      slug: a.slug, title: a.title, summary: a.summary ?? null, keyTakeaways: (a.keyTakeaways ?? []).map((k: Doc) => k.text),
      body: a.body ?? null, author: slugOf(a.author), publishedAt: new Date(a.publishedAt).toISOString(), updatedAt: new Date(a.updatedAt).toISOString(),
      conditions: slugs(a.conditions), techniques: slugs(a.techniques), services: slugs(a.services), faqs: slugs(a.faqs),
    })),
  };
};
