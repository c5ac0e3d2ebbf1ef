import { DomainError } from '../errors';
import { effectiveVariantPrice, effectiveVariants, validatePriceOverrides } from '../pricing.rules';

const variants = [
  { minutes: 30, basePrice: 55 },
  { minutes: 60, basePrice: '95.00' },
  { minutes: 90, basePrice: 135.5 },
];

describe('Given a service with 30, 60 and 90 minute variants', () => {
  it('when the location offers it without overrides, then the base price applies', () => {
    const offering = { available: true, priceOverrides: [] };
    expect(effectiveVariantPrice({ variants, offering, minutes: 60 })).toBe(9500);
  });

  it('when the location overrides the 60-minute price, then the override applies to that length only', () => {
    const offering = { available: true, priceOverrides: [{ minutes: 60, price: 89.99 }] };
    expect(effectiveVariantPrice({ variants, offering, minutes: 60 })).toBe(8999);
    expect(effectiveVariantPrice({ variants, offering, minutes: 90 })).toBe(13550);
    expect(effectiveVariants({ variants, offering })).toEqual([
      { minutes: 30, priceCents: 5500, basePriceCents: 5500, overridden: false },
      { minutes: 60, priceCents: 8999, basePriceCents: 9500, overridden: true },
      { minutes: 90, priceCents: 13550, basePriceCents: 13550, overridden: false },
    ]);
  });

  it('when the offering is unavailable, then there is no price and no variant', () => {
    const offering = { available: false, priceOverrides: [{ minutes: 60, price: 80 }] };
    expect(effectiveVariantPrice({ variants, offering, minutes: 60 })).toBeNull();
    expect(effectiveVariants({ variants, offering })).toEqual([]);
  });

  it('when the location has no offering, then there is no price', () => {
    expect(effectiveVariantPrice({ variants, offering: null, minutes: 30 })).toBeNull();
  });

  it('when asking for a length the service does not have, then there is no price', () => {
    const offering = { available: true, priceOverrides: [{ minutes: 45, price: 70 }] };
    expect(effectiveVariantPrice({ variants, offering, minutes: 45 })).toBeNull();
  });

  it('when a stored base price has 3 decimals, then a DomainError names the variant', () => {
    const bad = [{ minutes: 30, basePrice: '55.555' }];
    expect(() => effectiveVariantPrice({ variants: bad, offering: { available: true, priceOverrides: [] }, minutes: 30 }))
      .toThrow(new DomainError('too-many-decimals', 'variants.0.basePrice', 'variants.0.basePrice must have at most 2 decimals, got 55.555'));
  });
});

describe('Given price overrides to validate against the variants', () => {
  it('when an override targets an unknown length, repeats a length or has a bad price, then each is named', () => {
    expect(validatePriceOverrides(variants, [
      { minutes: 60, price: 90 },
      { minutes: 45, price: 70 },
      { minutes: 60, price: 85 },
      { minutes: 90, price: -1 },
    ])).toEqual([
      { path: 'priceOverrides.1.minutes', code: 'unknown-variant', message: 'the service has no 45-minute variant (lengths: 30, 60, 90)' },
      { path: 'priceOverrides.2.minutes', code: 'duplicate', message: '60 minutes is overridden twice' },
      { path: 'priceOverrides.3.price', code: 'negative-amount', message: 'priceOverrides.3.price must not be negative, got -1' },
    ]);
  });
});

describe('Given an override scheduled from a day', () => {
  const offering = { available: true, priceOverrides: [{ minutes: 60, price: 100 }, { minutes: 60, price: 110, effectiveFrom: '2027-01-01' }] };

  it('when the day is before it, then the undated price applies; from the day on, the scheduled one; without a day, the undated one', () => {
    expect(effectiveVariantPrice({ variants, offering, minutes: 60, day: '2026-12-31' })).toBe(10000);
    expect(effectiveVariantPrice({ variants, offering, minutes: 60, day: '2027-01-01' })).toBe(11000);
    expect(effectiveVariantPrice({ variants, offering, minutes: 60 })).toBe(10000);
  });

  it('when a length is priced twice from the same day, then it is refused; once undated and once dated is fine', () => {
    expect(validatePriceOverrides(variants, offering.priceOverrides)).toEqual([]);
    expect(validatePriceOverrides(variants, [...offering.priceOverrides, { minutes: 60, price: 120, effectiveFrom: '2027-01-01' }])).toEqual([
      { path: 'priceOverrides.2.minutes', code: 'duplicate', message: '60 minutes has two prices from 2027-01-01' },
    ]);
  });
});
