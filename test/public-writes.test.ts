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

  it.each([
    ['POST', '/api/clinic/articles', { data: { title: 'Spam', slug: 'spam' } }],
    ['POST', '/api/clinic/bundle-offerings', { data: { price: 1 } }],
    ['PUT', '/api/clinic/locations/:id', { data: { name: 'Renamed' } }],
    ['DELETE', '/api/clinic/locations/:id', undefined],
  ])('REST %s %s is refused', async (method, path, body) => {
    const res = await rest(method, path.replace(':id', someLocation), body);
    expect([403, 405]).toContain(res.status);
  });

  it('GraphQL has no create, update or delete for catalogue types', async () => {
    const res = await graphql(`mutation { createClinicArticle(data: { title: "Spam", slug: "spam" }) { documentId } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).toMatch(/Cannot query field "createClinicArticle" on type "Mutation"/);

    const fields = (await graphql(`{ __type(name: "Mutation") { fields { name } } }`)).data.__type.fields.map((f: any) => f.name);
    expect(fields.filter((name: string) => /Clinic/.test(name))).toEqual([]);
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
