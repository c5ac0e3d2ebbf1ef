import { asAdmin, rest } from './helpers/http';
import { asUser, cm } from './helpers/admin-session';
import { closeDb, countRows } from './helpers/db';
import { eventually, site } from './helpers/site-api';
import { CATALOGUE_EDITOR, OWNER_A } from './helpers/test-users';

// Franchise A (Metro Atlanta): buckhead, decatur, marietta. Franchise B (Coast & South): savannah, birmingham.
// The demo's "The Full Reset" (bounds $165–$195) is sold at Buckhead, Decatur, Savannah and Birmingham, not Marietta.
const BUILDER = '/clinic/bundle-builder';
const asEditor = () => asUser(CATALOGUE_EDITOR);
const asOwnerA = () => asUser(OWNER_A);

const idsOf = async (type: string, slugs: string[]) => {
  const res = await rest('GET', cm(type, '?pageSize=100'), undefined, await asAdmin());
  const bySlug = new Map((res.body.results as { slug: string; documentId: string }[]).map((r) => [r.slug, r.documentId]));
  return Object.fromEntries(slugs.map((s) => [s, bySlug.get(s)!])) as Record<string, string>;
};

let loc: Record<string, string>;
let bundle: Record<string, string>;
let svc: Record<string, string>;
const created: { type: string; documentId: string }[] = [];
beforeAll(async () => {
  loc = await idsOf('location', ['buckhead', 'decatur', 'marietta', 'savannah', 'birmingham']);
  bundle = await idsOf('bundle', ['full-reset']);
  svc = await idsOf('service', ['therapeutic-massage', 'assisted-stretch']);
});
afterAll(async () => {
  for (const { type, documentId } of created) await rest('DELETE', cm(type, `/${documentId}`), undefined, await asAdmin());
  await closeDb();
});

const quote = async (body: unknown, who = asOwnerA) => rest('POST', `${BUILDER}/quote`, body, await who());
const saveOffering = async (body: unknown, who = asOwnerA) => rest('POST', `${BUILDER}/bundle-offerings`, body, await who());
const bundlesAt = async (slug: string) => {
  const res = await site(`query($slug: String!) { location(slug: $slug) { bundles { slug price { cents } sumOfParts { cents } saving { cents } } } }`, { slug });
  return res.data.location.bundles as { slug: string; price: { cents: number }; sumOfParts: { cents: number } | null; saving: { cents: number } | null }[];
};

