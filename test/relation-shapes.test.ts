/**
 * Issue 7, item 3: franchise scope and validation judge the relation target Strapi
 * stores, whatever input shape it accepts. Strapi reads `{ documentId, connect }`
 * as the documentId, stores the first of several `connect` entries on update and
 * all of them on create: every shape that names more than one target for a to-one
 * relation is refused (400, naming the field), and nothing is written.
 */
import { asAdmin, rest } from './helpers/http';
import { asUser, cm } from './helpers/admin-session';
import { closeDb, countRows, db } from './helpers/db';
import { OWNER_A } from './helpers/test-users';
import { deleteCreated, write } from './validation/channels';

type Shape = (target: { savannah: Ref; buckhead: Ref }) => unknown;
interface Ref {
  documentId: string;
  id: number;
}

let savannah: Ref;
let buckhead: Ref;
let stretch: string; // 30 and 60 minutes
let massage: string; // 30, 60 and 90 minutes
let ownOffering: string; // owner A's, at Buckhead
let ownBundleOffering: string; // owner A's, at Buckhead
let narrowBundle: string; // 200..300
let wideBundle: string; // 100..300
const cleanup: { type: string; documentId: string }[] = [];

const draftRow = async (table: string, slug: string): Promise<Ref> => {
  const row = await db()(table).where({ slug }).whereNull('published_at').first('id', 'document_id');
  return { id: Number(row.id), documentId: row.document_id as string };
};
const docOf = async (table: string, slug: string) => (await draftRow(table, slug)).documentId;

/** Location documentIds linked to every stored version of a document. */
const storedLocations = async (table: 'clinic_offerings' | 'clinic_bundle_offerings', documentId: string) => {
  const lnk = `${table}_location_lnk`;
  const fk = table === 'clinic_offerings' ? 'offering_id' : 'bundle_offering_id';
  const rows = await db()(table)
    .join(lnk, `${table}.id`, `${lnk}.${fk}`)
    .join('clinic_locations', 'clinic_locations.id', `${lnk}.location_id`)
    .where(`${table}.document_id`, documentId)
    .select('clinic_locations.document_id as location');
  return [...new Set(rows.map((r) => r.location as string))];
};

const bundle = (slug: string, minPrice: number) => ({
  name: 'Relation shapes bundle', slug, items: [{ service: massage, minutes: 60, count: 3 }],
  priceRule: 'fixed', price: 250, minPrice, maxPrice: 300, validFrom: '2026-01-01', validUntil: '2026-12-31',
});

beforeAll(async () => {
  [savannah, buckhead] = await Promise.all([draftRow('clinic_locations', 'savannah'), draftRow('clinic_locations', 'buckhead')]);
  [stretch, massage] = await Promise.all([docOf('clinic_services', 'assisted-stretch'), docOf('clinic_services', 'therapeutic-massage')]);
  const narrow = await write('rest', 'bundle', 'create', bundle(`shapes-narrow-${Date.now()}`, 200));
  const wide = await write('rest', 'bundle', 'create', bundle(`shapes-wide-${Date.now()}`, 100));
  if (!narrow.ok || !wide.ok) throw new Error(`fixture bundles refused: ${JSON.stringify([narrow.body, wide.body])}`);
  [narrowBundle, wideBundle] = [narrow.documentId!, wide.documentId!];

  const owner = await asUser(OWNER_A);
  const offering = await rest('POST', cm('offering'), { service: stretch, location: buckhead.documentId, available: true }, owner);
  const bundleOffering = await rest('POST', cm('bundle-offering'), { bundle: narrowBundle, location: buckhead.documentId, price: 250 }, owner);
  if (offering.status !== 201 || bundleOffering.status !== 201) throw new Error(`fixtures refused: ${JSON.stringify([offering.body, bundleOffering.body])}`);
  ownOffering = offering.body.data.documentId;
  ownBundleOffering = bundleOffering.body.data.documentId;
  cleanup.push({ type: 'offering', documentId: ownOffering }, { type: 'bundle-offering', documentId: ownBundleOffering });
});

afterAll(async () => {
  const admin = await asAdmin();
  for (const { type, documentId } of cleanup) await rest('DELETE', cm(type, `/${documentId}`), undefined, admin);
  await deleteCreated();
  await closeDb();
});

