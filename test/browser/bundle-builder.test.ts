/**
 * The bundle builder as the demo's Metro Atlanta owner meets it, in Debian's Chromium:
 * signed in through the login form, reached from the admin menu. Demo chain: The Full
 * Reset (bounds $165–$195) is not sold at Marietta (Metro Atlanta) yet; Savannah is the
 * coast franchise's.
 */
import type { Browser } from 'playwright-core';
import { DEMO_FRANCHISE_OWNERS } from '../../src/bootstrap/demo-admin';
import { eventually, site } from '../helpers/site-api';
import { launchChromium, logIn, openTab, screenshot, seriousA11yViolations } from './helpers/browser';

const OWNER_METRO = DEMO_FRANCHISE_OWNERS[0];
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const fullResetAt = async (slug: string) => {
  const res = await site(`query($slug: String!) { location(slug: $slug) { bundles { slug price { cents } saving { cents } } } }`, { slug });
  return (res.data.location.bundles as { slug: string; price: { cents: number }; saving: { cents: number } | null }[]).find((b) => b.slug === 'full-reset');
};

describe('Given the Metro Atlanta franchise owner in the bundle builder', () => {
  it('when they price The Full Reset at Marietta, then they see the refusal and the saving, publish it, and the site API serves it; Savannah is never offered', async () => {
    const { page, errors } = await openTab(browser);
    await logIn(page, OWNER_METRO);
    await page.getByRole('link', { name: 'Bundle builder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bundle builder' }).waitFor();

    await page.getByRole('combobox', { name: 'Location' }).click();
    const offered = await page.getByRole('option').allTextContents();
    expect(offered.some((o) => /Marietta/.test(o))).toBe(true);
    expect(offered.some((o) => /Savannah|Birmingham/.test(o))).toBe(false);
    await page.getByRole('option', { name: /Marietta/ }).click();
    await page.getByRole('combobox', { name: 'Bundle' }).click();
    await page.getByRole('option', { name: 'The Full Reset' }).click();

    const price = page.getByRole('textbox', { name: 'Price' });
    await price.fill('150');
    await page.getByText('price must be between 165.00 and 195.00, got 150.00').waitFor();
    await screenshot(page, 'bundle-builder-refused');

    await price.fill('185');
    const saving = page.getByText(/^Saving: \$\d+\.\d{2} \(\d+\.\d %\)$/);
    await saving.waitFor();
    expect(await page.getByText("Chain's bounds: $165.00 – $195.00").count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'bundle-builder-quote');
    const savingText = (await saving.textContent()) ?? '';

    await page.getByRole('button', { name: 'Publish bundle offering' }).click();
    await page.getByRole('link', { name: 'Open the bundle offering' }).waitFor();
    await screenshot(page, 'bundle-builder-published');

    const served = await eventually(() => fullResetAt('marietta'), (b) => b !== undefined);
    expect(served?.price.cents).toBe(18500);
    expect(savingText).toContain(`$${((served?.saving?.cents ?? 0) / 100).toFixed(2)}`);
    expect(errors).toEqual([]);
  });
});
