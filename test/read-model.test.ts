/**
 * Issue 9, items 1–3 through HTTP: a draft save records no change and rebuilds
 * nothing; a publish rebuilds exactly the pages that depend on what it changed
 * (GET /clinic/read-model/rebuilds, admin only, reports what each rebuild built and
 * which pages' JSON changed).
 */
import { asAdmin, rest } from './helpers/http';
import { cm } from './helpers/admin-session';
import { eventually, site } from './helpers/site-api';

interface Report {
  mode: 'targeted' | 'full';
  changes: { from: number; to: number; count: number };
  targets: string[];
  written: string[];
  removed: string[];
  buildId: string | null;
}
interface Status {
  count: number;
  reports: Report[];
  changeLog: { appliedId: number; lastId: number; pending: number };
  buildId: string | null;
}

const status = async (): Promise<Status> => {
  const res = await rest('GET', '/clinic/read-model/rebuilds', undefined, await asAdmin());
  expect(res.status).toBe(200);
  return res.body.data as Status;
};
/** Waits until every logged change is applied. */
const settled = () => eventually(status, (s) => s.changeLog.pending === 0, 20_000);
/** The reports of the rebuilds that applied changes after `afterId`, once they are all applied. */
const rebuildsAfter = async (afterId: number) => {
  const s = await settled();
  expect(s.changeLog.appliedId).toBe(s.changeLog.lastId);
  expect(s.changeLog.lastId).toBeGreaterThan(afterId);
  return s.reports.filter((r) => r.changes.to > afterId);
};
const union = (reports: Report[], key: 'targets' | 'written') => [...new Set(reports.flatMap((r) => r[key]))].sort();

const publish = async (type: string, documentId: string) => {
  const res = await rest('POST', cm(type, `/${documentId}/actions/publish`), {}, await asAdmin());
  expect({ status: res.status, body: res.status === 200 ? null : res.body }).toEqual({ status: 200, body: null });
};
const saveDraft = async (type: string, documentId: string, patch: Record<string, unknown>) => {
  const res = await rest('PUT', cm(type, `/${documentId}`), patch, await asAdmin());
  expect({ status: res.status, body: res.status === 200 ? null : res.body }).toEqual({ status: 200, body: null });
  return res.body.data;
};
const draftOf = async (type: string, documentId: string) => (await rest('GET', cm(type, `/${documentId}`), undefined, await asAdmin())).body.data;

const LOCATION = 'buckhead';
const SERVICE = 'sports-massage';
const PRICE_QUERY = `query ($slug: String!) { location(slug: $slug) { services { service { slug name } variants { minutes price { amount } } } } }`;
const price = async (service: string, minutes: number) => {
  const res = await site(PRICE_QUERY, { slug: LOCATION });
  const entry = res.data.location.services.find((s: any) => s.service.slug === service);
  return Number(entry.variants.find((v: any) => v.minutes === minutes).price.amount);
};

const offeringAt = async (location: string, service: string) => {
  const res = await rest('GET', `/api/clinic/offerings?filters[location][slug][$eq]=${location}&filters[service][slug][$eq]=${service}`);
  expect(res.body.data).toHaveLength(1);
  return res.body.data[0].documentId as string;
};
const withOverride = (draft: any, minutes: number, price: number) =>
  (draft.priceOverrides as { id: number; minutes: number; price: number }[]).map((o) => ({ id: o.id, minutes: o.minutes, price: o.minutes === minutes ? price : o.price }));

