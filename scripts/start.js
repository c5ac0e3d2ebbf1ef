// `npm start` (and the demo, and the benchmark): `strapi start` with a bounded V8 heap.
// Node sizes the heap from the machine's memory (about 4 GB here) and then collects
// lazily: under load a Strapi process grew past 600 MB of RSS with 150 MB of live
// data. A heap of 320 MB (CLINIC_MAX_HEAP_MB) kept the benchmark's peak near 360 MB
// with the same throughput, and rebuilding the read model of 1,000 practitioners fits.
const { spawn } = require('node:child_process');
const path = require('node:path');
const { root } = require('./run');

const heapMb = Number(process.env.CLINIC_MAX_HEAP_MB || 320);
if (!Number.isInteger(heapMb) || heapMb < 128) {
  console.error(`CLINIC_MAX_HEAP_MB must be a whole number of megabytes >= 128, got ${process.env.CLINIC_MAX_HEAP_MB}`);
  process.exit(1);
}

const startStrapi = (env = process.env, stdio = 'inherit') => {
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${heapMb}`, path.join(root, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'],
    { cwd: root, stdio, env },
  );
  const stop = (signal) => child.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return child;
};

module.exports = { startStrapi, heapMb };

if (require.main === module) {
  // `npm start` is the production command: production mode unless NODE_ENV says otherwise.
  startStrapi({ ...process.env, NODE_ENV: process.env.NODE_ENV || 'production' }).on('exit', (code) => process.exit(code ?? 0));
}
