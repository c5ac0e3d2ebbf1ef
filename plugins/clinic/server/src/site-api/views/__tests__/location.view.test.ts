import { buildPages } from '../../../read-model/build-pages';
import { catalogue } from '../../../read-model/__tests__/catalogue.fixture';
import type { LocationPage } from '../../../read-model/page.types';
import { clockAt, clockIn } from '../clock';
import { bundlesOnSale, eligiblePractitioners, locationPageAt, practitionersHere } from '../location.view';

const locationPage = (slug: string, data = catalogue()) =>
  buildPages(data).find((p) => p.kind === 'location' && p.key === slug)!.body as LocationPage;
const on = (day: string) => clockAt(new Date(`${day}T15:00:00Z`), 60);

describe('practitionersHere', () => {
  it('given a Georgia massage licence, when listed in Georgia, then both modalities are practisable', () => {
    const [ana] = practitionersHere(locationPage('atl'), on('2026-06-01'));
    expect(ana.modalities.map((m) => m.slug)).toEqual(['massage', 'stretch']);
  });

  it('given the same practitioner in Alabama, then only the modality needing no licence remains', () => {
    const [ana] = practitionersHere(locationPage('bhm'), on('2026-06-01'));
    expect(ana.modalities.map((m) => m.slug)).toEqual(['stretch']);
  });

  it('given the licence lapsed yesterday, then the massage modality disappears the same day, without a rebuild', () => {
    const page = locationPage('atl');
    expect(practitionersHere(page, on('2026-10-31'))[0].modalities.map((m) => m.slug)).toEqual(['massage', 'stretch']);
    expect(practitionersHere(page, on('2026-11-01'))[0].modalities.map((m) => m.slug)).toEqual(['stretch']);
  });

  it('judges the licence on the location’s own day: 10 pm in Atlanta on its expiry day is still that day', () => {
    const page = locationPage('atl');
    const lateEvening = clockAt(new Date('2026-11-01T02:00:00Z'), 60); // 31 Oct, 22:00 in New York
    expect(practitionersHere(page, lateEvening)[0].modalities.map((m) => m.slug)).toEqual(['massage', 'stretch']);
  });

  it('filters by modality, language and condition techniques', () => {
    const page = locationPage('atl');
    const clock = on('2026-06-01');
    expect(practitionersHere(page, clock, { language: 'ko' })).toEqual([]);
    expect(practitionersHere(page, clock, { language: 'es' })).toHaveLength(1);
    expect(practitionersHere(locationPage('bhm'), clock, { modality: 'massage' })).toEqual([]);
    expect(practitionersHere(page, clock, { conditionTechniques: new Set(['trigger-point']) })).toEqual([]);
  });
});

describe('bundlesOnSale', () => {
  it('given a bundle valid until a day, then it is on sale that day and gone the next', () => {
    const data = catalogue();
    data.bundles[0].validUntil = '2026-12-31';
    const page = locationPage('atl', data);
    expect(bundlesOnSale(page, on('2026-12-31'))).toHaveLength(1);
    expect(bundlesOnSale(page, on('2027-01-01'))).toHaveLength(0);
  });
});

describe('locationPageAt', () => {
  // Both locations price the 60-minute deep tissue at $120 from 1 January 2027.
  const data = catalogue({
    offerings: [
      { service: 'deep', location: 'atl', available: true, priceOverrides: [{ minutes: 60, price: 120, effectiveFrom: '2027-01-01' }] },
      { service: 'deep', location: 'bhm', available: true, priceOverrides: [{ minutes: 60, price: 120, effectiveFrom: '2027-01-01' }] },
    ],
  });
  const deep60At = (slug: string, instant: string) =>
    locationPageAt(locationPage(slug, data), clockAt(new Date(instant), 60)).services[0].variants.find((v) => v.minutes === 60)!;

  it('given 05:30 UTC on 1 January, then Atlanta (already 00:30 there) serves the new price and Birmingham (23:30 on 31 December) the old one', () => {
    expect(deep60At('atl', '2027-01-01T05:30:00Z')).toMatchObject({ priceCents: 12000, overridden: true, upcoming: null });
    expect(deep60At('bhm', '2027-01-01T05:30:00Z')).toMatchObject({ priceCents: 9550, overridden: false, upcoming: { from: '2027-01-01', priceCents: 12000 } });
  });

  it('given 04:59 UTC on 1 January (23:59 in Atlanta), then Atlanta still serves the old price', () => {
    expect(deep60At('atl', '2027-01-01T04:59:00Z')).toMatchObject({ priceCents: 9550, upcoming: { from: '2027-01-01' } });
  });
});

describe('what a request works out once', () => {
  it('a location\'s local clock and its eligible practitioners are computed once per request and reused by every field', () => {
    const page = locationPage('atl');
    const request = on('2026-06-01');
    expect(clockIn(request, page.timeZone)).toBe(clockIn(request, page.timeZone));
    expect(eligiblePractitioners(page, request)).toBe(eligiblePractitioners(page, request));
    expect(bundlesOnSale(page, request)).toBe(bundlesOnSale(page, request));
  });

  it('another request judges the same page again, on its own day', () => {
    const page = locationPage('atl');
    const before = eligiblePractitioners(page, on('2026-10-31'));
    const after = eligiblePractitioners(page, on('2026-11-01'));
    expect(after).not.toBe(before);
    expect(before[0].modalities.map((m) => m.slug)).toEqual(['massage', 'stretch']);
    expect(after[0].modalities.map((m) => m.slug)).toEqual(['stretch']);
  });
});
