// Issue 9's targets as checks, the Markdown tables (per database: each scale and 20×/1×) and an
// SVG of cost against size (one small panel per figure, a line per database), written by hand.
const METRICS = [
  // [key, label, unit, get]
  ['publishA', 'publish → visible on A, p95', 'ms', (r) => r.publish.visibleOnA.p95Ms],
  ['publishA50', 'publish → visible on A, p50', 'ms', (r) => r.publish.visibleOnA.p50Ms],
  ['publishB', 'publish → visible on B (Redis), p95', 'ms', (r) => r.publish.visibleOnB.p95Ms],
  ['publishB50', 'publish → visible on B (Redis), p50', 'ms', (r) => r.publish.visibleOnB.p50Ms],
  ['publishRequest', 'publish request answered, p50', 'ms', (r) => r.publish.publishRequestP50Ms],
  ['draftLogged', 'draft saves: changes logged / rebuilds', '', (r) => `${r.draftSave.changesLogged} / ${r.draftSave.rebuilds}`],
  ['draftMs', 'draft save request, p50', 'ms', (r) => r.draftSave.p50Ms],
  ['targetedMs', 'targeted rebuild, p50', 'ms', (r) => r.targeted.p50Ms],
  ['targetedStatements', 'targeted rebuild, statements (p50)', '', (r) => r.targeted.statementsP50],
  ['targetedPages', 'targeted rebuild, pages built', '', (r) => r.targeted.pagesBuilt],
  ['fullMs', 'full rebuild (at boot)', 'ms', (r) => r.full.ms],
  ['fullStatements', 'full rebuild, statements', '', (r) => r.full.statements],
  ['fullPages', 'full rebuild, pages', '', (r) => r.full.pages],
  ['fullHeap', 'peak heap, boot with full rebuild', 'MB', (r) => r.full.peakHeapMb],
  ['fullRss', 'peak RSS, boot with full rebuild', 'MB', (r) => r.full.peakRssMb],
  ['pageRss', 'peak RSS, after the page load too', 'MB', (r) => r.page.peakRssMb],
  ['importRate', 'import (when the cache entry was built)', 'rows/s', (r) => r.import?.rowsPerSecond ?? null],
  ['pageStatements', 'location page, SQL statements', '', (r) => r.page.statements],
  ['pageCpu', 'location page, CPU', 'ms/req', (r) => r.page.cpuMsPerRequest],
  ['pageP50', 'location page, p50 (10 connections)', 'ms', (r) => r.page.p50Ms],
  ['pageRps', 'location page, req/s', '', (r) => r.page.requestsPerSecond],
];
const CHART = ['publishA', 'publishB', 'targetedMs', 'targetedStatements', 'fullMs', 'fullHeap', 'fullRss', 'pageCpu', 'pageStatements', 'pageP50'];

const find = (results, scale, database) => results.runs.find((r) => r.scale === scale && r.database === database);
const databasesOf = (results) => [...new Set(results.runs.map((r) => r.database))];
const scalesOf = (results) => [...new Set(results.runs.map((r) => r.scale))].sort((a, b) => a - b);
const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b !== 0 ? `${(a / b).toFixed(2)}×` : '–');
const fmt = (v, unit) => (v === null || v === undefined ? '–' : `${typeof v === 'number' ? v.toLocaleString('en-US') : v}${unit ? ` ${unit}` : ''}`);

