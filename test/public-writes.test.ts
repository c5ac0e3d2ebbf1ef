import { graphql, rest } from './helpers/http';
import { closeDb, countRows } from './helpers/db';

const TABLES = ['clinic_articles', 'clinic_practitioners', 'clinic_locations', 'clinic_bundle_offerings', 'up_users'];

const snapshot = async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await countRows(t)])));

describe('the public cannot write', () => {
  let before: Record<string, number>;
  let someLocation: string;

  beforeAll(async () => {
    before = await snapshot();
    const list = await rest('GET', '/api/clinic/locations?pagination[pageSize]=1');
    someLocation = list.body.data[0].documentId;
  });
  afterAll(closeDb);

  // Writes are routed for API tokens (integrations); the public role holds no write permission.
  it.each([
    ['POST', '/api/clinic/articles', { data: { title: 'Spam', slug: 'spam' } }],
    ['POST', '/api/clinic/bundle-offerings', { data: { price: 1 } }],
    ['PUT', '/api/clinic/locations/:id', { data: { name: 'Renamed' } }],
    ['DELETE', '/api/clinic/locations/:id', undefined],
  ])('REST %s %s is forbidden to the public', async (method, path, body) => {
    const res = await rest(method, path.replace(':id', someLocation), body);
    expect(res.status).toBe(403);
    expect(res.body.error.name).toBe('ForbiddenError');
  });

  it.each([
    ['create', `mutation { createClinicArticle(data: { title: "Spam", slug: "spam" }) { documentId } }`],
    ['update', `mutation($id: ID!) { updateClinicLocation(documentId: $id, data: { name: "Renamed" }) { documentId } }`],
    ['delete', `mutation($id: ID!) { deleteClinicLocation(documentId: $id) { documentId } }`],
  ])('GraphQL %s of a catalogue type is FORBIDDEN to the public', async (_action, mutation) => {
    const res = await graphql(mutation, mutation.includes('$id') ? { id: someLocation } : {});
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(Object.values(res.data ?? {}).filter((v) => v !== null)).toEqual([]);
  });

  it('the location the public tried to change is unchanged', async () => {
    const res = await rest('GET', `/api/clinic/locations/${someLocation}`);
    expect(res.status).toBe(200);
    expect(res.body.data.name).not.toBe('Renamed');
  });

  it('GraphQL mutations that remain for other plugins are forbidden to the public', async () => {
    const res = await graphql(`mutation { createUsersPermissionsUser(data: { username: "x", email: "x@example.com", password: "Passw0rd!" }) { data { documentId } } }`);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.data?.createUsersPermissionsUser ?? null).toBeNull();
  });

  it('sign-up through the public API is closed', async () => {
    const res = await rest('POST', '/api/auth/local/register', { username: 'spam', email: 'spam@example.com', password: 'Passw0rd!' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Register action is currently disabled');
  });

  it('nothing was written', async () => {
    expect(await snapshot()).toEqual(before);
  });
});
