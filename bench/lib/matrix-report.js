// bench/price-matrix-results.md from one run of bench/price-matrix.js: what was measured and its figures.
const fs = require('node:fs');

const row = (label, s) => `| ${label} | ${s.median} | ${s.min} | ${s.max} | ${s.first} |`;

const openTable = (title, f) => [
  `### ${title}`,
  '',
  '| ms (5 runs) | median | min | max | first run |',
  '|---|---:|---:|---:|---:|',
  row('wall: navigation started → every row (its cells in view) in the DOM', f.wallMs),
  row('browser clock: navigation → rows in the DOM', f.rowsShownMs),
  row('navigation → the page sends the matrix GET (admin boot, route, chunk)', f.untilMatrixRequestMs),
  row('matrix GET as the browser saw it (Resource Timing)', f.matrixRequestMs),
  row('GET response end → rows in the DOM (render)', f.afterResponseUntilRowsMs),
  row('server CPU (process.cpuUsage: app + Playwright client)', f.serverCpuMs),
  row('renderer main thread busy (CDP TaskDuration; by URL the counters may restart with the document)', f.rendererTaskMs),
  row('  of which script', f.rendererScriptMs),
  row('  of which style and layout', f.rendererLayoutAndStyleMs),
  '',
];

// The hand-written findings (profiles, what changed and why) survive a re-run: kept as found.
const FINDINGS = '## Findings';
const keptFindings = (file) => {
  if (!fs.existsSync(file)) return [];
  const text = fs.readFileSync(file, 'utf8');
  const at = text.indexOf(`\n${FINDINGS}\n`);
  if (at < 0) return [];
  const end = text.indexOf('\n## ', at + FINDINGS.length + 2);
  return [text.slice(at + 1, end < 0 ? undefined : end).trimEnd(), ''];
};

const writeMatrixReport = (file, r, { loadBefore, loadAfter, cpus }) => {
  const p = r.page;
  const a = p.applyThroughPage;
  const lines = [
    '# Price matrix at 50 locations × 60 services: API and page timings',
    '',
    'Written by `npm run bench:price-matrix` (bench/price-matrix.js, page part in bench/lib/matrix-page.js) from one run;',
    'issue 10, item 7 asks that the matrix page opens in under 2 s and applies a change to 50 locations in one request.',
    '',
    'Set-up: the scale data set .tmp/bench/matrix-50.db (bench/build-data.js), copied per run; the compiled app booted in',
    'this process (production mode, SQLite) serving the built admin (dist/build); Debian\'s Chromium (headless, 1440×1000)',
    'signed in through the login form as the bench super admin. The page asks for 50 locations a page, so the',
    `whole data set is one page: ${p.rowsOnPage} rows × ${r.columns} columns = ${p.cellsOnPage} cells, of which the table renders those in view and a few past each edge: ${p.cellsRendered ?? p.cellsOnPage} cells (${p.domNodesOnPage} DOM elements on the open page).`,
    '',
    `Machine: ${cpus} cores, shared with other work. \`uptime\` before the page runs: \`${loadBefore}\`; after: \`${loadAfter}\`.`,
    '',
    '## API (HTTP from node, 5 GETs)',
    '',
    `GET /clinic/price-matrix?pageSize=50: first ${r.matrixGetMs.first} ms, median ${r.matrixGetMs.median} ms, max ${r.matrixGetMs.max} ms (${r.matrixResponseBytes} bytes).`,
    `Preview of +$1 on one length at all 50 locations: ${r.previewMs} ms (${r.previewChanges} cells change, ${r.previewSkipped} not offered).`,
    `Apply and publish of the same, one request: ${r.applyPublishMs} ms (${r.applyOfferingsWritten} offerings written).`,
    '',
    '## Page (Chromium)',
    '',
    'Open by URL: `page.goto(/admin/plugins/clinic/price-matrix)`, a full load of the admin panel (browser cache warm',
    'after the first run) until every data row and its cells in view are in the DOM. Open from the menu: on the admin home page, a click',
    'on "Price matrix" (the admin already loaded) until the same; this is how a user opens it.',
    '',
    ...openTable('Open by URL', p.openByUrl),
    ...openTable('Open from the menu', p.openFromMenu),
    '### One change to all 50 locations through the page',
    '',
    'Select all → column → "+ amount ($)" → 1 → Preview → Apply and publish, until every changed cell shows its new price.',
    '',
    '| step | ms |',
    '|---|---:|',
    `| select all, choose column and operation, type the value | ${a.fillFormMs} |`,
    `| Preview clicked → preview listed (${a.cellsChanged} cells) | ${a.previewMs} |`,
    `| Apply and publish clicked → apply answered (one request, ${a.offeringsWritten} offerings written) | ${a.applyRequestMs} |`,
    `| Apply and publish clicked → every changed cell shows its new price | ${a.applyUntilCellsShowMs} |`,
    `| server CPU during the apply (process.cpuUsage) | ${a.applyServerCpuMs} |`,
    `| the whole task | ${a.wholeTaskMs} |`,
    '',
    `Locations selected on the page: ${a.locationsSelected}. Page errors seen: ${p.pageErrors.length ? p.pageErrors.join('; ') : 'none'}.`,
    '',
    ...keptFindings(file),
    '## The run\'s JSON',
    '',
    '```json',
    JSON.stringify(r, null, 2),
    '```',
    '',
  ];
  fs.writeFileSync(file, lines.join('\n'));
};

module.exports = { writeMatrixReport };