/** Every shape that names Savannah (franchise B) beside Buckhead (owner A's). */
const SEVERAL_TARGETS: [string, Shape][] = [
  ['{ documentId, connect } (Strapi stores the documentId)', ({ savannah, buckhead }) => ({ documentId: savannah.documentId, connect: [buckhead.documentId] })],
  ['{ id, connect } with the row id', ({ savannah, buckhead }) => ({ id: savannah.id, connect: [buckhead.documentId] })],
  ['connect with two documentIds, foreign first (update stores the first)', ({ savannah, buckhead }) => ({ connect: [savannah.documentId, buckhead.documentId] })],
  ["connect with two { documentId } objects, the admin panel's shape", ({ savannah, buckhead }) => ({ connect: [{ documentId: savannah.documentId }, { documentId: buckhead.documentId }], disconnect: [] })],
  ['connect with two row ids', ({ savannah, buckhead }) => ({ connect: [{ id: savannah.id }, { id: buckhead.id }] })],
  ['set with two entries', ({ savannah, buckhead }) => ({ set: [savannah.documentId, buckhead.documentId] })],
  ['set and connect together', ({ savannah, buckhead }) => ({ set: [buckhead.documentId], connect: [savannah.documentId] })],
  ['a list of two', ({ savannah, buckhead }) => [buckhead.documentId, savannah.documentId]],
];

const refusedAtLocation = (res: { status: number; body: any }) => {
  expect(res.status).toBe(400);
  expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain('location');
};

describe('Given franchise owner A (Metro Atlanta) writing through the content manager', () => {
  it.each(SEVERAL_TARGETS)('when they create an offering with the location as %s, then it is refused (400, location) and nothing is written', async (_, shape) => {
    const before = await countRows('clinic_offerings');
    const res = await rest('POST', cm('offering'), { service: massage, location: shape({ savannah, buckhead }), available: true }, await asUser(OWNER_A));
    if (res.status === 201) cleanup.push({ type: 'offering', documentId: res.body.data.documentId });
    refusedAtLocation(res);
    expect(await countRows('clinic_offerings')).toBe(before);
  });

  it.each(SEVERAL_TARGETS)('when they move their offering with the location as %s, then it is refused (400) and it stays at Buckhead', async (_, shape) => {
    const res = await rest('PUT', cm('offering', `/${ownOffering}`), { location: shape({ savannah, buckhead }) }, await asUser(OWNER_A));
    refusedAtLocation(res);
    expect(await storedLocations('clinic_offerings', ownOffering)).toEqual([buckhead.documentId]);
  });

  it.each(SEVERAL_TARGETS)('when they clone their offering with the location as %s, then it is refused (400) and nothing is written', async (_, shape) => {
    const before = await countRows('clinic_offerings');
    const res = await rest('POST', cm('offering', `/clone/${ownOffering}`), { location: shape({ savannah, buckhead }) }, await asUser(OWNER_A));
    if (res.status < 300 && res.body?.data?.documentId) cleanup.push({ type: 'offering', documentId: res.body.data.documentId });
    refusedAtLocation(res);
    expect(await countRows('clinic_offerings')).toBe(before);
  });

  it.each(SEVERAL_TARGETS)('when they publish their offering with the form data naming the location as %s, then it is refused (400) and nothing is published', async (_, shape) => {
    const published = async () => Number((await db()('clinic_offerings').where({ document_id: ownOffering }).whereNotNull('published_at').count({ n: '*' }))[0].n);
    const before = await published();
    const res = await rest('POST', cm('offering', `/${ownOffering}/actions/publish`), { location: shape({ savannah, buckhead }) }, await asUser(OWNER_A));
    refusedAtLocation(res);
    expect(await published()).toBe(before);
    expect(await storedLocations('clinic_offerings', ownOffering)).toEqual([buckhead.documentId]);
  });

  it.each(SEVERAL_TARGETS)('when they create a bundle offering with the location as %s, then it is refused (400) and nothing is written', async (_, shape) => {
    const before = await countRows('clinic_bundle_offerings');
    const res = await rest('POST', cm('bundle-offering'), { bundle: narrowBundle, location: shape({ savannah, buckhead }), price: 250 }, await asUser(OWNER_A));
    if (res.status === 201) cleanup.push({ type: 'bundle-offering', documentId: res.body.data.documentId });
    refusedAtLocation(res);
    expect(await countRows('clinic_bundle_offerings')).toBe(before);
  });

  it.each(SEVERAL_TARGETS)('when they move their bundle offering with the location as %s, then it is refused (400) and it stays at Buckhead', async (_, shape) => {
    const res = await rest('PUT', cm('bundle-offering', `/${ownBundleOffering}`), { location: shape({ savannah, buckhead }) }, await asUser(OWNER_A));
    refusedAtLocation(res);
    expect(await storedLocations('clinic_bundle_offerings', ownBundleOffering)).toEqual([buckhead.documentId]);
  });

  it.each([
    ['a documentId', ({ buckhead }: { buckhead: Ref }) => buckhead.documentId],
    ['its row id', ({ buckhead }: { buckhead: Ref }) => ({ id: buckhead.id })],
    ["the admin panel's connect of one", ({ buckhead }: { buckhead: Ref }) => ({ connect: [{ documentId: buckhead.documentId, position: { end: true } }], disconnect: [] })],
  ])('when they name their own location once, as %s, then the update goes through', async (_, shape) => {
    const res = await rest('PUT', cm('offering', `/${ownOffering}`), { location: shape({ buckhead }) }, await asUser(OWNER_A));
    expect(res.status).toBe(200);
    expect(await storedLocations('clinic_offerings', ownOffering)).toEqual([buckhead.documentId]);
  });
});

