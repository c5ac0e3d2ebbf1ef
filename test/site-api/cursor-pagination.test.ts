/**
 * Issue 11 item 4: the site's lists as Relay-style connections with opaque cursors.
 * Paging to the end yields the offset list's items in its order; a cursor names a
 * place in the order, so publishing or unpublishing meanwhile neither repeats nor
 * skips the items still there; bad `first`/`after` are BAD_USER_INPUT naming them.
 */
import { createSiteApiClient } from '../../examples/site/src/client';
import { loadAllArticles } from '../../examples/site/src/pages';
import { asAdmin, rest } from '../helpers/http';
import { cm } from '../helpers/admin-session';
import { eventually, site, siteEndpoint } from '../helpers/site-api';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { slug?: string; practitioner?: { slug: string } } }[];
}
const slugOf = (node: Page['edges'][number]['node']) => node.slug ?? node.practitioner!.slug;

/** Follows endCursor from `after` to the last page; returns the slugs in order and every page seen. */
const walk = async (fetchPage: (after: string | null) => Promise<Page>, after: string | null = null) => {
  const slugs: string[] = [];
  const pages: Page[] = [];
  for (let i = 0; i < 200; i++) {
    const page = await fetchPage(after);
    pages.push(page);
    slugs.push(...page.edges.map((e) => slugOf(e.node)));
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (!page.pageInfo.hasNextPage) return { slugs, pages };
    after = page.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
};

const data = async (query: string, variables: Record<string, unknown>) => {
  const res = await site(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
};

const LOCATIONS = `query ($filter: LocationFilter, $first: Int, $after: String) {
  locationConnection(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { slug } } }
  locations(filter: $filter, page: { limit: 100 }) { items { slug } pageInfo { total } }
}`;
const PRACTITIONERS = `query ($slug: String!, $first: Int, $after: String) {
  location(slug: $slug) {
    practitionerConnection(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { practitioner { slug } } } }
    practitioners(page: { limit: 100 }) { items { practitioner { slug } } pageInfo { total } }
  }
}`;
const ARTICLES = `query ($first: Int, $after: String) {
  articleConnection(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { slug } } }
  articles(page: { limit: 100 }) { items { slug } pageInfo { total } }
}`;

describe('connections page through the whole list, in the offset list order', () => {
  it.each([
    ['by name', null],
    ['nearest first', { near: { latitude: 33.749, longitude: -84.388, radiusKm: 500 } }],
  ])('locations %s, three a page', async (_label, filter) => {
    const offset = (await data(LOCATIONS, { filter })).locations;
    const { slugs, pages } = await walk(async (after) => (await data(LOCATIONS, { filter, first: 3, after })).locationConnection);
    expect(offset.items.length).toBeGreaterThan(3);
    expect(slugs).toEqual(offset.items.map((i: { slug: string }) => i.slug));
    expect(pages).toHaveLength(Math.ceil(slugs.length / 3));
    for (const page of pages) expect(page.totalCount).toBe(offset.pageInfo.total);
  });

  it("a location's practitioners, two a page", async () => {
    const offset = (await data(PRACTITIONERS, { slug: 'buckhead' })).location.practitioners;
    const { slugs, pages } = await walk(async (after) => (await data(PRACTITIONERS, { slug: 'buckhead', first: 2, after })).location.practitionerConnection);
    expect(offset.items.length).toBeGreaterThan(2);
    expect(slugs).toEqual(offset.items.map((i: { practitioner: { slug: string } }) => i.practitioner.slug));
    expect(pages[0].totalCount).toBe(offset.pageInfo.total);
  });

  it('articles, one a page, through the example consumer too', async () => {
    const offset = (await data(ARTICLES, {})).articles;
    const { slugs } = await walk(async (after) => (await data(ARTICLES, { first: 1, after })).articleConnection);
    expect(offset.items.length).toBeGreaterThan(1);
    expect(slugs).toEqual(offset.items.map((i: { slug: string }) => i.slug));
    const viaExample = await loadAllArticles(createSiteApiClient(siteEndpoint()), undefined, 1);
    expect(viaExample.map((a) => a.slug)).toEqual(slugs);
  });

  it('pages on from any edge cursor, not only endCursor', async () => {
    const all = await walk(async (after) => (await data(LOCATIONS, { first: 100, after })).locationConnection);
    const third = all.pages[0].edges[2].cursor;
    const rest = await walk(async (after) => (await data(LOCATIONS, { first: 4, after })).locationConnection, third);
    expect(rest.slugs).toEqual(all.slugs.slice(3));
  });
});

describe('a cursor stays valid across a publish', () => {
  const stamp = Date.now();
  const created = new Map<string, string>(); // slug → documentId
  const admin = async () => asAdmin();

  const createArticle = async (name: string, publish: boolean) => {
    const slug = `cursor-${name}-${stamp}`;
    const res = await rest('POST', cm('article'), { title: `Cursor test ${name}`, slug, summary: 'Paging test.' }, await admin());
    expect(res.status).toBe(201);
    created.set(slug, res.body.data.documentId);
    if (publish) expect((await rest('POST', cm('article', `/${res.body.data.documentId}/actions/publish`), {}, await admin())).status).toBe(200);
    return slug;
  };
  const unpublish = async (slug: string) =>
    expect((await rest('POST', cm('article', `/${created.get(slug)}/actions/unpublish`), {}, await admin())).status).toBe(200);
  const allSlugs = async () => (await walk(async (after) => (await data(ARTICLES, { first: 100, after })).articleConnection)).slugs;
  const settle = (check: (slugs: string[]) => boolean) => eventually(allSlugs, check, 20_000);
  const restFrom = async (cursor: string) => (await walk(async (after) => (await data(ARTICLES, { first: 2, after })).articleConnection, cursor)).slugs;

  afterAll(async () => {
    for (const documentId of created.values()) await rest('DELETE', cm('article', `/${documentId}`), undefined, await asAdmin());
  });

  it('given a cursor, when the item it names and one after it are unpublished and a newer one published, then paging on repeats and skips nothing', async () => {
    // Published one after another: newest first, c is listed before b before a.
    const a = await createArticle('a', true);
    const b = await createArticle('b', true);
    const c = await createArticle('c', true);
    const before = await settle((s) => [a, b, c].every((x) => s.includes(x)));
    expect(before.slice(0, 3)).toEqual([c, b, a]);

    const firstPage = (await data(ARTICLES, { first: 2 })).articleConnection as Page;
    expect(firstPage.edges.map((e) => slugOf(e.node))).toEqual([c, b]);
    const cursor = firstPage.pageInfo.endCursor!;

    // The cursor's own article goes: offset paging would now skip `a`.
    await unpublish(b);
    await settle((s) => !s.includes(b));
    expect(await restFrom(cursor)).toEqual(before.slice(2));

    // A newer article is listed first: offset paging would now repeat `b`'s place.
    const d = await createArticle('d', true);
    await settle((s) => s[0] === d);
    expect(await restFrom(cursor)).toEqual(before.slice(2));

    // An article after the cursor goes: the rest come without it.
    await unpublish(a);
    await settle((s) => !s.includes(a));
    expect(await restFrom(cursor)).toEqual(before.slice(3));
  }, 60_000);
});

describe('bad first and after are BAD_USER_INPUT naming the argument', () => {
  const code = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await site(query, variables);
    return { status: res.status, code: res.errors?.[0].extensions?.code, argument: res.errors?.[0].extensions?.argument, message: res.errors?.[0].message };
  };
  const locationCursor = async () => (await data(LOCATIONS, { first: 1 })).locationConnection.pageInfo.endCursor as string;

  it.each([
    ['first: 0', 'locationConnection(first: 0) { totalCount }', 'first'],
    ['first: 101', 'articleConnection(first: 101) { totalCount }', 'first'],
    ['first: -5 on a practitioner connection', 'location(slug: "buckhead") { practitionerConnection(first: -5) { totalCount } }', 'first'],
    ['after that is not base64url', 'locationConnection(after: "not a cursor!") { totalCount }', 'after'],
    ['after of base64url JSON of another shape', `articleConnection(after: "${Buffer.from('{"offset":20}').toString('base64url')}") { totalCount }`, 'after'],
  ])('%s', async (_label, call, argument) => {
    const res = await code(`{ ${call} }`);
    expect(res).toEqual({ status: 400, code: 'BAD_USER_INPUT', argument, message: expect.stringContaining(`Invalid argument ${argument}:`) });
  });

  it('a location cursor used on articles, or a by-name cursor on a nearest-first list, is refused naming after', async () => {
    const cursor = await locationCursor();
    expect(await code('query ($after: String) { articleConnection(after: $after) { totalCount } }', { after: cursor })).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', argument: 'after' });
    const near = 'query ($after: String) { locationConnection(filter: { near: { latitude: 33.7, longitude: -84.4, radiusKm: 50 } }, after: $after) { totalCount } }';
    expect(await code(near, { after: cursor })).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', argument: 'after', message: expect.stringContaining('another list or order') });
  });
});

describe('the cost of a connection counts the page size asked for', () => {
  const practitioners = (first: number, n: number) =>
    Array.from({ length: n }, (_, i) => `p${i}: location(slug: "buckhead") { practitionerConnection(first: ${first}) { edges { node { practitioner { slug displayName specialties { slug } } } } } }`);

  it('ten connections of 100 practitioners are refused before running; ten of 2 are served', async () => {
    const costly = await site(`{ ${practitioners(100, 10).join(' ')} }`);
    expect(costly.status).toBe(400);
    expect(costly.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const cheap = await site(`{ ${practitioners(2, 10).join(' ')} }`);
    expect(cheap.errors).toBeUndefined();
    expect(cheap.data.p9.practitionerConnection.edges).toHaveLength(2);
  });

  it('a negative first does not pay for the rest of the operation', async () => {
    const res = await site(`{ neg: locationConnection(first: -2000000000) { edges { node { slug } } } ${practitioners(100, 10).join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});
