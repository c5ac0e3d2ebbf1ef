// `node --expose-gc bench/search-index.js <sqlite file>`: the site search's index at a data set's
// scale, outside the app: how long loading every indexed page takes, the heap the index retains
// (heap used after a full GC with the index held, minus before it was built), its documents and
// words, and each relevance-table query's time inside the index alone (no HTTP, no GraphQL), so
// the HTTP figures of bench/lib/search-latency.js can be split into index and transport. A query
// asks for the first connection page (first: 10), as searchConnection does: total and facets counted.
// Needs the compiled plugin (tsc -p plugins/clinic). Prints one JSON object.
const path = require('node:path');
const knexFactory = require('knex');
const { SEARCH_QUERIES } = require('./lib/search-latency');

const root = path.resolve(__dirname, '..');
const dist = (p) => require(path.join(root, 'plugins/clinic/dist/server', p));

const main = async () => {
  const file = process.argv[2];
  if (!file || typeof global.gc !== 'function') throw new Error('usage: node --expose-gc bench/search-index.js <sqlite file>');
  const { createSiteSearch } = dist('search/site-search');
  const { eachPageOfKind } = dist('repositories/site-pages.repository');
  const { INDEXED_PAGE_KINDS } = dist('search/documents');
  const { clockAt } = dist('site-api/views/clock');
  const knex = knexFactory({ client: 'better-sqlite3', connection: { filename: path.resolve(file) }, useNullAsDefault: true });
  const heap = () => {
    global.gc();
    global.gc();
    return process.memoryUsage().heapUsed;
  };
  try {
    const pages = {};
    for (const kind of INDEXED_PAGE_KINDS) pages[kind] = (await knex('clinic_site_pages').where({ kind }).count({ n: '*' }))[0].n;
    const before = heap();
    const buffersBefore = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    const index = createSiteSearch();
    for (const kind of INDEXED_PAGE_KINDS) await eachPageOfKind(knex, kind, (key, body) => index.applyPage(kind, key, JSON.parse(body)));
    const loadMs = performance.now() - started;
    const retainedMb = (heap() - before) / 2 ** 20;
    // Typed-array postings live outside the JS heap (ArrayBuffer backing stores): counted apart.
    const retainedBuffersMb = (process.memoryUsage().arrayBuffers - buffersBefore) / 2 ** 20;
    const clock = clockAt(new Date('2026-12-01T15:00:00Z'), 60);
    const rounds = Number(process.env.SEARCH_ROUNDS ?? 20);
    const all = [];
    const perQuery = {};
    for (const q of SEARCH_QUERIES) {
      // The first page as searchConnection asks for it (first: 10): the index picks the page, counts total and facets.
      const window = { first: 10, after: null };
      for (let i = 0; i < 3; i++) index.search({ query: q }, clock, window);
      const times = [];
      let hits = 0;
      for (let i = 0; i < rounds; i++) {
        const t = performance.now();
        hits = index.search({ query: q }, clock, window).total;
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      perQuery[q] = { p50Ms: +times[Math.floor(rounds / 2)].toFixed(2), hits };
    }
    all.sort((a, b) => a - b);
    const pct = (p) => +all[Math.min(all.length - 1, Math.floor((p / 100) * all.length))].toFixed(2);
    console.log(JSON.stringify({ pages, size: index.size(), loadMs: Math.round(loadMs), retainedHeapMb: +retainedMb.toFixed(1), retainedArrayBuffersMb: +retainedBuffersMb.toFixed(1), query: { requests: all.length, p50Ms: pct(50), p95Ms: pct(95), perQuery } }, null, 2));
  } finally {
    await knex.destroy();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
