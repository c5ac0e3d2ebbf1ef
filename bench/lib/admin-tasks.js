/* global document -- the functions given to page.waitForFunction run in the browser */
// The three admin tasks of issue 10 as their users do them, for bench/admin-tasks.js. Each starts on
// the admin home page, acts only through `user.click` / `user.fill` (which count), and returns the
// steps it took, what the page showed at the end, and how to put the demo data back.
// Demo chain (database/seed/demo/chain.ts): four Georgia locations; The Full Reset (bounds
// $165–$195) is not sold at Marietta; licences of Jun Park (20 days) and Grace Liu (45 days) expire.

const choose = async (page, user, label, option) => {
  await user.click(page.getByRole('combobox', { name: label }));
  await user.click(page.getByRole('option', { name: option }));
};

const adminToken = async (base, who) => {
  const res = await fetch(`${base}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: who.email, password: who.password }) });
  if (res.status !== 200) throw new Error(`admin login ${who.email}: ${res.status}`);
  return (await res.json()).data.token;
};

const api = async (base, token, method, url, body) => {
  const res = await fetch(`${base}${url}`, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: body && JSON.stringify(body) });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${method} ${url}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text).data;
};

/** (a) Editor, price matrix: +$5 on the 60-minute Therapeutic massage at every Georgia location, published. */
const editorRaisesGeorgiaMassage = async ({ page, user, base, signedIn }) => {
  const token = await adminToken(base, signedIn);
  const georgia = await api(base, token, 'GET', '/clinic/price-matrix?state=GA');
  const massage = georgia.columns.find((c) => c.service.slug === 'therapeutic-massage' && c.minutes === 60);
  const before = georgia.rows.map((r) => ({ location: r.location, cell: r.cells.find((c) => c.service === massage.service.documentId && c.minutes === 60) }));

  await user.click(page.getByRole('link', { name: 'Price matrix' }));
  const grid = page.getByRole('grid', { name: 'Price matrix' });
  await grid.waitFor();
  await choose(page, user, 'State', 'GA');
  const rows = grid.getByRole('row').filter({ has: page.getByRole('checkbox', { name: /^Select Lantern/ }) });
  await page.waitForFunction((n) => document.querySelectorAll('[role="grid"][aria-label="Price matrix"] tbody tr').length === n, before.length);
  await user.click(page.getByRole('checkbox', { name: 'Select all locations on this page' }));
  await choose(page, user, 'Column (service and length)', /^Therapeutic massage 60 min/);
  await choose(page, user, 'Operation', '+ amount ($)');
  await user.fill(page.getByLabel('Value'), '5');
  await user.click(page.getByRole('button', { name: 'Preview' }));
  const heading = page.getByRole('heading', { name: /^Preview: \d+ cells? change$/ });
  await heading.waitFor();
  const previewed = await heading.textContent();
  await user.click(page.getByRole('button', { name: 'Apply and publish' }));
  await page.getByText(/^Published \d+ price changes?\.$/).waitFor();
  const cellOf = (b) => page.locator(`[data-cell="${b.location.documentId}|${massage.service.documentId}|60"]`);
  const want = before.filter((b) => b.cell && b.cell.priceCents !== null && b.cell.source !== 'not-offered');
  for (const b of want) {
    const price = `$${((b.cell.priceCents + 500) / 100).toFixed(2)}`;
    await page.waitForFunction(([sel, p]) => document.querySelector(sel)?.textContent?.startsWith(p), [`[data-cell="${b.location.documentId}|${massage.service.documentId}|60"]`, price]);
  }
  const shown = [];
  for (const b of want) shown.push(`${b.location.city ?? b.location.name} ${(/^\$[\d,.]+/.exec((await cellOf(b).textContent()) ?? '') ?? ['?'])[0]}`);

  return {
    steps: ['menu "Price matrix"', 'State → GA', 'select all locations', 'Column → Therapeutic massage 60 min', 'Operation → + amount ($)', 'Value: 5', 'Preview', 'Apply and publish'],
    result: `${await rows.count()} GA rows; ${previewed}; cells now ${shown.join(', ')}`,
    // Each location back as it was: its own price where it had one, the base price otherwise.
    restore: async () => {
      for (const b of want) {
        const operation = b.cell.source === 'override' ? { kind: 'set', price: (b.cell.priceCents / 100).toFixed(2) } : { kind: 'reset' };
        await api(base, token, 'POST', '/clinic/price-matrix/apply', { mode: 'publish', changes: [{ locations: [b.location.documentId], variants: [{ service: massage.service.documentId, minutes: 60 }], operation }] });
      }
    },
  };
};

/** (b) Owner, bundle builder: The Full Reset at their Marietta, priced within the bounds, saving seen, published. */
const ownerPricesBundle = async ({ page, user, app }) => {
  await user.click(page.getByRole('link', { name: 'Bundle builder' }));
  await page.getByRole('heading', { level: 1, name: 'Bundle builder' }).waitFor();
  await choose(page, user, 'Location', /Marietta/);
  await choose(page, user, 'Bundle', 'The Full Reset');
  await user.fill(page.getByRole('textbox', { name: 'Price' }), '185');
  const saving = page.getByText(/^Saving: \$\d+\.\d{2} \(\d+\.\d %\)$/);
  await saving.waitFor();
  const bounds = page.getByText(/^Chain's bounds: /);
  await bounds.waitFor();
  const savedResponse = page.waitForResponse((r) => r.url().includes('/clinic/bundle-builder/bundle-offerings') && r.request().method() === 'POST');
  await user.click(page.getByRole('button', { name: 'Publish bundle offering' }));
  const saved = await (await savedResponse).json();
  await page.getByRole('link', { name: 'Open the bundle offering' }).waitFor();
  return {
    steps: ['menu "Bundle builder"', 'Location → Marietta', 'Bundle → The Full Reset', 'Price: 185 (bounds and saving shown while typing)', 'Publish bundle offering'],
    result: `${await bounds.textContent()}; ${await saving.textContent()}; published`,
    restore: () => app.documents('plugin::clinic.bundle-offering').delete({ documentId: saved.data.documentId }),
  };
};

/** (c) Editor, licence compliance: the licences that expire in the next 60 days (the page's default). */
const editorFindsExpiringLicences = async ({ page, user }) => {
  await user.click(page.getByRole('link', { name: 'Licence compliance' }));
  const region = page.getByRole('region', { name: /^Licences expired or expiring/ });
  await region.waitFor();
  await page.getByText(/within 60 days/).first().waitFor();
  const expiringRows = region.getByRole('row').filter({ hasText: /\d+ days? left|expires today/ });
  const names = await expiringRows.locator('td:first-child').allTextContents();
  const left = await expiringRows.locator('td:last-child').allTextContents();
  const expired = await region.getByRole('row').filter({ hasText: /expired \d+ days? ago/ }).count();
  return {
    steps: ['menu "Licence compliance" (60 days is the default; the list answers without input)'],
    result: `${names.length} expiring within 60 days (${names.map((n, i) => `${n}: ${left[i]}`).join('; ')}), ${expired} already expired, on one page by location`,
  };
};

module.exports = { editorRaisesGeorgiaMassage, ownerPricesBundle, editorFindsExpiringLicences };
