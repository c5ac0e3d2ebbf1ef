// The site search's latency: each query of the relevance table (test/site-api/search.test.ts;
// the same queries) asked one at a time after a warm-up, timed end to end over HTTP.

const QUERIES = [
  'back pain', 'low back pain', 'fibro', 'fibromyalgia', 'sports massge', 'sports massage', 'prenatal', 'pregnancy',
  'chiro', 'chiropractor', 'chiro near Decatur', 'spanish speaking therapist', 'stretching', 'stretch therapy',
  'deep tissue', 'deep tisue', 'migraine', 'headaches', 'neck pain', 'osteoarthritis', 'arthritis', 'anxiety',
  'insomnia', 'surgery recovery', 'trigger point', 'myofascial', 'swedish', 'spinal decompression', 'relaxation',
  'Decatur', 'Savannah', 'birmingham', 'Daniel Reyes', 'Priya', 'does massage have to hurt', 'how often should I come',
  '30 or 60 minutes', 'chronic pain', 'massage or stretch therapy first',
];
const SEARCH = 'query ($q: String!) { search(query: $q, page: { limit: 10 }) { items { kind title slug score snippet { text highlights { start length } } } facets { kind count } pageInfo { total } } }';

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** p50/p95 over every timed request, and each query's p50; `rounds` requests a query. */
const measureSearch = async (baseUrl, { rounds = 20, warmup = 3 } = {}) => {
  const ask = async (q) => {
    const started = performance.now();
    const res = await fetch(`${baseUrl}/site/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SEARCH, variables: { q } }) });
    const body = await res.json();
    if (body.errors) throw new Error(`search "${q}" answered ${JSON.stringify(body.errors)}`);
    return { ms: performance.now() - started, hits: body.data.search.pageInfo.total };
  };
  const all = [];
  const perQuery = {};
  for (const q of QUERIES) {
    for (let i = 0; i < warmup; i++) await ask(q);
    const times = [];
    let hits = 0;
    for (let i = 0; i < rounds; i++) {
      const r = await ask(q);
      times.push(r.ms);
      hits = r.hits;
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    perQuery[q] = { p50Ms: +percentile(times, 50).toFixed(2), hits };
  }
  all.sort((a, b) => a - b);
  return { queries: QUERIES.length, requests: all.length, p50Ms: +percentile(all, 50).toFixed(2), p95Ms: +percentile(all, 95).toFixed(2), perQuery };
};

module.exports = { measureSearch, SEARCH_QUERIES: QUERIES };
