import { validateDocument, ValidationContext } from '..';

const ctx = (over: Partial<ValidationContext> = {}): ValidationContext => ({ serviceMinutes: new Map([['svc', [30, 60, 90]]]), ...over });
const complete = { complete: true };
const draft = { complete: false };
const paths = (type: string, doc: Record<string, unknown>, c = ctx(), mode = complete) => validateDocument(type, doc, c, mode).map((p) => p.path);

const location = {
  name: 'Buckhead', slug: 'buckhead', operatingStatus: 'open',
  address: { street: '1 Way', city: 'Atlanta', state: 'GA', postalCode: '30305' },
  geo: { latitude: 33.8, longitude: -84.4 }, timeZone: 'America/New_York', phone: '+14045550101',
  openingHours: [{ day: 'monday', opens: '09:00', closes: '12:00' }, { day: 'monday', opens: '12:00', closes: '17:00' }],
  closures: [{ date: '2026-12-25' }],
};

describe('location', () => {
  it('accepts a valid location, touching intervals included', () => {
    expect(paths('location', location)).toEqual([]);
  });
  it('names every bad field by its path', () => {
    expect(paths('location', {
      ...location, slug: 'Buck head', timeZone: 'Mars/Base', phone: '4045550101',
      address: { ...location.address, state: 'PR' }, geo: { latitude: 95, longitude: 0 },
      openingHours: [{ day: 'monday', opens: '09:00', closes: '13:00' }, { day: 'monday', opens: '12:00', closes: '11:00' }, { day: 'monday', opens: '12:30', closes: '14:00' }],
    }).sort()).toEqual(['address.state', 'geo.latitude', 'openingHours.1.closes', 'openingHours.2.opens', 'phone', 'slug', 'timeZone']);
  });
  it('lets a draft be unfinished but not wrong', () => {
    expect(paths('location', { name: 'New', timeZone: 'America/New_York' }, ctx(), draft)).toEqual([]);
    expect(paths('location', { name: 'New', phone: 'call us' }, ctx(), draft)).toEqual(['phone']);
    expect(paths('location', { name: 'New' }, ctx(), complete).sort()).toEqual(['address', 'operatingStatus', 'slug', 'timeZone']);
  });
});

describe('prices and lengths', () => {
  it.each<[number | string, string]>([[-1, 'negative'], [12.345, 'three decimals'], ['ten', 'not a number']])('refuses a base price of %p (%s)', (basePrice) => {
    expect(paths('service', { name: 'S', slug: 's', variants: [{ minutes: 60, basePrice }] })).toEqual(['variants.0.basePrice']);
  });
  it.each([10, 17, 185, 60.5])('refuses a %p-minute variant', (minutes) => {
    expect(paths('service', { name: 'S', slug: 's', variants: [{ minutes, basePrice: 10 }] })).toEqual(['variants.0.minutes']);
  });
  it('accepts decimal strings as PostgreSQL returns them, and refuses a length twice', () => {
    expect(paths('service', { name: 'S', slug: 's', variants: [{ minutes: 60, basePrice: '90.50' }] })).toEqual([]);
    expect(paths('service', { name: 'S', slug: 's', variants: [{ minutes: 60, basePrice: 1 }, { minutes: 60, basePrice: 2 }] })).toEqual(['variants.1.minutes']);
  });
  it('overrides only lengths the service has', () => {
    const offering = { service: 'svc', location: 'loc', available: true };
    expect(paths('offering', { ...offering, priceOverrides: [{ minutes: 60, price: 80 }] })).toEqual([]);
    expect(paths('offering', { ...offering, priceOverrides: [{ minutes: 45, price: 80 }] })).toEqual(['priceOverrides.0.minutes']);
    expect(paths('offering', { ...offering, service: 'gone' })).toEqual(['service']);
  });
});

describe('bundles', () => {
  const bundle = {
    name: 'B', slug: 'b', items: [{ service: 'svc', minutes: 60, count: 3 }], priceRule: 'fixed', price: 250,
    minPrice: 200, maxPrice: 300, validFrom: '2026-01-01', validUntil: null,
  };
  it('accepts a valid bundle', () => expect(paths('bundle', bundle)).toEqual([]));
  it('refuses a length the item service does not offer, bounds out of order and a price outside them', () => {
    expect(paths('bundle', { ...bundle, items: [{ service: 'svc', minutes: 120, count: 1 }] })).toEqual(['items.0.minutes']);
    expect(paths('bundle', { ...bundle, minPrice: 301 })).toEqual(['maxPrice']);
    expect(paths('bundle', { ...bundle, price: 199.99 })).toEqual(['price']);
    expect(paths('bundle', { ...bundle, priceRule: 'percent_off_parts', price: null, percentOff: 101 })).toEqual(['percentOff']);
    expect(paths('bundle', { ...bundle, items: [] })).toEqual(['items']);
  });
  it('keeps a bundle offering within its bundle bounds, inclusive', () => {
    const c = ctx({ bundle: { minPrice: 200, maxPrice: '300.00' } });
    const offering = { bundle: 'b', location: 'l' };
    expect(paths('bundle-offering', { ...offering, price: 300 }, c)).toEqual([]);
    expect(paths('bundle-offering', { ...offering, price: 300.01 }, c)).toEqual(['price']);
    expect(paths('bundle-offering', { ...offering, price: 250 }, ctx({ bundle: null }))).toEqual(['bundle']);
  });
});

describe('licences', () => {
  const licence = { type: 'LMT', number: 'MT012345', state: 'GA', board: 'Board', issuedOn: '2024-01-01', expiresOn: '2026-10-31', licenceStatus: 'active' };
  it('knows the Georgia formats and leaves other states to a plausible number', () => {
    expect(paths('licence', licence)).toEqual([]);
    expect(paths('licence', { ...licence, number: 'MT12345' })).toEqual(['number']);
    expect(paths('licence', { ...licence, type: 'DC', number: 'CHIR003187' })).toEqual([]);
    expect(paths('licence', { ...licence, type: 'DC' })).toEqual(['number']);
    expect(paths('licence', { ...licence, state: 'AL', number: 'ALMT40318' })).toEqual([]);
  });
  it('needs the expiry after the issue date', () => {
    expect(paths('licence', { ...licence, expiresOn: '2024-01-01' })).toEqual(['expiresOn']);
  });
});

describe('care plans and practitioners', () => {
  const phase = { name: 'P', minPerPeriod: 1, maxPerPeriod: 2, period: 1, periodUnit: 'week', lengthWeeks: 4, sessionMinutes: 60 };
  it('checks the phases with the domain rule', () => {
    expect(paths('care-plan', { name: 'C', slug: 'c', phases: [phase] })).toEqual([]);
    expect(paths('care-plan', { name: 'C', slug: 'c', phases: [{ ...phase, lengthWeeks: null }, phase] })).toEqual(['phases.0.lengthWeeks']);
    expect(paths('care-plan', { name: 'C', slug: 'c', phases: [{ ...phase, minPerPeriod: 3 }] })).toEqual(['phases.0.maxPerPeriod']);
  });
  it('wants languages as BCP-47 tags', () => {
    const p = { firstName: 'A', lastName: 'B', slug: 'a-b' };
    expect(paths('practitioner', { ...p, languages: ['en', 'es-MX', 'zh-Hant'] })).toEqual([]);
    expect(paths('practitioner', { ...p, languages: ['english'] })).toEqual(['languages.0']);
    expect(paths('practitioner', { ...p, languages: 'en' })).toEqual(['languages']);
  });
});
