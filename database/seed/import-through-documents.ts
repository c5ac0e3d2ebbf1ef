import type { Core } from '@strapi/strapi';
import type { SeedDataSet } from './seed-types';

type Uid = `plugin::clinic.${string}`;
type Ids = Map<string, string>; // seed key (slug) -> documentId

export interface DocumentImportOptions {
  today: string; // YYYY-MM-DD: licence statuses are computed for this day
}

const uid = (name: string): Uid => `plugin::clinic.${name}`;
const refs = (ids: Ids, keys: string[], what: string) => keys.map((k) => ref(ids, k, what));
const ref = (ids: Ids, key: string, what: string) => {
  const id = ids.get(key);
  if (!id) throw new Error(`seed: unknown ${what} "${key}"`);
  return id;
};
const booking = (b: { system: string; externalId: string }) => ({ system: b.system, externalId: b.externalId });

/**
 * The reference the bulk import (import-data-set.ts) is held to: writes a seed data
 * set through the Document Service, one document at a time (the path every admin,
 * REST and GraphQL write takes, so the document middlewares validate and title each
 * row), in one transaction. 40–110 rows/s; test/bulk-import.test.ts checks that the
 * bulk import stores exactly what this stores.
 */
export const importThroughDocumentService = async (strapi: Core.Strapi, data: SeedDataSet, options: DocumentImportOptions) => {
  const counts: Record<string, number> = {};
  const licences = strapi.plugin('clinic').service('licences');

  await strapi.db.transaction(async () => {
    const create = async <T>(
      name: string,
      rows: T[],
      key: (row: T) => string | null,
      toData: (row: T) => Record<string, unknown>,
    ): Promise<Ids> => {
      const ids: Ids = new Map();
      const docs = strapi.documents(uid(name));
      const publish = strapi.contentType(uid(name)).options?.draftAndPublish === true;
      for (const row of rows) {
        const doc = await docs.create({ data: toData(row) as any, ...(publish ? { status: 'published' } : {}) });
        const k = key(row);
        if (k) ids.set(k, doc.documentId);
      }
      counts[name] = rows.length;
      return ids;
    };
    const bySlug = (r: { slug: string }) => r.slug;

    const franchises = await create('franchise', data.franchises, bySlug, (f) => ({ name: f.name, slug: f.slug }));
    const modalities = await create('modality', data.modalities, bySlug, (m) => ({ ...m }));
    const specialties = await create('specialty', data.specialties, bySlug, (s) => ({ ...s }));
    const techniques = await create('technique', data.techniques, bySlug, (t) => ({
      ...t,
      modality: ref(modalities, t.modality, 'modality'),
    }));
    const conditions = await create('condition', data.conditions, bySlug, (c) => ({
      name: c.name,
      slug: c.slug,
      category: c.category.replace(/-/g, '_'),
      summary: c.summary,
      disclaimer: c.disclaimer,
      citations: c.citations.map((x) => ({ ...x })),
      techniqueLinks: c.techniques.map((l) => ({
        technique: ref(techniques, l.technique, 'technique'),
        evidence: l.evidence,
        note: l.note,
      })),
    }));
    await create('care-plan', data.carePlans, bySlug, (p) => ({
      name: p.name,
      slug: p.slug,
      goal: p.goal,
      condition: p.condition ? ref(conditions, p.condition, 'condition') : null,
      phases: p.phases.map((ph) => ({ ...ph })),
    }));
    const locations = await create('location', data.locations, bySlug, (l) => ({
      name: l.name,
      slug: l.slug,
      operatingStatus: l.status,
      franchise: ref(franchises, l.franchise, 'franchise'),
      region: l.region,
      address: { ...l.address },
      geo: { ...l.geo },
      timeZone: l.timeZone,
      phone: l.phone,
      openingHours: l.openingHours.map((h) => ({ ...h })),
      closures: l.closures.map((c) => ({ ...c })),
      booking: booking(l.booking),
    }));
    const services = await create('service', data.services, bySlug, (s) => ({
      name: s.name,
      slug: s.slug,
      modality: ref(modalities, s.modality, 'modality'),
      techniques: refs(techniques, s.techniques, 'technique'),
      summary: s.summary,
      variants: s.variants.map((v) => ({ ...v })),
      booking: booking(s.booking),
    }));
    await create('offering', data.offerings, () => null, (o) => ({
      service: ref(services, o.service, 'service'),
      location: ref(locations, o.location, 'location'),
      available: o.available,
      priceOverrides: o.priceOverrides.map((p) => ({ ...p })),
    }));
    const bundles = await create('bundle', data.bundles, bySlug, (b) => ({
      ...b,
      items: b.items.map((i) => ({ service: ref(services, i.service, 'service'), minutes: i.minutes, count: i.count })),
    }));
    await create('bundle-offering', data.bundleOfferings, () => null, (o) => ({
      bundle: ref(bundles, o.bundle, 'bundle'),
      location: ref(locations, o.location, 'location'),
      price: o.price,
    }));
    const specialtyIds = specialties;
    const practitioners = await create('practitioner', data.practitioners, bySlug, (p) => ({
      firstName: p.firstName,
      lastName: p.lastName,
      slug: p.slug,
      credentialsSuffix: p.credentialsSuffix,
      bio: p.bio,
      yearsExperience: p.yearsExperience,
      specialties: refs(specialtyIds, p.specialties, 'specialty'),
      techniques: refs(techniques, p.techniques, 'technique'),
      modalities: refs(modalities, p.modalities, 'modality'),
      locations: refs(locations, p.locations, 'location'),
      languages: p.languages,
      acceptingNewClients: p.acceptingNewClients,
      booking: booking(p.booking),
      email: p.email,
      phone: p.phone,
      internalNotes: p.internalNotes,
    }));
    const licenceRows = data.practitioners.flatMap((p) => p.licences.map((l) => ({ practitioner: p.slug, ...l })));
    await create('licence', licenceRows, () => null, (l) => ({
      ...l,
      suspended: l.suspended ?? false,
      practitioner: ref(practitioners, l.practitioner, 'practitioner'),
      licenceStatus: licences.statusOn(l, options.today),
    }));
    const faqs = await create('faq', data.faqs, bySlug, (f) => ({ ...f }));
    await create('article', data.articles, bySlug, (a) => ({
      title: a.title,
      slug: a.slug,
      summary: a.summary,
      keyTakeaways: a.keyTakeaways.map((text) => ({ text })),
      body: a.body,
      author: ref(practitioners, a.author, 'practitioner'),
      conditions: refs(conditions, a.conditions, 'condition'),
      techniques: refs(techniques, a.techniques, 'technique'),
      services: refs(services, a.services, 'service'),
      faqs: refs(faqs, a.faqs, 'faq'),
    }));
  });

  return { counts };
};
