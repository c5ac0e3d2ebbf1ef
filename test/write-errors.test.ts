/**
 * Issue 7, items 5 (writes) and 6: every refused write names its field in
 * details.errors[].path, deeply nested JSON is a 400 and not a 500, and GraphQL
 * answers NOT_FOUND for an update or delete of a document that does not exist.
 */
import { graphql, rest } from './helpers/http';
import { asIntegration } from './helpers/api-token';
import { closeDb, db } from './helpers/db';
import { asUser } from './helpers/admin-session';
import { CATALOGUE_EDITOR, FRANCHISE_B, OWNER_A } from './helpers/test-users';
import { Channel, deleteCreated, write } from './validation/channels';
import { loadRefs, Refs, validPayload } from './validation/fixtures';

let refs: Refs;
let licence: string;
const MISSING = 'zz9nosuchdocument0000000';

const paths = (body: any): string[] => (body?.error?.details?.errors ?? []).map((e: { path: string[] }) => e.path.join('.'));

beforeAll(async () => {
  refs = await loadRefs();
  licence = (await db()('clinic_licences').first('document_id')).document_id as string;
});

afterAll(async () => {
  await deleteCreated();
  await closeDb();
});

const CHANNELS: Channel[] = ['admin', 'rest', 'graphql'];

describe('Given a write relating to a document that does not exist or is of another type', () => {
  it.each(
    CHANNELS.flatMap((channel) => [
      [channel, 'a location that does not exist', () => ({ location: MISSING }), 'location'],
      [channel, 'a service documentId given as the location', () => ({ location: refs.service }), 'location'],
    ] as const),
  )('when an offering is created through %s with %s, then it is refused naming the field', async (channel, _, data, path) => {
    const res = await write(channel, 'offering', 'create', { ...validPayload('offering', refs), ...data() });
    expect({ ok: res.ok, paths: res.paths }).toEqual({ ok: false, paths: [path] });
    expect(res.error).toBe(channel === 'graphql' ? 'BAD_USER_INPUT' : 'ValidationError');
  });
});

describe('Given other refusals that named no field', () => {
  it('when a REST write carries an unknown field, then the 400 names it', async () => {
    const res = await rest('POST', '/api/clinic/practitioners', { data: { ...validPayload('practitioner', refs), isVerified: true } }, await asIntegration());
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(['isVerified']);
  });

  it.each([
    ['not-a-date'],
    ['2026-13-45T10:00:00Z'],
    ['2026-02-30T10:00:00Z'],
    ['2026-03-01T25:00:00Z'],
  ])("when a licence's verifiedAt is %s, then it is refused (400, verifiedAt)", async (verifiedAt) => {
    const res = await rest('PUT', `/api/clinic/licences/${licence}`, { data: { verifiedAt } }, await asIntegration());
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(['verifiedAt']);
  });

  it("when a licence's verifiedAt is a real timestamp, then it is stored", async () => {
    const res = await rest('PUT', `/api/clinic/licences/${licence}`, { data: { verifiedAt: '2026-03-01T09:30:00.000Z' } }, await asIntegration());
    expect(res.status).toBe(200);
  });
});

describe('Given JSON nested thousands of levels deep in a practitioner\'s languages', () => {
  const deep = (levels: number): unknown => {
    let value: unknown = 'en';
    for (let i = 0; i < levels; i += 1) value = [value];
    return value;
  };

  // /graphql refuses such variables before any resolver (its input-depth limit, test/graphql-hostile-queries.test.ts).
  it.each(['admin', 'rest'] as const)('when it is written through %s, then it is refused naming languages, not a 500', async (channel) => {
    const res = await write(channel, 'practitioner', 'create', { ...validPayload('practitioner', refs), languages: deep(3_000) });
    expect(res.ok).toBe(false);
    expect(res.status).toBeLessThan(500);
    expect(res.status).toBe(400);
    expect(res.paths).toEqual(['languages']);
  });

  it('when it is nested 33 levels (one past the bound), then it is refused; 32 levels are accepted', async () => {
    const tooDeep = await write('rest', 'practitioner', 'create', { ...validPayload('practitioner', refs), languages: deep(33) });
    expect({ status: tooDeep.status, paths: tooDeep.paths }).toEqual({ status: 400, paths: ['languages'] });
    const atBound = await write('rest', 'practitioner', 'create', { ...validPayload('practitioner', refs), languages: deep(32) });
    expect(atBound.ok).toBe(false); // still not a list of language tags: refused by the schema, not the depth bound
    expect(JSON.stringify(atBound.body)).not.toMatch(/nested too deeply/);
  });
});