/** The issue's targets, per database, on what this run measured (a check without both scales says so). */
const checks = (results) => {
  const out = [];
  const bound = results.heapBoundMb;
  for (const db of databasesOf(results)) {
    const one = find(results, 1, db);
    const big = find(results, 20, db);
    const add = (name, value, met) => out.push({ database: db, name, value, met });
    if (big) add('publish visible ≤ 1 s p95 at 20× (A / B)', `${big.publish.visibleOnA.p95Ms} / ${big.publish.visibleOnB.p95Ms} ms`, Math.max(big.publish.visibleOnA.p95Ms, big.publish.visibleOnB.p95Ms) <= 1000);
    if (one) add('publish visible ≤ 1 s p95 at 1× too (the same order; A / B)', `${one.publish.visibleOnA.p95Ms} / ${one.publish.visibleOnB.p95Ms} ms`, Math.max(one.publish.visibleOnA.p95Ms, one.publish.visibleOnB.p95Ms) <= 1000);
    for (const r of [one, big].filter(Boolean)) add(`draft save costs nothing at ${r.scale}× (changes logged, rebuilds, public price unchanged)`, `${r.draftSave.changesLogged}, ${r.draftSave.rebuilds}, ${r.draftSave.publicPriceUnchanged ? 'yes' : 'no'}`, r.draftSave.changesLogged === 0 && r.draftSave.rebuilds === 0 && r.draftSave.publicPriceUnchanged);
    if (one && big) {
      add('location page statements equal at 1× and 20×', `${one.page.statements} → ${big.page.statements}`, one.page.statements === big.page.statements);
      const cpu = big.page.cpuMsPerRequest / one.page.cpuMsPerRequest;
      add('location page CPU-ms equal at 1× and 20× (within ±25 %, the noise of this shared machine)', `${one.page.cpuMsPerRequest} → ${big.page.cpuMsPerRequest} ms (${cpu.toFixed(2)}×)`, cpu >= 0.75 && cpu <= 1.25);
    } else {
      add('location page statements and CPU-ms equal at 1× and 20×', 'needs both scales in the results', false);
    }
    if (big) {
      add(`peak heap at 20× ≤ 80 % of the ${bound} MB heap bound (headroom)`, `${big.full.peakHeapMb} MB`, big.full.peakHeapMb !== null && big.full.peakHeapMb <= 0.8 * bound);
      const rss = Math.max(big.full.peakRssMb, big.page.peakRssMb, big.peakRssMb.a, big.peakRssMb.b);
      add(`peak RSS at 20× ≤ the ${bound} MB heap bound (RSS counts code, buffers and native memory besides the heap)`, `${rss} MB`, rss <= bound);
    }
  }
  return out;
};

const tableFor = (results, db) => {
  const scales = scalesOf(results).filter((s) => find(results, s, db));
  const runs = scales.map((s) => find(results, s, db));
  const both = scales.includes(1) && scales.includes(20);
  const head = ['| figure |', ...scales.map((s) => ` ${s}× |`), both ? ' 20× / 1× |' : ''].join('');
  const rule = ['|---|', ...scales.map(() => '---:|'), both ? '---:|' : ''].join('');
  const rows = METRICS.map(([, label, unit, get]) => {
    const values = runs.map(get);
    const r = both ? ` ${ratio(get(find(results, 20, db)), get(find(results, 1, db)))} |` : '';
    return `| ${label} |${values.map((v) => ` ${fmt(v, unit)} |`).join('')}${r}`;
  });
  const pages = runs.map((r) => `${r.scale}×: \`${r.slug}\` (${r.pageShape.services} services, ${r.pageShape.bundles} bundles, ${r.pageShape.practitionersListed} practitioners listed)`);
  const cache = runs.map((r) => `${r.scale}×: ${r.dataSet.reusedFromCache ? 'copied from the cache' : 'imported in this run'} (key ${r.dataSet.key}${r.import ? `; import of ${r.import.rows.toLocaleString('en-US')} rows took ${Math.round(r.import.ms / 1000)} s, ${r.import.rowsPerSecond} rows/s, ${r.import.builtAt}${r.import.builtWith ? `, with ${r.import.builtWith}` : ''}` : ''})`);
  return [`### ${db}`, '', `Pages measured: ${pages.join('; ')}.`, '', `Data set: ${cache.join('; ')}.`, '', head, rule, ...rows, ''].join('\n');
};

const growth = (runs) => {
  if (runs.length < 2) return '';
  const [one, big] = [runs[0], runs.at(-1)];
  const times = big.targeted.p50Ms / one.targeted.p50Ms;
  const statements = big.targeted.statementsP50 / one.targeted.statementsP50;
  if (times <= 1.5) return `; it took about as long at ${big.scale}× as at ${one.scale}× (${times.toFixed(2)}×), so the catalogue's size is not what holds it back`;
  return `; it took ${times.toFixed(2)}× as long at ${big.scale}× for ${statements.toFixed(2)}× the statements, so part of it does grow with the catalogue (slower statements on bigger tables, or a busier machine during that run)`;
};

