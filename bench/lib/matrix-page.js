/* global document, CSS -- the functions given to page.waitForFunction and page.evaluate run in the browser */
// The price matrix PAGE in Chromium (issue 10, item 7: "opens in under 2 s"), against the app the
// bench booted in-process. Times, N times each:
// - open by URL: page.goto(<admin>/plugins/clinic/price-matrix) until every data row and its cells in
//   view are in the DOM (the whole admin bundle boots: a reload, browser cache warm after the first run);
// - open from the menu: on the admin home page, click "Price matrix" until the same (how a user
//   opens it: the SPA routes, the admin is already loaded);
// and once: one change to all the page's locations through the page (select all, +$1 on a length,
// preview, apply and publish) until every changed cell shows its new price.
// Per run: wall time, the server's CPU (process.cpuUsage of this process, which holds the app and
// the Playwright client), the browser's own timings (the matrix request from Resource Timing, the
// moment the rows were in the DOM) and the renderer's main-thread time (CDP Performance metrics).
const { launchChromium, logIn, openPage } = require('./admin-browser');

const MATRIX_ROUTE = '/admin/plugins/clinic/price-matrix';
const round = (x) => Math.round(x);
const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const formatCents = (cents) => (cents === null ? '—' : dollars.format(cents / 100));

const cpuMs = (since) => {
  const { user, system } = process.cpuUsage(since);
  return round((user + system) / 1000);
};

/** Renderer main-thread seconds so far (CDP Performance domain); ms spent since `before`. */
const rendererMetrics = async (cdp) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const of = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: of('TaskDuration'), script: of('ScriptDuration'), layout: of('LayoutDuration'), style: of('RecalcStyleDuration') };
};
const rendererSpent = (before, after) => {
  // A cross-document navigation may start the counters again: then `after` is all there is.
  const d = (k) => (after[k] >= before[k] ? after[k] - before[k] : after[k]) * 1000;
  return { taskMs: round(d('task')), scriptMs: round(d('script')), layoutMs: round(d('layout')), styleMs: round(d('style')) };
};

/**
 * Resolves, in the page, with performance.now() once the grid holds `rows` data rows, each with
 * its cells in view (the table renders the price columns in view and a few past each edge only).
 */
const cellsShown = (page, rows) =>
  page
    .waitForFunction(
      (n) => {
        const trs = document.querySelectorAll('[role="grid"][aria-label="Price matrix"] tbody tr');
        return trs.length >= n && [...trs].every((tr) => tr.querySelector('[data-cell]')) && performance.now();
      },
      rows,
      { timeout: 60_000, polling: 'raf' },
    )
    .then((handle) => handle.jsonValue());

/** The browser's view of the last matrix GET started after `since` (ms on the page's clock). */
const matrixRequestTiming = (page, since) =>
  page.evaluate((t0) => {
    const entries = performance.getEntriesByType('resource').filter((e) => /\/clinic\/price-matrix\?/.test(e.name) && e.startTime >= t0);
    const e = entries[entries.length - 1];
    return e ? { startMs: e.startTime - t0, responseEndMs: e.responseEnd - t0, durationMs: e.duration, bytes: e.encodedBodySize || e.transferSize } : null;
  }, since);

const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { first: values[0], median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
};

/** One measured open; `start` begins the navigation, on the page's clock `t0`. */
const timeOpen = async (page, cdp, rows, start) => {
  const cpu = process.cpuUsage();
  const before = await rendererMetrics(cdp);
  const wall = process.hrtime.bigint();
  // After the navigation committed (or the click landed): the previous document's cells must not count.
  await start();
  const shownAt = await cellsShown(page, rows);
  const ms = Number(process.hrtime.bigint() - wall) / 1e6;
  return { ms, serverCpuMs: cpuMs(cpu), shownAt, renderer: rendererSpent(before, await rendererMetrics(cdp)) };
};

const openByUrl = async (page, cdp, base, rows) => {
  const run = await timeOpen(page, cdp, rows, () => page.goto(`${base}${MATRIX_ROUTE}`, { waitUntil: 'commit' }));
  // A new document: its clock starts at navigation.
  const request = await matrixRequestTiming(page, 0);
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return { domContentLoadedMs: n.domContentLoadedEventEnd, loadMs: n.loadEventEnd };
  });
  return { ...run, request, nav };
};

const openFromMenu = async (page, cdp, base, rows) => {
  await page.goto(`${base}/admin`);
  await page.getByRole('link', { name: 'Price matrix' }).waitFor();
  const t0 = await page.evaluate(() => performance.now());
  const run = await timeOpen(page, cdp, rows, () => page.getByRole('link', { name: 'Price matrix' }).click());
  return { ...run, shownAt: run.shownAt - t0, request: await matrixRequestTiming(page, t0) };
};

