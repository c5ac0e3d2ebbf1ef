import path from 'node:path';
import type { SeedDataSet } from '../database/seed/seed-types';
import { today } from './helpers/clock';
import { startScratchApp } from './helpers/scratch-app';
import { storedRows, tableCounts, wipeCatalogue } from './helpers/stored-rows';

const root = path.resolve(__dirname, '..');
// The compiled seeders, as the booted app runs compiled code.
const seeds = async () => ({
  ...((await import(path.join(root, 'dist/database/seed/import-data-set'))) as typeof import('../database/seed/import-data-set')),
  ...((await import(path.join(root, 'dist/database/seed/import-through-documents'))) as typeof import('../database/seed/import-through-documents')),
  ...((await import(path.join(root, 'dist/database/seed/demo'))) as typeof import('../database/seed/demo')),
  ...((await import(path.join(root, 'dist/database/seed/scale'))) as typeof import('../database/seed/scale')),
});
const TINY = { locations: 3, practitioners: 6, services: 4, bundles: 3 };
const LOCATION_NAME = 'query ($slug: String!) { location(slug: $slug) { name services { service { slug } } } }';

/**
 * Issue 9, item 5: the bulk import. On an app of its own (a scratch database): it
 * stores exactly what a Document Service import stores; refused rows are all
 * reported, with their fields, and nothing is written; a second import of the same
 * data writes nothing; what it imports reaches the site API without a rebuild being
 * asked for.
 */
