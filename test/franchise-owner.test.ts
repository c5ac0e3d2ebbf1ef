import { asAdmin, rest } from './helpers/http';
import { asUser, cm } from './helpers/admin-session';
import { closeDb, countRows, db } from './helpers/db';
import { FRANCHISE_A, FRANCHISE_B, OWNER_A, OWNER_B } from './helpers/test-users';

// Franchise A (Metro Atlanta): buckhead, decatur, marietta. Franchise B (Coast & South): savannah, birmingham.
interface Doc {
  documentId: string;
  [key: string]: any;
}

const asSuper = asAdmin;
const asOwnerA = () => asUser(OWNER_A);

/** Everything of a type, as a super admin sees it, filtered by query string. */
const listAsSuper = async (type: string, query = ''): Promise<Doc[]> => {
  const res = await rest('GET', cm(type, `?pageSize=100&${query}`), undefined, await asSuper());
  expect(res.status).toBe(200);
  return res.body.results;
};

const ofFranchise = (slug: string) => `filters[$and][0][location][franchise][slug][$eq]=${slug}`;
const locationOf = async (slug: string) => (await listAsSuper('location', `filters[$and][0][slug][$eq]=${slug}`))[0];

/** The location (documentId) a stored offering's draft points at, read from the database. */
const storedLocationOf = async (table: 'clinic_offerings' | 'clinic_bundle_offerings', documentId: string) => {
  const link = table === 'clinic_offerings' ? { lnk: 'clinic_offerings_location_lnk', fk: 'offering_id' } : { lnk: 'clinic_bundle_offerings_location_lnk', fk: 'bundle_offering_id' };
  const row = await db()(table)
    .join(link.lnk, `${table}.id`, `${link.lnk}.${link.fk}`)
    .join('clinic_locations', 'clinic_locations.id', `${link.lnk}.location_id`)
    .where(`${table}.document_id`, documentId)
    .whereNull(`${table}.published_at`)
    .first('clinic_locations.document_id as location');
  return row?.location as string | undefined;
};

let buckhead: Doc;
let marietta: Doc;
let savannah: Doc;
let offeringOfB: Doc;
let serviceNotAtMarietta: Doc;

beforeAll(async () => {
  [buckhead, marietta, savannah] = await Promise.all([locationOf('buckhead'), locationOf('marietta'), locationOf('savannah')]);
  [offeringOfB] = await listAsSuper('offering', ofFranchise(FRANCHISE_B));
  const atMarietta = await listAsSuper('offering', 'filters[$and][0][location][slug][$eq]=marietta&populate[service]=true');
  const offered = new Set(atMarietta.map((o) => o.service?.documentId));
  serviceNotAtMarietta = (await listAsSuper('service')).find((s) => !offered.has(s.documentId)) ?? (await listAsSuper('service'))[0];
});

afterAll(closeDb);

describe('Given franchise owner A (Metro Atlanta) listing offerings', () => {
  it('when they open the offering list, then they see exactly the offerings of their own locations, none of franchise B', async () => {
    const ofA = (await listAsSuper('offering', ofFranchise(FRANCHISE_A))).map((o) => o.documentId).sort();
    const ofB = new Set((await listAsSuper('offering', ofFranchise(FRANCHISE_B))).map((o) => o.documentId));
    expect(ofA.length).toBeGreaterThan(0);
    expect(ofB.size).toBeGreaterThan(0);

    const res = await rest('GET', cm('offering', '?pageSize=100'), undefined, await asOwnerA());

    expect(res.status).toBe(200);
    const seen = res.body.results.map((o: Doc) => o.documentId).sort();
    expect(seen).toEqual(ofA);
    expect(seen.filter((id: string) => ofB.has(id))).toEqual([]);
  });

  it.each([
    ['an offering', 'offering'],
    ['a bundle offering', 'bundle-offering'],
  ])('when they open %s of franchise B by its id, then they are refused (403) with the reason, and nothing of the entry', async (_, type) => {
    const [ofB] = type === 'offering' ? [offeringOfB] : await listAsSuper(type, ofFranchise(FRANCHISE_B));
    const res = await rest('GET', cm(type, `/${ofB.documentId}`), undefined, await asOwnerA());
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      data: null,
      error: { status: 403, name: 'PolicyError', message: 'This entry belongs to a location of another franchise.', details: { code: 'existing-not-your-franchise' } },
    });
  });

  it('when they open an entry id that does not exist, then it is not found (404), not refused', async () => {
    const res = await rest('GET', cm('bundle-offering', '/nosuchdocumentid0000000'), undefined, await asOwnerA());
    expect(res.status).toBe(404);
  });

  it('when they list bundle offerings, then only those of their own locations are listed', async () => {
    const ofA = (await listAsSuper('bundle-offering', ofFranchise(FRANCHISE_A))).map((o) => o.documentId).sort();
    const res = await rest('GET', cm('bundle-offering', '?pageSize=100'), undefined, await asOwnerA());
    expect(res.status).toBe(200);
    expect(res.body.results.map((o: Doc) => o.documentId).sort()).toEqual(ofA);
  });
});

