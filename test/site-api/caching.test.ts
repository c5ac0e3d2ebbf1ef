import { createHash } from 'node:crypto';
import { asAdmin, rest } from '../helpers/http';
import { eventually, site, siteEndpoint } from '../helpers/site-api';

// Unique per run: a shared Redis keeps persisted queries of earlier runs.
const QUERY = `query FaqProbe${process.pid}_${Date.now()}($slug: String!) { article(slug: $slug) { title faqs { question } } }`;
const hash = createHash('sha256').update(QUERY).digest('hex');
const getPersisted = (variables: object, withQuery = false) => {
  const params = new URLSearchParams({ variables: JSON.stringify(variables), extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }) });
  if (withQuery) params.set('query', QUERY);
  return fetch(`${siteEndpoint()}?${params.toString()}`, { headers: { 'apollo-require-preflight': 'true' } });
};

describe('public responses are cacheable and follow publishing', () => {
  let articleSlug: string;
  beforeAll(async () => {
    const res = await site(`{ articles { items { slug } } }`);
    articleSlug = res.data.articles.items[0].slug;
  });

  it('automatic persisted queries: an unknown hash asks for the query, then GET by hash alone works', async () => {
    const first = await (await getPersisted({ slug: articleSlug })).json() as any;
    expect(first.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await getPersisted({ slug: articleSlug }, true);
    expect(registered.status).toBe(200);
    const byHash = await getPersisted({ slug: articleSlug });
    expect(byHash.status).toBe(200);
    expect(((await byHash.json()) as any).data.article.title).toEqual(expect.any(String));
  });

  it('GET responses carry Cache-Control for a CDN', async () => {
    await getPersisted({ slug: articleSlug }, true);
    const res = await getPersisted({ slug: articleSlug });
    expect(res.headers.get('cache-control')).toBe('max-age=60, public');
  });

  it('a publish invalidates cached responses at once', async () => {
    const query = `query ($slug: String!) { article(slug: $slug) { title } }`;
    const before = await site(query, { slug: articleSlug });
    const warm = await site(query, { slug: articleSlug });
    expect(warm.data).toEqual(before.data);

    const list = await rest('GET', `/content-manager/collection-types/plugin::clinic.article?filters[slug][$eq]=${articleSlug}`, undefined, await asAdmin());
    const documentId = list.body.results[0].documentId;
    const original = before.data.article.title;
    const renamed = `${original} (updated)`;
    try {
      await rest('PUT', `/content-manager/collection-types/plugin::clinic.article/${documentId}`, { title: renamed }, await asAdmin());
      // A draft edit changes nothing public.
      expect((await site(query, { slug: articleSlug })).data.article.title).toBe(original);
      await rest('POST', `/content-manager/collection-types/plugin::clinic.article/${documentId}/actions/publish`, {}, await asAdmin());
      const after = await eventually(() => site(query, { slug: articleSlug }), (r) => r.data?.article.title === renamed);
      expect(after.data.article.title).toBe(renamed);
    } finally {
      await rest('PUT', `/content-manager/collection-types/plugin::clinic.article/${documentId}`, { title: original }, await asAdmin());
      await rest('POST', `/content-manager/collection-types/plugin::clinic.article/${documentId}/actions/publish`, {}, await asAdmin());
      await eventually(() => site(query, { slug: articleSlug }), (r) => r.data?.article.title === original);
    }
  });
});

// Registered only when the run has Redis (the PostgreSQL run of `npm test`): the
// cache several instances share.
if (process.env.REDIS_URL) {
  describe('with Redis, persisted queries and responses are shared by every instance', () => {
    it('a persisted query registered through one instance is stored in Redis', async () => {
      const Redis = (await import('ioredis')).default;
      const redis = new Redis(process.env.REDIS_URL!);
      try {
        await getPersisted({ slug: 'anything' }, true);
        expect(await redis.get(`clinic:site:apq:${hash}`)).toBe(QUERY);
        const cachedResponses = await redis.keys('clinic:site:fqc:*');
        expect(cachedResponses.length).toBeGreaterThan(0);
      } finally {
        redis.disconnect();
      }
    });
  });
}
