// `npm start` (and the demo): Strapi in this very process, with a bounded V8 heap.
//
// One process on purpose: a SIGTERM to whatever `npm start` leaves as the top process
// reaches Strapi's graceful shutdown (src/shutdown). A wrapper that spawned Strapi as a
// child was reparented to PID 1 and kept answering when npm alone was stopped.
//
// The heap: Node sizes it from the machine's memory (about 4 GB here) and then collects
// lazily: under load a Strapi process grew past 600 MB of RSS with 150 MB of live data.
// `npm start` passes --max-old-space-size=$CLINIC_MAX_HEAP_MB (default 320, package.json);
// startStrapi() below does the same for the demo.
const { spawn } = require('node:child_process');
const path = require('node:path');
const { root } = require('./run');

const heapMb = Number(process.env.CLINIC_MAX_HEAP_MB || 320);

const checkHeap = () => {
  if (!Number.isInteger(heapMb) || heapMb < 128) {
    console.error(`CLINIC_MAX_HEAP_MB must be a whole number of megabytes >= 128, got ${process.env.CLINIC_MAX_HEAP_MB}`);
    process.exit(1);
  }
};

/** Starts Strapi in a child process (the demo's way: it builds first, then starts). */
const startStrapi = (env = process.env, stdio = 'inherit') => {
  checkHeap();
  // The demo is not production: say so, or the child below would default to it (and its gate refuses the demo).
  const childEnv = { ...env, NODE_ENV: env.NODE_ENV || 'development' };
  const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, __filename], { cwd: root, stdio, env: childEnv });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return child;
};

module.exports = { startStrapi, heapMb };

if (require.main === module) {
  checkHeap();
  // `npm start` is the production command: production mode unless NODE_ENV says otherwise.
  process.env.NODE_ENV = process.env.NODE_ENV || 'production';
  process.chdir(root);
  const { createStrapi } = require('@strapi/strapi');
  createStrapi({ appDir: root, distDir: path.join(root, 'dist') }).start();
}
