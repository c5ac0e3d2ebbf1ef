import { asAdmin, rest } from './helpers/http';
import { asUser, cm } from './helpers/admin-session';
import { closeDb, db } from './helpers/db';
import { dayPlus } from './helpers/clock';
import { eventually, site } from './helpers/site-api';
import { CATALOGUE_EDITOR, OWNER_A } from './helpers/test-users';
import { LOCATION_LOCK_NAMESPACE, locationLockKeys } from '../plugins/clinic/server/src/domain/price-matrix/location-locks.rules';

afterAll(closeDb);

const MATRIX = '/clinic/price-matrix';
const asEditor = () => asUser(CATALOGUE_EDITOR);
const asOwnerA = () => asUser(OWNER_A);

const idsOf = async (type: string, slugs: string[]) => {
  const res = await rest('GET', cm(type, '?pageSize=100'), undefined, await asAdmin());
  const bySlug = new Map((res.body.results as { slug: string; documentId: string }[]).map((r) => [r.slug, r.documentId]));
  return Object.fromEntries(slugs.map((s) => [s, bySlug.get(s)!])) as Record<string, string>;
};

let loc: Record<string, string>;
let svc: Record<string, string>;
beforeAll(async () => {
  loc = await idsOf('location', ['buckhead', 'decatur', 'marietta', 'savannah', 'birmingham']);
  svc = await idsOf('service', ['therapeutic-massage', 'relaxation-massage', 'prenatal-massage']);
});

const GEORGIA = () => [loc.buckhead, loc.decatur, loc.marietta, loc.savannah];
const massage60 = () => [{ service: svc['therapeutic-massage'], minutes: 60 }];
const key = (location: string, service: string, minutes: number) => `${location}|${service}|${minutes}`;

/** The price of a variant on the public site API, and its upcoming change. */
const sitePrice = async (slug: string, service: string, minutes: number) => {
  const res = await site(`query($slug: String!) { location(slug: $slug) { services { service { slug } variants { minutes price { cents } overridden upcomingPrice { cents } upcomingFrom } } } }`, { slug });
  const variant = res.data.location.services.find((s: any) => s.service.slug === service)?.variants.find((v: any) => v.minutes === minutes);
  return variant as { price: { cents: number }; overridden: boolean; upcomingPrice: { cents: number } | null; upcomingFrom: string | null } | undefined;
};

/** What the offerings' price rows hold, to prove a refused or draft batch wrote nothing. */
const storedPrices = async () =>
  db()('components_clinic_price_override').select('id', 'minutes', 'price', 'effective_from').orderBy('id');
const offeringVersions = async () => db()('clinic_offerings').select('id', 'document_id', 'updated_at', 'published_at').orderBy('id');

const apply = async (body: unknown, who = asEditor) => rest('POST', `${MATRIX}/apply`, body, await who());
const preview = async (body: unknown, who = asEditor) => rest('POST', `${MATRIX}/preview`, body, await who());

/** Puts the demo's Georgia 60-minute massage prices back (Buckhead's override $105, the others at base) and publishes. */
const restoreGeorgia = async () => {
  const res = await apply({
    mode: 'publish',
    changes: [
      { locations: [loc.buckhead], variants: massage60(), operation: { kind: 'set', price: 105 } },
      { locations: [loc.decatur, loc.marietta, loc.savannah], variants: massage60(), operation: { kind: 'reset' } },
    ],
  });
  expect(res.status).toBe(200);
};

