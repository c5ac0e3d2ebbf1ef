/** Valid documents of every type (built around the demo chain), and what the database holds. */
import crypto from 'node:crypto';
import { db } from '../helpers/db';
import { TYPES, TypeName, write } from './channels';

export interface Refs {
  /** Demo service "therapeutic-massage": 30, 60 and 90 minutes. */
  service: string;
  /** Demo location "buckhead". */
  location: string;
  modality: string;
  practitioner: string;
  /** A bundle of these tests: minPrice 200, maxPrice 300. */
  bundle: string;
}

export const unique = (prefix: string) => `${prefix}-${crypto.randomBytes(4).toString('hex')}`;

const docId = async (table: string, slug: string) => {
  const row = await db()(table).where({ slug }).first('document_id');
  if (!row) throw new Error(`demo data: no ${slug} in ${table}`);
  return row.document_id as string;
};

export async function loadRefs(): Promise<Refs> {
  const refs = {
    service: await docId('clinic_services', 'therapeutic-massage'),
    location: await docId('clinic_locations', 'buckhead'),
    modality: await docId('clinic_modalities', 'therapeutic-massage'),
    practitioner: (await db()('clinic_practitioners').first('document_id')).document_id as string,
    bundle: '',
  };
  const bundle = await write('rest', 'bundle', 'create', validPayload('bundle', refs));
  if (!bundle.ok) throw new Error(`fixture bundle refused: ${JSON.stringify(bundle.body)}`);
  return { ...refs, bundle: bundle.documentId as string };
}

/** A valid document of each type; slugs are unique per call. */
export function validPayload(type: TypeName, r: Refs): Record<string, unknown> {
  const slug = unique(type);
  switch (type) {
    case 'franchise': return { name: 'Test franchise', slug };
    case 'location': return {
      name: 'Test location', slug, operatingStatus: 'open',
      address: { street: '1 Test Street', city: 'Atlanta', state: 'GA', postalCode: '30305' },
      geo: { latitude: 33.84, longitude: -84.38 }, timeZone: 'America/New_York', phone: '+14045550199',
      openingHours: [{ day: 'monday', opens: '09:00', closes: '17:00' }], closures: [{ date: '2026-12-25', reason: 'Christmas' }],
    };
    case 'modality': return { name: 'Test modality', slug, requiredLicenceType: 'LMT', nuccTaxonomyCode: '225700000X' };
    case 'technique': return { name: 'Test technique', slug, pressure: 'medium', modality: r.modality };
    case 'condition': return { name: 'Test condition', slug, category: 'pain', disclaimer: 'Not medical advice.', citations: [{ title: 'A study', url: 'https://example.org/study', year: 2020 }] };
    case 'specialty': return { name: 'Test specialty', slug };
    case 'care-plan': return {
      name: 'Test plan', slug,
      phases: [
        { name: 'Relief', minPerPeriod: 1, maxPerPeriod: 2, period: 1, periodUnit: 'week', lengthWeeks: 4, sessionMinutes: 60 },
        { name: 'Maintenance', minPerPeriod: 1, maxPerPeriod: 1, period: 1, periodUnit: 'month', lengthWeeks: null, sessionMinutes: 60 },
      ],
    };
    case 'service': return { name: 'Test service', slug, modality: r.modality, variants: [{ minutes: 30, basePrice: 50 }, { minutes: 60, basePrice: 90.5 }] };
    case 'offering': return { service: r.service, location: r.location, available: true, priceOverrides: [{ minutes: 60, price: 99 }] };
    case 'bundle': return {
      name: 'Test bundle', slug, items: [{ service: r.service, minutes: 60, count: 3 }],
      priceRule: 'fixed', price: 250, minPrice: 200, maxPrice: 300, validFrom: '2026-01-01', validUntil: '2026-12-31',
    };
    case 'bundle-offering': return { bundle: r.bundle, location: r.location, price: 250 };
    case 'practitioner': return { firstName: 'Test', lastName: 'Person', slug, languages: ['en', 'es-MX'], yearsExperience: 3 };
    case 'licence': return {
      practitioner: r.practitioner, type: 'LMT', number: 'MT123456', state: 'GA', board: 'Georgia Board of Massage Therapy',
      issuedOn: '2024-01-01', expiresOn: '2026-10-31',
    };
    case 'article': return { title: 'Test article', slug, summary: 'Summary' };
    case 'faq': return { question: 'A test question?', slug, answer: 'An answer.' };
  }
}

/**
 * Row counts of every content table of the clinic plugin (documents, components,
 * links), in one statement. The site read model (clinic_site_pages, its dependency
 * index, and the change log and lease it is applied from) is derived data applied in
 * the background after writes, so it is not content and is left out.
 */
export async function tableCounts(): Promise<Record<string, number>> {
  const knex = db();
  const names: string[] =
    knex.client.config.client === 'pg'
      ? (await knex('information_schema.tables').where({ table_schema: 'public' }).select('table_name')).map((r: any) => r.table_name)
      : (await knex('sqlite_master').where({ type: 'table' }).select('name')).map((r: any) => r.name);
  const tables = names.filter((n) => /^(clinic_|components_clinic_)/.test(n) && !/^clinic_(site_page|read_model_)/.test(n)).sort();
  const sql = tables.map((t) => `select '${t}' as t, count(*) as n from "${t}"`).join(' union all ');
  const rows = await knex.raw(sql);
  const list = (Array.isArray(rows) ? rows : rows.rows) as { t: string; n: number | string }[];
  return Object.fromEntries(list.map((r) => [r.t, Number(r.n)]));
}

/** Every stored version (draft and published) of a document, as the database holds it. */
export async function versionsOf(type: TypeName, documentId: string) {
  return db()(TYPES[type].table).where({ document_id: documentId }).orderBy('id');
}