describe('Given franchise owner A and the bundle builder', () => {
  it('when they quote The Full Reset at Marietta at $185, then they see the sum of the parts at Marietta’s prices, the saving and the chain’s bounds', async () => {
    const res = await quote({ location: loc.marietta, bundle: bundle['full-reset'], price: 185 });

    expect(res.status).toBe(200);
    const q = res.body.data;
    expect(q.location).toMatchObject({ documentId: loc.marietta, name: expect.stringContaining('Marietta') });
    expect(q.lines.map((l: any) => [l.serviceName, l.minutes, l.count])).toEqual([
      ['Therapeutic massage', 60, 1], ['Assisted stretch', 30, 1], ['Chiropractic adjustment', 30, 1],
    ]);
    expect(q.sumOfPartsCents).toBe(q.lines.reduce((n: number, l: { lineCents: number }) => n + l.lineCents, 0));
    expect(q.sumOfPartsCents).toBeGreaterThan(18500);
    expect(q).toMatchObject({ priceCents: 18500, savingCents: q.sumOfPartsCents - 18500, bounds: { minPriceCents: 16500, maxPriceCents: 19500 }, refusals: [], existingOffering: null });
    expect(q.savingPercent).toBeCloseTo(((q.sumOfPartsCents - 18500) / q.sumOfPartsCents) * 100, 1);
  });

  it('when the price is below the bounds, then the quote gives the same reason the content manager’s save gives', async () => {
    const res = await quote({ location: loc.marietta, bundle: bundle['full-reset'], price: 150 });
    const refused = await rest('POST', cm('bundle-offering'), { bundle: bundle['full-reset'], location: loc.marietta, price: 150 }, await asOwnerA());

    expect(res.status).toBe(200);
    expect(res.body.data.refusals).toEqual([expect.objectContaining({ path: 'price', code: 'out-of-range' })]);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors).toEqual([expect.objectContaining({ path: ['price'], message: res.body.data.refusals[0].message })]);
  });

  it('when they quote at Savannah (franchise B), then they are refused with 403 naming the location', async () => {
    const res = await quote({ location: loc.savannah, bundle: bundle['full-reset'], price: 185 });

    expect(res.status).toBe(403);
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['location'], message: 'This location belongs to another franchise.' })]);
  });

  it('when the body is malformed, then 400 names each field', async () => {
    const res = await quote({ location: loc.marietta, items: [{ service: svc['therapeutic-massage'], minutes: 5, count: 1 }], price: 'ten' });

    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path.join('.')).sort()).toEqual(['items.0.minutes', 'price']);
  });

  it('when they publish The Full Reset at Marietta at $185, then the site API serves it there with its saving', async () => {
    const expected = (await quote({ location: loc.marietta, bundle: bundle['full-reset'], price: 185 })).body.data;

    const res = await saveOffering({ location: loc.marietta, bundle: bundle['full-reset'], price: 185, mode: 'publish' });

    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ created: true, mode: 'publish', priceCents: 18500 });
    created.push({ type: 'bundle-offering', documentId: res.body.data.documentId });
    const served = await eventually(() => bundlesAt('marietta'), (bs) => bs.some((b) => b.slug === 'full-reset'));
    expect(served.find((b) => b.slug === 'full-reset')).toEqual({ slug: 'full-reset', price: { cents: 18500 }, sumOfParts: { cents: expected.sumOfPartsCents }, saving: { cents: expected.savingCents } });
    // Quoting it again names the saved entry, and saving again updates it rather than adding a second one.
    expect((await quote({ location: loc.marietta, bundle: bundle['full-reset'], price: 190 })).body.data.existingOffering).toMatchObject({ documentId: res.body.data.documentId, priceCents: 18500, published: true });
  });

  it('when they save at Savannah or at a refused price, then nothing is written (403 / 400 naming the field)', async () => {
    const before = await countRows('clinic_bundle_offerings');

    const foreign = await saveOffering({ location: loc.savannah, bundle: bundle['full-reset'], price: 185, mode: 'publish' });
    const tooLow = await saveOffering({ location: loc.decatur, bundle: bundle['full-reset'], price: 150, mode: 'publish' });

    expect(foreign.status).toBe(403);
    expect(foreign.body.error.details.errors[0].path).toEqual(['location']);
    expect(tooLow.status).toBe(400);
    expect(tooLow.body.error.details.errors).toEqual([expect.objectContaining({ path: ['price'], message: 'price must be between 165.00 and 195.00, got 150.00' })]);
    expect(await countRows('clinic_bundle_offerings')).toBe(before);
  });

  it('when they try to save a new bundle, then they are refused (403): bundles are the editors’', async () => {
    const res = await rest('POST', `${BUILDER}/bundles`, { name: 'Owner pack', items: [{ service: svc['assisted-stretch'], minutes: 30, count: 2 }], price: 80, minPrice: 70, maxPrice: 90, validFrom: '2026-01-01', mode: 'draft' }, await asOwnerA());
    expect(res.status).toBe(403);
  });

  it('when they open the location picker of a bundle offering or an offering, then only their own locations are offered', async () => {
    for (const model of ['bundle-offering', 'offering']) {
      const res = await rest('GET', `/content-manager/relations/plugin::clinic.${model}/location?pageSize=100`, undefined, await asOwnerA());
      expect(res.status).toBe(200);
      expect(res.body.results.map((r: any) => r.documentId).sort()).toEqual([loc.buckhead, loc.decatur, loc.marietta].sort());
      expect(res.body.pagination.total).toBe(3);
    }
    const searched = await rest('GET', `/content-manager/relations/plugin::clinic.bundle-offering/location?_q=Savannah`, undefined, await asOwnerA());
    expect(searched.body.results).toEqual([]);
  });

  it('the options list only their own locations to pick from', async () => {
    const res = await rest('GET', `${BUILDER}/options`, undefined, await asOwnerA());
    expect(res.status).toBe(200);
    expect(res.body.data.locations.map((l: any) => l.documentId).sort()).toEqual([loc.buckhead, loc.decatur, loc.marietta].sort());
    expect(res.body.data.canSaveBundle).toBe(false);
    expect(res.body.data.bundles.map((b: any) => b.slug)).toContain('full-reset');
  });
});

