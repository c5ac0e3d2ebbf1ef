// Compiles the example location site (examples/site) into dist/site: `npm run demo` and
// `npm test` run it. Incremental: a second run with nothing changed takes a few seconds.
const { bin, run } = require('./run');

const buildSite = () => run('Compiling the example location site (tsc)', bin('tsc'), ['-p', 'examples/site/tsconfig.build.json']);

module.exports = { buildSite, SITE_MAIN: 'dist/site/src/site/main.js' };

if (require.main === module) buildSite();