describe('the bulk import', () => {
  let scratch: Awaited<ReturnType<typeof startScratchApp>>;
  let s: Awaited<ReturnType<typeof seeds>>;
  const knex = () => scratch.app.db.connection;
  const site = async (slug: string) => {
    const res = await fetch(`${scratch.baseUrl}/site/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LOCATION_NAME, variables: { slug } }) });
    return ((await res.json()) as { data?: { location: { name: string; services: { service: { slug: string } }[] } | null } }).data?.location ?? null;
  };

  beforeAll(async () => {
    s = await seeds();
    scratch = await startScratchApp('bulk-import');
  }, 120_000);
  afterAll(async () => {
    await scratch?.stop();
  }, 60_000);

  it('stores the demo chain exactly as the Document Service stores it: rows, versions, components, links and their order, titles', async () => {
    await s.importThroughDocumentService(scratch.app, s.demoDataSet(today()), { today: today() });
    const throughDocuments = await storedRows(knex());
    await scratch.app.plugin('clinic').service('site-pages').whenIdle();
    await wipeCatalogue(knex());

    const report = await s.importDataSet(scratch.app, s.demoDataSet(today()), { today: today() });
    expect(report.created).toEqual(report.counts);
    const bulk = await storedRows(knex());
    expect(Object.keys(bulk)).toEqual(Object.keys(throughDocuments));
    for (const table of Object.keys(bulk)) expect({ table, rows: bulk[table] }).toEqual({ table, rows: throughDocuments[table] });
    // The admin titles are there (the entry-titles middleware's, from the names they are made of).
    const titles = await knex()('clinic_offerings').distinct('title').whereNull('published_at').orderBy('title').limit(2);
    expect(titles.map((r: { title: string }) => r.title)).toEqual(['Assisted stretch · Lantern Oak Wellness Birmingham', 'Assisted stretch · Lantern Oak Wellness Buckhead']);
  }, 120_000);

  it('reads the same through the Document Service as the demo data set says', async () => {
    const buckhead = await scratch.app.documents('plugin::clinic.location').findFirst({
      filters: { slug: 'buckhead' },
      status: 'published',
      populate: { franchise: true, openingHours: true, offerings: { populate: { service: true, priceOverrides: true } } },
    });
    const seed = s.demoDataSet(today());
    const offered = seed.offerings.filter((o) => o.location === 'buckhead');
    expect(buckhead.franchise.slug).toBe(seed.locations.find((l) => l.slug === 'buckhead')!.franchise);
    expect(buckhead.openingHours.map((h: { day: string }) => h.day)).toEqual(seed.locations.find((l) => l.slug === 'buckhead')!.openingHours.map((h) => h.day));
    expect(buckhead.offerings.map((o: { service: { slug: string } }) => o.service.slug).sort()).toEqual(offered.map((o) => o.service).sort());
    const drafts = await scratch.app.documents('plugin::clinic.location').findMany({ status: 'draft', fields: ['slug'] });
    expect(drafts.map((d: { slug: string }) => d.slug).sort()).toEqual(seed.locations.map((l) => l.slug).sort());
  });

  it('imports the same data set a second time as a no-op: nothing written, every row found by its key', async () => {
    const before = await storedRows(knex());
    const again = await s.importDataSet(scratch.app, s.demoDataSet(today()), { today: today() });
    expect(again.created).toEqual({});
    expect(again.existing).toEqual(again.counts);
    expect(await storedRows(knex())).toEqual(before);

    // A data set grown by one row adds that row only.
    const grown = s.demoDataSet(today());
    grown.faqs.push({ slug: 'is-it-ok-to-talk', question: 'May I talk during a session?', answer: 'Yes, or stay quiet: tell your therapist what you prefer.' });
    const third = await s.importDataSet(scratch.app, grown, { today: today() });
    expect(third.created).toEqual({ faq: 1 });
    expect(await scratch.app.documents('plugin::clinic.faq').count({ filters: { slug: 'is-it-ok-to-talk' }, status: 'published' })).toBe(1);
  }, 60_000);

  it('brings what it imported to the site API with no rebuild asked for (one change logged, one full rebuild)', async () => {
    const pages = scratch.app.plugin('clinic').service('site-pages');
    await pages.whenIdle();
    const data = s.scaleDataSet({ today: today(), ...TINY, prefix: 'fresh-' });
    const open = data.locations.find((l) => l.status === 'open')!;
    expect(await site(open.slug)).toBeNull();
    await s.importDataSet(scratch.app, data, { today: today() });
    await pages.whenIdle();
    const page = await site(open.slug);
    expect(page?.name).toBe(open.name);
    expect(page!.services.map((x) => x.service.slug).sort()).toEqual(data.offerings.filter((o) => o.location === open.slug && o.available).map((o) => o.service).sort());
    expect(pages.rebuildReports().reports.at(-1)).toMatchObject({ mode: 'full', changes: { count: 1 } });
  }, 60_000);

  it('refuses a data set with bad rows as a whole: one report naming each row and field, and nothing stored', async () => {
    const data: SeedDataSet = s.scaleDataSet({ today: today(), ...TINY, prefix: 'bad-' });
    data.locations[0].phone = '404-555-0101';
    data.locations[1].timeZone = 'Mars/Olympus';
    data.services[0].variants[0].basePrice = 12.345;
    const overridden = data.offerings.find((o) => o.service === data.services[1].slug)!;
    overridden.priceOverrides = [{ minutes: 175, price: 10 }];
    data.practitioners[0].locations.push('bad-nowhere');
    data.practitioners[1].licences[0].number = 'not a number';
    data.practitioners[3].slug = data.practitioners[2].slug;
    const bundle = data.bundles.find((b) => data.bundleOfferings.some((o) => o.bundle === b.slug))!;
    const bundleOffering = data.bundleOfferings.find((o) => o.bundle === bundle.slug)!;
    bundleOffering.price = bundle.maxPrice + 1;
    const countsBefore = await tableCounts(knex());

    const error = await s.importDataSet(scratch.app, data, { today: today() }).then(() => null, (e: unknown) => e);
    expect(s.isImportRefused(error)).toBe(true);
    const refusals = s.isImportRefused(error) ? error.refusals : [];
    const offeringRow = data.offerings.indexOf(overridden) + 1;
    const licenceRow = data.practitioners[0].licences.length + 1;
    const bundleOfferingRow = data.bundleOfferings.indexOf(bundleOffering) + 1;
    expect(refusals.map((r) => `${r.type} #${r.row} ${r.key} ${r.path}`)).toEqual([
      `location #1 ${data.locations[0].slug} phone`,
      `location #2 ${data.locations[1].slug} timeZone`,
      `service #1 ${data.services[0].slug} variants.0.basePrice`,
      `offering #${offeringRow} ${overridden.service}|${overridden.location} priceOverrides.0.minutes`,
      `bundle-offering #${bundleOfferingRow} ${bundle.slug}|${bundleOffering.location} price`,
      `practitioner #1 ${data.practitioners[0].slug} locations.${data.practitioners[0].locations.length - 1}`,
      `practitioner #4 ${data.practitioners[2].slug} slug`,
      `licence #${licenceRow} ${data.practitioners[1].slug}|${data.practitioners[1].licences[0].state}|${data.practitioners[1].licences[0].type}|not a number number`,
    ]);
    expect(refusals.find((r) => r.path === 'phone')!.message).toBe('must be an E.164 phone number such as +14045550101');
    expect(refusals.find((r) => r.path === 'variants.0.basePrice')!.message).toBe('must have at most 2 decimals, got 12.345');
    expect(refusals.find((r) => r.type === 'practitioner' && r.path === 'slug')!.message).toBe(`"${data.practitioners[2].slug}" is also row 3 of this import`);
    // The message is the report a person reads: each refused row once, its fields below it, no stack trace.
    const message = (error as Error).message;
    expect(message.split('\n')[0]).toBe('Import refused: 8 problems in 8 rows; nothing was written.');
    expect(message).toContain(`  location #1 (${data.locations[0].slug})\n    phone: must be an E.164 phone number such as +14045550101`);
    expect(message).not.toMatch(/\n\s+at /);
    expect(await tableCounts(knex())).toEqual(countsBefore);
  }, 60_000);
});