describe('Given a catalogue editor and the price matrix', () => {
  it('when they filter by state, then the rows are that state’s locations and each cell shows its price and where it comes from', async () => {
    const res = await rest('GET', `${MATRIX}?state=GA`, undefined, await asEditor());

    expect(res.status).toBe(200);
    const { rows, columns, pageInfo } = res.body.data;
    expect(rows.map((r: any) => r.location.slug)).toEqual(['buckhead', 'decatur', 'marietta', 'savannah']);
    expect(pageInfo).toMatchObject({ total: 4, page: 1 });
    const cell = (slug: string, service: string, minutes: number) => {
      const column = columns.findIndex((c: any) => c.service.slug === service && c.minutes === minutes);
      return rows.find((r: any) => r.location.slug === slug).cells[column];
    };
    expect(cell('buckhead', 'therapeutic-massage', 60)).toMatchObject({ priceCents: 10500, basePriceCents: 9500, source: 'override' });
    expect(cell('decatur', 'therapeutic-massage', 60)).toMatchObject({ priceCents: 9500, source: 'base' });
    expect(cell('decatur', 'prenatal-massage', 60)).toMatchObject({ source: 'unavailable' });
    expect(cell('marietta', 'relaxation-massage', 60)).toMatchObject({ priceCents: null, source: 'not-offered' });
  });

  it('when they filter by franchise, region and modality and page the rows, then only those rows and columns come', async () => {
    const res = await rest('GET', `${MATRIX}?franchise=lantern-oak-coast-and-south&modality=relaxation-massage&pageSize=1&page=2`, undefined, await asEditor());

    expect(res.status).toBe(200);
    expect(res.body.data.rows.map((r: any) => r.location.slug)).toEqual(['savannah']); // Birmingham, then Savannah
    expect(res.body.data.pageInfo).toMatchObject({ total: 2, pageCount: 2 });
    expect(new Set(res.body.data.columns.map((c: any) => c.service.slug))).toEqual(new Set(['relaxation-massage']));
    const region = await rest('GET', `${MATRIX}?region=${encodeURIComponent('Metro Atlanta')}`, undefined, await asEditor());
    expect(region.body.data.rows.map((r: any) => r.location.slug)).toEqual(['buckhead', 'decatur', 'marietta']);
  });

  it.each([
    ['a page too large', 'pageSize=500', 'pageSize'],
    ['a state that is none', 'state=XX', 'state'],
    ['a filter it does not know', 'franchize=x', 'unknown field(s): franchize'],
  ])('when the query has %s, then 400 names the field', async (_, query, field) => {
    const res = await rest('GET', `${MATRIX}?${query}`, undefined, await asEditor());
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(field);
  });

  it('when they preview +$5 on the 60-minute massage in Georgia, then exactly the four changed cells are listed and nothing is written', async () => {
    const before = await storedPrices();

    const res = await preview({ changes: [{ locations: GEORGIA(), variants: massage60(), operation: { kind: 'add', amount: 5 } }] });

    expect(res.status).toBe(200);
    const changes = res.body.data.changes.map((c: any) => [c.locationName.split(' ').pop(), c.before.priceCents, c.after.priceCents, c.after.source]);
    expect(changes).toEqual([
      ['Buckhead', 10500, 11000, 'override'],
      ['Decatur', 9500, 10000, 'override'],
      ['Marietta', 9500, 10000, 'override'],
      ['Savannah', 9500, 10000, 'override'],
    ]);
    expect(res.body.data.refusals).toEqual([]);
    expect(await storedPrices()).toEqual(before);
  });

  it('when they apply it and publish, then the site API serves the new prices', async () => {
    try {
      const res = await apply({ mode: 'publish', changes: [{ locations: GEORGIA(), variants: massage60(), operation: { kind: 'add', amount: 5 } }] });

      expect(res.status).toBe(200);
      expect(res.body.data.offeringsWritten).toBe(4);
      const decatur = await eventually(() => sitePrice('decatur', 'therapeutic-massage', 60), (v) => v?.price.cents === 10000);
      expect(decatur).toMatchObject({ price: { cents: 10000 }, overridden: true });
      expect((await eventually(() => sitePrice('buckhead', 'therapeutic-massage', 60), (v) => v?.price.cents === 11000))?.price.cents).toBe(11000);
      // The other lengths are untouched.
      expect((await sitePrice('decatur', 'therapeutic-massage', 30))?.price.cents).toBe(5500);
    } finally {
      await restoreGeorgia();
    }
    expect((await eventually(() => sitePrice('decatur', 'therapeutic-massage', 60), (v) => v?.price.cents === 9500))?.price.cents).toBe(9500);
  });

  it('when one cell of a batch is invalid, then nothing is written and the error names that cell and field', async () => {
    const [prices, versions] = [await storedPrices(), await offeringVersions()];

    const res = await apply({
      mode: 'publish',
      changes: [
        { locations: GEORGIA(), variants: massage60(), operation: { kind: 'add', amount: 5 } },
        { locations: [loc.marietta], variants: [{ service: svc['therapeutic-massage'], minutes: 45 }], operation: { kind: 'set', price: 70 } },
        { locations: [loc.buckhead], variants: [{ service: svc['therapeutic-massage'], minutes: 90 }], operation: { kind: 'subtract', amount: 500 } },
      ],
    });

    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path)).toEqual([
      ['cells', key(loc.marietta, svc['therapeutic-massage'], 45), 'minutes'],
      ['cells', key(loc.buckhead, svc['therapeutic-massage'], 90), 'price'],
    ]);
    expect(res.body.error.details.errors[1]).toMatchObject({ code: 'negative-amount', change: 2 });
    expect(await storedPrices()).toEqual(prices);
    expect(await offeringVersions()).toEqual(versions);
  });

  it('when they save as draft, then the matrix shows the draft and the public price stays', async () => {
    const changesBefore = Number((await db()('clinic_read_model_changes').max({ id: 'id' }))[0].id ?? 0);
    const res = await apply({ mode: 'draft', changes: [{ locations: [loc.decatur], variants: massage60(), operation: { kind: 'set', price: 99.5 } }] });
    try {
      expect(res.status).toBe(200);
      const matrix = await rest('GET', `${MATRIX}?region=${encodeURIComponent('Metro Atlanta')}&service=therapeutic-massage`, undefined, await asEditor());
      const decatur = matrix.body.data.rows.find((r: any) => r.location.slug === 'decatur');
      const column = matrix.body.data.columns.findIndex((c: any) => c.minutes === 60);
      expect(decatur.cells[column]).toMatchObject({ priceCents: 9950, source: 'override', unpublished: true, published: { priceCents: 9500, source: 'base' } });
      // A draft save records no change for the read model, so no page can change.
      expect(Number((await db()('clinic_read_model_changes').max({ id: 'id' }))[0].id ?? 0)).toBe(changesBefore);
      expect((await sitePrice('decatur', 'therapeutic-massage', 60))?.price.cents).toBe(9500);
    } finally {
      const documentId = (await rest('GET', `${MATRIX}?region=${encodeURIComponent('Metro Atlanta')}&service=therapeutic-massage`, undefined, await asEditor())).body.data.rows
        .find((r: any) => r.location.slug === 'decatur').cells[0].offering;
      expect((await rest('POST', cm('offering', `/${documentId}/actions/discard`), {}, await asAdmin())).status).toBe(200);
    }
  });

  it('when a price is scheduled for a later day, then the site keeps today’s price and shows the upcoming one; a dated row whose day has come is served', async () => {
    const later = dayPlus(3);
    try {
      const res = await apply({ mode: 'publish', changes: [{ locations: [loc.decatur], variants: massage60(), operation: { kind: 'set', price: 101 }, effectiveFrom: later }] });
      expect(res.status).toBe(200);
      expect(res.body.data.changes).toEqual([expect.objectContaining({ effectiveFrom: later, before: { priceCents: 9500, source: 'base' }, after: { priceCents: 10100, source: 'override' } })]);
      const scheduled = await eventually(() => sitePrice('decatur', 'therapeutic-massage', 60), (v) => v?.upcomingFrom === later);
      expect(scheduled).toMatchObject({ price: { cents: 9500 }, overridden: false, upcomingPrice: { cents: 10100 }, upcomingFrom: later });

      // The same row dated yesterday (as the content manager stores it, no job folding it): its day has come in
      // every US time zone, so the site serves it without any rebuild on the day.
      const documentId = (await rest('GET', `${MATRIX}?region=${encodeURIComponent('Metro Atlanta')}&service=therapeutic-massage`, undefined, await asEditor())).body.data.rows
        .find((r: any) => r.location.slug === 'decatur').cells[0].offering;
      const put = await rest('PUT', cm('offering', `/${documentId}`), { priceOverrides: [{ minutes: 60, price: 101, effectiveFrom: dayPlus(-1) }] }, await asEditor());
      expect(put.status).toBe(200);
      expect((await rest('POST', cm('offering', `/${documentId}/actions/publish`), {}, await asEditor())).status).toBe(200);
      const served = await eventually(() => sitePrice('decatur', 'therapeutic-massage', 60), (v) => v?.price.cents === 10100);
      expect(served).toMatchObject({ price: { cents: 10100 }, overridden: true, upcomingPrice: null });
    } finally {
      await restoreGeorgia();
    }
    expect((await eventually(() => sitePrice('decatur', 'therapeutic-massage', 60), (v) => v?.price.cents === 9500 && v.upcomingFrom === null))).toMatchObject({ upcomingFrom: null });
  });
});

