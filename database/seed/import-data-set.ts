import type { Core } from '@strapi/strapi';
import type { LicenceSeed, SeedDataSet } from './seed-types';

type Uid = `plugin::clinic.${string}`;

/** One type's rows as the plugin's bulk import takes them: Document Service data, relations naming their targets' keys. */
interface ImportGroup {
  type: string;
  rows: Record<string, unknown>[];
}

export interface ImportProgress {
  phase: 'validate' | 'write';
  type: string;
  done: number;
  total: number;
}

/** One refused row's field (plugins/clinic/server/src/bulk-import/import-report.ts). */
export interface Refusal {
  type: string;
  key: string | null;
  row: number;
  path: string;
  message: string;
}

export interface ImportReport {
  /** Rows in the data set. */
  rows: number;
  /** Documents written, by type. */
  created: Record<string, number>;
  /** Rows whose document the catalogue held already (left as it is), by type. */
  existing: Record<string, number>;
  /** Rows of the data set by type (created + existing). */
  counts: Record<string, number>;
  ms: { validate: number; write: number };
}

export interface ImportOptions {
  today: string; // YYYY-MM-DD: licence statuses are computed for this day
  onProgress?: (progress: ImportProgress) => void;
}

const uid = (name: string): Uid => `plugin::clinic.${name}`;
const booking = (b: { system: string; externalId: string }) => ({ system: b.system, externalId: b.externalId });

/** The data set as import groups, in the order their relations need (a row names rows of earlier groups). */
export const importGroups = (data: SeedDataSet, statusOn: (licence: LicenceSeed) => string): ImportGroup[] => [
  { type: 'franchise', rows: data.franchises.map((f) => ({ name: f.name, slug: f.slug })) },
  { type: 'modality', rows: data.modalities.map((m) => ({ ...m })) },
  { type: 'specialty', rows: data.specialties.map((s) => ({ ...s })) },
  { type: 'technique', rows: data.techniques.map((t) => ({ ...t })) },
  {
    type: 'condition',
    rows: data.conditions.map((c) => ({
      name: c.name,
      slug: c.slug,
      category: c.category.replace(/-/g, '_'),
      summary: c.summary,
      disclaimer: c.disclaimer,
      citations: c.citations.map((x) => ({ ...x })),
      techniqueLinks: c.techniques.map((l) => ({ technique: l.technique, evidence: l.evidence, note: l.note })),
    })),
  },
  {
    type: 'care-plan',
    rows: data.carePlans.map((p) => ({ name: p.name, slug: p.slug, goal: p.goal, condition: p.condition, phases: p.phases.map((ph) => ({ ...ph })) })),
  },
  {
    type: 'location',
    rows: data.locations.map((l) => ({
      name: l.name,
      slug: l.slug,
      operatingStatus: l.status,
      franchise: l.franchise,
      region: l.region,
      address: { ...l.address },
      geo: { ...l.geo },
      timeZone: l.timeZone,
      phone: l.phone,
      openingHours: l.openingHours.map((h) => ({ ...h })),
      closures: l.closures.map((c) => ({ ...c })),
      booking: booking(l.booking),
    })),
  },
  {
    type: 'service',
    rows: data.services.map((s) => ({
      name: s.name,
      slug: s.slug,
      modality: s.modality,
      techniques: [...s.techniques],
      summary: s.summary,
      variants: s.variants.map((v) => ({ ...v })),
      booking: booking(s.booking),
    })),
  },
  {
    type: 'offering',
    rows: data.offerings.map((o) => ({ service: o.service, location: o.location, available: o.available, priceOverrides: o.priceOverrides.map((p) => ({ ...p })) })),
  },
  { type: 'bundle', rows: data.bundles.map((b) => ({ ...b, items: b.items.map((i) => ({ service: i.service, minutes: i.minutes, count: i.count })) })) },
  { type: 'bundle-offering', rows: data.bundleOfferings.map((o) => ({ bundle: o.bundle, location: o.location, price: o.price })) },
  {
    type: 'practitioner',
    rows: data.practitioners.map((p) => ({
      firstName: p.firstName,
      lastName: p.lastName,
      slug: p.slug,
      credentialsSuffix: p.credentialsSuffix,
      bio: p.bio,
      yearsExperience: p.yearsExperience,
      specialties: [...p.specialties],
      techniques: [...p.techniques],
      modalities: [...p.modalities],
      locations: [...p.locations],
      languages: p.languages,
      acceptingNewClients: p.acceptingNewClients,
      booking: booking(p.booking),
      email: p.email,
      phone: p.phone,
      internalNotes: p.internalNotes,
    })),
  },
  {
    type: 'licence',
    rows: data.practitioners.flatMap((p) =>
      p.licences.map((l) => ({ ...l, suspended: l.suspended ?? false, practitioner: p.slug, licenceStatus: statusOn(l) })),
    ),
  },
  { type: 'faq', rows: data.faqs.map((f) => ({ ...f })) },
  {
    type: 'article',
    rows: data.articles.map((a) => ({
      title: a.title,
      slug: a.slug,
      summary: a.summary,
      keyTakeaways: a.keyTakeaways.map((text) => ({ text })),
      body: a.body,
      author: a.author,
      conditions: [...a.conditions],
      techniques: [...a.techniques],
      services: [...a.services],
      faqs: [...a.faqs],
    })),
  },
];

/** Rows in a data set (licences are rows of their own). */
export const rowCount = (data: SeedDataSet): number =>
  (Object.values(data) as unknown[][]).reduce((n, rows) => n + rows.length, 0) + data.practitioners.reduce((n, p) => n + p.licences.length, 0);

/**
 * Imports a seed data set through the plugin's bulk import
 * (plugins/clinic/server/src/services/bulk-import.ts): every row validated with the
 * rules every write passes, then written set-based in one transaction; documents
 * already there (same slug, or same service and location …) are left as they are.
 * When a row is refused nothing is written and the error is an ImportRefusedError
 * whose message lists every refused row and field (`isImportRefused`).
 */
export const importDataSet = async (strapi: Core.Strapi, data: SeedDataSet, options: ImportOptions): Promise<ImportReport> => {
  const licences = strapi.plugin('clinic').service('licences');
  const groups = importGroups(data, (l) => licences.statusOn(l, options.today) as string);
  const report = (await strapi.plugin('clinic').service('bulk-import').importGroups(groups, { onProgress: options.onProgress })) as Omit<ImportReport, 'counts'>;
  const counts: Record<string, number> = {};
  for (const g of groups) counts[g.type] = (counts[g.type] ?? 0) + g.rows.length;
  return { ...report, counts };
};

/** Whether an error is the bulk import's refusal (its message is the report: every refused row and field). */
export const isImportRefused = (error: unknown): error is Error & { refusals: Refusal[] } =>
  error instanceof Error && error.name === 'ImportRefusedError' && Array.isArray((error as { refusals?: unknown }).refusals);

/**
 * Deletes every document of the plugin's types (drafts and published) through the
 * Document Service, so components and relation rows go with them; one transaction.
 */
export const clearCatalogue = async (strapi: Core.Strapi) => {
  const names = Object.keys(strapi.plugin('clinic').contentTypes);
  await strapi.db.transaction(async () => {
    for (const name of names) {
      const rows: { documentId: string }[] = await strapi.db.query(uid(name)).findMany({ select: ['documentId'] });
      for (const documentId of new Set(rows.map((r) => r.documentId))) {
        await strapi.documents(uid(name)).delete({ documentId });
      }
    }
  });
};
