import { bundleQuote, savingPercentOf, type QuoteInput } from '../quote.rules';
import { quoteBodySchema, saveBundleBodySchema, saveOfferingBodySchema, slugOf } from '../builder-request.schema';

const TODAY = '2026-12-02';
const massage = { documentId: 'svc-massage', name: 'Therapeutic massage', variants: [{ minutes: 30, basePrice: 55 }, { minutes: 60, basePrice: 95 }] };
const stretch = { documentId: 'svc-stretch', name: 'Assisted stretch', variants: [{ minutes: 30, basePrice: 45 }] };
const chiro = { documentId: 'svc-chiro', name: 'Chiropractic adjustment', variants: [{ minutes: 30, basePrice: 65 }] };
const fullReset = [
  { service: massage.documentId, minutes: 60, count: 1 },
  { service: stretch.documentId, minutes: 30, count: 1 },
  { service: chiro.documentId, minutes: 30, count: 1 },
];
const offered = (priceOverrides: { minutes: number; price: number; effectiveFrom?: string | null }[] = [], available = true) => ({ available, priceOverrides });

const input = (over: Partial<QuoteInput> = {}): QuoteInput => ({
  items: fullReset,
  services: new Map([massage, stretch, chiro].map((s) => [s.documentId, s])),
  // Buckhead charges $105 for the 60-minute massage.
  offerings: new Map([
    [massage.documentId, offered([{ minutes: 60, price: 105 }])],
    [stretch.documentId, offered()],
    [chiro.documentId, offered()],
  ]),
  day: TODAY,
  bounds: { minPrice: 165, maxPrice: 195 },
  priceCents: 18900,
  ...over,
});

describe('Given a bundle quoted at a location', () => {
  it('when a price within the bounds is asked, then the parts are summed at the location’s prices and the saving is shown, amount and percent', () => {
    const quote = bundleQuote(input());

    expect(quote.lines.map((l) => [l.serviceName, l.unitCents, l.lineCents])).toEqual([
      ['Therapeutic massage', 10500, 10500],
      ['Assisted stretch', 4500, 4500],
      ['Chiropractic adjustment', 6500, 6500],
    ]);
    expect(quote).toMatchObject({ sumOfPartsCents: 21500, priceCents: 18900, priceSource: 'asked', savingCents: 2600, savingPercent: 12.1 });
    expect(quote.bounds).toEqual({ minPriceCents: 16500, maxPriceCents: 19500 });
    expect(quote.refusals).toEqual([]);
  });

  it('when the price is outside the chain’s bounds, then it is refused at `price` with the bundle-offering write rule’s message', () => {
    const quote = bundleQuote(input({ priceCents: 15000 }));

    expect(quote.refusals).toEqual([expect.objectContaining({ path: 'price', code: 'out-of-range', message: 'price must be between 165.00 and 195.00, got 150.00' })]);
    expect(quote.savingCents).toBe(6500); // still shown while the owner types
  });

  it('when a price is scheduled at the location from a later day, then today’s price is summed, and the scheduled one from its day', () => {
    const scheduled = new Map(input().offerings);
    scheduled.set(stretch.documentId, offered([{ minutes: 30, price: 50, effectiveFrom: '2027-01-01' }]));

    expect(bundleQuote(input({ offerings: scheduled })).sumOfPartsCents).toBe(21500);
    expect(bundleQuote(input({ offerings: scheduled, day: '2027-01-01' })).sumOfPartsCents).toBe(22000);
  });

  it('when a part is not offered there (no offering, switched off, or no such length), then there is no sum and the part is named', () => {
    const offerings = new Map(input().offerings);
    offerings.set(chiro.documentId, offered([], false));
    const items = [...fullReset, { service: massage.documentId, minutes: 90, count: 2 }];

    const quote = bundleQuote(input({ offerings, items }));

    expect(quote.sumOfPartsCents).toBeNull();
    expect(quote.savingCents).toBeNull();
    expect(quote.priceCents).toBe(18900);
    expect(quote.missing.map((m) => m.path)).toEqual(['items.2', 'items.3']);
    expect(quote.lines[2].unitCents).toBeNull();
  });

  it('when nothing is typed for an existing bundle, then its own rule prices it (15 % off the parts)', () => {
    const quote = bundleQuote(input({ priceCents: null, rule: { priceRule: 'percent_off_parts', percentOff: 15 } }));

    expect(quote).toMatchObject({ priceCents: 18275, priceSource: 'percent_off_parts', savingCents: 3225, refusals: [] });
  });

  it('when items have no bounds yet, then no bounds and no refusal are given', () => {
    expect(bundleQuote(input({ bounds: null }))).toMatchObject({ bounds: null, refusals: [], savingCents: 2600 });
  });

  it('savingPercentOf rounds to one decimal and keeps the sign of a negative saving', () => {
    expect(savingPercentOf(21500, 2600)).toBe(12.1);
    expect(savingPercentOf(30000, -1500)).toBe(-5);
    expect(savingPercentOf(0, 0)).toBeNull();
    expect(savingPercentOf(null, 100)).toBeNull();
  });
});