describe('Given two editors applying changes to the same cells at the same moment', () => {
  it('when +$5 and +$3 run concurrently, then both land (+$8): the second batch plans on what the first wrote', async () => {
    const draft60 = async () => {
      const res = await rest('GET', `${MATRIX}?state=GA&service=therapeutic-massage`, undefined, await asEditor());
      return Object.fromEntries((res.body.data.rows as any[]).map((r) => [r.location.slug, r.cells.find((c: any) => c.minutes === 60).priceCents]));
    };
    const before = await draft60();
    try {
      const batch = (dollars: number) => apply({ mode: 'draft', changes: [{ locations: GEORGIA(), variants: massage60(), operation: { kind: 'add', amount: dollars } }] });
      let results: Awaited<ReturnType<typeof batch>>[];
      if (process.env.DATABASE_CLIENT === 'postgres') {
        // Made to overlap: the test holds the Georgia locations' locks, both batches start and wait
        // for them (seen in pg_locks), then the test lets go. Without the apply's locks neither waits.
        const held = await db().transaction();
        const keys = `{${locationLockKeys(GEORGIA()).join(',')}}`;
        await held.raw('select pg_advisory_xact_lock(?, k) from unnest(?::int[]) as t(k)', [LOCATION_LOCK_NAMESPACE, keys]);
        const running = Promise.all([batch(5), batch(3)]);
        const waiting = async () => Number((await db().raw("select count(distinct pid) as n from pg_locks where locktype = 'advisory' and not granted and classid = ?", [LOCATION_LOCK_NAMESPACE])).rows[0].n);
        const seen = await eventually(waiting, (n) => n === 2, 20_000);
        await held.commit();
        expect(seen).toBe(2);
        results = await running;
      } else {
        // SQLite: one connection, so the two run one after the other anyway.
        results = await Promise.all([batch(5), batch(3)]);
      }
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      const after = await draft60();
      expect(after).toEqual(Object.fromEntries(Object.entries(before).map(([slug, cents]) => [slug, Number(cents) + 800])));
    } finally {
      await restoreGeorgia();
    }
  });
});

