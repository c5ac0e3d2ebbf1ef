/**
 * The example location site (examples/site) as a visitor meets it, in Debian's Chromium:
 * the compiled site in its own process (as `npm run demo` starts it) reading the site API
 * of the app this project booted with the demo chain (database/seed/demo/chain.ts). Each
 * page: what it shows (a price, a bundle's saving, practitioners, hours), the JSON-LD in
 * its <head> checked against what it shows, its cache headers against the API's, axe,
 * no console error, and a screenshot in test-artifacts/browser/.
 */
import type { Browser, Page } from 'playwright-core';
import type { MedicalClinic, MedicalCondition, Offer, OpeningHoursSpecification, Person, PostalAddress, Thing, WithContext } from 'schema-dts';
import { site } from '../helpers/site-api';
import { launchChromium, openTab, screenshot, seriousA11yViolations, type AdminTab } from './helpers/browser';
import { startExampleSite, type ExampleSite } from './helpers/example-site';

let browser: Browser;
let exampleSite: ExampleSite;

beforeAll(async () => {
  browser = await launchChromium();
  exampleSite = await startExampleSite({ SITE_LOCATIONS_PER_PAGE: '3' });
});

afterAll(async () => {
  await browser?.close();
  await exampleSite?.stop();
});

/** Opens a page of the site in a fresh tab; the document's response is returned beside it. */
const visit = async (pathname: string) => {
  const tab = await openTab(browser);
  const response = await tab.page.goto(`${exampleSite.url}${pathname}`);
  if (!response) throw new Error(`no response for ${pathname}`);
  return { ...tab, response };
};

