import fs from 'node:fs';
import path from 'node:path';
import type { ModelLike } from '../../document-middlewares/validation/merge';
import { keyOf } from '../import-keys';
import { formatRefusals, ImportRefusedError, isImportRefused, type Refusal } from '../import-report';
import { planImport, type ImportGroup, type KnownCatalogue } from '../validate-import';

// The plugin's own schemas: the rules read the same attributes Strapi loads.
const src = path.resolve(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as ModelLike;
const models = {
  model: (type: string) => readJson(path.join(src, 'content-types', type, 'schema.json')),
  component: (uid: string) => readJson(path.join(src, 'components', `${uid.replace(/^clinic\./, '')}.json`)),
};

const nothingStored: KnownCatalogue = { has: () => false, serviceMinutes: new Map(), bundleBounds: new Map() };
const stored = (keys: Record<string, string[]>, extra: Partial<KnownCatalogue> = {}): KnownCatalogue => ({
  ...nothingStored,
  has: (type, key) => (keys[type] ?? []).includes(key),
  ...extra,
});

const booking = { system: 'other', externalId: 'x-1' };
const location = (slug: string, over: Record<string, unknown> = {}) => ({
  name: `Clinic ${slug}`,
  slug,
  operatingStatus: 'open',
  address: { street: '1 Main St', city: 'Decatur', state: 'GA', postalCode: '30030' },
  timeZone: 'America/New_York',
  phone: '+14045550101',
  openingHours: [{ day: 'monday', opens: '09:00', closes: '17:00' }],
  closures: [],
  booking,
  ...over,
});
const modality = { name: 'Therapeutic massage', slug: 'massage', requiredLicenceType: 'LMT', nuccTaxonomyCode: '225700000X' };
const service = (slug: string, minutes: number[]) => ({ name: `Service ${slug}`, slug, modality: 'massage', techniques: [], variants: minutes.map((m) => ({ minutes: m, basePrice: 80 })), booking });
const offering = (serviceSlug: string, locationSlug: string, over: Record<string, unknown> = {}) => ({ service: serviceSlug, location: locationSlug, available: true, priceOverrides: [], ...over });

const valid: ImportGroup[] = [
  { type: 'modality', rows: [modality] },
  { type: 'location', rows: [location('decatur'), location('buckhead')] },
  { type: 'service', rows: [service('deep-tissue', [30, 60])] },
  { type: 'offering', rows: [offering('deep-tissue', 'decatur', { priceOverrides: [{ minutes: 60, price: 95 }] }), offering('deep-tissue', 'buckhead')] },
];
const brief = (r: Refusal) => `${r.type} #${r.row} ${r.key ?? '-'} ${r.path}`;

describe('Given an import planned against the catalogue', () => {
  it('when every row is valid, then every row is planned for writing, keyed by slug or by service and location', async () => {
    const plan = await planImport(valid, nothingStored, models);
    expect(plan.refusals).toEqual([]);
    expect([...plan.write.entries()].map(([type, rows]) => [type, rows.map((r) => r.key)])).toEqual([
      ['modality', ['massage']],
      ['location', ['decatur', 'buckhead']],
      ['service', ['deep-tissue']],
      ['offering', ['deep-tissue|decatur', 'deep-tissue|buckhead']],
    ]);
  });

  it('when rows break the document rules, then each one is refused with its field and the rule message, and nothing is planned from it', async () => {
    const groups: ImportGroup[] = [
      { type: 'modality', rows: [modality] },
      { type: 'location', rows: [location('decatur', { phone: '404-555', timeZone: 'Mars/Olympus' }), location('buckhead')] },
      { type: 'service', rows: [service('deep-tissue', [30, 60])] },
      { type: 'offering', rows: [offering('deep-tissue', 'buckhead', { priceOverrides: [{ minutes: 90, price: 95 }] })] },
    ];
    const plan = await planImport(groups, nothingStored, models);
    expect(plan.refusals.map(brief)).toEqual([
      'location #1 decatur timeZone',
      'location #1 decatur phone',
      'offering #1 deep-tissue|buckhead priceOverrides.0.minutes',
    ]);
    expect(plan.refusals.find((r) => r.path === 'phone')?.message).toBe('must be an E.164 phone number such as +14045550101');
    expect(plan.refusals.find((r) => r.type === 'offering')?.message).toMatch(/90/);
    expect(plan.write.get('location')!.map((r) => r.key)).toEqual(['buckhead']);
  });

  it('when a row names a document neither the import nor the catalogue holds, then the row is refused at that reference', async () => {
    const groups: ImportGroup[] = [
      { type: 'modality', rows: [modality] },
      { type: 'service', rows: [service('deep-tissue', [30])] },
      { type: 'offering', rows: [offering('deep-tissue', 'nowhere'), offering('deep-tissue', 'decatur')] },
    ];
    const plan = await planImport(groups, stored({ location: ['decatur'] }), models);
    expect(plan.refusals).toEqual([
      { type: 'offering', key: 'deep-tissue|nowhere', row: 1, path: 'location', message: 'no location "nowhere" in this import (before this row) or in the catalogue' },
    ]);
    expect(plan.write.get('offering')!.map((r) => r.key)).toEqual(['deep-tissue|decatur']);
  });

  it('when a reference inside a list or a component is unknown, then its path names the list entry', async () => {
    const groups: ImportGroup[] = [
      { type: 'modality', rows: [modality] },
      { type: 'service', rows: [{ ...service('deep-tissue', [30]), techniques: ['swedish'] }] },
      {
        type: 'bundle',
        rows: [{ name: 'Pack', slug: 'pack', items: [{ service: 'deep-tissue', minutes: 30, count: 2 }, { service: 'ghost', minutes: 30, count: 1 }], priceRule: 'fixed', price: 100, percentOff: null, minPrice: 50, maxPrice: 150, validFrom: '2026-01-01', validUntil: null }],
      },
    ];
    const plan = await planImport(groups, stored({ technique: [] }), models);
    expect(plan.refusals.map((r) => `${r.type} ${r.path}: ${r.message}`)).toEqual([
      'service techniques.0: no technique "swedish" in this import (before this row) or in the catalogue',
      'bundle items.1.service: no service "ghost" in this import (before this row) or in the catalogue',
    ]);
  });

  it('when two rows share a key, then the second is refused at its slug, naming the first', async () => {
    const plan = await planImport([{ type: 'location', rows: [location('decatur'), location('decatur')] }], nothingStored, models);
    expect(plan.refusals).toEqual([{ type: 'location', key: 'decatur', row: 2, path: 'slug', message: '"decatur" is also row 1 of this import' }]);
  });

  it('when a row holds a field the type does not have, then it is refused at that field', async () => {
    const plan = await planImport([{ type: 'location', rows: [location('decatur', { colour: 'red' })] }], nothingStored, models);
    expect(plan.refusals.map(brief)).toEqual(['location #1 decatur colour']);
    expect(plan.refusals[0].message).toBe('is not a field of this type');
  });

  it('when the catalogue already holds a key, then that row is counted as existing and not written again', async () => {
    const plan = await planImport(valid, stored({ modality: ['massage'], location: ['decatur', 'buckhead'], service: ['deep-tissue'] }, { serviceMinutes: new Map([['deep-tissue', [30, 60]]]) }), models);
    expect(plan.refusals).toEqual([]);
    expect(plan.existing).toEqual({ modality: 1, location: 2, service: 1 });
    expect(plan.write.get('location')).toEqual([]);
    expect(plan.write.get('offering')!.map((r) => r.key)).toEqual(['deep-tissue|decatur', 'deep-tissue|buckhead']);
  });

  it('when a bundle offering names a stored bundle, then its price is held to the stored bounds', async () => {
    const groups: ImportGroup[] = [{ type: 'bundle-offering', rows: [{ bundle: 'pack', location: 'decatur', price: 400 }] }];
    const plan = await planImport(groups, stored({ bundle: ['pack'], location: ['decatur'] }, { bundleBounds: new Map([['pack', { minPrice: 100, maxPrice: 200 }]]) }), models);
    expect(plan.refusals.map(brief)).toEqual(['bundle-offering #1 pack|decatur price']);
    expect(plan.refusals[0].message).toMatch(/200/);
  });

  it('when an offering overrides a length its service (from the catalogue) lacks, then the override is refused', async () => {
    const groups: ImportGroup[] = [{ type: 'offering', rows: [offering('deep-tissue', 'decatur', { priceOverrides: [{ minutes: 60, price: 90 }] })] }];
    const plan = await planImport(groups, stored({ service: ['deep-tissue'], location: ['decatur'] }, { serviceMinutes: new Map([['deep-tissue', [30]]]) }), models);
    expect(plan.refusals.map(brief)).toEqual(['offering #1 deep-tissue|decatur priceOverrides.0.minutes']);
  });

  it('when a row misses a key field, then it is refused at that field', async () => {
    const plan = await planImport([{ type: 'offering', rows: [{ location: 'decatur', available: true }] }], stored({ location: ['decatur'] }), models);
    expect(plan.refusals.map((r) => `${r.path}: ${r.message}`)).toEqual(['service: an offering needs a service']);
  });
});

describe('Given import keys', () => {
  it('then slugged types use the slug and the others their identifying fields', () => {
    expect(keyOf('location', { slug: 'decatur' })).toBe('decatur');
    expect(keyOf('offering', { service: 'deep-tissue', location: 'decatur' })).toBe('deep-tissue|decatur');
    expect(keyOf('licence', { practitioner: 'amara', state: 'GA', type: 'LMT', number: 'MT012345' })).toBe('amara|GA|LMT|MT012345');
    expect(keyOf('offering', { service: 'deep-tissue' })).toBeNull();
  });
});

describe('Given refused rows', () => {
  const refusals: Refusal[] = [
    { type: 'location', key: 'decatur', row: 1, path: 'phone', message: 'must be an E.164 phone number such as +14045550101' },
    { type: 'location', key: 'decatur', row: 1, path: 'timeZone', message: 'must be an IANA time zone such as America/New_York' },
    { type: 'offering', key: null, row: 4, path: 'service', message: 'an offering needs a service' },
  ];

  it('when reported, then each row is named once with one line per field, and the report says nothing was written', () => {
    expect(formatRefusals(refusals)).toBe(
      [
        'Import refused: 3 problems in 2 rows; nothing was written.',
        '  location #1 (decatur)',
        '    phone: must be an E.164 phone number such as +14045550101',
        '    timeZone: must be an IANA time zone such as America/New_York',
        '  offering #4',
        '    service: an offering needs a service',
      ].join('\n'),
    );
  });

  it('when thrown, then the error carries the report as its message and the refusals as data', () => {
    const error = new ImportRefusedError(refusals);
    expect(isImportRefused(error)).toBe(true);
    expect(isImportRefused(new Error('x'))).toBe(false);
    expect(error.message).toBe(formatRefusals(refusals));
    expect(error.refusals).toBe(refusals);
  });
});

describe('Given a large import', () => {
  it('when it is validated, then progress is reported every 500 rows', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => ({ name: `Specialty ${i}`, slug: `specialty-${i}` }));
    const seen: number[] = [];
    const plan = await planImport([{ type: 'specialty', rows }], nothingStored, models, (done) => seen.push(done));
    expect(seen).toEqual([500, 1000]);
    expect(plan.write.get('specialty')).toHaveLength(1200);
  });
});
