/**
 * The price matrix page as its users meet it, in Debian's Chromium: signed in through
 * the login form as the demo's catalogue editor and a franchise owner, reached from the
 * admin menu. Demo chain (database/seed/demo/chain.ts): in Georgia, Decatur and Marietta
 * charge the base $95 for a 60-minute therapeutic massage (Buckhead its own $105); the
 * coast franchise has Savannah (GA) and Birmingham (AL).
 */
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO_CATALOGUE_EDITOR, DEMO_FRANCHISE_OWNERS } from '../../src/bootstrap/demo-admin';
import { asAdmin, rest } from '../helpers/http';
import { eventually, site } from '../helpers/site-api';
import { ARTIFACTS, launchChromium, logIn, openTab, screenshot, seriousA11yViolations, type AdminTab } from './helpers/browser';

const OWNER_COAST = DEMO_FRANCHISE_OWNERS[1];
const MATRIX = '/clinic/price-matrix';

let browser: Browser;
let loc: Record<string, string>;
let massage: string;
/** The matrix's columns as the API orders them (`serviceDocumentId|minutes`). */
let columnKeys: string[];

beforeAll(async () => {
  browser = await launchChromium();
  const res = await rest('GET', `${MATRIX}?pageSize=100`, undefined, await asAdmin());
  expect(res.status).toBe(200);
  const data = res.body.data as { rows: { location: { slug: string; documentId: string } }[]; columns: { service: { slug: string; documentId: string }; minutes: number }[] };
  columnKeys = data.columns.map((c) => `${c.service.documentId}|${c.minutes}`);
  loc = Object.fromEntries(data.rows.map((r) => [r.location.slug, r.location.documentId]));
  massage = data.columns.find((c) => c.service.slug === 'therapeutic-massage')!.service.documentId;
});

afterAll(async () => {
  await browser?.close();
});

const signedIn = async (user: { email: string; password: string }): Promise<AdminTab> => {
  const tab = await openTab(browser);
  await logIn(tab.page, user);
  return tab;
};

const grid = (page: Page) => page.getByRole('grid', { name: 'Price matrix' });
const dataRows = (page: Page) => grid(page).getByRole('row').filter({ has: page.getByRole('checkbox', { name: /^Select Lantern/ }) });
const cell = (page: Page, location: string, minutes: number): Locator => page.locator(`[data-cell="${loc[location]}|${massage}|${minutes}"]`);

/** Opens the page the way a user does: its link in the admin menu. */
const openMatrix = async (page: Page) => {
  await page.getByRole('link', { name: 'Price matrix' }).click();
  await page.getByRole('heading', { level: 1, name: 'Price matrix' }).waitFor();
  await grid(page).waitFor();
};

/** The admin scrolls inside its own container, so a full-page shot stops at the fold: the table is shot on its own. */
const shootTable = (page: Page, name: string) => page.getByRole('region', { name: 'Prices', exact: true }).screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });

const choose = async (page: Page, label: string, option: string | RegExp) => {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
};

const filterToGeorgia = async (page: Page) => {
  await choose(page, 'State', 'GA');
  expect(await eventually(() => dataRows(page).count(), (n) => n === 4)).toBe(4);
};

/** The public price of a variant, as a site would read it. */
const sitePrice = async (slug: string, minutes: number): Promise<number | undefined> => {
  const res = await site<any>(`query($slug: String!) { location(slug: $slug) { services { service { slug } variants { minutes price { cents } } } } }`, { slug });
  const service = (res.data?.location?.services ?? []).find((s: any) => s.service.slug === 'therapeutic-massage');
  return service?.variants.find((v: any) => v.minutes === minutes)?.price.cents;
};

const restore = async () => {
  const res = await rest(
    'POST',
    `${MATRIX}/apply`,
    { mode: 'publish', changes: [{ locations: [loc.decatur, loc.marietta], variants: [{ service: massage, minutes: 60 }], operation: { kind: 'reset' } }] },
    await asAdmin(),
  );
  expect(res.status).toBe(200);
};

