/**
 * Bad inputs, one a row: each must be refused (REST/admin 400 ValidationError,
 * GraphQL BAD_USER_INPUT) naming `path` in the error details, and write nothing.
 *
 * create:  `data` is merged into a valid document of the type and created.
 * update:  a valid document is created first; `data` is the patch.
 * publish: a valid draft with `data` merged in (undefined removes a field) is
 *          saved through the admin panel, then published through the channel.
 */
import type { Channel, Op, TypeName } from './channels';
import type { Refs } from './fixtures';

export interface BadInput {
  type: TypeName;
  op: Op;
  channel: Channel;
  data: Record<string, unknown> | ((r: Refs) => Record<string, unknown>);
  path: string;
  why: string;
}

const row = (type: TypeName, op: Op, channel: Channel, data: BadInput['data'], path: string, why: string): BadInput =>
  ({ type, op, channel, data, path, why });

const hours = (...h: [string, string, string][]) => ({ openingHours: h.map(([day, opens, closes]) => ({ day, opens, closes })) });
const phase = (p: Record<string, unknown>) => ({ name: 'Phase', minPerPeriod: 1, maxPerPeriod: 2, period: 1, periodUnit: 'week', lengthWeeks: 4, sessionMinutes: 60, ...p });

export const BAD_INPUTS: BadInput[] = [
  // location
  row('location', 'create', 'rest', { slug: 'Bad Slug!' }, 'slug', 'slug not URL-safe'),
  row('location', 'create', 'rest', { address: { street: '1 Way', city: 'Atlanta', state: 'ZZ', postalCode: '30305' } }, 'address.state', 'unknown US state'),
  row('location', 'create', 'admin', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone', 'unknown IANA time zone'),
  row('location', 'update', 'rest', { timeZone: 'Eastern' }, 'timeZone', 'not an IANA time zone'),
  row('location', 'create', 'rest', hours(['monday', '17:00', '09:00']), 'openingHours.0.closes', 'closes before opens'),
  row('location', 'update', 'graphql', hours(['monday', '09:00', '13:00'], ['monday', '12:00', '17:00']), 'openingHours.1.opens', 'overlapping hours on a day'),
  row('location', 'update', 'admin', hours(['tuesday', '09:00', '10:00'], ['tuesday', '10:00', '25:00']), 'openingHours.1.closes', 'time out of range'),
  row('location', 'create', 'graphql', hours(['friday', '12:00', '12:00']), 'openingHours.0.closes', 'closes equal to opens'),
  row('location', 'create', 'rest', { closures: [{ date: '2026-02-30' }] }, 'closures.0.date', 'closure on a date that does not exist'),
  row('location', 'update', 'rest', { closures: [{ date: '2026-12-25' }, { date: '2026-12-25' }] }, 'closures.1.date', 'the same closure twice'),
  row('location', 'create', 'graphql', { phone: '404-555-0101' }, 'phone', 'phone not E.164'),
  row('location', 'update', 'admin', { phone: '+0123456789' }, 'phone', 'E.164 has no leading 0'),
  row('location', 'create', 'rest', { geo: { latitude: 91, longitude: -84 } }, 'geo.latitude', 'latitude above 90'),
  row('location', 'update', 'graphql', { geo: { latitude: 33, longitude: -181 } }, 'geo.longitude', 'longitude below -180'),
  row('location', 'update', 'rest', { slug: 'buckhead' }, 'slug', 'slug of another location'),
  row('location', 'create', 'admin', { address: { street: '1 Way', city: 'Atlanta', state: 'GA', postalCode: 'ABCDE' } }, 'address.postalCode', 'not a ZIP code'),
  row('location', 'publish', 'admin', { address: undefined }, 'address', 'publishing a draft without an address'),
  row('location', 'publish', 'rest', { address: undefined }, 'address', 'publishing a draft without an address'),

  // service
  row('service', 'create', 'rest', { variants: [{ minutes: 17, basePrice: 40 }] }, 'variants.0.minutes', 'length not a step of 5'),
  row('service', 'create', 'graphql', { variants: [{ minutes: 10, basePrice: 40 }] }, 'variants.0.minutes', 'length under 15'),
  row('service', 'update', 'admin', { variants: [{ minutes: 200, basePrice: 40 }] }, 'variants.0.minutes', 'length over 180'),
  row('service', 'update', 'rest', { variants: [{ minutes: 60, basePrice: -5 }] }, 'variants.0.basePrice', 'negative price'),
  row('service', 'create', 'graphql', { variants: [{ minutes: 60, basePrice: 12.345 }] }, 'variants.0.basePrice', 'price with 3 decimals'),
  row('service', 'update', 'graphql', { variants: [{ minutes: 60, basePrice: 90 }, { minutes: 60, basePrice: 95 }] }, 'variants.1.minutes', 'the same length twice'),
  row('service', 'publish', 'admin', { variants: [] }, 'variants', 'publishing a service without lengths'),
  row('service', 'create', 'rest', { slug: 'therapeutic-massage' }, 'slug', 'slug of a demo service'),
  row('service', 'update', 'admin', { slug: 'Deep_Tissue' }, 'slug', 'slug with capitals and underscore'),

  // offering
  row('offering', 'create', 'rest', { priceOverrides: [{ minutes: 45, price: 70 }] }, 'priceOverrides.0.minutes', 'override for a length the service lacks'),
  row('offering', 'update', 'graphql', { priceOverrides: [{ minutes: 60, price: -1 }] }, 'priceOverrides.0.price', 'negative override'),
  row('offering', 'update', 'admin', { priceOverrides: [{ minutes: 60, price: 10.999 }] }, 'priceOverrides.0.price', 'override with 3 decimals'),
  row('offering', 'create', 'graphql', { priceOverrides: [{ minutes: 60, price: 90 }, { minutes: 60, price: 80 }] }, 'priceOverrides.1.minutes', 'the same length overridden twice'),
  row('offering', 'create', 'rest', { service: null }, 'service', 'an offering without a service'),
  row('offering', 'update', 'rest', { priceOverrides: [{ minutes: 75, price: 80 }] }, 'priceOverrides.0.minutes', 'patch overriding a length the service lacks'),
  row('offering', 'update', 'admin', { priceOverrides: [{ minutes: 60, price: 90, effectiveFrom: '2027-02-30' }] }, 'priceOverrides.0.effectiveFrom', 'a scheduled price from a day that does not exist'),
  row('offering', 'create', 'rest', { priceOverrides: [{ minutes: 60, price: 90, effectiveFrom: '2027-01-01' }, { minutes: 60, price: 95, effectiveFrom: '2027-01-01' }] }, 'priceOverrides.1.minutes', 'one length priced twice from the same day'),

  // bundle
  row('bundle', 'create', 'rest', { items: [] }, 'items', 'no items'),
  row('bundle', 'create', 'graphql', (r) => ({ items: [{ service: r.service, minutes: 45, count: 1 }] }), 'items.0.minutes', 'the service has no 45-minute variant'),
  row('bundle', 'update', 'admin', (r) => ({ items: [{ service: r.service, minutes: 120, count: 2 }] }), 'items.0.minutes', 'the service has no 120-minute variant'),
  row('bundle', 'update', 'rest', { minPrice: 400 }, 'maxPrice', 'minPrice above maxPrice after the patch'),
  row('bundle', 'create', 'graphql', { price: 500 }, 'price', 'fixed price above maxPrice'),
  row('bundle', 'update', 'graphql', { priceRule: 'percent_off_parts', price: null, percentOff: 150 }, 'percentOff', 'percentOff over 100'),
  row('bundle', 'create', 'admin', { minPrice: -10 }, 'minPrice', 'negative minPrice'),
  row('bundle', 'update', 'rest', { price: 250.555 }, 'price', 'price with 3 decimals'),
  row('bundle', 'create', 'rest', (r) => ({ items: [{ service: r.service, minutes: 60, count: 0 }] }), 'items.0.count', 'count 0'),
  row('bundle', 'update', 'admin', { validUntil: '2025-06-01' }, 'validUntil', 'validUntil before validFrom'),
  row('bundle', 'publish', 'admin', { items: [] }, 'items', 'publishing a bundle without items'),
  row('bundle', 'publish', 'graphql', { price: null }, 'price', 'publishing a fixed-price bundle without a price'),
  row('bundle', 'create', 'rest', { items: [{ minutes: 60, count: 1 }] }, 'items.0.service', 'an item without a service'),

  // bundle offering
  row('bundle-offering', 'create', 'rest', { price: 500 }, 'price', 'price above the bundle maxPrice'),
  row('bundle-offering', 'update', 'graphql', { price: 100 }, 'price', 'price below the bundle minPrice'),
  row('bundle-offering', 'update', 'admin', { price: -3 }, 'price', 'negative price'),
  row('bundle-offering', 'create', 'graphql', { price: 250.001 }, 'price', 'price with 3 decimals'),
  row('bundle-offering', 'create', 'rest', { bundle: null }, 'bundle', 'no bundle'),

  // care plan
  row('care-plan', 'create', 'rest', { phases: [phase({ minPerPeriod: 3, maxPerPeriod: 2 })] }, 'phases.0.maxPerPeriod', 'max below min'),
  row('care-plan', 'update', 'graphql', { phases: [phase({ sessionMinutes: 17 })] }, 'phases.0.sessionMinutes', 'session length not a step of 5'),
  row('care-plan', 'update', 'admin', { phases: [phase({ lengthWeeks: null }), phase({})] }, 'phases.0.lengthWeeks', 'an ongoing phase before the last'),
  row('care-plan', 'publish', 'admin', { phases: [] }, 'phases', 'publishing a plan without phases'),
  row('care-plan', 'create', 'graphql', { phases: [phase({ minPerPeriod: 0 })] }, 'phases.0.minPerPeriod', 'zero sessions'),

  // licence
  row('licence', 'create', 'rest', { issuedOn: '2025-01-01', expiresOn: '2024-12-31' }, 'expiresOn', 'expiry before issue'),
  row('licence', 'update', 'admin', { issuedOn: '2026-10-31', expiresOn: '2026-10-31' }, 'expiresOn', 'expiry on the issue date'),
  row('licence', 'create', 'graphql', { number: 'LMT-1' }, 'number', 'GA massage number not MT + 6 digits'),
  row('licence', 'update', 'rest', { type: 'DC', number: 'MT123456' }, 'number', 'GA chiropractic number not CHIR + 6 digits'),
  row('licence', 'create', 'admin', { issuedOn: '2026-02-30' }, 'issuedOn', 'issue date that does not exist'),
  row('licence', 'update', 'graphql', { type: 'DC', number: 'CHIR12345' }, 'number', 'CHIR with 5 digits'),

  // practitioner
  row('practitioner', 'create', 'rest', { languages: ['english!'] }, 'languages.0', 'not a BCP-47 tag'),
  row('practitioner', 'update', 'graphql', { languages: 'en' }, 'languages', 'languages not an array'),
  row('practitioner', 'update', 'admin', { phone: '555-1234' }, 'phone', 'private phone not E.164'),
  row('practitioner', 'create', 'graphql', { slug: 'a--b' }, 'slug', 'double hyphen in slug'),
  row('practitioner', 'create', 'rest', { yearsExperience: -1 }, 'yearsExperience', 'negative experience'),

  // the other catalogue types
  row('franchise', 'create', 'rest', { slug: 'x y' }, 'slug', 'space in slug'),
  row('modality', 'update', 'graphql', { nuccTaxonomyCode: 'abc' }, 'nuccTaxonomyCode', 'not a NUCC code'),
  row('technique', 'create', 'admin', { slug: 'swedish' }, 'slug', 'slug of a demo technique'),
  row('condition', 'create', 'rest', { citations: [{ title: 'A study', url: 'ftp://example.org/x' }] }, 'citations.0.url', 'citation URL not http(s)'),
  row('article', 'update', 'rest', { slug: 'bad_slug' }, 'slug', 'underscore in slug'),
  row('faq', 'create', 'graphql', { slug: 'Has Space' }, 'slug', 'slug not URL-safe'),
  row('specialty', 'create', 'admin', { name: '   ' }, 'name', 'blank name'),
];
