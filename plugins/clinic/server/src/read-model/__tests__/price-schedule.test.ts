import { buildPages } from '../build-pages';
import type { LocationPage } from '../page.types';
import { locationPageOn } from '../price-schedule';
import { catalogue } from './catalogue.fixture';

const atlanta = (priceOverrides: { minutes: number; price: number; effectiveFrom?: string | null }[]) => {
  const data = catalogue({
    offerings: [
      { service: 'deep', location: 'atl', available: true, priceOverrides },
      { service: 'stretch-30', location: 'atl', available: true, priceOverrides: [] },
    ],
  });
  return buildPages(data).find((p) => p.kind === 'location' && p.key === 'atl')!.body as LocationPage;
};
const deep60 = (page: LocationPage) => page.services.find((s) => s.service.slug === 'deep')!.variants.find((v) => v.minutes === 60)!;

describe('Given a price scheduled from 1 January at a location', () => {
  const page = atlanta([{ minutes: 60, price: 110 }, { minutes: 60, price: 125, effectiveFrom: '2027-01-01' }]);

  it('when the page is built, then it keeps today’s price and the dated step (no rebuild is needed on the day)', () => {
    expect(deep60(page)).toEqual({ minutes: 60, priceCents: 11000, basePriceCents: 9550, overridden: true, schedule: [{ from: '2027-01-01', priceCents: 12500, overridden: true }] });
  });

  it('when the location’s day is 31 December, then the old price applies and the change is upcoming', () => {
    expect(deep60(locationPageOn(page, '2026-12-31'))).toMatchObject({ priceCents: 11000, upcoming: { from: '2027-01-01', priceCents: 12500 } });
  });

  it('when the location’s day is 1 January, then the scheduled price applies and nothing is upcoming', () => {
    expect(deep60(locationPageOn(page, '2027-01-01'))).toMatchObject({ priceCents: 12500, upcoming: null });
  });

  it('when a bundle includes the variant, then its sum of parts and saving follow the price on each day', () => {
    const [before] = locationPageOn(page, '2026-12-31').bundles;
    const [after] = locationPageOn(page, '2027-01-01').bundles;
    expect([before.sumOfPartsCents, before.savingCents, before.items[0].unitPriceCents]).toEqual([2 * 11000 + 4500, 26500 - 24000, 11000]);
    expect([after.sumOfPartsCents, after.savingCents, after.items[0].unitPriceCents]).toEqual([2 * 12500 + 4500, 29500 - 24000, 12500]);
  });

  it('when the page has no schedule at all, then it is served as stored (no copy)', () => {
    const plain = atlanta([{ minutes: 60, price: 110 }]);
    expect(locationPageOn(plain, '2027-01-01')).toBe(plain);
  });
});