/** What the tables say about the targets that are not met, computed from this run's figures. */
const notes = (results) =>
  databasesOf(results).flatMap((db) => {
    const runs = scalesOf(results).map((s) => find(results, s, db)).filter(Boolean);
    const where = runs
      .map((r) => `${r.scale}× publish answered in ${r.publish.publishRequestP50Ms} ms, the targeted rebuild took ${r.targeted.p50Ms} ms (${r.targeted.statementsP50} statements for ${r.targeted.pagesBuilt} pages), visible on A after ${r.publish.visibleOnA.p50Ms} ms and on B ${r.publish.visibleOnB.p50Ms - r.publish.visibleOnA.p50Ms >= 0 ? '+' : ''}${r.publish.visibleOnB.p50Ms - r.publish.visibleOnA.p50Ms} ms later`)
      .join('; ');
    const rss = runs.map((r) => `${r.scale}× ${r.full.peakRssMb} MB RSS with ${r.full.peakHeapMb} MB of heap`).join(', ');
    return [
      `- ${db}, where a publish's time goes (p50): ${where}. The change log's consumer runs right after the commit and B learns of the new build through Redis within tens of ms, so the targeted rebuild (${runs.map((r) => `${r.targeted.pagesBuilt} pages, ${r.targeted.statementsP50} statements at ${r.scale}×`).join('; ')}; on a machine whose load average was ${results.machine.loadAverage[0]} on 2 cores) is what stands between the publish and the 1 s target${growth(runs)}.`,
      `- ${db}, memory: ${rss}. Every boot that rebuilt all pages finished inside the ${results.heapBoundMb} MB heap bound (V8 stops a process that exceeds it); the sampled heap peak is a lower bound (it samples when the event loop turns). RSS adds Strapi's code, native buffers and the SQLite/pg drivers to the heap: it is over ${results.heapBoundMb} MB at 1× already, so "RSS within the heap bound" cannot be met by the read model; what grows from 1× to 20× is ${runs.length > 1 ? `${runs.at(-1).full.peakRssMb - runs[0].full.peakRssMb} MB of RSS` : 'not measured here'}.`,
    ];
  });

const markdown = (results) => {
  const c = results.checks;
  const sizes = Object.entries(results.dataSets).map(([f, d]) => `${f}×: ${d.counts.locations.toLocaleString('en-US')} locations, ${d.counts.practitioners.toLocaleString('en-US')} practitioners, ${d.counts.licences.toLocaleString('en-US')} licences, ${d.counts.offerings.toLocaleString('en-US')} offerings, ${d.counts.bundleOfferings.toLocaleString('en-US')} bundle offerings (${d.counts.rows.toLocaleString('en-US')} rows)`);
  const when = [...new Set(results.runs.map((r) => `${r.measuredAt} (commit ${r.commit})`))];
  const oneRun = when.length === 1;
  return [
    '# Read model and site API at two scales (issue 9)',
    '',
    `Generated by \`${results.command ?? 'npm run bench'}\` on ${results.date} (commit ${results.git.commit}${results.git.dirty ? ', uncommitted changes' : ''}), ${oneRun ? 'every figure below from this one run' : `**figures from several runs**: ${when.join('; ')} (ratios across runs compare different machine loads)`}; ${results.machine.cpus}× ${results.machine.cpuModel} (shared with other work: load average ${results.machine.loadAverage.join(' / ')} at the end), ${results.machine.memoryGb} GB, Node ${results.machine.node}. ${results.totalSeconds} s in all.`,
    '',
    `Data sets (\`database/seed/scale\`, \`scaleOptionsFor\`): ${sizes.join('; ')}.`,
    '',
    `Every app runs as \`npm start\` runs it (production, a V8 heap bound of ${results.heapBoundMb} MB). The boot of app P builds every page (the cached read model is marked as another version first); its full rebuild's time and statements come from the rebuild report (GET /clinic/read-model/rebuilds), its peak heap from a 20 ms sampler preloaded into the app, its peak RSS from VmHWM. The location page: ${results.settings.connections} connections for ${results.settings.seconds} s after ${results.settings.warmupSeconds} s of warm-up, response cache off; CPU is the app's user + system time over the run divided by the requests answered. Publishes: ${results.settings.publishes} times, a draft save of an offering's local price through A's content manager, then its publish; visible = from sending the publish until the site API serves the new price, polled every 10 ms on A and on B (a second instance on the same database, told about new builds through a Redis of the bench's own; response cache on). p95 is the nearest rank (of ${results.settings.publishes} samples, the ${Math.ceil(0.95 * results.settings.publishes)}th).`,
    '',
    ...databasesOf(results).map((db) => tableFor(results, db)),
    '## Targets',
    '',
    '| database | target | this run | met |',
    '|---|---|---:|:---:|',
    ...c.map((x) => `| ${x.database} | ${x.name} | ${x.value} | ${x.met ? 'yes' : '**no**'} |`),
    '',
    '## Reading the figures',
    '',
    ...notes(results),
    '',
    '![cost against size](results.svg)',
    '',
  ].join('\n');
};

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const COLORS = { SQLite: '#4f81bd', PostgreSQL: '#c0504d' };