describe('Given a catalogue editor and the bundle builder', () => {
  it('when they save a draft price for The Full Reset at Savannah, then the existing offering’s draft changes and the public price does not', async () => {
    const res = await saveOffering({ location: loc.savannah, bundle: bundle['full-reset'], price: 177, mode: 'draft' }, asEditor);

    expect(res.status).toBe(200);
    expect(res.body.data.created).toBe(false);
    expect((await quote({ location: loc.savannah, bundle: bundle['full-reset'] }, asEditor)).body.data.existingOffering).toMatchObject({ priceCents: 17700 });
    expect((await bundlesAt('savannah')).find((b) => b.slug === 'full-reset')?.price).toEqual({ cents: 17500 });
    // Back to the demo's price.
    expect((await saveOffering({ location: loc.savannah, bundle: bundle['full-reset'], price: 175, mode: 'publish' }, asEditor)).status).toBe(200);
  });

  it('when they quote items with bounds and save them as a bundle, then the bundle is created as a draft with those items', async () => {
    const items = [{ service: svc['therapeutic-massage'], minutes: 30, count: 2 }, { service: svc['assisted-stretch'], minutes: 30, count: 2 }];
    const q = await quote({ location: loc.decatur, items, price: 180, minPrice: 170, maxPrice: 195 }, asEditor);
    expect(q.status).toBe(200);
    expect(q.body.data).toMatchObject({ bundle: null, bounds: { minPriceCents: 17000, maxPriceCents: 19500 }, refusals: [] });
    expect(q.body.data.sumOfPartsCents).toBe(q.body.data.lines.reduce((n: number, l: { lineCents: number }) => n + l.lineCents, 0));

    const res = await rest('POST', `${BUILDER}/bundles`, { name: 'Builder test pair', items, price: 180, minPrice: 170, maxPrice: 195, validFrom: '2026-01-01', mode: 'draft' }, await asEditor());

    expect(res.status).toBe(200);
    created.push({ type: 'bundle', documentId: res.body.data.documentId });
    const stored = await rest('GET', cm('bundle', `/${res.body.data.documentId}`), undefined, await asAdmin());
    expect(stored.body.data).toMatchObject({ name: 'Builder test pair', slug: 'builder-test-pair', priceRule: 'fixed', publishedAt: null });
    expect(stored.body.data.items.map((i: any) => [i.minutes, i.count])).toEqual([[30, 2], [30, 2]]);
  });

  it('when they quote items at a percent off and save them so, then the price follows the parts at each location and the bundle stores the rule', async () => {
    const items = [{ service: svc['therapeutic-massage'], minutes: 60, count: 1 }, { service: svc['assisted-stretch'], minutes: 30, count: 1 }];
    const at = async (location: string) => (await quote({ location, items, percentOff: 10, minPrice: 50, maxPrice: 400 }, asEditor)).body.data;
    const [buckhead, decatur] = [await at(loc.buckhead), await at(loc.decatur)];
    for (const q of [buckhead, decatur]) {
      expect(q).toMatchObject({ priceSource: 'percent_off_parts', savingPercent: 10, refusals: [] });
      // 10 % off, to the cent.
      expect(q.priceCents).toBe(Math.round(q.sumOfPartsCents * 0.9));
    }
    // Buckhead charges its own $105 for the 60-minute massage, Decatur the base $95: the percent follows.
    expect(buckhead.sumOfPartsCents - decatur.sumOfPartsCents).toBe(1000);

    const both = await quote({ location: loc.decatur, items, percentOff: 10, price: 150 }, asEditor);
    expect(both.status).toBe(400);
    expect(both.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['percentOff']);

    const res = await rest('POST', `${BUILDER}/bundles`, { name: 'Builder test ten off', items, priceRule: 'percent_off_parts', percentOff: 10, minPrice: 50, maxPrice: 400, validFrom: '2026-01-01', mode: 'draft' }, await asEditor());
    expect(res.status).toBe(200);
    created.push({ type: 'bundle', documentId: res.body.data.documentId });
    const stored = await rest('GET', cm('bundle', `/${res.body.data.documentId}`), undefined, await asAdmin());
    expect(stored.body.data).toMatchObject({ name: 'Builder test ten off', priceRule: 'percent_off_parts', price: null, publishedAt: null });
    expect(Number(stored.body.data.percentOff)).toBe(10);
    // Quoted as the saved bundle, the same figures.
    const again = await quote({ location: loc.decatur, bundle: res.body.data.documentId }, asEditor);
    expect(again.body.data).toMatchObject({ priceCents: decatur.priceCents, sumOfPartsCents: decatur.sumOfPartsCents, priceSource: 'percent_off_parts' });
  });

  it('when they save a bundle whose price is outside its bounds, then 400 names price and nothing is written', async () => {
    const before = await countRows('clinic_bundles');
    const res = await rest('POST', `${BUILDER}/bundles`, { name: 'Out of bounds', items: [{ service: svc['assisted-stretch'], minutes: 30, count: 1 }], price: 80, minPrice: 20, maxPrice: 40, validFrom: '2026-01-01', mode: 'publish' }, await asEditor());
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain('price');
    expect(await countRows('clinic_bundles')).toBe(before);
  });

  it('the editor’s location picker still offers every location', async () => {
    const res = await rest('GET', `/content-manager/relations/plugin::clinic.bundle-offering/location?pageSize=100`, undefined, await asEditor());
    expect(res.body.pagination.total).toBe(5);
  });
});
