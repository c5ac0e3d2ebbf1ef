/**
 * The example site's search page and preview route (issue 11), in Debian's Chromium
 * against the app the browser project booted: a search for "back pain" shows a hit with
 * its match in <mark> whose link opens its page; service, technique, article and question hits
 * open their pages (a question at its anchor on its article, a service searched at a location at
 * its block on that location's page); a kind's facet link narrows the hits to
 * that kind; an editor's draft price shows on /preview under the banner, uncached, while
 * the public location page keeps the published price; a forged token gets the 401 page.
 * Each page: axe, no console error, a screenshot in test-artifacts/browser/.
 */
import { SignJWT } from 'jose';
import type { Browser } from 'playwright-core';
import { asUser, cm } from '../helpers/admin-session';
import { asAdmin, rest } from '../helpers/http';
import { site } from '../helpers/site-api';
import { CATALOGUE_EDITOR } from '../helpers/test-users';
import { launchChromium, openTab, screenshot, seriousA11yViolations, type AdminTab } from './helpers/browser';
import { startExampleSite, type ExampleSite } from './helpers/example-site';

let browser: Browser;
let exampleSite: ExampleSite;

beforeAll(async () => {
  browser = await launchChromium();
  exampleSite = await startExampleSite();
});

afterAll(async () => {
  await browser?.close();
  await exampleSite?.stop();
});

const visit = async (pathname: string) => {
  const tab = await openTab(browser);
  const response = await tab.page.goto(`${exampleSite.url}${pathname}`);
  if (!response) throw new Error(`no response for ${pathname}`);
  return { ...tab, response };
};

const expectCleanVisit = async (tab: AdminTab, name: string) => {
  expect(await seriousA11yViolations(tab.page)).toEqual([]);
  await screenshot(tab.page, name);
  expect(tab.errors).toEqual([]);
};

const SEARCH = `query($query: String!, $kinds: [SearchKind!]) { searchConnection(query: $query, kinds: $kinds, first: 10) {
  total facets { kind count } edges { node { kind title slug snippet { text highlights { start length } } } }
} }`;

