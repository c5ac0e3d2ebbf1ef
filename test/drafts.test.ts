import { asAdmin, graphql, rest } from './helpers/http';

const ARTICLE = 'plugin::clinic.article';
const cm = (path = '') => `/content-manager/collection-types/${ARTICLE}${path}`;

describe('drafts are invisible to the public', () => {
  let documentId: string;
  const slug = `draft-only-article-${Date.now()}`;

  afterAll(async () => {
    if (documentId) await rest('DELETE', cm(`/${documentId}`), undefined, await asAdmin());
  });

  it('an article an editor saved as a draft is not served by GraphQL or REST', async () => {
    const created = await rest('POST', cm(), { title: 'Draft: stretching at your desk', slug, summary: 'Not ready yet.' }, await asAdmin());
    expect(created.status).toBe(201);
    documentId = created.body.data.documentId;

    const byGraphql = await graphql(`query ($slug: String!) { clinicArticles(filters: { slug: { eq: $slug } }) { slug } }`, { slug });
    expect(byGraphql.errors).toBeUndefined();
    expect(byGraphql.data.clinicArticles).toEqual([]);

    const asked = await graphql(`query ($slug: String!) { clinicArticles(status: DRAFT, filters: { slug: { eq: $slug } }) { slug } }`, { slug });
    expect(asked.data?.clinicArticles ?? []).toEqual([]);

    const byRest = await rest('GET', `/api/clinic/articles?filters[slug][$eq]=${slug}&status=draft`);
    expect(byRest.status).toBe(200);
    expect(byRest.body.data).toEqual([]);

    const byId = await rest('GET', `/api/clinic/articles/${documentId}`);
    expect(byId.status).toBe(404);
  });

  it('once published it is served, and later draft edits stay unseen until published again', async () => {
    const published = await rest('POST', cm(`/${documentId}/actions/publish`), {}, await asAdmin());
    expect(published.status).toBe(200);

    const query = `query ($slug: String!) { clinicArticles(filters: { slug: { eq: $slug } }) { title } }`;
    expect((await graphql(query, { slug })).data.clinicArticles).toEqual([{ title: 'Draft: stretching at your desk' }]);

    const edited = await rest('PUT', cm(`/${documentId}`), { title: 'Unpublished new title' }, await asAdmin());
    expect(edited.status).toBe(200);
    expect((await graphql(query, { slug })).data.clinicArticles).toEqual([{ title: 'Draft: stretching at your desk' }]);
  });
});

describe('draft relations are invisible through published parents', () => {
  const PRACTITIONER = 'plugin::clinic.practitioner';
  let documentId: string;

  afterAll(async () => {
    if (documentId) await rest('DELETE', `/content-manager/collection-types/${PRACTITIONER}/${documentId}`, undefined, await asAdmin());
  });

  it('a draft practitioner linked to a published location is not listed at that location', async () => {
    const locations = await rest('GET', '/api/clinic/locations?pagination[pageSize]=1&sort=slug');
    const location = locations.body.data[0];
    const created = await rest(
      'POST',
      `/content-manager/collection-types/${PRACTITIONER}`,
      { firstName: 'Draft', lastName: 'Onlyperson', slug: 'draft-onlyperson', locations: { connect: [{ documentId: location.documentId }] } },
      await asAdmin(),
    );
    expect(created.status).toBe(201);
    documentId = created.body.data.documentId;

    const res = await graphql(
      `query ($slug: String!) { clinicLocations(filters: { slug: { eq: $slug } }) { practitioners(pagination: { limit: 100 }) { slug } } }`,
      { slug: location.slug },
    );
    expect(res.errors).toBeUndefined();
    const slugs = res.data.clinicLocations[0].practitioners.map((p: any) => p.slug);
    expect(slugs.length).toBeGreaterThan(0);
    expect(slugs).not.toContain('draft-onlyperson');

    const byRest = await rest('GET', `/api/clinic/locations/${location.documentId}?populate[practitioners][fields][0]=slug&status=draft`);
    expect(byRest.body.data.practitioners.map((p: any) => p.slug)).not.toContain('draft-onlyperson');
  });
});

describe('drafts stay invisible through types without drafts', () => {
  const LOCATION = 'plugin::clinic.location';
  let documentId: string;
  let franchise: { documentId: string; slug: string };

  beforeAll(async () => {
    const list = await rest('GET', '/api/clinic/franchises?pagination[pageSize]=1&sort=slug');
    franchise = list.body.data[0];
    const created = await rest(
      'POST',
      `/content-manager/collection-types/${LOCATION}`,
      {
        name: 'Secret Unopened Clinic', slug: 'secret-unopened-clinic', operatingStatus: 'coming_soon', timeZone: 'America/New_York',
        address: { street: '1 Hidden Way', city: 'Atlanta', state: 'GA', postalCode: '30301' },
        franchise: { connect: [{ documentId: franchise.documentId }] },
      },
      await asAdmin(),
    );
    expect(created.status).toBe(201);
    documentId = created.body.data.documentId;
  });

  afterAll(async () => {
    if (documentId) await rest('DELETE', `/content-manager/collection-types/${LOCATION}/${documentId}`, undefined, await asAdmin());
  });

  it('GraphQL status: DRAFT on franchises does not reveal a draft location through the relation', async () => {
    const res = await graphql(`{ clinicFranchises(status: DRAFT) { slug locations { slug } } }`);
    const slugs = (res.data?.clinicFranchises ?? []).flatMap((f: any) => f.locations.map((l: any) => l.slug));
    expect(JSON.stringify(res)).not.toContain('secret-unopened-clinic');
    expect(slugs.length).toBeGreaterThan(0);
  });

  it('REST status=draft on franchises does not reveal it in the populated relation', async () => {
    const res = await rest('GET', `/api/clinic/franchises?status=draft&populate[locations][fields][0]=slug`);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toContain('secret-unopened-clinic');
    const populated = res.body.data.flatMap((f: any) => f.locations.map((l: any) => l.slug));
    expect(populated.length).toBeGreaterThan(0);
  });
});