describe('Given the builder’s request bodies', () => {
  const issuePaths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => (r.error?.issues ?? []).map((i) => i.path.join('.'));

  it('a quote names exactly one of a bundle and items, and a bad price, length or count by its field', () => {
    expect(quoteBodySchema.safeParse({ location: 'loc1', bundle: 'b1', price: '189.00' })).toMatchObject({ success: true, data: { price: 18900 } });
    expect(issuePaths(quoteBodySchema.safeParse({ location: 'loc1' }))).toEqual(['bundle']);
    expect(issuePaths(quoteBodySchema.safeParse({ location: 'loc1', bundle: 'b1', items: [{ service: 's', minutes: 60, count: 1 }] }))).toEqual(['bundle']);
    expect(issuePaths(quoteBodySchema.safeParse({ location: 'loc1', bundle: 'b1', price: 18.999 }))).toEqual(['price']);
    expect(issuePaths(quoteBodySchema.safeParse({ location: 'loc1', items: [{ service: 's', minutes: 5, count: 0 }] }))).toEqual(['items.0.minutes', 'items.0.count']);
    expect(issuePaths(quoteBodySchema.safeParse({ location: 'a b', bundle: 'b1' }))).toEqual(['location']);
    expect(issuePaths(quoteBodySchema.safeParse({ location: 'loc1', items: [{ service: 's', minutes: 60, count: 1 }], minPrice: 10 }))).toEqual(['maxPrice']);
    expect(quoteBodySchema.safeParse({ location: 'loc1', bundle: 'b1', extra: 1 }).success).toBe(false);
  });

  it('a save names its mode, and a bundle its bounds and dates', () => {
    expect(issuePaths(saveOfferingBodySchema.safeParse({ location: 'l', bundle: 'b', price: 189 }))).toEqual(['mode']);
    expect(issuePaths(saveBundleBodySchema.safeParse({ name: 'X', items: [{ service: 's', minutes: 30, count: 1 }], price: 10, minPrice: 5, maxPrice: 20, validFrom: '2026-02-30', mode: 'draft' }))).toEqual(['validFrom']);
  });

  it('a quote of items may ask a percent off the parts instead of a price, never both, and never for an existing bundle', () => {
    const items = [{ service: 's', minutes: 60, count: 1 }];
    expect(quoteBodySchema.safeParse({ location: 'loc1', items, percentOff: 12.5 })).toMatchObject({ success: true, data: { percentOff: 12.5 } });
    expect(issuePaths(quoteBodySchema.safeParse({ location: 'loc1', items, percentOff: 10, price: 90 }))).toEqual(['percentOff']);
    expect(issuePaths(quoteBodySchema.safeParse({ location: 'loc1', bundle: 'b1', percentOff: 10 }))).toEqual(['percentOff']);
    for (const bad of [-1, 100.5, 12.345, '10%']) expect(issuePaths(quoteBodySchema.safeParse({ location: 'loc1', items, percentOff: bad }))).toEqual(['percentOff']);
  });

  it('a bundle saved at a fixed price needs the price; at a percent off, the percent and no price', () => {
    const bundle = { name: 'X', items: [{ service: 's', minutes: 30, count: 1 }], minPrice: 5, maxPrice: 20, validFrom: '2026-02-01', mode: 'draft' };
    expect(saveBundleBodySchema.safeParse({ ...bundle, price: 10 })).toMatchObject({ success: true, data: { priceRule: 'fixed', price: 1000 } });
    expect(issuePaths(saveBundleBodySchema.safeParse(bundle))).toEqual(['price']);
    expect(issuePaths(saveBundleBodySchema.safeParse({ ...bundle, price: 10, percentOff: 10 }))).toEqual(['percentOff']);
    expect(saveBundleBodySchema.safeParse({ ...bundle, priceRule: 'percent_off_parts', percentOff: 15 })).toMatchObject({ success: true, data: { priceRule: 'percent_off_parts', percentOff: 15 } });
    expect(issuePaths(saveBundleBodySchema.safeParse({ ...bundle, priceRule: 'percent_off_parts' }))).toEqual(['percentOff']);
    expect(issuePaths(saveBundleBodySchema.safeParse({ ...bundle, priceRule: 'percent_off_parts', percentOff: 15, price: 10 }))).toEqual(['price']);
    expect(issuePaths(saveBundleBodySchema.safeParse({ ...bundle, priceRule: 'half_off', price: 10 }))).toEqual(['priceRule']);
  });

  it('slugOf makes a slug from a name', () => {
    expect(slugOf('The Full Reset')).toBe('the-full-reset');
    expect(slugOf('  Crème & Stretch — 2× ')).toBe('creme-stretch-2');
  });
});