describe("Given franchise owner A and a location of franchise B", () => {
  it.each([
    ['a documentId', () => savannah.documentId],
    ['a connect list, as the relation picker sends it', () => ({ connect: [{ documentId: savannah.documentId, locale: null, position: { end: true } }], disconnect: [] })],
    ['a set list', () => ({ set: [{ documentId: savannah.documentId }] })],
    ['an entity id', () => ({ connect: [{ id: savannah.id }] })],
  ])('when they create an offering attached to it by %s, then it is refused (403) and nothing is written', async (_, location) => {
    const before = await countRows('clinic_offerings');

    const res = await rest('POST', cm('offering'), { service: serviceNotAtMarietta.documentId, location: location(), available: true }, await asOwnerA());

    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('This location belongs to another franchise.');
    expect(await countRows('clinic_offerings')).toBe(before);
  });

  it('when they create a bundle offering there, then it is refused (403) and nothing is written', async () => {
    const [bundle] = await listAsSuper('bundle', 'filters[$and][0][slug][$eq]=full-reset');
    const before = await countRows('clinic_bundle_offerings');

    const res = await rest('POST', cm('bundle-offering'), { bundle: bundle.documentId, location: savannah.documentId, price: 179 }, await asOwnerA());

    expect(res.status).toBe(403);
    expect(await countRows('clinic_bundle_offerings')).toBe(before);
  });

  it("when they edit franchise B's offering, then it is refused (403) and it is unchanged", async () => {
    const before = await db()('clinic_offerings').where({ document_id: offeringOfB.documentId }).select('available', 'updated_at');

    const res = await rest('PUT', cm('offering', `/${offeringOfB.documentId}`), { available: !offeringOfB.available }, await asOwnerA());

    expect(res.status).toBe(403);
    expect(await db()('clinic_offerings').where({ document_id: offeringOfB.documentId }).select('available', 'updated_at')).toEqual(before);
  });

  it("when they try to move franchise B's offering to their own location, then it is refused (403)", async () => {
    const res = await rest('PUT', cm('offering', `/${offeringOfB.documentId}`), { location: buckhead.documentId }, await asOwnerA());

    expect(res.status).toBe(403);
    expect(await storedLocationOf('clinic_offerings', offeringOfB.documentId)).not.toBe(buckhead.documentId);
  });

  it("when they publish franchise B's offering, then it is refused (403)", async () => {
    const before = await db()('clinic_offerings').where({ document_id: offeringOfB.documentId }).count({ n: '*' });

    const res = await rest('POST', cm('offering', `/${offeringOfB.documentId}/actions/publish`), {}, await asOwnerA());

    expect(res.status).toBe(403);
    expect(await db()('clinic_offerings').where({ document_id: offeringOfB.documentId }).count({ n: '*' })).toEqual(before);
  });

  it("when they delete franchise B's offering, then it is refused (403) and it still exists", async () => {
    const res = await rest('DELETE', cm('offering', `/${offeringOfB.documentId}`), undefined, await asOwnerA());

    expect(res.status).toBe(403);
    expect(Number((await db()('clinic_offerings').where({ document_id: offeringOfB.documentId }).count({ n: '*' }))[0].n)).toBeGreaterThan(0);
  });

  it("when they edit franchise B's bundle offering, then it is refused (403)", async () => {
    const [bundleOfferingOfB] = await listAsSuper('bundle-offering', ofFranchise(FRANCHISE_B));
    const res = await rest('PUT', cm('bundle-offering', `/${bundleOfferingOfB.documentId}`), { price: bundleOfferingOfB.price }, await asOwnerA());
    expect(res.status).toBe(403);
  });
});

