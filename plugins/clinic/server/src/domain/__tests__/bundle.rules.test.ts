import {
  bundlePrice,
  bundleSaving,
  isBundleValidOn,
  isPriceWithinBounds,
  percentOffParts,
  PriceOfCents,
  sumOfParts,
  validateBundle,
  validateBundleOfferingPrice,
} from '../bundle.rules';

// Prices in cents at one location: massage 60 = 95.00, stretch 30 = 45.00, chiropractic 30 = 70.00.
const prices: Record<string, number> = { 'massage:60': 9500, 'stretch:30': 4500, 'chiro:30': 7000 };
const priceOf: PriceOfCents = (key, minutes) => prices[`${key}:${minutes}`] ?? null;

const spineCare = [
  { serviceKey: 'massage', minutes: 60, count: 1 },
  { serviceKey: 'stretch', minutes: 30, count: 2 },
  { serviceKey: 'chiro', minutes: 30, count: 1 },
];

describe('Given a bundle of a massage, two stretch sessions and an adjustment', () => {
  it('when every part is offered, then the sum of parts is 95 + 2 x 45 + 70 = 255.00', () => {
    expect(sumOfParts(spineCare, priceOf)).toEqual({ cents: 25500, missing: [] });
  });

  it('when the adjustment is not offered at the location, then the sum is null and names the part', () => {
    const noChiro: PriceOfCents = (key, minutes) => (key === 'chiro' ? null : priceOf(key, minutes));
    expect(sumOfParts(spineCare, noChiro)).toEqual({
      cents: null,
      missing: [{ index: 2, path: 'items.2', serviceKey: 'chiro', minutes: 30 }],
    });
    expect(bundlePrice({ items: spineCare, rule: { priceRule: 'fixed', price: 219 }, priceOf: noChiro })).toEqual({
      priceCents: null, partsCents: null, savingCents: null, source: null,
      missing: [{ index: 2, path: 'items.2', serviceKey: 'chiro', minutes: 30 }], problems: [],
    });
  });

  it('when the price is fixed at 219.00, then the saving is 36.00', () => {
    expect(bundlePrice({ items: spineCare, rule: { priceRule: 'fixed', price: 219 }, priceOf })).toEqual({
      priceCents: 21900, partsCents: 25500, savingCents: 3600, source: 'fixed', missing: [], problems: [],
    });
  });

  it('when the rule is 15% off the parts, then the price is 216.75 and the saving 38.25', () => {
    expect(bundlePrice({ items: spineCare, rule: { priceRule: 'percent_off_parts', percentOff: 15 }, priceOf })).toMatchObject({
      priceCents: 21675, partsCents: 25500, savingCents: 3825, source: 'percent_off_parts',
    });
  });

  it('when the franchise chose 229.00, then its price wins over the rule', () => {
    expect(bundlePrice({ items: spineCare, rule: { priceRule: 'fixed', price: 219 }, priceOf, franchisePrice: '229.00' })).toMatchObject({
      priceCents: 22900, savingCents: 2600, source: 'franchise',
    });
  });

  it('when the franchise price is above the sum of parts, then the saving is honestly negative', () => {
    expect(bundlePrice({ items: spineCare, rule: { priceRule: 'fixed', price: 219 }, priceOf, franchisePrice: 260 }).savingCents).toBe(-500);
  });

  it('when the percent rule lacks percentOff, then there is no price and a problem names the field', () => {
    expect(bundlePrice({ items: spineCare, rule: { priceRule: 'percent_off_parts', percentOff: null }, priceOf })).toEqual({
      priceCents: null, partsCents: 25500, savingCents: null, source: null, missing: [],
      problems: [{ path: 'percentOff', code: 'required', message: 'a percent-off bundle needs percentOff' }],
    });
  });
});

describe('Given amounts in cents', () => {
  it('when taking a percentage off, then half cents round up', () => {
    expect(percentOffParts(1999, 10)).toBe(1799); // 1799.1
    expect(percentOffParts(1005, 50)).toBe(503); // 502.5
    expect(percentOffParts(25500, 0)).toBe(25500);
    expect(percentOffParts(25500, 100)).toBe(0);
    expect(percentOffParts(10000, 12.5)).toBe(8750);
  });

  it('when computing a saving, then it is parts minus price, or null if either is unknown', () => {
    expect(bundleSaving(25500, 21900)).toBe(3600);
    expect(bundleSaving(null, 21900)).toBeNull();
  });
});

describe('Given bounds of 199.00 to 239.00', () => {
  const bounds = { minPrice: 199, maxPrice: '239.00' };

  it.each([
    [198.99, false],
    [199, true],
    ['219.50', true],
    [239, true],
    ['239.01', false],
  ])('when the price is %s, then within bounds is %s (inclusive)', (price, expected) => {
    expect(isPriceWithinBounds(price, bounds)).toBe(expected);
  });

  it('when a franchise price is outside, then the problem says the bounds', () => {
    expect(validateBundleOfferingPrice(249, bounds)).toEqual([
      { path: 'price', code: 'out-of-range', message: 'price must be between 199.00 and 239.00, got 249.00' },
    ]);
    expect(validateBundleOfferingPrice('239.00', bounds)).toEqual([]);
  });
});

describe('Given a bundle valid from 2026-01-01 until 2026-12-31', () => {
  const bundle = { validFrom: '2026-01-01', validUntil: '2026-12-31' };

  it('when today is on either end, then it is valid; a day outside, then it is not', () => {
    expect(isBundleValidOn(bundle, '2025-12-31')).toBe(false);
    expect(isBundleValidOn(bundle, '2026-01-01')).toBe(true);
    expect(isBundleValidOn(bundle, '2026-12-31')).toBe(true);
    expect(isBundleValidOn(bundle, '2027-01-01')).toBe(false);
  });

  it('when it has no end date, then it stays valid', () => {
    expect(isBundleValidOn({ validFrom: '2026-01-01', validUntil: null }, '2031-06-01')).toBe(true);
  });
});

describe('Given a bundle definition to validate', () => {
  const valid = {
    items: spineCare, priceRule: 'fixed' as const, price: 219, percentOff: null,
    minPrice: 199, maxPrice: 239, validFrom: '2026-01-01', validUntil: null,
  };

  it('when it is well formed, then there are no problems', () => {
    expect(validateBundle(valid)).toEqual([]);
  });

  it('when items, bounds, price and dates are wrong, then each problem names its field', () => {
    expect(validateBundle({
      ...valid,
      items: [{ serviceKey: 'massage', minutes: 60, count: 0 }],
      price: 250,
      validUntil: '2025-12-31',
    })).toEqual([
      { path: 'items.0.count', code: 'too-small', message: 'count must be a whole number of at least 1, got 0' },
      { path: 'price', code: 'out-of-range', message: 'price must be between 199.00 and 239.00, got 250.00' },
      { path: 'validUntil', code: 'invalid-order', message: 'validUntil (2025-12-31) must not be before validFrom (2026-01-01)' },
    ]);
    expect(validateBundle({ ...valid, items: [], priceRule: 'percent_off_parts', percentOff: 120, minPrice: 300 })).toEqual([
      { path: 'items', code: 'required', message: 'a bundle needs at least one item' },
      { path: 'percentOff', code: 'out-of-range', message: 'percentOff must be between 0 and 100, got 120' },
      { path: 'maxPrice', code: 'invalid-order', message: 'maxPrice (239.00) must not be below minPrice (300.00)' },
    ]);
  });
});