describe('Given a documentId that does not exist', () => {
  it.each([
    ['updateClinicOffering', `mutation($id: ID!) { updateClinicOffering(documentId: $id, data: { available: false }) { documentId } }`],
    ['deleteClinicOffering', `mutation($id: ID!) { deleteClinicOffering(documentId: $id) { documentId } }`],
    ['deleteClinicPractitioner', `mutation($id: ID!) { deleteClinicPractitioner(documentId: $id) { documentId } }`],
  ])('when %s is called on it, then GraphQL answers NOT_FOUND', async (_, query) => {
    const res = await graphql(query, { id: MISSING }, await asIntegration());
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(Object.values(res.data ?? {}).filter(Boolean)).toEqual([]);
  });

  it.each([['PUT'], ['DELETE']])('when REST %s is called on it, then it answers 404 (PUT did already; DELETE answered 204)', async (method) => {
    const res = await rest(method, `/api/clinic/offerings/${MISSING}`, method === 'PUT' ? { data: { available: false } } : undefined, await asIntegration());
    expect(res.status).toBe(404);
  });

  it('when the update is called on an existing offering, then it still goes through', async () => {
    const offering = await write('rest', 'offering', 'create', validPayload('offering', refs));
    const res = await graphql(`mutation($id: ID!) { updateClinicOffering(documentId: $id, data: { available: false }) { documentId } }`, { id: offering.documentId }, await asIntegration());
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateClinicOffering?.documentId).toBe(offering.documentId);
  });
});

describe('Given franchise owner A (Metro Atlanta) and the content-manager routes that read relations', () => {
  const offeringsAt = async (slug: string) =>
    (
      await db()('clinic_offerings')
        .join('clinic_offerings_location_lnk', 'clinic_offerings.id', 'clinic_offerings_location_lnk.offering_id')
        .join('clinic_locations', 'clinic_locations.id', 'clinic_offerings_location_lnk.location_id')
        .where('clinic_locations.slug', slug)
        .distinct('clinic_offerings.document_id as id')
    ).map((r) => r.id as string);
  const docOf = async (table: string, slug: string) => (await db()(table).where({ slug }).first('document_id')).document_id as string;

  it.each([
    ['Savannah (franchise B)', 'savannah', 'none'],
    ['Buckhead (their own)', 'buckhead', 'all'],
  ])("when they list the offerings related to %s, then only their own franchise's are listed", async (_, slug, expected) => {
    const res = await rest('GET', `/content-manager/relations/plugin::clinic.location/${await docOf('clinic_locations', slug)}/offerings?pageSize=100`, undefined, await asUser(OWNER_A));
    expect(res.status).toBe(200);
    const listed = res.body.results.map((r: { documentId: string }) => r.documentId).sort();
    const there = await offeringsAt(slug);
    expect(there.length).toBeGreaterThan(0);
    expect(listed).toEqual(expected === 'none' ? [] : expect.arrayContaining(there.slice(0, 1)));
    if (expected === 'none') expect(res.body.pagination?.total ?? 0).toBe(0);
  });

  it("when they ask bulkFindForValidation for franchise B's offerings, then none are returned", async () => {
    const ofB = await offeringsAt('savannah');
    const res = await rest('POST', '/content-manager/collection-types/plugin::clinic.offering/actions/bulkFindForValidation', { documentIds: ofB }, await asUser(OWNER_A));
    expect(res.status).toBeLessThan(300);
    expect(res.body.results).toEqual([]);
  });

  it("when they ask bulkFindForValidation for their own and B's offerings, then only their own are returned", async () => {
    const [own, ofB] = [(await offeringsAt('buckhead')).slice(0, 2), (await offeringsAt('savannah')).slice(0, 2)];
    const res = await rest('POST', '/content-manager/collection-types/plugin::clinic.offering/actions/bulkFindForValidation', { documentIds: [...own, ...ofB] }, await asUser(OWNER_A));
    expect(res.status).toBeLessThan(300);
    expect(res.body.results.map((r: { documentId: string }) => r.documentId).sort()).toEqual([...own].sort());
  });

  it.each([['owner A', OWNER_A], ['a catalogue editor', CATALOGUE_EDITOR]])("when %s lists a franchise's owners, then it is refused (403), not a 500", async (_, user) => {
    const res = await rest('GET', `/content-manager/relations/plugin::clinic.franchise/${await docOf('clinic_franchises', FRANCHISE_B)}/owners`, undefined, await asUser(user));
    expect(res.status).toBe(403);
  });
});