/** The one JSON-LD block of <head>, parsed, with the checks every page's must pass. */
const headJsonLd = async <T extends Thing>(page: Page, type: string): Promise<WithContext<T> & Record<string, unknown>> => {
  const blocks = await page.locator('head script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const data = JSON.parse(blocks[0]) as Record<string, unknown>;
  expect(data['@context']).toBe('https://schema.org');
  expect(data['@type']).toBe(type);
  return data as WithContext<T> & Record<string, unknown>;
};

const expectCleanVisit = async (tab: AdminTab, name: string) => {
  expect(await seriousA11yViolations(tab.page)).toEqual([]);
  await screenshot(tab.page, name);
  expect(tab.errors).toEqual([]);
};

const LOCATION_FACTS = `query($slug: String!) { location(slug: $slug) {
  openNow
  bundles { name price { amount } saving { cents amount } }
  practitionerConnection(first: 50) { totalCount edges { node { practitioner { slug displayName } } } }
} }`;

describe('the location page', () => {
  it('shows prices, bundle savings, practitioners licensed there, hours and address, with matching JSON-LD and the API cache headers', async () => {
    const api = await site<any>(LOCATION_FACTS, { slug: 'decatur' });
    const facts = api.data.location;
    const tab = await visit('/locations/decatur');
    const { page, response } = tab;
    expect(response.status()).toBe(200);

    // The page is as cacheable as the API's answer and names its pages for purging.
    const apiMaxAge = Number(/max-age=(\d+)/.exec(api.headers.get('cache-control') ?? '')?.[1]);
    expect(apiMaxAge).toBeGreaterThan(0);
    expect(response.headers()['cache-control']).toBe(`public, max-age=${apiMaxAge}`);
    expect(response.headers()['surrogate-key']?.split(' ')).toEqual(expect.arrayContaining(['site', 'location-decatur']));

    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lantern Oak Wellness Decatur');

    // Decatur charges the base $95.00 for a 60-minute therapeutic massage (price-matrix.test.ts).
    const massage = page.getByRole('article', { name: 'Therapeutic massage' });
    await expect(massage.getByRole('row', { name: /60 min/ }).textContent()).resolves.toContain('$95.00');

    // Every bundle on sale with its saving, as the API computes it.
    expect(facts.bundles.length).toBeGreaterThan(0);
    const bundles = page.getByRole('region', { name: 'Bundles' });
    for (const b of facts.bundles) {
      const card = bundles.getByRole('listitem').filter({ has: page.getByRole('heading', { name: b.name }) });
      await expect(card.textContent()).resolves.toContain(`$${b.price.amount}`);
      if (b.saving.cents > 0) await expect(card.textContent()).resolves.toContain(`You save $${b.saving.amount}`);
    }
    expect(facts.bundles.some((b: any) => b.saving.cents > 0)).toBe(true);

    // The practitioners licensed here, each a link to their page, and no one else.
    const people = page.getByRole('region', { name: 'Practitioners' }).getByRole('heading', { level: 3 });
    const names = facts.practitionerConnection.edges.map((e: any) => e.node.practitioner.displayName as string);
    expect(names.length).toBeGreaterThan(0);
    await expect(people.allTextContents()).resolves.toEqual(names);

    // Hours: Decatur opens 09:00–19:00 on weekdays, 09:00–17:00 on Saturday, not on Sunday.
    const hours = page.getByRole('region', { name: 'Opening hours' });
    await expect(hours.getByRole('row', { name: /^Monday/ }).textContent()).resolves.toContain('09:00–19:00');
    await expect(hours.getByRole('row', { name: /^Saturday/ }).textContent()).resolves.toContain('09:00–17:00');
    await expect(hours.getByRole('row', { name: /^Sunday/ }).textContent()).resolves.toContain('Closed');
    await expect(hours.getByText(facts.openNow ? 'Open now' : 'Closed now', { exact: true }).count()).resolves.toBe(1);
    const today = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', weekday: 'long' }).format(new Date());
    await expect(hours.locator('tr[aria-current="date"] th').textContent()).resolves.toBe(`${today} (today)`);

    const address = page.getByRole('region', { name: 'Visit us' });
    await expect(address.textContent()).resolves.toContain('118 Quillfeather Street');
    await expect(address.getByRole('link', { name: '+14045550102' }).getAttribute('href')).resolves.toBe('tel:+14045550102');

    // JSON-LD: a MedicalClinic (massage needs a licence) describing what the page shows.
    const ld = await headJsonLd<MedicalClinic>(page, 'MedicalClinic');
    expect(ld.name).toBe('Lantern Oak Wellness Decatur');
    expect(String(ld.url)).toMatch(/\/locations\/decatur$/);
    expect(ld.telephone).toBe('+14045550102');
    const postal = ld.address as PostalAddress & Record<string, unknown>;
    expect(postal).toMatchObject({ '@type': 'PostalAddress', streetAddress: '118 Quillfeather Street', addressLocality: 'Decatur', addressRegion: 'GA' });
    const specs = ld.openingHoursSpecification as (OpeningHoursSpecification & Record<string, unknown>)[];
    expect(specs).toEqual(expect.arrayContaining([expect.objectContaining({ dayOfWeek: 'https://schema.org/Monday', opens: '09:00', closes: '19:00' })]));
    const offers = ld.makesOffer as (Offer & Record<string, unknown>)[];
    expect(offers).toEqual(
      expect.arrayContaining([expect.objectContaining({ '@type': 'Offer', price: '95.00', itemOffered: expect.objectContaining({ name: 'Therapeutic massage (60 min)' }) })]),
    );
    for (const b of facts.bundles) expect(offers).toEqual(expect.arrayContaining([expect.objectContaining({ price: b.price.amount })]));
    const employees = ld.employee as (Person & Record<string, unknown>)[];
    expect(employees).toHaveLength(names.length);
    for (const person of employees) expect(names.some((n: string) => n.includes(String(person.name)))).toBe(true);

    await expectCleanVisit(tab, 'site-location-decatur');
    await tab.context.close();
  });
});

describe('the practitioner page', () => {
  it('is reached from the location page and shows who they are and where they practise, with a Person in JSON-LD', async () => {
    const tab = await visit('/locations/decatur');
    const { page } = tab;
    const first = page.getByRole('region', { name: 'Practitioners' }).getByRole('link').first();
    const name = (await first.textContent())!;
    await first.click();
    await page.waitForURL(/\/practitioners\//);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(name);
    const where = page.getByRole('region', { name: 'Where to book' });
    await expect(where.getByRole('link', { name: 'Lantern Oak Wellness Decatur' }).count()).resolves.toBe(1);

    const ld = await headJsonLd<Person>(page, 'Person');
    expect(name).toContain(String(ld.name));
    expect(String(ld.url)).toBe(`${String(ld.url).replace(/\/practitioners\/.*$/, '')}${new URL(page.url()).pathname}`);
    expect((ld.worksFor as { '@id': string }[]).map((w) => w['@id'])).toEqual(expect.arrayContaining([expect.stringMatching(/\/locations\/decatur#clinic$/)]));
    await expectCleanVisit(tab, 'site-practitioner');
    await tab.context.close();
  });
});

describe('the condition page', () => {
  it('shows the condition, its disclaimer and techniques, with a MedicalCondition in JSON-LD', async () => {
    const list = await site<any>('{ conditions(page: { limit: 1 }) { items { slug } } }');
    const { slug } = list.data.conditions.items[0];
    const condition = (await site<any>('query($slug: String!) { condition(slug: $slug) { slug name disclaimer techniques { technique { name } } } }', { slug })).data.condition;
    const tab = await visit(`/conditions/${condition.slug}`);
    const { page, response } = tab;
    expect(response.status()).toBe(200);
    expect(response.headers()['surrogate-key']).toContain(`condition-${condition.slug}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(condition.name);
    await expect(page.getByRole('note').textContent()).resolves.toBe(condition.disclaimer);
    const techniques = page.getByRole('region', { name: 'Techniques that may help' });
    for (const t of condition.techniques) await expect(techniques.getByText(t.technique.name, { exact: true }).count()).resolves.toBe(1);

    const ld = await headJsonLd<MedicalCondition>(page, 'MedicalCondition');
    expect(ld.name).toBe(condition.name);
    expect(String(ld['@id'])).toMatch(new RegExp(`/conditions/${condition.slug}#condition$`));
    await expectCleanVisit(tab, 'site-condition');
    await tab.context.close();
  });
});

describe('the index', () => {
  it('lists every location once, a page at a time through the cursor links', async () => {
    const api = await site<any>('{ locationConnection(first: 100) { totalCount edges { node { name } } } }');
    const all = api.data.locationConnection.edges.map((e: any) => e.node.name as string);
    expect(all.length).toBeGreaterThan(3);
    const tab = await visit('/');
    const { page } = tab;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Our locations');
    await expect(page.getByText(`${api.data.locationConnection.totalCount} locations`, { exact: true }).count()).resolves.toBe(1);
    const seen: string[] = [];
    for (let pageNo = 1; ; pageNo++) {
      const names = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
      expect(names.length).toBeLessThanOrEqual(3);
      seen.push(...names);
      if (pageNo === 1) await expectCleanVisit(tab, 'site-index');
      const next = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' });
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForURL(/after=/);
      expect(pageNo).toBeLessThan(10);
    }
    expect(seen).toEqual(all);
    expect(tab.errors).toEqual([]);
    await tab.context.close();
  });
});

describe('error pages', () => {
  it('answers an unknown location or path with the 404 page, saying nothing of the API', async () => {
    for (const pathname of ['/locations/no-such-place', '/no/such/page']) {
      const tab = await visit(pathname);
      expect(tab.response.status()).toBe(404);
      await expect(tab.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
      const html = await tab.response.text();
      expect(html).not.toMatch(/NOT_FOUND|graphql|site\/graphql|Error:/i);
      expect(await seriousA11yViolations(tab.page)).toEqual([]);
      await tab.context.close();
    }
  });

  it('shows the 500 page with a reference, never the cause, and logs the cause', async () => {
    // A site whose API is down: nothing listens on port 9 of the loopback.
    const broken = await startExampleSite({ SITE_API_URL: 'http://127.0.0.1:9/site/graphql' });
    try {
      const tab = await openTab(browser);
      const response = (await tab.page.goto(`${broken.url}/locations/decatur`))!;
      expect(response.status()).toBe(500);
      expect(response.headers()['cache-control']).toBe('private, no-store');
      await expect(tab.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Something went wrong');
      const reference = (await tab.page.locator('main code').textContent())!;
      expect(reference).toMatch(/^[0-9a-f-]{36}$/);
      const html = await response.text();
      expect(html).not.toMatch(/ECONNREFUSED|fetch failed|127\.0\.0\.1:9|at .*\.js/);
      expect(await seriousA11yViolations(tab.page)).toEqual([]);
      await screenshot(tab.page, 'site-500');
      expect(broken.stderr()).toContain(reference);
      expect(broken.stderr()).toMatch(/fetch failed|ECONNREFUSED/);
      await tab.context.close();
    } finally {
      await broken.stop();
    }
  });
});
