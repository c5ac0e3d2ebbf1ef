/**
 * Issue 7, item 4: rules that span two documents hold from the other side too.
 * A write on the document others depend on is refused (400, naming the field and
 * the dependents) while it would leave a dependent invalid, and a one-to-many
 * relation is only written from its owning side.
 */
import { rest } from './helpers/http';
import { asIntegration } from './helpers/api-token';
import { closeDb, db } from './helpers/db';
import { Channel, deleteCreated, write } from './validation/channels';
import { loadRefs, Refs, validPayload } from './validation/fixtures';

let refs: Refs;
let service: string; // 30, 60 and 90 minutes
let location: string;
let offering: string; // published, overrides 90 minutes of `service` at `location`
let bundle: string; // sells 2 x 90 minutes of `service`; 200..300
let bundleOffering: string; // at `location`, priced 250

const must = async (p: Promise<{ ok: boolean; documentId?: string; body: unknown }>, what: string) => {
  const res = await p;
  if (!res.ok || !res.documentId) throw new Error(`fixture ${what} refused: ${JSON.stringify(res.body)}`);
  return res.documentId;
};

const variants = (...minutes: number[]) => minutes.map((m) => ({ minutes: m, basePrice: m * 1.5 }));

beforeAll(async () => {
  refs = await loadRefs();
  service = await must(write('rest', 'service', 'create', { ...validPayload('service', refs), variants: variants(30, 60, 90) }), 'service');
  location = await must(write('rest', 'location', 'create', validPayload('location', refs)), 'location');
  offering = await must(write('rest', 'offering', 'create', { service, location, available: true, priceOverrides: [{ minutes: 90, price: 140 }] }), 'offering');
  bundle = await must(
    write('rest', 'bundle', 'create', { ...validPayload('bundle', refs), items: [{ service, minutes: 90, count: 2 }], price: 250, minPrice: 200, maxPrice: 300 }),
    'bundle',
  );
  bundleOffering = await must(write('rest', 'bundle-offering', 'create', { bundle, location, price: 250 }), 'bundle offering');
});

afterAll(async () => {
  await deleteCreated();
  await closeDb();
});

const storedMinutes = async (documentId: string) => {
  const rows = await db()('clinic_services')
    .join('clinic_services_cmps', 'clinic_services.id', 'clinic_services_cmps.entity_id')
    .join('components_clinic_service_variant', 'components_clinic_service_variant.id', 'clinic_services_cmps.cmp_id')
    .where('clinic_services.document_id', documentId)
    .where('clinic_services_cmps.field', 'variants')
    .select('components_clinic_service_variant.minutes as minutes');
  return [...new Set(rows.map((r) => Number(r.minutes)))].sort((a, b) => a - b);
};

const storedBounds = async (documentId: string) =>
  (await db()('clinic_bundles').where({ document_id: documentId }).select('min_price', 'max_price')).map((r) => [Number(r.min_price), Number(r.max_price)]);

/** Offering documentIds linked to a location (any version of either). */
const offeringsAt = async (locationId: string) =>
  (
    await db()('clinic_offerings_location_lnk')
      .join('clinic_locations', 'clinic_locations.id', 'clinic_offerings_location_lnk.location_id')
      .join('clinic_offerings', 'clinic_offerings.id', 'clinic_offerings_location_lnk.offering_id')
      .where('clinic_locations.document_id', locationId)
      .distinct('clinic_offerings.document_id as id')
  ).map((r) => r.id as string);

const CHANNELS: Channel[] = ['admin', 'rest', 'graphql'];

describe('Given a service whose 90 minutes a published offering overrides and a bundle sells twice', () => {
  it.each(CHANNELS)('when its 90-minute variant is removed through %s, then it is refused (400, variants) naming the offering and the bundle', async (channel) => {
    const res = await write(channel, 'service', 'update', { variants: variants(30, 60) }, service);

    expect(res.ok).toBe(false);
    expect(res.paths).toEqual(['variants']);
    expect(JSON.stringify(res.body)).toMatch(/90 minutes is used by 1 offering: Test location and 1 bundle: Test bundle/);
    expect(await storedMinutes(service)).toEqual([30, 60, 90]);
  });

  it('when an unused length (30) is removed instead, then the write goes through', async () => {
    const res = await write('rest', 'service', 'update', { variants: variants(60, 90) }, service);
    expect(res.status).toBe(200);
    expect(await storedMinutes(service)).toEqual([60, 90]);
  });
});

describe('Given a bundle bounded 200..300 with a bundle offering priced 250', () => {
  it.each([
    ['minPrice raised above the price', { minPrice: 260, price: 270 }, 'minPrice'],
    ['maxPrice lowered below the price', { maxPrice: 240, price: 220 }, 'maxPrice'],
  ])('when its %s, then it is refused (400) naming the bundle offering', async (_, data, path) => {
    for (const channel of CHANNELS) {
      const res = await write(channel, 'bundle', 'update', data, bundle);
      expect({ channel, ok: res.ok, paths: res.paths }).toEqual({ channel, ok: false, paths: [path] });
      expect(JSON.stringify(res.body)).toMatch(/1 bundle offering: Test location \(250/);
    }
    expect(await storedBounds(bundle)).toEqual(expect.arrayContaining([[200, 300]]));
    expect((await storedBounds(bundle)).every(([min, max]) => min === 200 && max === 300)).toBe(true);
  });
});

describe('Given a location with a published offering and a bundle offering', () => {
  it.each([
    ['offerings set to nothing', () => ({ offerings: { set: [] } }), 'offerings'],
    ['offerings disconnected', () => ({ offerings: { disconnect: [offering] } }), 'offerings'],
    ['offerings as an empty list', () => ({ offerings: [] }), 'offerings'],
    ['bundle offerings set to nothing', () => ({ bundleOfferings: { set: [] } }), 'bundleOfferings'],
  ])('when the location is written with %s, then it is refused (400) and the offering keeps its location', async (_, data, path) => {
    for (const channel of ['rest', 'admin'] as const) {
      const res = await write(channel, 'location', 'update', data(), location);
      expect({ channel, status: res.status, paths: res.paths }).toEqual({ channel, status: 400, paths: [path] });
    }
    expect(await offeringsAt(location)).toEqual([offering]);
    expect((await db()('clinic_bundle_offerings_location_lnk').join('clinic_bundle_offerings', 'clinic_bundle_offerings.id', 'clinic_bundle_offerings_location_lnk.bundle_offering_id').where('clinic_bundle_offerings.document_id', bundleOffering)).length).toBeGreaterThan(0);
  });

  it("when an offering is connected to it from the location's side, then it is refused (400, offerings)", async () => {
    const other = await must(write('rest', 'offering', 'create', { service: refs.service, location: refs.location, available: true }), 'offering');
    const res = await write('rest', 'location', 'update', { offerings: { connect: [other] } }, location);
    expect({ status: res.status, paths: res.paths }).toEqual({ status: 400, paths: ['offerings'] });
    expect(await offeringsAt(location)).toEqual([offering]);
  });

  it("when a franchise's locations are set to nothing, then it is refused (400, locations)", async () => {
    const franchise = (await db()('clinic_franchises').first('document_id')).document_id as string;
    const res = await rest('PUT', `/api/clinic/franchises/${franchise}`, { data: { locations: { set: [] } } }, await asIntegration());
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual(['locations']);
  });

  it('when the location is saved with its relations untouched, as the admin panel sends them, then the write goes through', async () => {
    const res = await write('admin', 'location', 'update', { phone: '+14045550123', offerings: { connect: [], disconnect: [] } }, location);
    expect(res.status).toBe(200);
  });
});