const choose = async (page, label, option) => {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

/** Select all, +$1 on `column`, preview, apply and publish; until every changed cell shows its new price. */
const applyThroughPage = async (page, column) => {
  const started = process.hrtime.bigint();
  const since = (t) => round(Number(process.hrtime.bigint() - t) / 1e6);
  await page.getByRole('checkbox', { name: 'Select all locations on this page' }).click();
  await choose(page, 'Column (service and length)', `${column.service.name} ${column.minutes} min (base ${formatCents(column.basePriceCents)})`);
  await choose(page, 'Operation', '+ amount ($)');
  await page.getByLabel('Value').fill('1');
  const formMs = since(started);

  const previewStarted = process.hrtime.bigint();
  const previewResponse = page.waitForResponse((r) => r.url().includes('/clinic/price-matrix/preview'));
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = (await (await previewResponse).json()).data;
  await page.getByRole('heading', { name: /^Preview: \d+ cells? change$/ }).waitFor();
  const previewMs = since(previewStarted);

  const expected = Object.fromEntries(preview.changes.map((c) => [`${c.cell.location}|${c.cell.service}|${c.cell.minutes}`, formatCents(c.after.priceCents)]));
  const cpu = process.cpuUsage();
  const applyStarted = process.hrtime.bigint();
  const applyResponse = page.waitForResponse((r) => r.url().includes('/clinic/price-matrix/apply'));
  await page.getByRole('button', { name: 'Apply and publish' }).click();
  const applied = await applyResponse;
  const applyRequestMs = since(applyStarted);
  const written = (await applied.json()).data;
  await page.waitForFunction(
    (want) => Object.entries(want).every(([key, price]) => document.querySelector(`[data-cell="${CSS.escape(key)}"]`)?.textContent?.startsWith(price)),
    expected,
    { timeout: 60_000, polling: 'raf' },
  );
  return {
    locationsSelected: Number(/^(\d+)/.exec((await page.getByText(/^\d+ locations? selected$/).textContent()) ?? '')?.[1]),
    cellsChanged: preview.changes.length,
    offeringsWritten: written.offeringsWritten,
    fillFormMs: formMs,
    previewMs,
    applyUntilCellsShowMs: since(applyStarted),
    applyRequestMs,
    applyServerCpuMs: cpuMs(cpu),
    wholeTaskMs: since(started),
  };
};

/** Opens the matrix page `runs` times each way and applies one change through it; returns the figures. */
const measureMatrixPage = async ({ base, admin, rows, columns, column, runs = 5 }) => {
  const browser = await launchChromium();
  try {
    const { page, errors } = await openPage(browser);
    await logIn(page, base, admin);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const cells = rows * columns;
    const byUrl = [];
    const fromMenu = [];
    for (let i = 0; i < runs; i++) byUrl.push(await openByUrl(page, cdp, base, rows));
    for (let i = 0; i < runs; i++) fromMenu.push(await openFromMenu(page, cdp, base, rows));
    const domNodes = await page.evaluate(() => document.querySelectorAll('*').length);
    const cellsRendered = await page.evaluate(() => document.querySelectorAll('[role="grid"][aria-label="Price matrix"] [data-cell]').length);
    const apply = await applyThroughPage(page, column);
    const figures = (list) => ({
      wallMs: summary(list.map((r) => round(r.ms))),
      rowsShownMs: summary(list.map((r) => round(r.shownAt))),
      untilMatrixRequestMs: summary(list.map((r) => round(r.request?.startMs ?? NaN))),
      matrixRequestMs: summary(list.map((r) => round(r.request?.durationMs ?? NaN))),
      afterResponseUntilRowsMs: summary(list.map((r) => round(r.shownAt - (r.request?.responseEndMs ?? NaN)))),
      serverCpuMs: summary(list.map((r) => r.serverCpuMs)),
      rendererTaskMs: summary(list.map((r) => r.renderer.taskMs)),
      rendererScriptMs: summary(list.map((r) => r.renderer.scriptMs)),
      rendererLayoutAndStyleMs: summary(list.map((r) => r.renderer.layoutMs + r.renderer.styleMs)),
      runs: list.map((r) => ({ ms: round(r.ms), ...r.renderer, serverCpuMs: r.serverCpuMs, ...(r.nav ? { nav: { dcl: round(r.nav.domContentLoadedMs), load: round(r.nav.loadMs) } } : {}) })),
    });
    return { rowsOnPage: rows, cellsOnPage: cells, cellsRendered, domNodesOnPage: domNodes, openByUrl: figures(byUrl), openFromMenu: figures(fromMenu), applyThroughPage: apply, pageErrors: errors };
  } finally {
    await browser.close();
  }
};

module.exports = { measureMatrixPage };