describe('Given franchise owner A at their own location Marietta', () => {
  let documentId: string;

  afterAll(async () => {
    if (documentId) await rest('DELETE', cm('offering', `/${documentId}`), undefined, await asSuper());
  });

  it('when they create an offering there, then it is saved as a draft at Marietta', async () => {
    const before = await countRows('clinic_offerings');

    const res = await rest('POST', cm('offering'), { service: serviceNotAtMarietta.documentId, location: marietta.documentId, available: true }, await asOwnerA());

    expect(res.status).toBe(201);
    documentId = res.body.data.documentId;
    expect(await countRows('clinic_offerings')).toBe(before + 1);
    expect(await storedLocationOf('clinic_offerings', documentId)).toBe(marietta.documentId);
  });

  it('when they edit it, then the change is saved', async () => {
    const res = await rest('PUT', cm('offering', `/${documentId}`), { available: false }, await asOwnerA());

    expect(res.status).toBe(200);
    const [row] = await db()('clinic_offerings').where({ document_id: documentId }).whereNull('published_at').select('available');
    expect(Boolean(row.available)).toBe(false);
  });

  it('when they publish it, then a published version exists', async () => {
    const res = await rest('POST', cm('offering', `/${documentId}/actions/publish`), {}, await asOwnerA());

    expect(res.status).toBe(200);
    expect(Number((await db()('clinic_offerings').where({ document_id: documentId }).whereNotNull('published_at').count({ n: '*' }))[0].n)).toBe(1);
  });

  it("when they move it to franchise B's Savannah, then it is refused (403) and it stays at Marietta", async () => {
    const res = await rest('PUT', cm('offering', `/${documentId}`), { location: { connect: [{ documentId: savannah.documentId }], disconnect: [] } }, await asOwnerA());

    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('This location belongs to another franchise.');
    expect(await storedLocationOf('clinic_offerings', documentId)).toBe(marietta.documentId);
  });

  it('when they take the location away, then it is refused (403): an owner cannot leave an offering nowhere', async () => {
    const res = await rest('PUT', cm('offering', `/${documentId}`), { location: null }, await asOwnerA());

    expect(res.status).toBe(403);
    expect(await storedLocationOf('clinic_offerings', documentId)).toBe(marietta.documentId);
  });

  it('when owner B lists offerings, edits or deletes it, then B neither sees it nor may touch it', async () => {
    const list = await rest('GET', cm('offering', '?pageSize=100'), undefined, await asUser(OWNER_B));
    expect(list.status).toBe(200);
    expect(list.body.results.length).toBeGreaterThan(0);
    expect(list.body.results.map((o: Doc) => o.documentId)).not.toContain(documentId);

    expect((await rest('PUT', cm('offering', `/${documentId}`), { available: true }, await asUser(OWNER_B))).status).toBe(403);
    expect((await rest('DELETE', cm('offering', `/${documentId}`), undefined, await asUser(OWNER_B))).status).toBe(403);
    expect(Number((await db()('clinic_offerings').where({ document_id: documentId }).count({ n: '*' }))[0].n)).toBe(2);
  });

  it('when they delete it, then it is gone', async () => {
    const res = await rest('DELETE', cm('offering', `/${documentId}`), undefined, await asOwnerA());

    expect(res.status).toBe(200);
    expect(Number((await db()('clinic_offerings').where({ document_id: documentId }).count({ n: '*' }))[0].n)).toBe(0);
    documentId = '';
  });

  it('when they create and publish a bundle offering there, then both succeed', async () => {
    const [bundle] = await listAsSuper('bundle', 'filters[$and][0][slug][$eq]=full-reset');
    const created = await rest('POST', cm('bundle-offering'), { bundle: bundle.documentId, location: marietta.documentId, price: 179 }, await asOwnerA());
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    try {
      const published = await rest('POST', cm('bundle-offering', `/${id}/actions/publish`), {}, await asOwnerA());
      expect(published.status).toBe(200);
      expect(await storedLocationOf('clinic_bundle_offerings', id)).toBe(marietta.documentId);
    } finally {
      await rest('DELETE', cm('bundle-offering', `/${id}`), undefined, await asSuper());
    }
  });
});

describe('Given franchise owner A and the rest of the catalogue', () => {
  it('when they list services, then they can read the whole catalogue', async () => {
    const all = await listAsSuper('service');
    const res = await rest('GET', cm('service', '?pageSize=100'), undefined, await asOwnerA());
    expect(res.status).toBe(200);
    expect(res.body.results.length).toBe(all.length);
  });

  it.each([
    ['a service', 'service', async () => (await listAsSuper('service'))[0], { name: 'Renamed by a franchise owner' }],
    ['their own location', 'location', () => Promise.resolve(buckhead), { phone: '+14045550199' }],
    ['a bundle', 'bundle', async () => (await listAsSuper('bundle'))[0], { name: 'Renamed by a franchise owner' }],
    ['a franchise', 'franchise', async () => (await listAsSuper('franchise'))[0], { name: 'Renamed by a franchise owner' }],
  ])('when they edit %s, then it is refused (403)', async (_, type, find, change) => {
    const doc = await find();
    const res = await rest('PUT', cm(type, `/${doc.documentId}`), change, await asOwnerA());
    expect(res.status).toBe(403);
  });

  it('when they create a service, then it is refused (403) and nothing is written', async () => {
    const before = await countRows('clinic_services');
    const res = await rest('POST', cm('service'), { name: 'Owner special', slug: `owner-special-${Date.now()}` }, await asOwnerA());
    expect(res.status).toBe(403);
    expect(await countRows('clinic_services')).toBe(before);
  });

  it('when they open the admin users or roles, then they are refused (403)', async () => {
    expect((await rest('GET', '/admin/users', undefined, await asOwnerA())).status).toBe(403);
    expect((await rest('GET', '/admin/roles', undefined, await asOwnerA())).status).toBe(403);
  });
});