describe('Given a franchise owner and the price matrix', () => {
  it('when they open it, then the rows are their own franchise’s locations only, whatever the filter', async () => {
    const own = await rest('GET', MATRIX, undefined, await asOwnerA());
    const foreign = await rest('GET', `${MATRIX}?franchise=lantern-oak-coast-and-south`, undefined, await asOwnerA());

    expect(own.status).toBe(200);
    expect(own.body.data.rows.map((r: any) => r.location.slug)).toEqual(['buckhead', 'decatur', 'marietta']);
    expect(foreign.body.data.rows).toEqual([]);
  });

  it('when the page asks what its pickers offer, then franchises, regions and states are their own only, the catalogue’s services all', async () => {
    const own = await rest('GET', `${MATRIX}/options`, undefined, await asOwnerA());
    const editor = await rest('GET', `${MATRIX}/options`, undefined, await asEditor());

    expect(own.status).toBe(200);
    expect(own.body.data.franchises.map((f: any) => f.slug)).toEqual(['lantern-oak-metro-atlanta']);
    expect(own.body.data.states).toEqual(['GA']);
    expect(editor.body.data.franchises.map((f: any) => f.slug)).toEqual(expect.arrayContaining(['lantern-oak-metro-atlanta', 'lantern-oak-coast-and-south']));
    expect(editor.body.data.states).toEqual(expect.arrayContaining(['AL', 'GA']));
    expect(own.body.data.services).toEqual(editor.body.data.services);
    expect(own.body.data.services).toEqual(expect.arrayContaining([{ slug: 'therapeutic-massage', name: 'Therapeutic massage', modality: expect.any(String) }]));
    expect(own.body.data.modalities.map((m: any) => m.slug)).toEqual(expect.arrayContaining([own.body.data.services.find((s: any) => s.slug === 'therapeutic-massage').modality]));
  });

  it('when they preview a change at their own location, then it is listed', async () => {
    const res = await preview({ changes: [{ locations: [loc.decatur], variants: massage60(), operation: { kind: 'add-percent', percent: 10 } }] }, asOwnerA);
    expect(res.status).toBe(200);
    expect(res.body.data.changes.map((c: any) => c.after.priceCents)).toEqual([10450]);
  });

  it.each([
    ['the foreign location’s documentId', () => ({ locations: [loc.decatur, loc.savannah] }), 403],
    ['its slug', () => ({ locations: ['savannah'] }), 400],
    ['a connect object', () => ({ locations: [{ connect: [loc.savannah] }] }), 400],
    ['an id number', () => ({ locations: [1] }), 400],
    ['an extra offering key', () => ({ locations: [loc.decatur], offering: 'x' }), 400],
  ])('when a change names another franchise’s location by %s, then it is refused and nothing is written', async (_, shape, status) => {
    const [prices, versions] = [await storedPrices(), await offeringVersions()];

    const res = await apply({ mode: 'publish', changes: [{ variants: massage60(), operation: { kind: 'set', price: 1 }, ...shape() }] }, asOwnerA);

    expect(res.status).toBe(status);
    if (status === 403) {
      expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['cells', key(loc.savannah, svc['therapeutic-massage'], 60), 'location'], code: 'not-your-franchise' })]);
    }
    expect(await storedPrices()).toEqual(prices);
    expect(await offeringVersions()).toEqual(versions);
  });
});