describe('price matrix page', () => {
  it('lets the catalogue editor preview +$5 on two Georgia locations, publish it, and the site serves the new price', async () => {
    const { page, errors } = await signedIn(DEMO_CATALOGUE_EDITOR);
    await openMatrix(page);
    await filterToGeorgia(page);
    await expect(grid(page).textContent()).resolves.not.toContain('Birmingham');
    // The column chosen in the form scrolls into view (the demo's columns are wider than the screen).
    await choose(page, 'Column (service and length)', /^Therapeutic massage 60 min/);
    // Each cell says its price and where it comes from, in words.
    await expect(cell(page, 'buckhead', 60).textContent()).resolves.toBe('$105.00override');
    await expect(cell(page, 'decatur', 60).textContent()).resolves.toBe('$95.00base');

    await page.getByRole('checkbox', { name: 'Select Lantern Oak Wellness Decatur' }).click();
    await page.getByRole('checkbox', { name: 'Select Lantern Oak Wellness Marietta' }).click();
    await page.getByText('2 locations selected').waitFor();
    await choose(page, 'Operation', '+ amount ($)');
    await page.getByLabel('Value').fill('5');
    await page.getByRole('button', { name: 'Preview' }).click();

    const preview = page.getByRole('region', { name: /^Preview/ });
    await preview.getByRole('heading', { name: 'Preview: 2 cells change' }).waitFor();
    const previewRows = await preview.getByRole('grid', { name: 'Cells this change writes' }).getByRole('row').allTextContents();
    expect(previewRows.slice(1)).toEqual([
      'Lantern Oak Wellness DecaturTherapeutic massage60 min$95.00 (base)$100.00 (override)now',
      'Lantern Oak Wellness MariettaTherapeutic massage60 min$95.00 (base)$100.00 (override)now',
    ]);
    await screenshot(page, 'price-matrix-preview');
    expect(await seriousA11yViolations(page)).toEqual([]);

    try {
      await page.getByRole('button', { name: 'Apply and publish' }).click();
      await page.getByText('Published 2 price changes.').waitFor();
      expect(await eventually(() => cell(page, 'decatur', 60).textContent(), (t) => t === '$100.00override')).toBe('$100.00override');
      await expect(cell(page, 'marietta', 60).textContent()).resolves.toBe('$100.00override');
      await expect(cell(page, 'buckhead', 60).textContent()).resolves.toBe('$105.00override');
      await screenshot(page, 'price-matrix-published');
      await shootTable(page, 'price-matrix-published-table');
      // The read model rebuilds in the background: the site serves it shortly after.
      expect(await eventually(() => sitePrice('decatur', 60), (c) => c === 10000, 20_000)).toBe(10000);
      expect(await eventually(() => sitePrice('marietta', 60), (c) => c === 10000, 20_000)).toBe(10000);
      expect(await sitePrice('buckhead', 60)).toBe(10500);
    } finally {
      await restore();
    }
    expect(await eventually(() => sitePrice('decatur', 60), (c) => c === 9500, 20_000)).toBe(9500);
    expect(errors).toEqual([]);
  });

  it('shows a refused change at its cell, keeps what was typed, and writes nothing', async () => {
    const { page, errors } = await signedIn(DEMO_CATALOGUE_EDITOR);
    await openMatrix(page);
    await filterToGeorgia(page);
    await page.getByRole('checkbox', { name: 'Select Lantern Oak Wellness Decatur' }).click();
    await choose(page, 'Column (service and length)', /^Therapeutic massage 30 min/);
    await choose(page, 'Operation', '− amount ($)');
    await page.getByLabel('Value').fill('500');

    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: /^Preview/ });
    await preview.getByRole('heading', { name: 'Preview: 0 cells change' }).waitFor();
    await expect(preview.textContent()).resolves.toContain('1 refused');

    await page.getByRole('button', { name: 'Apply and publish' }).click();
    await page.getByText('1 cell(s) refused; nothing was written. See the marked cells.').waitFor();
    const refused = cell(page, 'decatur', 30);
    await expect(refused.getByRole('alert').textContent()).resolves.toMatch(/negative/);
    await expect(refused.textContent()).resolves.toMatch(/^\$55\.00base/);
    await expect(page.getByLabel('Value').inputValue()).resolves.toBe('500');
    await expect(page.getByRole('checkbox', { name: 'Select Lantern Oak Wellness Decatur' }).getAttribute('aria-checked')).resolves.toBe('true');
    await screenshot(page, 'price-matrix-refused');
    await shootTable(page, 'price-matrix-refused-table');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Nothing written: the draft the matrix reads and the public price are as before.
    const res = await rest('GET', `${MATRIX}?state=GA`, undefined, await asAdmin());
    const decatur = (res.body.data.rows as any[]).find((r) => r.location.documentId === loc.decatur);
    expect(decatur.cells.find((c: any) => c.service === massage && c.minutes === 30)).toMatchObject({ priceCents: 5500, source: 'base', unpublished: false });
    expect(await sitePrice('decatur', 30)).toBe(5500);
    // The browser logs the refused request itself; nothing else may go wrong.
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });

  it('lets the editor narrow the rows by franchise and the columns by modality and service, chosen by name', async () => {
    const { page, errors } = await signedIn(DEMO_CATALOGUE_EDITOR);
    await openMatrix(page);
    await choose(page, 'Franchise', 'Lantern Oak Wellness — Coast & South Partners');
    expect(await eventually(() => dataRows(page).count(), (n) => n === 2)).toBe(2);
    await expect(grid(page).textContent()).resolves.not.toContain('Buckhead');
    await choose(page, 'Service', /^Therapeutic massage$/);
    const serviceColumns = (h: string[]) => h.slice(1).map((t) => t.replace(/ · base.*/, ''));
    const headers = await eventually(() => grid(page).getByRole('columnheader').allTextContents(), (h) => serviceColumns(h).every((t) => t.startsWith('Therapeutic massage')));
    expect(serviceColumns(headers)).toEqual(['Therapeutic massage30 min', 'Therapeutic massage60 min', 'Therapeutic massage90 min']);
    expect(errors).toEqual([]);
  });

  it("opens a cell in the change form from its price: that location, that column, 'Set to' its price, and Enter previews", async () => {
    const { page, errors } = await signedIn(DEMO_CATALOGUE_EDITOR);
    await openMatrix(page);
    await choose(page, 'Service', /^Therapeutic massage$/);
    await page.getByRole('button', { name: 'Edit the price of Therapeutic massage 30 min at Lantern Oak Wellness Decatur' }).click();
    await page.getByText('1 location selected').waitFor();
    const value = page.getByRole('textbox', { name: 'Value' });
    await expect(value.inputValue()).resolves.toBe('55.00');
    await expect(value.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
    await expect(page.getByRole('combobox', { name: 'Column (service and length)' }).textContent()).resolves.toMatch(/^Therapeutic massage 30 min/);
    await expect(page.getByRole('combobox', { name: 'Operation' }).textContent()).resolves.toBe('Set to ($)');
    await value.fill('57');
    await value.press('Enter');
    const preview = page.getByRole('region', { name: /^Preview/ });
    await preview.getByRole('heading', { name: 'Preview: 1 cell change' }).waitFor();
    const rows = await preview.getByRole('grid', { name: 'Cells this change writes' }).getByRole('row').allTextContents();
    expect(rows.slice(1)).toEqual(['Lantern Oak Wellness DecaturTherapeutic massage30 min$55.00 (base)$57.00 (override)now']);
    // Nothing written by a preview.
    expect(await sitePrice('decatur', 30)).toBe(5500);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('renders the price columns in view and brings in the rest as the editor scrolls sideways', async () => {
    const { page, errors } = await signedIn(DEMO_CATALOGUE_EDITOR);
    await openMatrix(page);
    const header = (key: string) => grid(page).locator(`th[data-column="${key}"]`);
    const [firstKey, lastKey] = [columnKeys[0], columnKeys[columnKeys.length - 1]];
    // The demo's columns are wider than the screen: the table says how many there are, and renders those in view.
    await expect(grid(page).getAttribute('aria-colcount')).resolves.toBe(String(columnKeys.length + 1));
    await header(firstKey).waitFor();
    const shown = await grid(page).locator('th[data-column]').count();
    expect(shown).toBeGreaterThan(3);
    expect(shown).toBeLessThan(columnKeys.length);
    expect(await header(lastKey).count()).toBe(0);

    // Scrolled to the end (the table's own scroll box), the last column is there with its place in the whole.
    await grid(page).locator('xpath=..').evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
    await header(lastKey).waitFor();
    await expect(header(lastKey).getAttribute('aria-colindex')).resolves.toBe(String(columnKeys.length + 1));
    await expect(page.locator(`[data-cell="${loc.decatur}|${lastKey}"]`).textContent()).resolves.toMatch(/^(\$\d+\.\d\d|—)/);
    expect(await header(firstKey).count()).toBe(0);
    // The location column stays at the box's left edge beside it.
    const [rowHead, box] = await Promise.all([page.getByRole('rowheader', { name: /Lantern Oak Wellness Decatur/ }).boundingBox(), grid(page).locator('xpath=..').boundingBox()]);
    expect(Math.abs(rowHead!.x - box!.x)).toBeLessThan(2);
    await shootTable(page, 'price-matrix-scrolled-to-end');
    expect(errors).toEqual([]);
  });

  it("says why the filters cannot be chosen when their choices fail to load, and still shows the matrix", async () => {
    const { page, errors } = await signedIn(DEMO_CATALOGUE_EDITOR);
    // The options endpoint failing (as a proxy or a restart would make it).
    await page.route('**/clinic/price-matrix/options*', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ data: null, error: { status: 503, name: 'ServiceUnavailableError', message: 'Service Unavailable' } }) }),
    );
    await openMatrix(page);
    await page.getByRole('alert').filter({ hasText: "The filters' choices could not be loaded: Service Unavailable" }).waitFor();
    expect(await dataRows(page).count()).toBeGreaterThan(0);
    // Only the refused request itself is seen (the browser's log line and the tab's 5xx watch).
    expect(errors.filter((e) => !/status of 503|^HTTP 503 .*\/clinic\/price-matrix\/options$/.test(e))).toEqual([]);
  });

  it("shows a franchise owner their own franchise's locations only", async () => {
    const { page, errors } = await signedIn(OWNER_COAST);
    await openMatrix(page);
    expect(await eventually(() => dataRows(page).count(), (n) => n === 2)).toBe(2);
    const rows = await dataRows(page).allTextContents();
    expect(rows[0]).toMatch(/^Lantern Oak Wellness BirminghamAL/);
    expect(rows[1]).toMatch(/^Lantern Oak Wellness SavannahGA/);
    await expect(grid(page).textContent()).resolves.not.toContain('Buckhead');
    // The pickers offer names, and an owner's franchise picker only their own franchise.
    await page.getByRole('combobox', { name: 'Franchise' }).click();
    await expect(page.getByRole('option').allTextContents()).resolves.toEqual(['Lantern Oak Wellness — Coast & South Partners']);
    await page.keyboard.press('Escape');
    await screenshot(page, 'price-matrix-owner-coast');
    await shootTable(page, 'price-matrix-owner-coast-table');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
