import { buildPages } from '../build-pages';
import type { PageBodies } from '../page.types';
import { catalogue } from './catalogue.fixture';

const page = <K extends keyof PageBodies>(kind: K, key: string, pages = buildPages(catalogue())) =>
  pages.find((p) => p.kind === kind && p.key === key)?.body as PageBodies[K];

describe('buildPages', () => {
  it('given an override at a location, then the location page prices that length at the override and the others at base', () => {
    const atl = page('location', 'atl');
    const deep = atl.services.find((s) => s.service.slug === 'deep')!;
    expect(deep.variants).toEqual([
      { minutes: 30, priceCents: 6000, basePriceCents: 6000, overridden: false },
      { minutes: 60, priceCents: 11000, basePriceCents: 9550, overridden: true },
    ]);
  });

  it('given a bundle offered at a location, then its price is the franchise price and the saving is the local parts minus it', () => {
    const [reset] = page('location', 'atl').bundles;
    expect(reset.sumOfPartsCents).toBe(2 * 11000 + 4500);
    expect(reset.priceCents).toBe(24000);
    expect(reset.savingCents).toBe(26500 - 24000);
    expect(reset.items.map((i) => i.unitPriceCents)).toEqual([11000, 4500]);
  });

  it('given a location that does not offer every part, then the bundle is not sold there', () => {
    expect(page('location', 'bhm').bundles).toEqual([]);
  });

  it('given an unavailable offering, then the service is not on the page', () => {
    const pages = buildPages(catalogue({ offerings: [{ service: 'deep', location: 'atl', available: false, priceOverrides: [] }] }));
    expect(page('location', 'atl', pages).services).toEqual([]);
  });

  it('keeps licences as data on practitioner cards, so eligibility is decided at query time', () => {
    const card = page('location', 'bhm').practitioners[0];
    expect(card.slug).toBe('ana');
    expect(card.licences.map((l) => l.state)).toEqual(['GA']);
  });

  it('indexes locations with the services and modalities offered there', () => {
    const index = page('location-index', 'all');
    expect(index.map((l) => [l.slug, l.services, l.modalities])).toEqual([
      ['atl', ['stretch-30', 'deep'], ['stretch', 'massage']], // services in name order
      ['bhm', ['deep'], ['massage']],
    ]);
  });

  it('links a condition to its techniques and a technique back to its conditions', () => {
    expect(page('condition', 'low-back-pain').techniques.map((t) => [t.technique.slug, t.evidence])).toEqual([['deep-tissue', 'moderate']]);
    expect(page('technique', 'deep-tissue').conditions.map((c) => c.condition.slug)).toEqual(['low-back-pain']);
  });

  it('given a franchise price outside bounds the chain has since narrowed, then the bundle is not sold there', () => {
    const data = catalogue();
    data.bundles[0].maxPrice = 235; // the Atlanta franchise price is 240
    expect(page('location', 'atl', buildPages(data)).bundles).toEqual([]);
  });

  it('given two care plans for one condition, then one page, the first by slug', () => {
    const phase = { name: 'Start', minPerPeriod: 1, maxPerPeriod: 2, period: 1, periodUnit: 'week' as const, lengthWeeks: null, sessionMinutes: 60 };
    const pages = buildPages(
      catalogue({
        carePlans: [
          { slug: 'zeta-plan', name: 'Zeta', goal: null, condition: 'low-back-pain', phases: [phase] },
          { slug: 'alpha-plan', name: 'Alpha', goal: null, condition: 'low-back-pain', phases: [phase] },
        ],
      }),
    );
    const plans = pages.filter((p) => p.kind === 'care-plan');
    expect(plans.map((p) => [p.key, (p.body as { slug: string }).slug])).toEqual([['low-back-pain', 'alpha-plan']]);
  });
});
