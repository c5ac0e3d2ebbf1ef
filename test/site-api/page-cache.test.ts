/**
 * Issue 9 item 4: caches keyed by what a response contains. A response cached
 * before an unrelated publish is still served from cache after it (the `age`
 * header Apollo's response cache sets on a hit); one that contains a changed page
 * is not. Responses name their pages in Surrogate-Key, so a CDN can purge by page.
 */
import { asAdmin, rest } from '../helpers/http';
import { cm } from '../helpers/admin-session';
import { eventually, siteEndpoint } from '../helpers/site-api';

const CHANGED = 'buckhead';
const UNRELATED = 'decatur';
const SERVICE = 'sports-massage';
// Names unique to this run: a shared Redis keeps responses of earlier runs.
const PRICE_QUERY = `query PageCachePrice${process.pid}($slug: String!) { location(slug: $slug) { slug services { service { slug } variants { minutes price { amount } } } } }`;
const NAME_QUERY = `query PageCacheName${process.pid}($slug: String!) { location(slug: $slug) { slug name } }`;

const ask = async (query: string, slug: string) => {
  const res = await fetch(siteEndpoint(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { slug } }) });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return { data: body.data, fromCache: res.headers.get('age') !== null, keys: (res.headers.get('surrogate-key') ?? '').split(' ') };
};
const price60 = (data: any) =>
  Number(data.location.services.find((s: any) => s.service.slug === SERVICE).variants.find((v: any) => v.minutes === 60).price.amount);

interface Status {
  reports: { changes: { to: number }; written: string[] }[];
  changeLog: { appliedId: number; lastId: number; pending: number };
}
const status = async () => (await rest('GET', '/clinic/read-model/rebuilds', undefined, await asAdmin())).body.data as Status;
const settled = () => eventually(status, (s) => s.changeLog.pending === 0, 20_000);

const offeringAt = async (location: string, service: string) => {
  const res = await rest('GET', `/api/clinic/offerings?filters[location][slug][$eq]=${location}&filters[service][slug][$eq]=${service}`);
  expect(res.body.data).toHaveLength(1);
  return res.body.data[0].documentId as string;
};
type Override = { minutes: number; price: number };
const overridesOf = async (documentId: string): Promise<Override[]> =>
  ((await rest('GET', cm('offering', `/${documentId}`), undefined, await asAdmin())).body.data.priceOverrides as Override[]).map((o) => ({ minutes: o.minutes, price: o.price }));
const publishOverrides = async (documentId: string, priceOverrides: Override[]) => {
  const saved = await rest('PUT', cm('offering', `/${documentId}`), { priceOverrides }, await asAdmin());
  expect(saved.status).toBe(200);
  const published = await rest('POST', cm('offering', `/${documentId}/actions/publish`), {}, await asAdmin());
  expect(published.status).toBe(200);
};

describe('the response cache is keyed by the pages a response contains', () => {
  it('responses name the pages they were built from in Surrogate-Key, on a miss and on a hit', async () => {
    const first = await ask(NAME_QUERY, UNRELATED);
    const second = await ask(NAME_QUERY, UNRELATED);
    expect(second.fromCache).toBe(true);
    for (const r of [first, second]) expect(r.keys).toEqual(['site', `location-${UNRELATED}`]);
  });

  it('after a publish, a cached response of an unrelated page is still served from cache; one holding the changed page is not', async () => {
    const documentId = await offeringAt(CHANGED, SERVICE);
    const before = await settled();
    const original = await ask(PRICE_QUERY, CHANGED);
    const unrelated = await ask(PRICE_QUERY, UNRELATED);
    expect((await ask(PRICE_QUERY, CHANGED)).fromCache).toBe(true);
    expect((await ask(PRICE_QUERY, UNRELATED)).fromCache).toBe(true);
    const was = price60(original.data);
    const overrides = await overridesOf(documentId);
    try {
      await publishOverrides(documentId, [...overrides.filter((o) => o.minutes !== 60), { minutes: 60, price: was + 3 }]);
      const after = await settled();
      const written = after.reports.filter((r) => r.changes.to > before.changeLog.lastId).flatMap((r) => r.written);
      expect(written).toContain(`location:${CHANGED}`);
      expect(written).not.toContain(`location:${UNRELATED}`);

      const changed = await ask(PRICE_QUERY, CHANGED);
      expect({ fromCache: changed.fromCache, price: price60(changed.data) }).toEqual({ fromCache: false, price: was + 3 });
      const still = await ask(PRICE_QUERY, UNRELATED);
      expect({ fromCache: still.fromCache, data: still.data }).toEqual({ fromCache: true, data: unrelated.data });
    } finally {
      await publishOverrides(documentId, overrides);
      await settled();
    }
  });
});