describe('the search page', () => {
  it('shows "back pain" hits best first with the match marked, and a hit links to a page that opens', async () => {
    const api = (await site<any>(SEARCH, { query: 'back pain' })).data.searchConnection;
    expect(api.edges.length).toBeGreaterThan(0);
    const tab = await visit('/search');
    const { page } = tab;
    // The form: a labelled search box, submitted as a visitor would.
    await page.getByRole('searchbox', { name: /Search/ }).fill('back pain');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=back\+pain/);

    const hits = page.locator('ol.hits > li');
    await expect(hits.locator('h2').allTextContents()).resolves.toEqual(api.edges.map((e: any) => e.node.title));
    // The first hit's snippet with each highlight range as a <mark>, the rest as text.
    const first = api.edges[0].node;
    const marked = first.snippet.highlights.map((h: { start: number; length: number }) => first.snippet.text.slice(h.start, h.start + h.length).toLowerCase());
    expect(marked.length).toBeGreaterThan(0);
    await expect(hits.first().locator('.snippet').textContent()).resolves.toBe(first.snippet.text);
    const marks = (await hits.first().locator('mark').allTextContents()).map((m) => m.toLowerCase());
    expect(marks.join(' ')).toMatch(/back|pain/);
    for (const m of marks) expect(marked.join(' ')).toContain(m);
    await expect(page.getByText(`${api.total} results for “back pain”`, { exact: true }).count()).resolves.toBe(1);
    await expectCleanVisit(tab, 'site-search');

    // The first hit that has a page on this site: its link opens that page.
    const linked = hits.locator('h2 a').first();
    const title = (await linked.textContent())!;
    await linked.click();
    await page.waitForURL(/\/(conditions|practitioners|locations)\//);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    expect(tab.errors).toEqual([]);
    await tab.context.close();
  });

  it('narrows to one kind through its facet link, with the count the facet named', async () => {
    const api = (await site<any>(SEARCH, { query: 'back pain' })).data.searchConnection;
    const facet = api.facets.find((f: any) => f.count > 0 && f.count < api.total);
    expect(facet).toBeDefined();
    const narrowed = (await site<any>(SEARCH, { query: 'back pain', kinds: [facet.kind] })).data.searchConnection;
    const tab = await visit('/search?q=back+pain');
    const { page } = tab;
    const link = page.getByRole('navigation', { name: 'Filter by kind' }).getByRole('link', { name: new RegExp(`\\(${facet.count}\\)$`) }).first();
    await link.click();
    await page.waitForURL(new RegExp(`kinds=${facet.kind}`));
    const hits = page.locator('ol.hits > li');
    await expect(hits.locator('h2').allTextContents()).resolves.toEqual(narrowed.edges.map((e: any) => e.node.title));
    expect(await hits.count()).toBeLessThan(api.total);
    const kinds = new Set(await hits.locator('.kind').allTextContents());
    expect(kinds.size).toBe(1);
    await expect(page.getByRole('navigation', { name: 'Filter by kind' }).locator('[aria-current="page"]').textContent()).resolves.toMatch(new RegExp(`\\(${facet.count}\\)$`));
    await expectCleanVisit(tab, 'site-search-facet');
    await tab.context.close();
  });

  /** The hit titled `title` on the results page of `pathname`, its link followed: the page (or anchor) it opens. */
  const follow = async (pathname: string, title: string) => {
    const tab = await visit(pathname);
    const link = tab.page.locator('ol.hits > li h2 a', { hasText: title }).first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await tab.page.waitForURL((u) => `${u.pathname}${u.hash}` === href);
    return { tab, href };
  };

  it('links service, technique, article and question hits to the pages that show them', async () => {
    const hitsOf = async (query: string, location?: string) =>
      (await site<any>(`query($q: String!, $l: String) { search(query: $q, location: $l, page: { limit: 20 }) { items { kind title slug } } }`, { q: query, l: location })).data.search
        .items as { kind: string; title: string; slug: string }[];
    const deep = await hitsOf('deep tissue');
    const serviceHit = deep.find((h) => h.kind === 'SERVICE')!;
    const techniqueHit = deep.find((h) => h.kind === 'TECHNIQUE')!;
    expect([serviceHit?.slug, techniqueHit?.slug]).toEqual(['deep-tissue-massage', 'deep-tissue']);

    // A service: its page, with its name as the heading and the lengths it comes in.
    const s = await follow('/search?q=deep+tissue', serviceHit.title);
    expect(s.href).toBe('/services/deep-tissue-massage');
    await expect(s.tab.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(serviceHit.title);
    await expect(s.tab.page.getByRole('region', { name: 'Lengths and base prices' }).getByRole('listitem').first().textContent()).resolves.toMatch(/^\d+ min — from \$\d+\.\d\d$/);
    await expectCleanVisit(s.tab, 'site-service');
    await s.tab.context.close();

    // A technique: its page.
    const t = await follow('/search?q=deep+tissue&kinds=TECHNIQUE', techniqueHit.title);
    expect(t.href).toBe('/techniques/deep-tissue');
    await expect(t.tab.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(techniqueHit.title);
    await expectCleanVisit(t.tab, 'site-technique');
    await t.tab.context.close();

    // A question: the anchor on its article's page, whose heading is the question and whose answer follows.
    const faqHit = (await hitsOf('does massage have to hurt')).find((h) => h.kind === 'FAQ')!;
    expect(faqHit.title).toBe('Does massage have to hurt to work?');
    const f = await follow('/search?q=does+massage+have+to+hurt', faqHit.title);
    expect(f.href).toMatch(new RegExp(`^/articles/${faqHit.slug}#faq-`));
    const target = f.tab.page.locator(`[id="${f.href.split('#')[1]}"]`);
    await expect(target.textContent()).resolves.toBe(faqHit.title);
    await expect(f.tab.page.getByRole('region', { name: faqHit.title }).locator('p').textContent()).resolves.toMatch(/\w/);
    await expectCleanVisit(f.tab, 'site-article-faq');
    await f.tab.context.close();

    // An article: its page, headed by its title.
    const articleHit = (await hitsOf('stretching')).find((h) => h.kind === 'ARTICLE')!;
    const a = await follow('/search?q=stretching&kinds=ARTICLE', articleHit.title);
    expect(a.href).toBe(`/articles/${articleHit.slug}`);
    await expect(a.tab.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(articleHit.title);
    // The body's Markdown is read as headings, lists and paragraphs, not shown as marks.
    await expect(a.tab.page.locator('main').textContent()).resolves.not.toMatch(/## |\*\*/);
    expect(await a.tab.page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(2);
    await a.tab.context.close();

    // A service in a search at one location: its block on that location's page, with the local prices.
    const local = (await hitsOf('deep tissue', 'decatur')).find((h) => h.kind === 'SERVICE')!;
    const l = await follow('/search?q=deep+tissue&location=decatur', local.title);
    expect(l.href).toBe('/locations/decatur#service-deep-tissue-massage');
    await expect(l.tab.page.locator('[id="service-deep-tissue-massage"]').textContent()).resolves.toBe(local.title);
    await l.tab.context.close();
  });

  it('answers input the API refuses with the form and its message, status 400', async () => {
    const tab = await visit(`/search?q=${encodeURIComponent('one two three four five six seven eight nine ten eleven twelve thirteen')}`);
    expect(tab.response.status()).toBe(400);
    expect(tab.response.headers()['cache-control']).toBe('private, no-store');
    await expect(tab.page.getByRole('searchbox').count()).resolves.toBe(1);
    await expect(tab.page.getByRole('alert').textContent()).resolves.toMatch(/query/);
    expect(await seriousA11yViolations(tab.page)).toEqual([]);
    await tab.context.close();
  });
});

const LOCATION = 'decatur';
const PRICES = `query($slug: String!) { location(slug: $slug) { services { service { slug name } variants { minutes price { amount } } } } }`;
type Override = { minutes: number; price: number };

describe('the preview route', () => {
  let offering: string;
  let original: Override[];
  let service: { slug: string; name: string };
  let minutes: number;
  let publicPrice: string;
  let draftPrice: string;
  let token: string;

  const saveDraft = async (priceOverrides: Override[]) => {
    const saved = await rest('PUT', cm('offering', `/${offering}`), { priceOverrides }, await asAdmin());
    expect(saved.status).toBe(200);
  };

  beforeAll(async () => {
    const services = (await site<any>(PRICES, { slug: LOCATION })).data.location.services;
    const chosen = services.find((s: any) => s.service.slug !== 'therapeutic-massage' && s.variants.length > 0);
    service = chosen.service;
    minutes = chosen.variants[0].minutes;
    publicPrice = chosen.variants[0].price.amount;
    draftPrice = (Number(publicPrice) + 11).toFixed(2);
    const found = await rest('GET', `/api/clinic/offerings?filters[location][slug][$eq]=${LOCATION}&filters[service][slug][$eq]=${service.slug}`);
    offering = found.body.data[0].documentId;
    original = ((await rest('GET', cm('offering', `/${offering}`), undefined, await asAdmin())).body.data.priceOverrides as Override[]).map((o) => ({ minutes: o.minutes, price: o.price }));
    // The editor's draft price, saved and not published.
    await saveDraft([...original.filter((o) => o.minutes !== minutes), { minutes, price: Number(draftPrice) }]);
    // The URL the content manager's Preview button asks for.
    const res = await rest('GET', `/content-manager/preview/url/plugin::clinic.offering?documentId=${offering}&status=draft`, undefined, await asUser(CATALOGUE_EDITOR));
    expect(res.status).toBe(200);
    token = new URL(res.body.data.url as string).searchParams.get('token')!;
  });

  afterAll(async () => {
    if (offering) await saveDraft(original);
  });

  const priceRow = (tab: AdminTab) => tab.page.getByRole('article', { name: service.name }).getByRole('row', { name: new RegExp(`^${minutes} min`) });

  it("shows the editor's draft price under the preview banner, never cached, while the public page keeps the published price", async () => {
    const tab = await visit(`/preview?token=${encodeURIComponent(token)}`);
    expect(tab.response.status()).toBe(200);
    expect(tab.response.headers()['cache-control']).toBe('private, no-store');
    expect(tab.response.headers()['surrogate-key']).toBeUndefined();
    await expect(tab.page.getByRole('status').textContent()).resolves.toContain('Preview — not published');
    await expect(tab.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lantern Oak Wellness Decatur');
    await expect(priceRow(tab).textContent()).resolves.toContain(`$${draftPrice}`);
    await expectCleanVisit(tab, 'site-preview');
    await tab.context.close();

    const pub = await visit(`/locations/${LOCATION}`);
    expect(pub.response.status()).toBe(200);
    await expect(priceRow(pub).textContent()).resolves.toContain(`$${publicPrice}`);
    await expect(priceRow(pub).textContent()).resolves.not.toContain(`$${draftPrice}`);
    await expect(pub.page.getByText('Preview — not published').count()).resolves.toBe(0);
    await pub.context.close();
  });

  it("opens a service's draft on the service's own page, while the public page keeps the published text", async () => {
    const slug = 'deep-tissue-massage';
    const published = (await rest('GET', `/api/clinic/services?filters[slug][$eq]=${slug}`)).body.data[0] as { documentId: string; name: string; summary: string };
    const draftSummary = `${published.summary} Now with a cupping add-on (draft).`;
    const saved = await rest('PUT', cm('service', `/${published.documentId}`), { summary: draftSummary }, await asAdmin());
    expect(saved.status).toBe(200);
    try {
      const res = await rest('GET', `/content-manager/preview/url/plugin::clinic.service?documentId=${published.documentId}&status=draft`, undefined, await asUser(CATALOGUE_EDITOR));
      expect(res.status).toBe(200);
      const tab = await visit(`/preview?token=${encodeURIComponent(new URL(res.body.data.url as string).searchParams.get('token')!)}`);
      expect(tab.response.status()).toBe(200);
      await expect(tab.page.getByRole('status').textContent()).resolves.toContain('Preview — not published');
      await expect(tab.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(published.name);
      await expect(tab.page.getByText(draftSummary).count()).resolves.toBe(1);
      await expect(tab.page.getByRole('heading', { name: 'Lengths and base prices' }).count()).resolves.toBe(1);
      await expectCleanVisit(tab, 'site-preview-service');
      await tab.context.close();

      const pub = await visit(`/services/${slug}`);
      expect(pub.response.status()).toBe(200);
      await expect(pub.page.getByText(published.summary, { exact: true }).count()).resolves.toBe(1);
      await expect(pub.page.getByText(draftSummary).count()).resolves.toBe(0);
      await pub.context.close();
    } finally {
      await rest('PUT', cm('service', `/${published.documentId}`), { summary: published.summary }, await asAdmin());
    }
  });

  it('answers a forged token with the 401 page, not the public page', async () => {
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, any>;
    const forged = await new SignJWT({ uid: claims.uid, documentId: claims.documentId, locale: claims.locale })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(String(claims.sub))
      .setAudience(claims.aud as string)
      .setIssuer(claims.iss as string)
      .setIssuedAt(claims.iat as number)
      .setExpirationTime(claims.exp as number)
      .sign(new TextEncoder().encode('not-the-preview-secret-not-the-preview-secret'));
    const tab = await visit(`/preview?token=${encodeURIComponent(forged)}`);
    expect(tab.response.status()).toBe(401);
    expect(tab.response.headers()['cache-control']).toBe('private, no-store');
    await expect(tab.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('This preview link has expired or is not valid');
    const html = await tab.response.text();
    expect(html).not.toContain('Decatur');
    expect(html).not.toMatch(/UNAUTHENTICATED|graphql/i);
    expect(await seriousA11yViolations(tab.page)).toEqual([]);
    await screenshot(tab.page, 'site-preview-refused');
    // Chromium logs the document's own 401 status; nothing else may be logged.
    expect(tab.errors.filter((e) => !/status of 401 .*\/preview\?token=/.test(e))).toEqual([]);
    await tab.context.close();
  });
});