describe('the read model rebuilds what a publish changes, and nothing for a draft', () => {
  it('the rebuild report is for admins only', async () => {
    expect((await rest('GET', '/clinic/read-model/rebuilds')).status).toBe(401);
  });

  it('a draft save records no change, builds no page and keeps the build id', async () => {
    const documentId = await offeringAt(LOCATION, SERVICE);
    const before = await settled();
    const draft = await draftOf('offering', documentId);
    await saveDraft('offering', documentId, { priceOverrides: withOverride(draft, 60, 999) });
    const after = await status();
    expect(after.changeLog).toEqual(before.changeLog);
    expect(after.count).toBe(before.count);
    expect(after.buildId).toBe(before.buildId);
    expect(await price(SERVICE, 60)).toBe(115);
    // Put the draft back as published (no change logged either).
    await rest('POST', cm('offering', `/${documentId}/actions/discard`), {}, await asAdmin());
    expect((await status()).changeLog).toEqual(before.changeLog);
  });

  it('an offering price publish rebuilds its location page, its service page and the location index; only the location page changes', async () => {
    const documentId = await offeringAt(LOCATION, SERVICE);
    const before = await settled();
    const draft = await draftOf('offering', documentId);
    await saveDraft('offering', documentId, { priceOverrides: withOverride(draft, 60, 117) });
    await publish('offering', documentId);
    try {
      const reports = await rebuildsAfter(before.changeLog.lastId);
      expect(reports.map((r) => r.mode)).toEqual(['targeted']);
      expect(union(reports, 'targets')).toEqual([`location-index:all`, `location:${LOCATION}`, `service:${SERVICE}`]);
      expect(union(reports, 'written')).toEqual([`location:${LOCATION}`]);
      expect((await status()).buildId).not.toBe(before.buildId);
      expect(await price(SERVICE, 60)).toBe(117);
    } finally {
      await saveDraft('offering', documentId, { priceOverrides: withOverride(await draftOf('offering', documentId), 60, 115) });
      await publish('offering', documentId);
      await settled();
    }
  });

  it("a licence change rebuilds its holder's page and the pages of the locations that list the holder", async () => {
    const authors = new Set(
      (await rest('GET', '/api/clinic/articles?populate[author][fields][0]=slug&pagination[pageSize]=100')).body.data.map((a: any) => a.author?.slug).filter(Boolean),
    );
    const licences = (await rest('GET', '/api/clinic/licences?populate[practitioner][fields][0]=slug&populate[practitioner][populate][locations][fields][0]=slug&pagination[pageSize]=100&sort=id')).body.data;
    const licence = licences.find((l: any) => l.practitioner && !authors.has(l.practitioner.slug) && l.practitioner.locations.length > 0);
    expect(licence).toBeDefined();
    const holder = licence.practitioner;
    const before = await settled();
    const res = await rest('PUT', cm('licence', `/${licence.documentId}`), { verifiedAt: new Date(Date.UTC(2026, 10, 1, 9, before.changeLog.lastId % 60)).toISOString() }, await asAdmin());
    expect(res.status).toBe(200);
    const reports = await rebuildsAfter(before.changeLog.lastId);
    const expected = [`practitioner:${holder.slug}`, ...holder.locations.map((l: any) => `location:${l.slug}`)].sort();
    expect(union(reports, 'targets')).toEqual(['location-index:all', ...expected].sort());
    expect(union(reports, 'written')).toEqual(expected);
  });

  it('a service rename rebuilds every page that shows the service', async () => {
    const services = (await rest('GET', `/api/clinic/services?filters[slug][$eq]=${SERVICE}`)).body.data;
    const documentId = services[0].documentId as string;
    const name = services[0].name as string;
    const offerings = (await rest('GET', `/api/clinic/offerings?filters[service][slug][$eq]=${SERVICE}&populate[location][fields][0]=slug&pagination[pageSize]=100`)).body.data;
    const articles = (await rest('GET', `/api/clinic/articles?filters[services][slug][$eq]=${SERVICE}&pagination[pageSize]=100`)).body.data;
    const shownAt = offerings.filter((o: any) => o.available).map((o: any) => `location:${o.location.slug}`);
    const offeredAt = offerings.map((o: any) => `location:${o.location.slug}`);
    expect(shownAt.length).toBeGreaterThan(0);
    expect(articles.length).toBeGreaterThan(0);
    const before = await settled();
    await saveDraft('service', documentId, { name: `${name} (renamed)` });
    await publish('service', documentId);
    try {
      const reports = await rebuildsAfter(before.changeLog.lastId);
      expect(union(reports, 'written')).toEqual([`service:${SERVICE}`, ...shownAt, ...articles.map((a: any) => `article:${a.slug}`)].sort());
      expect(union(reports, 'targets')).toEqual([...new Set([`service:${SERVICE}`, 'location-index:all', ...offeredAt, ...articles.map((a: any) => `article:${a.slug}`)])].sort());
      const res = await site(PRICE_QUERY, { slug: LOCATION });
      expect(res.data.location.services.find((s: any) => s.service.slug === SERVICE).service.name).toBe(`${name} (renamed)`);
    } finally {
      await saveDraft('service', documentId, { name });
      await publish('service', documentId);
      await settled();
    }
  });

  it('applies every change once and in order: the applied id reaches the last change and no pending change is left', async () => {
    const before = await settled();
    const documentId = await offeringAt(LOCATION, SERVICE);
    // Three publishes in a row: one or more rebuilds, covering ids in order without gaps.
    for (let n = 0; n < 3; n++) await publish('offering', documentId);
    const reports = await rebuildsAfter(before.changeLog.lastId);
    const ranges = reports.map((r) => r.changes);
    expect(ranges[0].from).toBe(before.changeLog.lastId + 1);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i].from).toBe(ranges[i - 1].to + 1);
    expect(ranges.reduce((n, r) => n + r.count, 0)).toBe(3);
    const ready = await rest('GET', '/_ready');
    expect(ready.body.checks.readModel.staleSeconds).toBeNull();
  });
});