describe('Given an owner’s batch whose second write the franchise-scope middleware refuses', () => {
  it('when the first offering was already written in the transaction, then it is rolled back too and the refusal names the cell', async () => {
    // An offering published at Savannah (Coast & South) whose draft was moved to Marietta (owner A's): the plan
    // sees it at Marietta, the middleware judges every stored version and refuses.
    const created = await rest('POST', cm('offering'), { service: svc['relaxation-massage'], location: loc.savannah, available: true }, await asAdmin());
    expect(created.status).toBe(201);
    const moved = created.body.data.documentId as string;
    try {
      expect((await rest('POST', cm('offering', `/${moved}/actions/publish`), {}, await asAdmin())).status).toBe(200);
      expect((await rest('PUT', cm('offering', `/${moved}`), { location: loc.marietta }, await asAdmin())).status).toBe(200);
      const [prices, versions] = [await storedPrices(), await offeringVersions()];

      const res = await apply({
        mode: 'publish',
        changes: [
          { locations: [loc.decatur], variants: massage60(), operation: { kind: 'add', amount: 5 } },
          { locations: [loc.marietta], variants: [{ service: svc['relaxation-massage'], minutes: 60 }], operation: { kind: 'set', price: 90 } },
        ],
      }, asOwnerA);

      expect(res.status).toBe(403);
      expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['cells', key(loc.marietta, svc['relaxation-massage'], 60), 'location'], code: 'not-your-franchise', change: 1 })]);
      expect(await storedPrices()).toEqual(prices);
      expect(await offeringVersions()).toEqual(versions);
      expect((await sitePrice('decatur', 'therapeutic-massage', 60))?.price.cents).toBe(9500);
    } finally {
      expect((await rest('DELETE', cm('offering', `/${moved}`), undefined, await asAdmin())).status).toBe(200);
    }
  });
});

describe('Given the price matrix API without an admin', () => {
  it('when the public calls it, then it is refused', async () => {
    expect((await rest('GET', MATRIX)).status).toBe(401);
    expect((await rest('GET', `${MATRIX}/options`)).status).toBe(401);
    expect((await rest('POST', `${MATRIX}/apply`, { mode: 'publish', changes: [] })).status).toBe(401);
  });
});
