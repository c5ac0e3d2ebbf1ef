/**
 * A franchise owner's bundle offerings in the content manager, in Debian's Chromium, signed
 * in through the login form as the demo's Metro Atlanta owner: the side panel's figures on
 * one of their own, and another franchise's opened by URL. Demo chain (database/seed/demo):
 * The Full Reset is sold at Decatur (Metro Atlanta) for $179 within the chain's bounds
 * $165–$195, and at Savannah (Coast & South).
 */
import type { Browser, Page } from 'playwright-core';
import { DEMO_FRANCHISE_OWNERS } from '../../src/bootstrap/demo-admin';
import { asAdmin, rest } from '../helpers/http';
import { cm } from '../helpers/admin-session';
import { baseUrl, launchChromium, logIn, openTab, screenshot, seriousA11yViolations } from './helpers/browser';

const OWNER_METRO = DEMO_FRANCHISE_OWNERS[0];
const BUNDLE_OFFERING = 'plugin::clinic.bundle-offering';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Console errors other than Strapi's own edit view asking for routes this app does not have (AI features, preview URLs) and the refusal a test provokes. */
const pageErrors = (errors: string[], refused?: { status: number; path: string }) =>
  errors.filter(
    (e) =>
      !/\/admin\/ai-feature-config|\/i18n\/ai-localization-jobs\/|\/content-manager\/preview\/url\//.test(e) &&
      !(refused && e.includes(`status of ${refused.status}`) && e.includes(refused.path)),
  );

/** The Full Reset's bundle offering at a location, as a super admin reads it (draft, with its location's slug). */
const fullResetAt = async (slug: string): Promise<{ documentId: string; price: number }> => {
  const res = await rest('GET', cm('bundle-offering', `?pageSize=100&filters[$and][0][location][slug][$eq]=${slug}&filters[$and][1][bundle][slug][$eq]=full-reset`), undefined, await asAdmin());
  expect(res.status).toBe(200);
  expect(res.body.results).toHaveLength(1);
  const [entry] = res.body.results as { documentId: string; price: number | string }[];
  return { documentId: entry.documentId, price: Number(entry.price) };
};

const dollars = (text: string, label: string): number => {
  const match = text.match(new RegExp(`${label}[^$]*\\$(\\d+\\.\\d{2})`));
  if (!match) throw new Error(`no "${label}" amount in: ${text}`);
  return Number(match[1]);
};

/** The side panel's text: the figures sit below its title. */
const panelText = async (page: Page) => ((await page.getByText(/^Sum of parts at /).locator('xpath=../..').textContent()) ?? '').replace(/\s+/g, ' ');

describe('Given the Metro Atlanta owner on their own bundle offering (The Full Reset at Decatur)', () => {
  it("when they type prices, then the side panel shows sum of parts, price, saving and the chain's bounds, refuses one outside the bounds, and nothing is stored", async () => {
    const { documentId, price: storedPrice } = await fullResetAt('decatur');
    expect(storedPrice).toBe(179);
    const { page, errors } = await openTab(browser);
    await logIn(page, OWNER_METRO);
    await page.goto(`${baseUrl()}/admin/content-manager/collection-types/${BUNDLE_OFFERING}/${documentId}`);
    await page.getByRole('heading', { level: 1, name: /The Full Reset · .*Decatur/ }).waitFor();
    await page.getByText('Price and saving').waitFor();

    await page.getByText('Price: $179.00').waitFor();
    await page.getByText("Chain's bounds: $165.00 – $195.00").waitFor();
    const before = await panelText(page);
    const sumOfParts = dollars(before, 'Sum of parts at');
    expect(dollars(before, 'Saving:')).toBeCloseTo(sumOfParts - 179, 2);
    await screenshot(page, 'bundle-offering-panel');

    const price = page.getByLabel('Price (USD)');
    await price.fill('150');
    await page.getByText('Price refused: price must be between 165.00 and 195.00, got 150.00').waitFor();
    await page.getByText('Price: $150.00').waitFor();
    await screenshot(page, 'bundle-offering-panel-refused');

    await price.fill('185');
    await page.getByText('Price: $185.00').waitFor();
    await expect(page.getByText(/^Price refused/).count()).resolves.toBe(0);
    const after = await panelText(page);
    expect(dollars(after, 'Saving:')).toBeCloseTo(sumOfParts - 185, 2);
    expect(dollars(after, 'Saving:')).not.toBeCloseTo(dollars(before, 'Saving:'), 2);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Typed, never saved: the demo's price stands.
    await expect(fullResetAt('decatur')).resolves.toEqual({ documentId, price: 179 });
    expect(pageErrors(errors)).toEqual([]);
  });
});

describe("Given the Metro Atlanta owner opening another franchise's bundle offering by its URL", () => {
  it('then they see why they may not (the server refused with 403), a way back to the list, and no error page', async () => {
    const { documentId } = await fullResetAt('savannah');
    const { page, errors } = await openTab(browser);
    await logIn(page, OWNER_METRO);
    // The edit view's document request (the page itself is /admin/content-manager/…).
    const refusal = page.waitForResponse((r) => new URL(r.url()).pathname === `/content-manager/collection-types/${BUNDLE_OFFERING}/${documentId}`);
    await page.goto(`${baseUrl()}/admin/content-manager/collection-types/${BUNDLE_OFFERING}/${documentId}`);
    expect((await refusal).status()).toBe(403);

    const main = page.getByRole('main');
    await main.getByText('This entry belongs to a location of another franchise.').waitFor();
    await expect(page.getByText(/Whoops! Something went wrong/).count()).resolves.toBe(0);
    await expect(page.getByLabel('Price (USD)').count()).resolves.toBe(0);
    await screenshot(page, 'bundle-offering-foreign');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await main.getByRole('link', { name: 'Back to the list' }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/content-manager/collection-types/${BUNDLE_OFFERING}`));
    await page.getByRole('row').filter({ hasText: /Decatur/ }).first().waitFor();
    await expect(page.getByRole('row').filter({ hasText: /Savannah/ }).count()).resolves.toBe(0);
    expect(pageErrors(errors, { status: 403, path: `/content-manager/collection-types/${BUNDLE_OFFERING}/${documentId}` })).toEqual([]);
  });
});