/** Small multiples: per figure, its value at each scale (x: locations), one line per database. */
const svg = (results) => {
  const scales = scalesOf(results);
  const dbs = databasesOf(results);
  const metrics = METRICS.filter(([key]) => CHART.includes(key));
  const cols = 5;
  const pw = 230;
  const ph = 170;
  const width = cols * pw + 20;
  const rowsN = Math.ceil(metrics.length / cols);
  const height = 70 + rowsN * ph + 30;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    '<rect width="100%" height="100%" fill="#fff"/>',
    `<text x="12" y="24" font-size="16" font-weight="bold">Cost against catalogue size (issue 9): 1× = ${results.dataSets[1]?.counts.locations ?? 50} locations, 20× = ${results.dataSets[20]?.counts.locations ?? 1000}</text>`,
  ];
  dbs.forEach((db, i) => {
    parts.push(`<rect x="${12 + i * 110}" y="36" width="12" height="12" fill="${COLORS[db] ?? '#888'}"/>`);
    parts.push(`<text x="${30 + i * 110}" y="46">${esc(db)}</text>`);
  });
  metrics.forEach(([key, label, unit, get], m) => {
    const x0 = 12 + (m % cols) * pw;
    const y0 = 60 + Math.floor(m / cols) * ph;
    const left = x0 + 34;
    const right = x0 + pw - 30;
    const top = y0 + 30;
    const bottom = y0 + ph - 30;
    const values = dbs.flatMap((db) => scales.map((s) => find(results, s, db)).filter(Boolean).map(get)).filter((v) => typeof v === 'number');
    const max = Math.max(1, ...values, key === 'fullHeap' ? results.heapBoundMb : 0) * 1.15;
    const xOf = (s) => (scales.length === 1 ? (left + right) / 2 : left + ((Math.log(s) - Math.log(scales[0])) / (Math.log(scales.at(-1)) - Math.log(scales[0]))) * (right - left));
    const yOf = (v) => bottom - (v / max) * (bottom - top);
    parts.push(`<text x="${x0 + 4}" y="${y0 + 14}" font-weight="bold">${esc(label)}</text>`);
    parts.push(`<text x="${x0 + 4}" y="${y0 + 26}" fill="#555">${esc(unit || 'count')}</text>`);
    parts.push(`<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="#333"/><line x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="#333"/>`);
    for (const s of scales) parts.push(`<text x="${xOf(s)}" y="${bottom + 14}" text-anchor="middle">${s}×</text>`);
    const target = { publishA: 1000, publishB: 1000, fullHeap: results.heapBoundMb }[key];
    if (target && target < max) {
      parts.push(`<line x1="${left}" y1="${yOf(target).toFixed(1)}" x2="${right}" y2="${yOf(target).toFixed(1)}" stroke="#999" stroke-dasharray="4 3"/>`);
      parts.push(`<text x="${right}" y="${(yOf(target) - 3).toFixed(1)}" text-anchor="end" fill="#777">${key === 'fullHeap' ? 'heap bound' : 'target'} ${target}</text>`);
    }
    dbs.forEach((db, d) => {
      const points = scales.map((s) => [s, find(results, s, db)]).filter(([, r]) => r && typeof get(r) === 'number').map(([s, r]) => [xOf(s), yOf(get(r)), get(r)]);
      if (points.length > 1) parts.push(`<polyline fill="none" stroke="${COLORS[db]}" stroke-width="2" points="${points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}"/>`);
      for (const [x, y, v] of points) {
        parts.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3" fill="${COLORS[db]}"/>`);
        parts.push(`<text x="${(x + (x > (left + right) / 2 ? -4 : 4)).toFixed(1)}" y="${(y - 5 - d * 11).toFixed(1)}" text-anchor="${x > (left + right) / 2 ? 'end' : 'start'}" fill="${COLORS[db]}">${esc(v.toLocaleString('en-US'))}</text>`);
      }
    });
  });
  parts.push(`<text x="12" y="${height - 10}" fill="#555">${esc(`npm run bench, ${results.date}, commit ${results.git.commit}; flat lines are the goal for per-request and per-publish costs`)}</text>`);
  parts.push('</svg>');
  return parts.join('\n');
};

module.exports = { checks, markdown, svg, METRICS };