describe('Given an editor (super admin) or an integration', () => {
  it('when a create connects two locations on the to-one relation, then it is refused (400) and no second link is stored', async () => {
    const before = await countRows('clinic_offerings_location_lnk');
    const res = await rest('POST', cm('offering'), { service: massage, location: { connect: [buckhead.documentId, savannah.documentId] }, available: true }, await asAdmin());
    if (res.status === 201) cleanup.push({ type: 'offering', documentId: res.body.data.documentId });
    refusedAtLocation(res);
    expect(await countRows('clinic_offerings_location_lnk')).toBe(before);
  });

  it.each([
    ['connect, the 30/60 service first', () => ({ connect: [stretch, massage] })],
    ['connect, as { documentId } objects', () => ({ connect: [{ documentId: stretch }, { documentId: massage }] })],
    ['{ documentId, connect }', () => ({ documentId: stretch, connect: [massage] })],
  ])('when an offering with a 90-minute override names its service by %s, then it is refused (400, service)', async (_, service) => {
    const before = await countRows('clinic_offerings');
    const res = await write('rest', 'offering', 'create', { service: service(), location: buckhead.documentId, available: true, priceOverrides: [{ minutes: 90, price: 120 }] });
    expect(res.status).toBe(400);
    expect(res.paths).toContain('service');
    expect(await countRows('clinic_offerings')).toBe(before);
  });

  it.each([
    ['connect, the 200..300 bundle first', () => ({ connect: [narrowBundle, wideBundle] })],
    ['{ documentId, connect }', () => ({ documentId: narrowBundle, connect: [wideBundle] })],
  ])('when a bundle offering priced 150 names its bundle by %s, then it is refused (400, bundle)', async (_, bundleRef) => {
    const before = await countRows('clinic_bundle_offerings');
    const res = await write('rest', 'bundle-offering', 'create', { bundle: bundleRef(), location: buckhead.documentId, price: 150 });
    expect(res.status).toBe(400);
    expect(res.paths).toContain('bundle');
    expect(await countRows('clinic_bundle_offerings')).toBe(before);
  });

  it('when a bundle offering at the 200..300 bundle is moved to it by a connect of one, then the price is judged against that bundle', async () => {
    const created = await write('rest', 'bundle-offering', 'create', { bundle: wideBundle, location: buckhead.documentId, price: 150 });
    expect(created.ok).toBe(true);
    const res = await write('rest', 'bundle-offering', 'update', { bundle: { connect: [{ documentId: narrowBundle }] } }, created.documentId);
    expect(res.status).toBe(400);
    expect(res.paths).toContain('price');
  });
});
